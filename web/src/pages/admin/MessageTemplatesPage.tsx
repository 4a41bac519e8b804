import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CUSTOMER_CHANNELS, useMessageTemplates, useResetTemplate, useSaveTemplate, type CustomerChannel, type MessageTemplate } from '../../api/outbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';

type Values = { subject?: string; body: string; providerTemplateId?: string };

/** 消息模板: what each event says to the customer on each channel, in Chinese and English. */
export const MessageTemplatesPage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const templates = useMessageTemplates();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const [channel, setChannel] = useState<CustomerChannel>('sms');
  const [editing, setEditing] = useState<MessageTemplate | null>(null);
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<unknown>(null);
  const rows = (templates.data?.items ?? []).filter((x) => x.channel === channel);

  const open = (tpl: MessageTemplate) => {
    setEditing(tpl);
    setExtra(null);
    form.setFieldsValue({ subject: tpl.subject ?? '', body: tpl.body, providerTemplateId: tpl.providerTemplateId ?? '' });
  };

  const submit = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    save.mutate(
      {
        key: { event: editing.event, channel: editing.channel, language: editing.language },
        body: { body: v.body, subject: editing.channel === 'email' ? (v.subject ?? '') : null, providerTemplateId: v.providerTemplateId?.trim() || null },
      },
      {
        onSuccess: () => {
          void message.success(t('outbox.tpl.saved'));
          setEditing(null);
        },
        onError: (e) => {
          const rest = applyFieldErrors(form, e, [['subject'], ['body'], ['providerTemplateId']]);
          setExtra(rest.length || !(e as { fields?: unknown[] }).fields?.length ? e : null);
        },
      },
    );
  };

  const columns: TableColumnsType<MessageTemplate> = [
    { title: t('outbox.col.event'), dataIndex: 'event', width: 130, render: (e: MessageTemplate['event']) => t(`outbox.event.${e}`) },
    { title: t('outbox.tpl.language'), dataIndex: 'language', width: 80, render: (l: 'zh' | 'en') => t(`outbox.lang.${l}`) },
    {
      title: t('outbox.tpl.body'),
      key: 'text',
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.subject && <Typography.Text strong>{r.subject}</Typography.Text>}
          <Typography.Text ellipsis={{ tooltip: r.body }} style={{ maxWidth: 520 }}>
            {r.body}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '', dataIndex: 'isDefault', width: 90, render: (d: boolean) => <Tag color={d ? 'default' : 'blue'} data-testid="tpl-state">{t(d ? 'outbox.tpl.default' : 'outbox.tpl.custom')}</Tag> },
    {
      title: '',
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => open(r)} data-testid={`tpl-edit-${r.event}-${r.language}`}>
            {t('outbox.tpl.edit')}
          </Button>
          {!r.isDefault && (
            <Popconfirm title={t('outbox.tpl.resetConfirm')} onConfirm={() => reset.mutate({ event: r.event, channel: r.channel, language: r.language })}>
              <Button size="small" danger data-testid={`tpl-reset-${r.event}-${r.language}`}>
                {t('outbox.tpl.reset')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('outbox.tpl.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('outbox.tpl.hint')}</Typography.Text>
      <Segmented<CustomerChannel> data-testid="tpl-channel" value={channel} onChange={setChannel} options={CUSTOMER_CHANNELS.map((c) => ({ value: c, label: t(`outbox.channel.${c}`) }))} />
      {templates.isError && <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />}
      <Table<MessageTemplate> data-testid="tpl-table" rowKey={(r) => `${r.event}/${r.channel}/${r.language}`} columns={columns} dataSource={rows} loading={templates.isLoading} pagination={false} size="middle" />
      <Modal
        open={!!editing}
        title={editing ? `${t(`outbox.event.${editing.event}`)} · ${t(`outbox.channel.${editing.channel}`)} · ${t(`outbox.lang.${editing.language}`)}` : ''}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
        width={640}
      >
        {extra !== null && <ErrorAlert error={extra} />}
        <Form form={form} layout="vertical" data-testid="tpl-form">
          {editing?.channel === 'email' && (
            <Form.Item name="subject" label={t('outbox.tpl.subject')}>
              <Input maxLength={200} />
            </Form.Item>
          )}
          <Form.Item name="body" label={t('outbox.tpl.body')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} data-testid="tpl-body" />
          </Form.Item>
          {editing?.channel !== 'email' && (
            <Form.Item name="providerTemplateId" label={t('outbox.tpl.providerId')} extra={t('outbox.tpl.providerIdHint')}>
              <Input maxLength={100} />
            </Form.Item>
          )}
          <Typography.Text type="secondary">
            {t('outbox.tpl.variables')}:{' '}
            {editing?.variables.map((v) => (
              <Tag key={v}>{`{{${v}}}`}</Tag>
            ))}
          </Typography.Text>
        </Form>
      </Modal>
    </Flex>
  );
};
