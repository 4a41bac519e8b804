import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Flex, Form, Input, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import {
  useCustomerMessages,
  useSaveCustomerSettings,
  type CustomerChannel,
  type CustomerMessage,
  type CustomerMessageSettings,
  type CustomerMessageSettingsChange,
  type OutboxStatus,
} from '../../api/outbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';

type SettingsValues = { preferredChannel: CustomerChannel | 'default'; language: 'zh' | 'en'; optOut: boolean; email: string };

/** The customer's message settings, changed on the customer's word (e.g. asked on the phone to be emailed). */
const SettingsLine = ({ caseId, s }: { caseId: string; s: CustomerMessageSettings }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [form] = Form.useForm<SettingsValues>();
  const save = useSaveCustomerSettings(caseId);
  const start = () => {
    // The email is shown masked to roles without phone access: they may replace it, not read it.
    form.setFieldsValue({ preferredChannel: s.preferredChannel ?? 'default', language: s.language, optOut: s.optOut, email: '' });
    setProblem(null);
    setOpen(true);
  };
  const submit = async () => {
    const v = await form.validateFields();
    const body: CustomerMessageSettingsChange = {
      preferredChannel: v.preferredChannel === 'default' ? null : v.preferredChannel,
      language: v.language,
      optOut: v.optOut,
      ...(v.email.trim() ? { email: v.email.trim() } : {}),
    };
    save.mutate(body, {
      onSuccess: () => {
        setOpen(false);
        void message.success(t('outbox.settings.saved'));
      },
      onError: (e) => {
        const rest = applyFieldErrors(form, e, [['preferredChannel'], ['language'], ['optOut'], ['email']]);
        if (rest.length || !(e as { fields?: unknown[] }).fields?.length) setProblem(e);
      },
    });
  };
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }} data-testid="customer-message-settings">
        <Descriptions.Item label={t('outbox.settings.channel')}>
          {s.preferredChannel ? t(`outbox.channel.${s.preferredChannel}`) : t('outbox.settings.channel.default')}
          {s.optOut && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t('outbox.settings.optOut')}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('outbox.settings.language')}>{s.language === 'en' ? 'English' : '中文'}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.settings.email')}>{s.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('outbox.channel.wechat')}>
          {s.hasWechat ? t('outbox.settings.wechatBound') : t('outbox.settings.wechatNone')}
          {s.canEdit && (
            <Button size="small" type="link" onClick={start} data-testid="customer-settings-edit">
              {t('outbox.settings.edit')}
            </Button>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Modal
        open={open}
        title={t('outbox.settings.title')}
        okText={t('outbox.settings.save')}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('outbox.settings.hint')}</Typography.Paragraph>
        {problem !== null && <ErrorAlert error={problem} />}
        <Form form={form} layout="vertical" data-testid="customer-settings-form">
          <Form.Item name="preferredChannel" label={t('outbox.settings.channel')}>
            <Select
              options={[
                { value: 'default', label: t('outbox.settings.channel.default') },
                ...(['sms', 'email', 'wechat'] as const).map((c) => ({ value: c, label: t(`outbox.channel.${c}`), disabled: c === 'wechat' && !s.hasWechat })),
              ]}
            />
          </Form.Item>
          <Form.Item name="email" label={t('outbox.settings.email')} extra={s.email ?? undefined} rules={[{ type: 'email' }]}>
            <Input placeholder="name@example.com" autoComplete="off" />
          </Form.Item>
          <Form.Item name="language" label={t('outbox.settings.language')}>
            <Select options={[{ value: 'zh', label: '中文' }, { value: 'en', label: 'English' }]} />
          </Form.Item>
          <Form.Item name="optOut" label={t('outbox.settings.optOut')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};

const STATUS_COLORS: Record<OutboxStatus, string> = { pending: 'gold', sending: 'blue', sent: 'green', failed: 'red', suppressed: 'default' };

/** What the customer was sent on this case: channel, event, status, time (the address masked per role). */
export const CustomerMessagesPanel = ({ caseId }: { caseId: string }) => {
  const { t } = useI18n();
  const q = useCustomerMessages(caseId);
  const columns: TableColumnsType<CustomerMessage> = [
    { title: t('outbox.col.time'), dataIndex: 'createdAt', width: 150, render: (v: string, m) => formatDateTime(m.sentAt ?? v) },
    { title: t('outbox.col.event'), dataIndex: 'event', width: 110, render: (e: CustomerMessage['event']) => t(`outbox.event.${e}`) },
    { title: t('outbox.col.channel'), dataIndex: 'channel', width: 70, render: (c: CustomerMessage['channel']) => t(`outbox.channel.${c}`) },
    {
      title: t('outbox.col.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: OutboxStatus, m) => (
        <Flex vertical gap={0}>
          <Tag color={STATUS_COLORS[s]}>{t(`outbox.status.${s}`)}</Tag>
          {m.suppressedReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`outbox.reason.${m.suppressedReason}` as MessageKey)}
            </Typography.Text>
          )}
          {m.status === 'failed' && m.lastError && (
            <Typography.Text type="danger" style={{ fontSize: 12 }} ellipsis={{ tooltip: m.lastError }}>
              {m.lastError}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('outbox.col.body'),
      dataIndex: 'body',
      render: (b: string, m) => (
        <Flex vertical gap={0}>
          <Typography.Text ellipsis={{ tooltip: b }} style={{ maxWidth: 360 }}>
            {b}
          </Typography.Text>
          {m.recipient && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.recipient}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Card title={t('outbox.panel.title')} size="small" data-testid="customer-messages">
      {q.isError && <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && <SettingsLine caseId={caseId} s={q.data.settings} />}
      {q.data && q.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outbox.panel.empty')} />
      ) : (
        <Table<CustomerMessage> rowKey="id" size="small" columns={columns} dataSource={q.data?.items ?? []} loading={q.isLoading} pagination={false} scroll={{ x: 640 }} />
      )}
    </Card>
  );
};
