import { Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useMe, type LoginBody } from '../api/auth.ts';
import { useHealth } from '../api/health.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { FullPageSpin } from '../components/RequireAuth.tsx';
import { useI18n } from '../i18n/index.ts';
import { useRevalidateOnLanguageChange } from '../lib/form-errors.ts';

const DEMO_USERS = [
  'agent',
  'supervisor',
  'manager',
  'admin',
  'dispatch',
  'quality',
  'warehouse',
  'logistics',
  'finance',
  'store',
];

// Only same-site paths are followed after login, so a crafted link cannot send the user elsewhere.
const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/cases');

export const LoginPage = () => {
  const { t } = useI18n();
  const [form] = Form.useForm<LoginBody>();
  useRevalidateOnLanguageChange(form);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const login = useLogin();
  const next = safeNext(params.get('next'));
  // The demo accounts are listed unless the server says it runs without demo data.
  const health = useHealth();
  const showDemo = health.data?.demo !== false;

  if (me.isPending) return <FullPageSpin />;
  if (me.data) return <Navigate to={next} replace />;

  const onFinish = (values: LoginBody) =>
    login.mutate(values, { onSuccess: () => navigate(next, { replace: true }) });

  return (
    <main className="cl-login">
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <Form<LoginBody> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('login.username') }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('validation.required', { field: t('login.password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          {login.isError && <ErrorAlert error={login.error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        {showDemo && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
            {t('login.demoHint')}{' '}
            {DEMO_USERS.map((u) => (
              <Button
                key={u}
                type="link"
                size="small"
                style={{ paddingInline: 2, height: 'auto' }}
                onClick={() => form.setFieldsValue({ username: u, password: 'demo1234' })}
              >
                {u}
              </Button>
            ))}
          </Typography.Paragraph>
        )}
      </Card>
    </main>
  );
};
