// 赔付与审批权限: the authority limits per role and every compensation rule — its switch and its numbers
// (yuan in the form, fen on the wire), with its rule number and source — saved together (validated by the
// server's schemas, audited). "Restore defaults" fills the form with the industry preset's values; the
// preview runs the calculator on a sample incident with the policy as edited, before it is saved.
import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, InputNumber, Row, Select, Switch, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  INCIDENT_KINDS,
  usePreviewCompensation,
  useResolutionDefaults,
  useResolutionSettings,
  useSaveResolutionSettings,
  type PreviewBody,
  type ResolutionDefaults,
  type ResolutionSettings,
} from '../../api/remedies.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { ExecutionSettingsCard } from './ExecutionSettingsCard.tsx';
import { applyFieldErrors, useRevalidateOnLanguageChange } from '../../lib/form-errors.ts';
import { CalculationView } from '../case/ResolutionCard.tsx';

const LIMIT_ROLES = ['agent', 'handler', 'supervisor', 'manager'] as const;
type Policy = ResolutionSettings['compensationPolicy'];
type RuleCode = keyof Policy;
type Limits = ResolutionSettings['authorityLimits'];

/** How each number of a rule is edited; a field named …Fen is held in yuan and sent in fen. */
type FieldKind = 'days' | 'multiple' | 'yuan' | 'percent' | 'bool' | { options: readonly string[] };
const RULE_FIELDS: { [K in RuleCode]: Array<[Exclude<keyof Policy[K], 'enabled'> & string, FieldKind]> } = {
  delayFeeWaiver: [],
  delayDestroysValue: [],
  completeDelay: [['sameCityDays', 'days'], ['otherDays', 'days']],
  insuredDeclaredValue: [['payProvenLossWithinDeclared', 'bool']],
  uninsuredFeeMultiple: [['feeMultiple', 'multiple']],
  orderRefund: [],
  foodSafety: [['priceMultiple', 'multiple'], ['lossMultiple', 'multiple'], ['minimumExtraFen', 'yuan']],
  fraud: [['priceMultiple', 'multiple'], ['minimumExtraFen', 'yuan'], ['basis', { options: ['goods_price', 'service_fee'] }]],
  noReasonReturn: [['windowDays', 'days'], ['returnFreightPaidBy', { options: ['customer', 'merchant'] }]],
  qualityReturn: [['windowDays', 'days']],
  threeGuarantees: [['choiceWindowDays', 'days'], ['exchangeWindowDays', 'days']],
  qualityRefundVoucher: [['percentOfPrice', 'percent']],
};
const RULE_CODES = Object.keys(RULE_FIELDS) as RuleCode[];

type FormValues = { authorityLimits: Limits; compensationPolicy: Record<string, Record<string, unknown>> };

const isFen = (key: string) => key.endsWith('Fen');
const mapRule = (rule: Record<string, unknown>, f: (n: number) => number) =>
  Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, isFen(k) && typeof v === 'number' ? f(v) : v]));
const toYuan = (fen: number) => fen / 100;
const toFen = (yuan: number) => Math.round(yuan * 100);

const toForm = (policy: Policy, limits: Limits): FormValues => ({
  authorityLimits: Object.fromEntries(LIMIT_ROLES.map((r) => [r, toYuan(limits[r])])) as Limits,
  compensationPolicy: Object.fromEntries(Object.entries(policy).map(([k, rule]) => [k, mapRule(rule as Record<string, unknown>, toYuan)])),
});
const fromForm = (v: FormValues): { compensationPolicy: Policy; authorityLimits: Limits } => ({
  authorityLimits: Object.fromEntries(LIMIT_ROLES.map((r) => [r, toFen(v.authorityLimits[r])])) as Limits,
  compensationPolicy: Object.fromEntries(Object.entries(v.compensationPolicy).map(([k, rule]) => [k, mapRule(rule, toFen)])) as Policy,
});

const FIELD_NAMES = [
  ...LIMIT_ROLES.map((r) => ['authorityLimits', r]),
  ...RULE_CODES.flatMap((code) => [['compensationPolicy', code, 'enabled'], ...RULE_FIELDS[code].map(([k]) => ['compensationPolicy', code, k])]),
  ['compensationPolicy'],
];

