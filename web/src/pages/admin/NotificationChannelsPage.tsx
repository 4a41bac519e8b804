import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Switch, Tag, Typography } from 'antd';
import { useNotificationChannels, useSaveChannel, useTestSend, type ChannelSettings } from '../../api/outbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';

// The options and keys each driver takes (the server checks the same list).
const DRIVER_FIELDS: Record<string, { options: string[]; secrets: string[] }> = {
  record: { options: [], secrets: [] },
  smtp: { options: ['host', 'port', 'secure', 'user', 'from'], secrets: ['password'] },
  aliyun: { options: ['endpoint', 'accessKeyId', 'signName', 'regionId'], secrets: ['accessKeySecret'] },
  tencent: { options: ['endpoint', 'secretId', 'sdkAppId', 'signName', 'region'], secrets: ['secretKey'] },
  wechat_mp: { options: ['apiBase', 'appId'], secrets: ['appSecret'] },
};

type Values = { driver: string; enabled: boolean; maxAttempts: number; options: Record<string, string | number | boolean>; secrets: Record<string, string> };

const ChannelCard = ({ settings }: { settings: ChannelSettings }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveChannel();
  const test = useTestSend();
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  // The last test message's outcome stays on the card: a provider's refusal is read, not glimpsed in a toast.
  const [tested, setTested] = useState<{ ok: boolean; error: string | null } | null>(null);
  const driver = Form.useWatch('driver', form) ?? settings.driver;
  const fields = DRIVER_FIELDS[driver] ?? { options: [], secrets: [] };

  useEffect(() => {
    form.setFieldsValue({ driver: settings.driver, enabled: settings.enabled, maxAttempts: settings.maxAttempts, options: settings.options, secrets: {} });
  }, [form, settings]);

  const submit = async () => {
    const v = await form.validateFields();
    const options = Object.fromEntries(Object.entries(v.options ?? {}).filter(([k, x]) => fields.options.includes(k) && x !== undefined && x !== null && x !== ''));
    const secrets = Object.fromEntries(Object.entries(v.secrets ?? {}).filter(([k, x]) => fields.secrets.includes(k) && typeof x === 'string' && x !== ''));
    setProblem(null);
    save.mutate(
      { channel: settings.channel, body: { driver: v.driver, enabled: v.enabled, maxAttempts: v.maxAttempts, options, secrets } },
      {
        onSuccess: () => {
          form.setFieldValue('secrets', {});
          void message.success(t('outbox.ch.saved'));
        },
        onError: (e) => {
          const rest = applyFieldErrors(form, e, [['driver'], ['maxAttempts'], ...fields.options.map((k) => ['options', k]), ...fields.secrets.map((k) => ['secrets', k])]);
          if (rest.length || !(e as { fields?: unknown[] }).fields?.length) setProblem(e);
        },
      },
    );
  };

  return (
    <Card title={t(`outbox.channel.${settings.channel}`)} data-testid={`channel-${settings.channel}`}>
      {problem !== null && <ErrorAlert error={problem} />}
      <Form form={form} layout="vertical">
        <Flex gap={16} wrap>
          <Form.Item name="driver" label={t('outbox.ch.driver')} style={{ minWidth: 240 }}>
            <Select options={settings.drivers.map((d) => ({ value: d, label: t(`outbox.driver.${d}` as MessageKey) }))} />
          </Form.Item>
          <Form.Item name="enabled" label={t('outbox.ch.enabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="maxAttempts" label={t('outbox.ch.maxAttempts')}>
            <InputNumber min={1} max={20} />
          </Form.Item>
        </Flex>
        {fields.options.map((k) =>
          k === 'secure' ? (
            <Form.Item key={k} name={['options', k]} label={t(`outbox.opt.${k}` as MessageKey)} valuePropName="checked">
              <Switch />
            </Form.Item>
          ) : k === 'port' ? (
            <Form.Item key={k} name={['options', k]} label={t(`outbox.opt.${k}` as MessageKey)}>
              <InputNumber min={1} max={65535} />
            </Form.Item>
          ) : (
            <Form.Item key={k} name={['options', k]} label={t(`outbox.opt.${k}` as MessageKey)}>
              <Input maxLength={300} />
            </Form.Item>
          ),
        )}
        {fields.secrets.map((k) => (
          <Form.Item
            key={k}
            name={['secrets', k]}
            label={
              <Flex gap={6} align="center">
                {t(`outbox.opt.${k}` as MessageKey)}
                <Tag color={settings.secrets[k] === 'set' && settings.driver === driver ? 'green' : 'default'}>
                  {settings.secrets[k] === 'set' && settings.driver === driver ? t('outbox.ch.secretSet') : t('outbox.ch.secretUnset')}
                </Tag>
              </Flex>
            }
          >
            <Input.Password autoComplete="new-password" maxLength={500} />
          </Form.Item>
        ))}
        <Button type="primary" onClick={() => void submit()} loading={save.isPending} data-testid={`channel-save-${settings.channel}`}>
          {t('outbox.ch.save')}
        </Button>
      </Form>
      <Flex gap={8} style={{ marginTop: 16 }} align="center" wrap>
        <Input style={{ width: 260 }} placeholder={t('outbox.ch.testTo')} aria-label={t('outbox.ch.testTo')} value={to} onChange={(e) => setTo(e.target.value)} />
        <Button
          loading={test.isPending}
          disabled={!to.trim()}
          onClick={() => {
            setTested(null);
            test.mutate(
              { channel: settings.channel, to, language: 'zh' },
              {
                onSuccess: (r) => setTested({ ok: r.ok, error: r.error }),
                onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
              },
            );
          }}
        >
          {t('outbox.ch.test')}
        </Button>
      </Flex>
      {tested && (
        <Alert
          style={{ marginTop: 12 }}
          type={tested.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setTested(null)}
          title={tested.ok ? t('outbox.ch.testOk') : t('outbox.ch.testFailed')}
          description={tested.ok ? undefined : tested.error}
          data-testid={`channel-test-result-${settings.channel}`}
        />
      )}
    </Card>
  );
};

/** 通知渠道: how SMS, WeChat and email are sent; keys are write-only. */
export const NotificationChannelsPage = () => {
  const { t } = useI18n();
  const channels = useNotificationChannels();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('outbox.ch.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('outbox.ch.hint')}</Typography.Text>
      {channels.isError && <ErrorAlert error={channels.error} onRetry={() => void channels.refetch()} />}
      {channels.data?.items.map((c) => <ChannelCard key={c.channel} settings={c} />)}
    </Flex>
  );
};
