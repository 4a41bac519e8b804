// The call outcome form 回访记录: reached or not; when reached, 处理结果 / 服务态度 / 处理效率 and the overall
// satisfaction on seed 004's five levels, and the customer's comment. Used by the queue and the case page.
import { App, Alert, Form, Input, Modal, Radio } from 'antd';
import { SATISFACTION_LEVELS, useRecordCallback, type Callback, type CallbackOutcomeBody, type SatisfactionLevel } from '../../api/callbacks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';

type Values = {
  reached: boolean;
  overall?: SatisfactionLevel;
  result?: SatisfactionLevel;
  attitude?: SatisfactionLevel;
  efficiency?: SatisfactionLevel;
  comment?: string;
  note?: string;
};

const FIELDS = ['overall', 'result', 'attitude', 'efficiency'] as const;

export const CallbackOutcomeModal = ({ cb, onClose }: { cb: Callback; onClose: () => void }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const reached = Form.useWatch('reached', form) ?? true;
  const overall = Form.useWatch('overall', form);
  const record = useRecordCallback();

  const levels = SATISFACTION_LEVELS.map((l) => ({ value: l, label: t(`callback.level.${l}` as MessageKey) }));

  const submit = async () => {
    // A missing answer shows on its field; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: CallbackOutcomeBody = v.reached
      ? { reached: true, overall: v.overall!, result: v.result!, attitude: v.attitude!, efficiency: v.efficiency!, comment: v.comment || undefined }
      : { reached: false, note: v.note || undefined };
    try {
      await record.mutateAsync({ cb, body });
      void message.success(t('callback.saved'));
      onClose();
    } catch (err) {
      applyFieldErrors(form, err, [['overall'], ['result'], ['attitude'], ['efficiency'], ['comment'], ['note']]);
    }
  };

  return (
    <Modal
      open
      title={t('callback.outcome.title', { caseNumber: cb.caseNumber })}
      okText={t('callback.save')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
      okButtonProps={{ id: 'callback-save' }}
    >
      <Form form={form} layout="vertical" initialValues={{ reached: true }} data-testid="callback-form">
        <Form.Item name="reached" label={t('callback.reached')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: <span data-testid="callback-reached-yes">{t('callback.reached.yes')}</span> },
              { value: false, label: <span data-testid="callback-reached-no">{t('callback.reached.no')}</span> },
            ]}
          />
        </Form.Item>
        {reached ? (
          <>
            {FIELDS.map((f) => {
              const label = f === 'overall' ? t('callback.overall') : t(`callback.dim.${f}`);
              return (
              <Form.Item key={f} name={f} label={label} rules={[{ required: true, message: t('validation.required', { field: label }) }]}>
                <Radio.Group options={levels.map((l) => ({ ...l, label: <span data-testid={`callback-${f}-${l.value}`}>{l.label}</span> }))} />
              </Form.Item>
              );
            })}
            {(overall === 'dissatisfied' || overall === 'very_dissatisfied') && <Alert type="warning" showIcon title={t('callback.dissatisfiedHint')} style={{ marginBottom: 12 }} />}
            <Form.Item name="comment" label={t('callback.comment')}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="callback-comment" />
            </Form.Item>
          </>
        ) : (
          <>
            <Alert type="info" showIcon title={t('callback.noAnswerHint', { attempt: cb.attempts + 1, max: cb.maxAttempts })} style={{ marginBottom: 12 }} />
            <Form.Item name="note" label={t('callback.note')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="callback-note" />
            </Form.Item>
          </>
        )}
      </Form>
      {record.isError && <ErrorAlert error={record.error} />}
    </Modal>
  );
};
