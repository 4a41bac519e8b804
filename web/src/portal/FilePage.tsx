import { useRef, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Result, Select, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { useHealth } from '../api/health.ts';
import { applyFieldErrors } from '../lib/form-errors.ts';
import { newUuid } from '../lib/uuid.ts';
import { fileComplaint, uploadPhoto, usePortalOptions, type PortalFiled } from './api.ts';
import { usePortalI18n } from './i18n.ts';
import { LimitDates, PolicyLimits } from './limits.tsx';

type Values = { waybillNo?: string; orderNo?: string; category?: string; description: string; demand?: string; name: string; phone: string; email?: string };
const FIELDS = ['waybillNo', 'orderNo', 'category', 'description', 'demand', 'name', 'phone', 'email', 'store'].map((f) => [f]);

const mb = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** File a complaint (public, no sign-in). From a store's QR link (?store=CODE) the store is filled and fixed. */
export const FilePage = () => {
  const { t } = usePortalI18n();
  const [params] = useSearchParams();
  const storeCode = params.get('store');
  const options = usePortalOptions(storeCode);
  const maxBytes = useHealth().data?.maxUploadBytes ?? null;
  const [form] = Form.useForm<Values>();
  // One key per complaint being written: a retried submit (double tap, flaky network) files it once.
  const key = useRef(newUuid());
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoProblems, setPhotoProblems] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [filed, setFiled] = useState<PortalFiled | null>(null);
  const store = options.data?.store ?? null;

  const pick = (list: FileList | null) => {
    const problems: string[] = [];
    const ok: File[] = [];
    for (const f of Array.from(list ?? [])) {
      if (!f.type.startsWith('image/')) problems.push(t('file.photoNotImage', { name: f.name }));
      else if (maxBytes !== null && f.size > maxBytes) problems.push(t('file.photoTooLarge', { name: f.name, limit: mb(maxBytes) }));
      else ok.push(f);
    }
    setPhotos((p) => [...p, ...ok]);
    setPhotoProblems(problems);
  };

  const submit = async (v: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await fileComplaint(
        {
          waybillNo: v.waybillNo || null,
          orderNo: v.orderNo || null,
          category: v.category || null,
          description: v.description,
          demand: v.demand || null,
          name: v.name,
          phone: v.phone,
          email: v.email || null,
          store: store?.code ?? null,
        },
        key.current,
      );
      // The photos go to the new case with the session its filing gave; one that fails does not undo the complaint.
      const failed: string[] = [];
      for (const p of photos) {
        try {
          await uploadPhoto(result.caseNumber, p);
        } catch (e) {
          failed.push(t('file.photoFailed', { name: p.name, message: isApiError(e) ? e.message : t('error.retry') }));
        }
      }
      setPhotoProblems(failed);
      setFiled(result);
      key.current = newUuid();
    } catch (e) {
      const rest = applyFieldErrors(form, e, FIELDS);
      setError(isApiError(e) ? [e.message, ...rest.map((f) => f.message)].join(' ') : t('error.retry'));
    } finally {
      setSubmitting(false);
    }
  };

  if (filed) {
    return (
      <Card data-testid="filed">
        <Result status="success" title={t('filed.heading')} style={{ padding: '8px 0' }} />
        <Typography.Paragraph style={{ textAlign: 'center' }}>
          {t('filed.number')}
          <br />
          <Typography.Text strong copyable style={{ fontSize: 22 }} data-testid="case-number">
            {filed.caseNumber}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('filed.keep')}</Typography.Paragraph>
        {photoProblems.map((p) => (
          <Alert key={p} type="warning" showIcon title={p} style={{ marginBottom: 8 }} />
        ))}
        <Typography.Title level={5}>{t('filed.limits')}</Typography.Title>
        <LimitDates limits={filed.limits} />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('filed.how')}
        </Typography.Title>
        <Typography.Paragraph>{t('filed.howText')}</Typography.Paragraph>
        <Flex vertical gap={8}>
          <Link to={`/portal/cases/${filed.caseNumber}`}>
            <Button type="primary" block size="large" data-testid="view-case">
              {t('filed.view')}
            </Button>
          </Link>
          <Button block onClick={() => { setFiled(null); setPhotos([]); form.resetFields(); }}>
            {t('filed.again')}
          </Button>
        </Flex>
      </Card>
    );
  }

  return (
    <Card title={t('file.heading')}>
      <Typography.Paragraph type="secondary">{t('file.intro')}</Typography.Paragraph>
      {options.data?.limits.length ? (
        <Alert type="info" title={<PolicyLimits limits={options.data.limits} />} style={{ marginBottom: 12 }} data-testid="policy-limits" />
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} size="large">
        {store ? (
          <Form.Item label={t('file.store')}>
            <Input value={store.name} disabled data-testid="store" />
          </Form.Item>
        ) : null}
        <Form.Item name="waybillNo" label={t('file.waybill')} extra={t('file.refHint')}>
          <Input autoComplete="off" data-testid="waybill" />
        </Form.Item>
        <Form.Item name="orderNo" label={t('file.order')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="category" label={t('file.category')}>
          <Select allowClear placeholder={t('file.categoryPlaceholder')} options={(options.data?.categories ?? []).map((c) => ({ value: c.code, label: c.label }))} data-testid="category" />
        </Form.Item>
        <Form.Item name="description" label={t('file.description')} rules={[{ required: true, whitespace: true, message: t('file.description') }]}>
          <Input.TextArea rows={4} maxLength={2000} placeholder={t('file.descriptionPlaceholder')} data-testid="description" />
        </Form.Item>
        <Form.Item name="demand" label={t('file.demand')}>
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('file.demandPlaceholder')} data-testid="demand" />
        </Form.Item>
        <Form.Item label={t('file.photos')} extra={maxBytes ? t('file.photosHint', { limit: mb(maxBytes) }) : undefined}>
          {/* A plain file input: WeChat's in-app browser offers the camera and the album for it. */}
          <input type="file" accept="image/*" multiple onChange={(e) => { pick(e.target.files); e.target.value = ''; }} data-testid="photos" />
          {photos.map((p, i) => (
            <div key={`${p.name}-${i}`} style={{ display: 'flex', justifyContent: 'space-between', marginTop: 4 }}>
              <span>{p.name}</span>
              <Button size="small" type="link" onClick={() => setPhotos((all) => all.filter((_, j) => j !== i))}>×</Button>
            </div>
          ))}
          {photoProblems.map((p) => (
            <Alert key={p} type="warning" title={p} style={{ marginTop: 4 }} />
          ))}
        </Form.Item>
        <Form.Item name="name" label={t('file.name')} rules={[{ required: true, whitespace: true, message: t('file.name') }]}>
          <Input autoComplete="name" data-testid="name" />
        </Form.Item>
        <Form.Item name="phone" label={t('file.phone')} rules={[{ required: true, message: t('file.phone') }]}>
          <Input type="tel" inputMode="tel" autoComplete="tel" data-testid="phone" />
        </Form.Item>
        <Form.Item name="email" label={t('file.email')}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        {error ? <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="file-error" /> : null}
        <Button type="primary" htmlType="submit" block loading={submitting} data-testid="submit">
          {t('file.submit')}
        </Button>
      </Form>
    </Card>
  );
};
