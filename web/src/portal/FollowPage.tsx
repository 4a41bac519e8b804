import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { applyFieldErrors } from '../lib/form-errors.ts';
import { sendCode, verifyCode } from './api.ts';
import { usePortalI18n } from './i18n.ts';

type Values = { caseNumber: string; phone: string; code?: string };
const FIELDS = [['caseNumber'], ['phone'], ['code']];

/** Follow a case: case number + phone, confirmed by a one-time code sent by SMS. */
export const FollowPage = () => {
  const { t } = usePortalI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [sent, setSent] = useState(false);
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  const fail = (e: unknown) => {
    const rest = applyFieldErrors(form, e, FIELDS);
    if (isApiError(e) && e.code === 'RATE_LIMITED') setError(e.message);
    else if (isApiError(e)) setError(e.fields.length && !rest.length ? null : e.message);
    else setError(t('error.retry'));
  };

  const send = async () => {
    setError(null);
    try {
      const v = await form.validateFields(['caseNumber', 'phone']);
      setBusy(true);
      await sendCode({ caseNumber: v.caseNumber.trim().toUpperCase(), phone: v.phone });
      setSent(true);
      setWait(60);
    } catch (e) {
      if (!(e && typeof e === 'object' && 'errorFields' in e)) fail(e);
    } finally {
      setBusy(false);
    }
  };

  const verify = async (v: Values) => {
    setError(null);
    setBusy(true);
    try {
      const ok = await verifyCode({ caseNumber: v.caseNumber.trim().toUpperCase(), phone: v.phone, code: (v.code ?? '').trim() });
      navigate(`/portal/cases/${ok.caseNumber}`);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('follow.heading')}>
      <Form form={form} layout="vertical" size="large" requiredMark={false} onFinish={verify} initialValues={{ caseNumber: params.get('case') ?? '' }}>
        <Form.Item name="caseNumber" label={t('follow.caseNumber')} rules={[{ required: true, whitespace: true, message: t('follow.caseNumber') }]}>
          <Input placeholder={t('follow.caseNumberPlaceholder')} autoComplete="off" data-testid="follow-case" />
        </Form.Item>
        <Form.Item name="phone" label={t('follow.phone')} rules={[{ required: true, message: t('follow.phone') }]}>
          <Input type="tel" inputMode="tel" autoComplete="tel" data-testid="follow-phone" />
        </Form.Item>
        <Button block onClick={send} disabled={wait > 0} loading={busy && !sent} data-testid="send-code">
          {wait > 0 ? t('follow.resend', { s: wait }) : t('follow.send')}
        </Button>
        {sent ? (
          <>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="code-sent">
              {t('follow.sent')}
            </Typography.Paragraph>
            <Form.Item name="code" label={t('follow.code')} rules={[{ required: true, message: t('follow.code') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} data-testid="code" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="verify">
              {t('follow.verify')}
            </Button>
          </>
        ) : null}
        {error ? <Alert type="error" title={error} style={{ marginTop: 12 }} data-testid="follow-error" /> : null}
      </Form>
    </Card>
  );
};
