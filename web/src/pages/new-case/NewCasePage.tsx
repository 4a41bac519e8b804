import { useEffect, useState } from 'react';
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { uploadAttachment, useCreateCase } from '../../api/cases.ts';
import { isApiError, type FieldError } from '../../api/client.ts';
import { useCustomerByPhone } from '../../api/customers.ts';
import type { Case, Channel, NewCaseBody, Urgency } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCategoryOptions, useVocabularyOptions } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { ATTACHMENT_ACCEPT } from '../../lib/upload.ts';
import { newUuid } from '../../lib/uuid.ts';
import { CaseCreated } from './CaseCreated.tsx';
import { CustomerPanel } from './CustomerPanel.tsx';

type Values = {
  customer: { phone: string; name: string; email?: string };
  channel: Channel;
  category?: string;
  urgency: Urgency;
  waybillNo?: string;
  orderNo?: string;
  occurredAt?: Dayjs | null;
  store?: string;
  route?: string;
  description: string;
  demand?: string;
};

const FIELD_NAMES = [
  ['customer', 'phone'], ['customer', 'name'], ['customer', 'email'], ['channel'], ['category'], ['urgency'],
  ['waybillNo'], ['orderNo'], ['occurredAt'], ['store'], ['route'], ['description'], ['demand'],
];

const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

const toBody = (v: Values): NewCaseBody => ({
  channel: v.channel,
  customer: { name: v.customer.name.trim(), phone: v.customer.phone.replace(/[\s-]/g, ''), email: opt(v.customer.email) },
  description: v.description.trim(),
  category: v.category || undefined,
  urgency: v.urgency,
  waybillNo: opt(v.waybillNo),
  orderNo: opt(v.orderNo),
  occurredAt: v.occurredAt ? v.occurredAt.toISOString() : undefined,
  store: opt(v.store),
  route: opt(v.route),
  demand: opt(v.demand),
});

const INITIAL: Partial<Values> = { channel: 'hotline', urgency: 'normal' };

export const NewCasePage = () => {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  // One key per filled-in form: a double click or a retry after a lost response returns the same case.
  const [idempotencyKey, setIdempotencyKey] = useState(newUuid);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [created, setCreated] = useState<Case | null>(null);
  const [uploadErrors, setUploadErrors] = useState<{ name: string; error: unknown }[]>([]);
  const [uploading, setUploading] = useState(false);
  const [rest, setRest] = useState<FieldError[] | undefined>();
  const create = useCreateCase();
  const vocab = useVocabularyOptions();
  const categories = useCategoryOptions();
  const phone: string = (Form.useWatch(['customer', 'phone'], form) ?? '').replace(/[\s-]/g, '');
  const lookup = useCustomerByPhone(phone);

  // A known caller's name and email are filled in, but never over what the agent typed.
  useEffect(() => {
    const c = lookup.data?.customer;
    if (!c) return;
    if (!form.getFieldValue(['customer', 'name'])) form.setFieldValue(['customer', 'name'], c.name);
    if (c.email && !form.getFieldValue(['customer', 'email'])) form.setFieldValue(['customer', 'email'], c.email);
  }, [lookup.data, form]);

  const onFinish = (v: Values) =>
    create.mutate(
      { body: toBody(v), idempotencyKey },
      {
        onSuccess: async (c) => {
          setUploading(true);
          const failed: { name: string; error: unknown }[] = [];
          for (const f of files) {
            if (!f.originFileObj) continue;
            try {
              await uploadAttachment(c.id, f.originFileObj, f.name);
            } catch (error) {
              failed.push({ name: f.name, error });
            }
          }
          setUploading(false);
          setUploadErrors(failed);
          setCreated(c);
        },
        onError: (e) => {
          setRest(applyFieldErrors(form, e, FIELD_NAMES));
          // A rejected request created nothing, so the corrected form may safely use a fresh key.
          if (isApiError(e) && e.status === 400) setIdempotencyKey(newUuid());
        },
      },
    );

  const startOver = () => {
    form.resetFields();
    setFiles([]);
    setCreated(null);
    setUploadErrors([]);
    setRest(undefined);
    create.reset();
    setIdempotencyKey(newUuid());
  };

  if (created) return <CaseCreated created={created} uploadErrors={uploadErrors} onNew={startOver} />;

  const required = (field: string) => [{ required: true, whitespace: true, message: t('validation.required', { field }) }];
  const busy = create.isPending || uploading;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('newCase.title')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Card size="small">
            <Form<Values> form={form} layout="vertical" initialValues={INITIAL} onFinish={onFinish} disabled={busy} scrollToFirstError>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['customer', 'phone']}
                    label={t('field.phone')}
                    rules={[
                      ...required(t('field.phone')),
                      { pattern: /^[0-9+\-\s]{5,20}$/, message: t('validation.phone') },
                    ]}
                  >
                    <Input inputMode="tel" maxLength={20} autoFocus autoComplete="off" data-testid="intake-phone" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['customer', 'name']} label={t('field.customerName')} rules={required(t('field.customerName'))}>
                    <Input maxLength={100} data-testid="intake-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['customer', 'email']} label={t('field.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="channel" label={t('field.channel')} rules={required(t('field.channel'))}>
                    <Select options={vocab.channel} data-testid="intake-channel" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="category" label={t('field.category')}>
                    <Select
                      allowClear
                      options={categories.options}
                      loading={categories.loading}
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={t('newCase.pickCategory')}
                      data-testid="intake-category"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="urgency" label={t('field.urgency')}>
                    <Select options={vocab.urgency} data-testid="intake-urgency" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="waybillNo" label={t('field.waybillNo')}>
                    <Input maxLength={64} data-testid="intake-waybill" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="orderNo" label={t('field.orderNo')}>
                    <Input maxLength={64} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="occurredAt" label={t('field.occurredAt')}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      format="YYYY-MM-DD HH:mm"
                      disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="store" label={t('field.store')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="route" label={t('field.route')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name="description" label={t('field.description')} rules={required(t('field.description'))}>
                    <Input.TextArea rows={4} maxLength={5000} showCount placeholder={t('newCase.descriptionHint')} data-testid="intake-description" />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item name="demand" label={t('field.demand')}>
                    <Input.TextArea rows={2} maxLength={2000} placeholder={t('newCase.demandHint')} data-testid="intake-demand" />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item label={t('attachments.label')} extra={t('newCase.attachmentsHint')}>
                    <Upload
                      multiple
                      listType="picture"
                      accept={ATTACHMENT_ACCEPT}
                      fileList={files}
                      beforeUpload={() => false}
                      onChange={({ fileList }) => setFiles(fileList)}
                    >
                      <Button icon={<PaperClipOutlined />}>{t('attachments.add')}</Button>
                    </Upload>
                  </Form.Item>
                </Col>
              </Row>
              {create.isError && <ErrorAlert error={create.error} extraFields={rest} style={{ marginBottom: 12 }} />}
              <Flex justify="end" gap={8}>
                <Button onClick={startOver} disabled={busy}>
                  {t('common.reset')}
                </Button>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="intake-submit">
                  {t('newCase.submit')}
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <CustomerPanel phone={phone} lookup={lookup} />
        </Col>
      </Row>
    </>
  );
};
