import { useState } from 'react';
import { App as AntApp, Button, Card, Descriptions, Empty, Flex, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useCustomerByPhone } from '../../api/customers.ts';
import { fetchCustomerExport, useEraseCustomer, usePhoneReads, useRetention, useSaveRetention, type CustomerErasure, type RetentionPeriods } from '../../api/privacy.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

const KINDS = ['case_text', 'attachments', 'contact', 'phone_reads'] as const;

/** Saves a JSON document as a file in the browser. */
function download(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** 个人信息: find a customer by phone, export or erase their data (rules 27–28), retention periods, phone reads (rule 29). */
export const PersonalDataPage = () => {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [phone, setPhone] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const found = useCustomerByPhone(searched);
  const erase = useEraseCustomer();
  const [erasing, setErasing] = useState(false);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<CustomerErasure | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const customer = found.data?.customer ?? null;

  const onExport = async () => {
    if (!customer) return;
    setExportError(null);
    try {
      const data = await fetchCustomerExport(customer.id);
      download(`customer-${customer.id}.json`, data);
      message.success(t('privacy.exported'));
    } catch (err) {
      setExportError(err);
    }
  };

  const onErase = async () => {
    if (!customer) return;
    const done = await erase.mutateAsync({ id: customer.id, reason });
    setResult(done);
    setErasing(false);
    setReason('');
    message.success(t('privacy.erased'));
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.privacy')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('privacy.intro')}
      </Typography.Paragraph>

      <Card title={t('privacy.lookup.title')}>
        <Flex gap={8} wrap>
          <Input
            aria-label={t('privacy.lookup.phone')}
            placeholder={t('privacy.lookup.phone')}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            onPressEnter={() => setSearched(phone)}
            style={{ width: 240 }}
          />
          <Button type="primary" onClick={() => { setResult(null); setSearched(phone); }}>
            {t('privacy.lookup.search')}
          </Button>
        </Flex>
        <ErrorAlert error={found.error} style={{ marginTop: 12 }} />
        {searched && found.isSuccess && !customer && <Empty style={{ marginTop: 12 }} description={t('privacy.lookup.none')} />}
        {customer && (
          <Flex vertical gap={12} style={{ marginTop: 12 }}>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('privacy.customer.name')}>{customer.name}</Descriptions.Item>
              <Descriptions.Item label={t('privacy.customer.phone')}>{customer.phone}</Descriptions.Item>
              <Descriptions.Item label={t('privacy.customer.cases')}>{found.data?.cases.map((c) => `${c.caseNumber}`).join('，') || '—'}</Descriptions.Item>
            </Descriptions>
            <Flex gap={8}>
              <Button onClick={onExport}>{t('privacy.export')}</Button>
              <Button danger onClick={() => setErasing(true)}>
                {t('privacy.erase')}
              </Button>
            </Flex>
            <ErrorAlert error={exportError} />
          </Flex>
        )}
        {result && (
          <Typography.Paragraph data-testid="erasure-result" style={{ marginTop: 12 }}>
            {t('privacy.erasedSummary', { cases: result.cases, events: result.eventsRedacted, files: result.attachmentsRedacted, records: result.recordsRedacted })}
          </Typography.Paragraph>
        )}
      </Card>

      <Modal
        open={erasing}
        title={t('privacy.erase.confirmTitle')}
        okText={t('privacy.erase.confirm')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: erase.isPending }}
        onOk={() => void onErase().catch(() => undefined)}
        onCancel={() => { setErasing(false); erase.reset(); }}
      >
        <Typography.Paragraph>{t('privacy.erase.warning')}</Typography.Paragraph>
        <Input.TextArea aria-label={t('privacy.erase.reason')} placeholder={t('privacy.erase.reason')} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
        <ErrorAlert error={erase.error} style={{ marginTop: 12 }} />
      </Modal>

      <RetentionCard />
      <PhoneReadsCard />
    </Flex>
  );
};

const RetentionCard = () => {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const retention = useRetention();
  const save = useSaveRetention();
  const [form] = Form.useForm<RetentionPeriods>();
  if (retention.error) return <ErrorAlert error={retention.error} />;
  if (!retention.data) return null;
  return (
    <Card title={t('privacy.retention.title')}>
      <Typography.Paragraph type="secondary">{t('privacy.retention.hint', { days: retention.data.regulatorFileDays })}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={retention.data.periods}
        onFinish={async (values) => {
          await save.mutateAsync(values);
          message.success(t('privacy.retention.saved'));
        }}
      >
        {KINDS.map((k) => (
          <Form.Item key={k} name={k} label={t(`privacy.kind.${k}`)} rules={[{ required: true }]}>
            <InputNumber min={30} max={3650} addonAfter={t('privacy.days')} style={{ width: 150 }} />
          </Form.Item>
        ))}
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('privacy.retention.save')}
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={save.error} style={{ marginTop: 12 }} />
    </Card>
  );
};

const PhoneReadsCard = () => {
  const { t } = useI18n();
  const reads = usePhoneReads();
  return (
    <Card title={t('privacy.reads.title')}>
      <ErrorAlert error={reads.error} />
      <Table
        size="small"
        rowKey="id"
        loading={reads.isLoading}
        dataSource={reads.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('admin.audit.time'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
          { title: t('admin.audit.actor'), dataIndex: 'actorName' },
          { title: t('privacy.reads.source'), dataIndex: 'source', render: (v: string) => (v === 'case_list' ? t('privacy.reads.caseList') : v) },
          { title: t('privacy.reads.filters'), dataIndex: 'filters', render: (v: string[]) => v.join(', ') },
          { title: t('privacy.reads.count'), dataIndex: 'phoneCount' },
        ]}
      />
    </Card>
  );
};