const RuleCard = ({ code, info }: { code: RuleCode; info: ResolutionDefaults['rules'][number] | undefined }) => {
  const { t, lang } = useI18n();
  const unit = (kind: FieldKind) =>
    kind === 'days' ? t('rules.unit.days') : kind === 'multiple' ? '×' : kind === 'yuan' ? '¥' : kind === 'percent' ? '%' : undefined;
  return (
    <Card size="small" data-testid={`rule-${code}`} style={{ height: '100%' }}>
      <Flex justify="space-between" align="start" gap={8}>
        <div>
          <Typography.Text strong>{info ? info.title[lang] : code}</Typography.Text>
          <div>
            {info?.domainRules.map((n) => (
              <Tag key={n} color="blue">
                {t('remedy.rule')} {n}
              </Tag>
            ))}
            {info?.seeds.map((s) => (
              <Tag key={s}>
                {t('rules.seed')} {s}
              </Tag>
            ))}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {info?.basis}
          </Typography.Text>
        </div>
        <Form.Item name={['compensationPolicy', code, 'enabled']} valuePropName="checked" style={{ margin: 0 }}>
          <Switch data-testid={`rule-${code}-enabled`} aria-label={t('rules.enabled')} />
        </Form.Item>
      </Flex>
      {RULE_FIELDS[code].length > 0 && (
        <Flex gap={12} wrap style={{ marginTop: 8 }}>
          {RULE_FIELDS[code].map(([key, kind]) => (
            <Form.Item
              key={key}
              name={['compensationPolicy', code, key]}
              label={t(`rules.field.${key}` as MessageKey)}
              valuePropName={kind === 'bool' ? 'checked' : 'value'}
              style={{ marginBottom: 4 }}
              rules={kind === 'bool' || typeof kind === 'object' ? [] : [{ required: true, message: t('validation.required', { field: t(`rules.field.${key}` as MessageKey) }) }]}
            >
              {kind === 'bool' ? (
                <Switch data-testid={`rule-${code}-${key}`} />
              ) : typeof kind === 'object' ? (
                <Select style={{ width: 150 }} data-testid={`rule-${code}-${key}`} options={kind.options.map((o) => ({ value: o, label: t(`rules.option.${o}` as MessageKey) }))} />
              ) : (
                <InputNumber
                  min={0}
                  precision={kind === 'multiple' || kind === 'yuan' ? 2 : 0}
                  addonAfter={kind === 'yuan' ? undefined : unit(kind)}
                  addonBefore={kind === 'yuan' ? '¥' : undefined}
                  style={{ width: 150 }}
                  data-testid={`rule-${code}-${key}`}
                />
              )}
            </Form.Item>
          ))}
        </Flex>
      )}
    </Card>
  );
};

type SampleValues = {
  serviceType?: 'same_city' | 'intra_province' | 'inter_province';
  freightYuan?: number | null;
  insured?: boolean;
  declaredYuan?: number | null;
  itemPriceYuan?: number | null;
  quantity?: number | null;
  promisedAt?: Dayjs | null;
  kind: PreviewBody['incident']['kind'];
  claimedYuan?: number | null;
  proven?: boolean;
  damagedParts?: number;
  totalParts?: number;
  days?: number;
  valueDestroyed?: boolean;
  freshFood?: boolean;
  foodSafety?: boolean;
  fraud?: boolean;
};
const yuanToFen = (y: number | null | undefined) => (y === null || y === undefined ? null : toFen(y));

