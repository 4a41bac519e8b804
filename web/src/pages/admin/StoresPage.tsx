import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { Alert, Button, Card, Col, Empty, Form, Input, Row, Switch, Typography } from 'antd';
import { useCreateStore, useStores, useUpdateStore } from '../../api/stores.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { useI18n } from '../../i18n/index.ts';

/** A store's QR code as an image (drawn in the browser; the link is the server's, from PUBLIC_URL). */
const useQrDataUrl = (link: string): string | null => {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(link, { width: 320, margin: 2, errorCorrectionLevel: 'M' }).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [link]);
  return url;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const StoreCard = ({ store }: { store: { id: string; code: string; name: string; active: boolean; link: string } }) => {
  const { t } = useI18n();
  const qr = useQrDataUrl(store.link);
  const update = useUpdateStore();
  // A sheet of its own to print: the code large, the store's name and one line for the customer.
  const print = () => {
    const w = window.open('', '_blank');
    if (!w || !qr) return;
    w.document.title = store.name;
    w.document.body.innerHTML = `<div style="text-align:center;font-family:sans-serif;margin-top:40px"><h1>${escapeHtml(store.name)}</h1><img src="${qr}" style="width:80%;max-width:420px"/><p style="font-size:20px">${escapeHtml(t('stores.scan'))}</p><p style="color:#888">${escapeHtml(store.link)}</p></div>`;
    w.print();
  };
  return (
    <Card
      size="small"
      title={store.name}
      extra={<Switch size="small" checked={store.active} loading={update.isPending} onChange={(active) => update.mutate({ id: store.id, patch: { active } })} aria-label={t('stores.active')} />}
      data-testid={`store-${store.code}`}
    >
      <div style={{ textAlign: 'center' }}>{qr ? <img src={qr} alt={store.link} style={{ width: 200, height: 200 }} data-testid="store-qr" /> : null}</div>
      <Typography.Paragraph copyable={{ text: store.link }} style={{ fontSize: 12, wordBreak: 'break-all' }} data-testid="store-link">
        {store.link}
      </Typography.Paragraph>
      <Typography.Text type="secondary">{t('stores.code')}: {store.code}</Typography.Text>
      <Button block style={{ marginTop: 8 }} onClick={print} disabled={!qr || !store.active}>
        {t('stores.printOne')}
      </Button>
    </Card>
  );
};

/** Stores / outlets with a printable QR code each, opening the customer portal with the store filled in (seed 003). */
export const StoresPage = () => {
  const { t } = useI18n();
  const stores = useStores();
  const create = useCreateStore();
  const [form] = Form.useForm<{ code: string; name: string }>();
  const add = (v: { code: string; name: string }) =>
    create.mutate(v, {
      onSuccess: () => form.resetFields(),
      onError: (e) => applyFieldErrors(form, e, [['code'], ['name']]),
    });
  return (
    <div style={{ padding: 16 }}>
      <Typography.Title level={3}>{t('stores.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('stores.intro')} style={{ marginBottom: 16 }} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={add}>
          <Form.Item name="code" label={t('stores.code')} rules={[{ required: true, pattern: /^[A-Za-z0-9_-]+$/, message: t('stores.code') }]}>
            <Input style={{ width: 160 }} data-testid="store-code" />
          </Form.Item>
          <Form.Item name="name" label={t('stores.name')} rules={[{ required: true, whitespace: true, message: t('stores.name') }]}>
            <Input style={{ width: 200 }} data-testid="store-name" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="store-add">
            {t('stores.add')}
          </Button>
        </Form>
      </Card>
      {stores.error ? <ErrorAlert error={stores.error} onRetry={() => void stores.refetch()} /> : null}
      {stores.data && !stores.data.length ? <Empty description={t('stores.empty')} /> : null}
      <Row gutter={[16, 16]}>
        {(stores.data ?? []).map((s) => (
          <Col key={s.id} xs={24} sm={12} md={8} lg={6}>
            <StoreCard store={s} />
          </Col>
        ))}
      </Row>
    </div>
  );
};
