// 赔付与审批权限: the authority limits per role (yuan in the form, fen on the wire) and the compensation
// rules' switches and numbers, saved together (validated by the server's schemas, audited).
import { useEffect } from 'react';
import { App, Button, Card, Flex, Form, InputNumber, Switch, Tag, Typography } from 'antd';
import { useResolutionSettings, useSaveResolutionSettings, type ResolutionSettings } from '../../api/remedies.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { ExecutionSettingsCard } from './ExecutionSettingsCard.tsx';

const LIMIT_ROLES = ['agent', 'handler', 'supervisor', 'manager'] as const;
type Policy = ResolutionSettings['compensationPolicy'];
type FormValues = { limits: Record<(typeof LIMIT_ROLES)[number], number>; policy: Policy };

export const ResolutionSettingsPage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useResolutionSettings();
  const save = useSaveResolutionSettings();
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    if (!settings.data) return;
    const l = settings.data.authorityLimits;
    form.setFieldsValue({
      limits: { agent: l.agent / 100, handler: l.handler / 100, supervisor: l.supervisor / 100, manager: l.manager / 100 },
      policy: settings.data.compensationPolicy,
    });
  }, [settings.data, form]);

  const submit = async (v: FormValues) => {
    if (!settings.data) return;
    const fen = (y: number) => Math.round(y * 100);
    try {
      await save.mutateAsync({
        authorityLimits: { agent: fen(v.limits.agent), handler: fen(v.limits.handler), supervisor: fen(v.limits.supervisor), manager: fen(v.limits.manager) },
        // Switches only from the form; the numbers of each rule are kept as loaded.
        compensationPolicy: Object.fromEntries(
          Object.entries(settings.data.compensationPolicy).map(([k, rule]) => [k, { ...rule, enabled: v.policy[k as keyof Policy]?.enabled ?? rule.enabled }]),
        ) as Policy,
      });
      message.success(t('settings.resolution.title'));
    } catch (err) {
      applyFieldErrors(form, err, LIMIT_ROLES.map((r) => ['authorityLimits', r]));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('settings.resolution.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('settings.resolution.hint')}</Typography.Text>
      {settings.data?.isDefault && <Tag style={{ alignSelf: 'start' }}>{t('settings.resolution.default')}</Tag>}
      {settings.error && <ErrorAlert error={settings.error} />}
      {save.error && <ErrorAlert error={save.error} />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="resolution-settings-form">
        <Card size="small" title={t('remedy.chain')} loading={settings.isLoading}>
          <Flex gap={16} wrap>
            {LIMIT_ROLES.map((r) => (
              <Form.Item key={r} name={['limits', r]} label={`${t(`role.${r}` as MessageKey)} ≤ ¥`} rules={[{ required: true }]}>
                <InputNumber min={0} precision={2} data-testid={`limit-${r}`} style={{ width: 160 }} />
              </Form.Item>
            ))}
          </Flex>
        </Card>
        <Card size="small" title={t('settings.resolution.policy')} style={{ marginTop: 12 }} loading={settings.isLoading}>
          <Flex gap={16} wrap>
            {Object.keys(settings.data?.compensationPolicy ?? {}).map((k) => (
              <Form.Item key={k} name={['policy', k, 'enabled']} label={k} valuePropName="checked">
                <Switch />
              </Form.Item>
            ))}
          </Flex>
        </Card>
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 12 }} data-testid="resolution-settings-save">
          {t('settings.resolution.title')}
        </Button>
      </Form>
      <ExecutionSettingsCard />
    </Flex>
  );
};