const PreviewCard = ({ rulesForm }: { rulesForm: ReturnType<typeof Form.useForm<FormValues>>[0] }) => {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<SampleValues>();
  const preview = usePreviewCompensation();
  const kind = Form.useWatch('kind', form);
  const run = async (v: SampleValues) => {
    const edited = fromForm(rulesForm.getFieldsValue(true) as FormValues);
    const days = v.days ?? 0;
    const body: PreviewBody = {
      compensationPolicy: edited.compensationPolicy,
      facts: {
        serviceType: v.serviceType ?? null,
        freightFen: yuanToFen(v.freightYuan),
        insured: !!v.insured,
        declaredValueFen: yuanToFen(v.declaredYuan),
        itemPriceFen: yuanToFen(v.itemPriceYuan),
        quantity: v.quantity ?? null,
        promisedDeliveryAt: v.promisedAt ? v.promisedAt.toISOString() : null,
      },
      incident: {
        kind: v.kind,
        ...(v.claimedYuan !== null && v.claimedYuan !== undefined ? { claimedFen: toFen(v.claimedYuan), proven: !!v.proven } : {}),
        ...(v.kind === 'damage' ? { damagedParts: v.damagedParts ?? 1, totalParts: v.totalParts ?? 1 } : {}),
        ...(v.kind === 'no_reason_return' || v.kind === 'quality_defect' ? { daysSinceReceipt: days } : {}),
        ...(v.kind === 'performance_fault' ? { daysSinceSale: days } : {}),
        ...(v.kind === 'delay' ? { valueDestroyed: !!v.valueDestroyed } : {}),
        freshFood: !!v.freshFood,
        foodSafety: !!v.foodSafety,
        fraud: !!v.fraud,
      },
    };
    try {
      await preview.mutateAsync(body);
    } catch (err) {
      // A bad number of the edited policy shows on its rule; a missing fact of the sample in the alert.
      applyFieldErrors(rulesForm, err, FIELD_NAMES);
    }
  };
  return (
    <Card size="small" title={t('rules.preview')} data-testid="rules-preview">
      <Typography.Paragraph type="secondary">{t('rules.previewHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        size="small"
        onFinish={run}
        initialValues={{ serviceType: 'inter_province', freightYuan: 12, kind: 'loss', quantity: 1 }}
        data-testid="rules-preview-form"
      >
        <Form.Item name="serviceType" label={t('field.serviceType')}>
          <Select
            style={{ width: 110 }}
            allowClear
            options={(['same_city', 'intra_province', 'inter_province'] as const).map((s) => ({ value: s, label: t(`serviceType.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="freightYuan" label={t('rules.sample.freight')}>
          <InputNumber min={0} precision={2} style={{ width: 100 }} data-testid="preview-freight" />
        </Form.Item>
        <Form.Item name="insured" valuePropName="checked">
          <Checkbox>{t('rules.sample.insured')}</Checkbox>
        </Form.Item>
        <Form.Item name="declaredYuan" label={t('rules.sample.declared')}>
          <InputNumber min={0} precision={2} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="itemPriceYuan" label={t('rules.sample.itemPrice')}>
          <InputNumber min={0} precision={2} style={{ width: 100 }} data-testid="preview-price" />
        </Form.Item>
        <Form.Item name="quantity" label={t('rules.sample.quantity')}>
          <InputNumber min={1} precision={0} style={{ width: 70 }} />
        </Form.Item>
        <Form.Item name="promisedAt" label={t('rules.sample.promised')}>
          <DatePicker showTime />
        </Form.Item>
        <Form.Item name="kind" label={t('remedy.incident')}>
          <Select style={{ width: 140 }} data-testid="preview-incident" options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`remedy.incident.${k}`) }))} />
        </Form.Item>
        {kind === 'damage' && (
          <>
            <Form.Item name="damagedParts" label={t('remedy.damagedParts')}>
              <InputNumber min={1} precision={0} style={{ width: 70 }} />
            </Form.Item>
            <Form.Item name="totalParts" label={t('remedy.totalParts')}>
              <InputNumber min={1} precision={0} style={{ width: 70 }} />
            </Form.Item>
          </>
        )}
        {(kind === 'no_reason_return' || kind === 'quality_defect' || kind === 'performance_fault') && (
          <Form.Item name="days" label={t('rules.sample.days')}>
            <InputNumber min={0} precision={0} style={{ width: 70 }} />
          </Form.Item>
        )}
        {kind === 'delay' && (
          <Form.Item name="valueDestroyed" valuePropName="checked">
            <Checkbox>{t('rules.sample.valueDestroyed')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="claimedYuan" label={t('remedy.claimedYuan')}>
          <InputNumber min={0} precision={2} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="proven" valuePropName="checked">
          <Checkbox>{t('remedy.proven')}</Checkbox>
        </Form.Item>
        <Form.Item name="freshFood" valuePropName="checked">
          <Checkbox>{t('rules.sample.freshFood')}</Checkbox>
        </Form.Item>
        <Form.Item name="foodSafety" valuePropName="checked">
          <Checkbox>{t('remedy.foodSafety')}</Checkbox>
        </Form.Item>
        <Form.Item name="fraud" valuePropName="checked">
          <Checkbox>{t('remedy.fraud')}</Checkbox>
        </Form.Item>
        <Button htmlType="submit" loading={preview.isPending} data-testid="rules-preview-run">
          {t('remedy.calculate')}
        </Button>
      </Form>
      {preview.error && <ErrorAlert error={preview.error} />}
      {preview.data && (
        <div style={{ marginTop: 8 }}>
          <CalculationView calc={preview.data} t={t} lang={lang} />
        </div>
      )}
    </Card>
  );
};

export const ResolutionSettingsPage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useResolutionSettings();
  const defaults = useResolutionDefaults();
  const save = useSaveResolutionSettings();
  const [form] = Form.useForm<FormValues>();
  useRevalidateOnLanguageChange(form);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(toForm(settings.data.compensationPolicy, settings.data.authorityLimits));
  }, [settings.data, form]);

  const submit = async (v: FormValues) => {
    try {
      await save.mutateAsync(fromForm({ ...(form.getFieldsValue(true) as FormValues), ...v }));
      setRestored(false);
      message.success(t('rules.saved'));
    } catch (err) {
      applyFieldErrors(form, err, FIELD_NAMES);
    }
  };

  const restore = () => {
    if (!defaults.data) return;
    form.setFieldsValue(toForm(defaults.data.compensationPolicy, defaults.data.authorityLimits));
    setRestored(true);
  };

  const infoOf = (code: RuleCode) => defaults.data?.rules.find((r) => r.code === code);

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('settings.resolution.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('settings.resolution.hint')}</Typography.Text>
      <Flex gap={8} align="center">
        {settings.data?.isDefault && <Tag>{t('settings.resolution.default')}</Tag>}
        {restored && <Tag color="gold" data-testid="rules-restored">{t('rules.restoredHint')}</Tag>}
      </Flex>
      {settings.error && <ErrorAlert error={settings.error} />}
      {defaults.error && <ErrorAlert error={defaults.error} />}
      {save.error && <ErrorAlert error={save.error} />}
      <Form form={form} layout="vertical" onFinish={submit} data-testid="resolution-settings-form">
        <Card size="small" title={t('remedy.chain')} loading={settings.isLoading}>
          <Flex gap={16} wrap>
            {LIMIT_ROLES.map((r) => (
              <Form.Item key={r} name={['authorityLimits', r]} label={`${t(`role.${r}` as MessageKey)} ≤ ¥`} rules={[{ required: true, message: t('validation.required', { field: t(`role.${r}` as MessageKey) }) }]}>
                <InputNumber min={0} precision={2} data-testid={`limit-${r}`} style={{ width: 160 }} />
              </Form.Item>
            ))}
          </Flex>
        </Card>
        <Card size="small" title={t('settings.resolution.policy')} style={{ marginTop: 12 }} loading={settings.isLoading || defaults.isLoading}>
          <Row gutter={[12, 12]}>
            {RULE_CODES.map((code) => (
              <Col key={code} xs={24} lg={12} xxl={8}>
                <RuleCard code={code} info={infoOf(code)} />
              </Col>
            ))}
          </Row>
        </Card>
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="resolution-settings-save">
            {t('rules.save')}
          </Button>
          <Button onClick={restore} disabled={!defaults.data} data-testid="rules-restore-defaults">
            {t('rules.restoreDefaults')}
          </Button>
        </Flex>
      </Form>
      <ExecutionSettingsCard />
      <PreviewCard rulesForm={form} />
    </Flex>
  );
};
