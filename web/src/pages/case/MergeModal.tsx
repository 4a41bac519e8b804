import { useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { LIMITS } from '../../api/contract.gen.ts';
import { useMergeCase } from '../../api/cases.ts';
import { isApiError, type FieldError } from '../../api/client.ts';
import type { CaseDetail } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';

type Values = { intoId: string; reason?: string };
type Props = { c: CaseDetail; onClose: () => void; onConflict: (e: unknown) => void };

export const MergeModal = ({ c, onClose, onConflict }: Props) => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguageChange(form);
  const merge = useMergeCase(c);
  const [rest, setRest] = useState<FieldError[] | undefined>();

  // The server accepts a case number as intoId, so the agent types what the customer reads out.
  const onFinish = (v: Values) =>
    merge.mutate(
      { intoId: v.intoId.trim(), reason: v.reason?.trim() || undefined },
      {
        onSuccess: onClose,
        onError: (e) => {
          if (isApiError(e) && (e.code === 'VERSION_CONFLICT' || e.code === 'ILLEGAL_TRANSITION')) {
            onClose();
            onConflict(e);
            return;
          }
          setRest(applyFieldErrors(form, e, [['intoId'], ['reason']]));
        },
      },
    );

  return (
    <Modal
      open
      title={t('merge.title', { caseNumber: c.caseNumber })}
      okText={t('merge.submit')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={merge.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="intoId"
          label={t('merge.targetCaseNumber')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required', { field: t('merge.targetCaseNumber') }) },
            {
              validator: (_r, v: string | undefined) =>
                v?.trim().toUpperCase() === c.caseNumber.toUpperCase()
                  ? Promise.reject(new Error(t('merge.notSelf')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input autoFocus className="cl-case-number" data-testid="merge-target" />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')}>
          <Input.TextArea rows={2} maxLength={LIMITS["POST /api/cases/{id}/merge"]["body.reason"].maxLength} />
        </Form.Item>
      </Form>
      {merge.isError && <ErrorAlert error={merge.error} extraFields={rest} />}
    </Modal>
  );
};
