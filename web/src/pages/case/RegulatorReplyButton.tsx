// 答复监管: on a case referred by a regulator (12305 / 12315), record the reply sent to it — content and time —
// which meets the appeal-reply time limit; the replies recorded so far are listed in the same dialog.
import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, List, Modal, Select, Typography, type ButtonProps } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { Case } from '../../api/model.ts';
import { REGULATORS, useRecordRegulatorReply, useRegulatorReplies, type Regulator } from '../../api/claims.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { regulatorLabel } from '../../lib/vocab-labels.ts';

type ReplyForm = { regulator: Regulator; content: string; repliedAt: Dayjs };

export const RegulatorReplyButton = ({ c }: { c: Case }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ReplyForm>();
  const replies = useRegulatorReplies(c.id, !!c.regulatorReferral);
  const record = useRecordRegulatorReply(c);
  if (!c.regulatorReferral) return null;
  const data = replies.data;
  const appeal = c.sla?.targets.find((x) => x.target === 'appeal_reply');

  const submit = async (v: ReplyForm) => {
    try {
      await record.mutateAsync({ regulator: v.regulator, content: v.content, repliedAt: v.repliedAt.toISOString() });
      message.success(t('event.regulator_replied'));
      form.resetFields();
      setOpen(false);
    } catch (err) {
      applyFieldErrors(form, err, [['regulator'], ['content'], ['repliedAt']]);
    }
  };

  return (
    <>
      <Alert
        type={data?.items.length ? 'success' : 'warning'}
        showIcon
        data-testid="regulator-bar"
        title={`${regulatorLabel(c.regulatorReferral, t)}${appeal?.dueAt && appeal.status !== 'met' ? ` · ${formatDateTime(appeal.dueAt)}` : ''}${
          data?.items.length ? ` · ${t('regulator.earlier')}: ${data.items.length}` : ''
        }`}
        action={
          data?.canReply ? (
            <Button size="small" icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid="regulator-reply-open">
              {t('regulator.reply')}
            </Button>
          ) : undefined
        }
      />
      <Modal
        open={open}
        title={t('regulator.reply')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('regulator.record')}
        okButtonProps={{ loading: record.isPending, 'data-testid': 'regulator-reply-submit' } as ButtonProps}
        destroyOnHidden
      >
        <Typography.Text strong>{t('regulator.earlier')}</Typography.Text>
        {data?.items.length ? (
          <List
            size="small"
            data-testid="regulator-replies"
            dataSource={data.items}
            renderItem={(r) => (
              <List.Item>
                <div>
                  <Typography.Text type="secondary">
                    {regulatorLabel(r.regulator, t)} · {formatDateTime(r.repliedAt)} · {r.recordedByName ?? '—'}
                  </Typography.Text>
                  <p className="cl-pre" style={{ margin: 0 }}>
                    {r.content}
                  </p>
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Paragraph type="secondary">{t('regulator.noReplies')}</Typography.Paragraph>
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ regulator: data?.referral ?? c.regulatorReferral, repliedAt: dayjs() }}
          data-testid="regulator-reply-form"
        >
          <Form.Item name="regulator" label={t('regulator.regulator')} rules={[{ required: true }]}>
            <Select options={REGULATORS.map((r) => ({ value: r, label: regulatorLabel(r, t) }))} />
          </Form.Item>
          <Form.Item name="repliedAt" label={t('regulator.repliedAt')} rules={[{ required: true }]}>
            <DatePicker showTime data-testid="regulator-replied-at" />
          </Form.Item>
          <Form.Item name="content" label={t('regulator.content')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={5000} data-testid="regulator-content" />
          </Form.Item>
        </Form>
        {record.error && <ErrorAlert error={record.error} />}
      </Modal>
    </>
  );
};
