// 处理方案: calculate from the case's facts → pick items → propose; each remedy with its approval chain,
// approve / reject for whoever may, offer to the customer, and record the customer's answer.
import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Divider, Flex, Form, Input, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useLeadsCase } from '../../api/auth.ts';
import type { Case } from '../../api/model.ts';
import {
  INCIDENT_KINDS,
  REMEDY_KINDS,
  useCalculate,
  useProposeRemedy,
  useRemedies,
  useRemedyActions,
  useRemedyCatalogue,
  type CalculateBody,
  type Remedy,
  type RemedyCalculation,
  type RemedyKind,
} from '../../api/remedies.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { newUuid } from '../../lib/uuid.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';

const MONEY: readonly string[] = ['refund', 'fee_waiver', 'compensation', 'voucher'];
const PROPOSABLE: readonly string[] = ['investigating', 'remedy_proposed'];
const LINE_TO_ITEM: Record<string, RemedyKind> = {
  fee_waiver: 'fee_waiver',
  compensation: 'compensation',
  refund: 'refund',
  extra_compensation: 'compensation',
  return_freight: 'refund',
  voucher: 'voucher',
};
const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));

type CalcForm = { kind: CalculateBody['kind']; claimedYuan?: number | null; proven?: boolean; damagedParts?: number; totalParts?: number; foodSafety?: boolean; fraud?: boolean };
/** `amountFen` holds yuan in the form; named as the API names it so its field errors land here. */
type ItemRow = { kind: RemedyKind; amountFen?: number | null; note?: string };
type ProposeForm = { items: ItemRow[]; note?: string };

const STATUS_COLORS: Record<Remedy['status'], string> = {
  pending_approval: 'orange',
  approved: 'green',
  rejected: 'red',
  offered: 'blue',
  accepted: 'green',
  countered: 'gold',
  declined: 'red',
  superseded: 'default',
};

const roleName = (t: Translate, role: string) => t(`role.${role}` as MessageKey);

export const CalculationView = ({ calc, t, lang }: { calc: RemedyCalculation; t: Translate; lang: 'zh' | 'en' }) => (
  <div data-testid="remedy-calculation">
    {calc.lines.map((l, i) => (
      <div key={i}>
        <Typography.Text strong>{fenAsYuan(l.amountFen)}</Typography.Text> · {l.explain[lang]}{' '}
        <Tag>
          {l.rule.title[lang]}
          {l.rule.domainRules.length ? ` · ${t('remedy.rule')} ${l.rule.domainRules.join(', ')}` : ''}
        </Tag>
      </div>
    ))}
    <div>
      {t('remedy.total')}: <Typography.Text strong data-testid="remedy-calc-total">{fenAsYuan(calc.totalFen)}</Typography.Text>
    </div>
    {calc.flags.map((f, i) => (
      <Typography.Text key={i} type="warning" style={{ display: 'block' }}>
        {f.explain[lang]}
      </Typography.Text>
    ))}
  </div>
);

const ProposeSection = ({ c }: { c: Case }) => {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [calcForm] = Form.useForm<CalcForm>();
  const [form] = Form.useForm<ProposeForm>();
  const calculate = useCalculate(c.id);
  const propose = useProposeRemedy(c);
  const [basedOn, setBasedOn] = useState<CalculateBody | null>(null);
  const [key, setKey] = useState(newUuid);
  const kind = Form.useWatch('kind', calcForm);
  // the company's catalogue decides which kinds are offered, in what order, under which label,
  // and which carry money (the server refuses the others).
  const catalogue = useRemedyCatalogue();
  const offered = catalogue.data ? catalogue.data.items.filter((e) => e.enabled) : null;
  const offeredKinds: readonly RemedyKind[] = offered ? offered.map((e) => e.kind) : REMEDY_KINDS;
  const money: readonly string[] = catalogue.data ? catalogue.data.items.filter((e) => e.carriesMoney).map((e) => e.kind) : MONEY;
  const kindOptions = offered
    ? offered.map((e) => ({ value: e.kind, label: lang === 'en' ? e.labelEn : e.labelZh, title: lang === 'en' ? e.descriptionEn : e.descriptionZh }))
    : REMEDY_KINDS.map((k) => ({ value: k, label: t(`remedy.kind.${k}` as MessageKey), title: '' }));
  const firstItem = (): ItemRow => ({ kind: offeredKinds.includes('apology') ? 'apology' : (offeredKinds[0] ?? 'apology') });

  const runCalc = async (v: CalcForm) => {
    const body: CalculateBody = {
      kind: v.kind,
      ...(v.claimedYuan !== null && v.claimedYuan !== undefined ? { claimedFen: toFen(v.claimedYuan), proven: !!v.proven } : {}),
      ...(v.kind === 'damage' ? { damagedParts: v.damagedParts ?? 1, totalParts: v.totalParts ?? 1 } : {}),
      ...(v.foodSafety ? { foodSafety: true } : {}),
      ...(v.fraud ? { fraud: true } : {}),
    };
    try {
      await calculate.mutateAsync(body);
      setBasedOn(body);
    } catch (err) {
      applyFieldErrors(calcForm, err, [['kind'], ['claimedYuan'], ['damagedParts'], ['totalParts']]);
    }
  };

  const applyLines = (calc: RemedyCalculation) => {
    form.setFieldsValue({
      items: [
        ...(offeredKinds.includes('apology') ? [{ kind: 'apology' as const }] : []),
        ...calc.lines
          .map((l) => ({ kind: LINE_TO_ITEM[l.kind] ?? 'compensation', amountFen: l.amountFen / 100 }))
          .filter((i) => offeredKinds.includes(i.kind)),
      ],
    });
  };

  const submit = async (v: ProposeForm) => {
    try {
      await propose.mutateAsync({
        idempotencyKey: key,
        body: {
          items: v.items.map((i) => ({ kind: i.kind, amountFen: money.includes(i.kind) ? toFen(i.amountFen) : null, note: i.note || null })),
          basedOn,
          note: v.note || null,
        },
      });
      message.success(t('event.remedy_proposed'));
      form.resetFields();
      calculate.reset();
      setBasedOn(null);
      setKey(newUuid());
    } catch (err) {
      applyFieldErrors(form, err, [...v.items.flatMap((_, n) => [['items', n, 'kind'], ['items', n, 'amountFen']]), ['items'], ['note']]);
    }
  };

  return (
    <>
      <Form form={calcForm} layout="inline" onFinish={runCalc} initialValues={{ kind: 'loss' }} size="small" data-testid="remedy-calc-form">
        <Form.Item name="kind" label={t('remedy.incident')}>
          <Select
            style={{ width: 150 }}
            data-testid="remedy-incident"
            options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`remedy.incident.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="claimedYuan" label={t('remedy.claimedYuan')}>
          <InputNumber min={0} precision={2} data-testid="remedy-claimed" />
        </Form.Item>
        <Form.Item name="proven" valuePropName="checked">
          <Checkbox data-testid="remedy-proven">{t('remedy.proven')}</Checkbox>
        </Form.Item>
        {kind === 'damage' && (
          <>
            <Form.Item name="damagedParts" label={t('remedy.damagedParts')}>
              <InputNumber min={1} precision={0} />
            </Form.Item>
            <Form.Item name="totalParts" label={t('remedy.totalParts')}>
              <InputNumber min={1} precision={0} />
            </Form.Item>
          </>
        )}
        <Form.Item name="foodSafety" valuePropName="checked">
          <Checkbox>{t('remedy.foodSafety')}</Checkbox>
        </Form.Item>
        <Form.Item name="fraud" valuePropName="checked">
          <Checkbox>{t('remedy.fraud')}</Checkbox>
        </Form.Item>
        <Button htmlType="submit" loading={calculate.isPending} data-testid="remedy-calculate">
          {t('remedy.calculate')}
        </Button>
      </Form>
      {calculate.error && <ErrorAlert error={calculate.error} />}
      {calculate.data && (
        <Flex vertical gap={4} style={{ marginTop: 8 }}>
          <CalculationView calc={calculate.data} t={t} lang={lang} />
          <Button size="small" onClick={() => applyLines(calculate.data)} data-testid="remedy-use-lines" style={{ alignSelf: 'start' }}>
            {t('remedy.useLines')}
          </Button>
        </Flex>
      )}
      <Divider style={{ margin: '12px 0' }} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ items: [firstItem()] }} data-testid="remedy-propose-form">
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 150 }}
                      data-testid={`remedy-item-kind-${f.name}`}
                      options={kindOptions}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'amountFen']}>
                    <InputNumber min={0} precision={2} placeholder={t('remedy.amountYuan')} data-testid={`remedy-item-amount-${f.name}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']}>
                    <Input placeholder={t('remedy.note')} maxLength={500} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="remove" />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: offeredKinds.includes('compensation') ? 'compensation' : firstItem().kind })} size="small" data-testid="remedy-add-item">
                {t('remedy.addItem')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('remedy.note')} style={{ marginTop: 8 }}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {propose.error && <ErrorAlert error={propose.error} />}
        <Button type="primary" htmlType="submit" loading={propose.isPending} data-testid="remedy-propose">
          {t('remedy.propose')}
        </Button>
      </Form>
    </>
  );
};

type AnswerForm = { answer: 'accepted' | 'countered' | 'rejected'; counterOffer?: string; counterYuan?: number | null; note?: string; executionDueAt?: Dayjs | null };

export const RemedyItem = ({ c, r, onDecided }: { c: Pick<Case, 'id' | 'caseNumber'>; r: Remedy; onDecided?: () => void }) => {
  const { t } = useI18n();
  const actions = useRemedyActions(c);
  const [comment, setComment] = useState('');
  const [answerForm] = Form.useForm<AnswerForm>();
  const answerKind = Form.useWatch('answer', answerForm);
  const error = actions.decide.error ?? actions.offer.error ?? actions.answer.error;

  const decide = async (decision: 'approve' | 'reject') => {
    if (!r.pendingStep) return;
    await actions.decide.mutateAsync({ id: r.id, body: { decision, step: r.pendingStep.index, comment: comment || null } }).catch(() => undefined);
    onDecided?.();
  };
  const answer = async (v: AnswerForm) => {
    try {
      await actions.answer.mutateAsync({
        id: r.id,
        body: {
          answer: v.answer,
          counterOffer: v.counterOffer || null,
          counterOfferFen: toFen(v.counterYuan),
          note: v.note || null,
          executionDueAt: v.executionDueAt ? v.executionDueAt.toISOString() : null,
        },
      });
    } catch (err) {
      applyFieldErrors(answerForm, err, [['answer'], ['counterOffer'], ['counterOfferFen'], ['executionDueAt'], ['note']]);
    }
  };

  return (
    <Flex vertical gap={6} style={{ width: '100%' }} data-testid={`remedy-${r.id}`}>
      <Flex gap={8} wrap align="center">
        <Tag color={STATUS_COLORS[r.status]} data-testid="remedy-status">
          {t(`remedy.status.${r.status}`)}
        </Tag>
        <Typography.Text strong data-testid="remedy-total">
          {fenAsYuan(r.totalFen)}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('remedy.proposer')}: {r.proposer.name ?? '—'} ({roleName(t, r.proposer.role)}) · {formatDateTime(r.createdAt)}
        </Typography.Text>
      </Flex>
      <div>{r.items.map((i) => `${t(`remedy.kind.${i.kind}` as MessageKey)}${i.amountFen !== null ? ` ${fenAsYuan(i.amountFen)}` : ''}`).join(' · ')}</div>
      <Flex gap={4} wrap align="center" data-testid="remedy-chain">
        <Typography.Text type="secondary">{t('remedy.chain')}:</Typography.Text>
        {r.chain.length === 0 && <Tag>{t('remedy.withinAuthority')}</Tag>}
        {r.chain.map((s) => {
          const d = r.decisions.find((x) => x.step === s.index);
          const color = d ? (d.kind === 'reject' ? 'red' : 'green') : r.pendingStep?.index === s.index ? 'orange' : 'default';
          return (
            <Tag key={s.index} color={color}>
              {roleName(t, s.role)}
              {d ? ` · ${d.actorName ?? ''}${d.comment ? `: ${d.comment}` : ''}` : ''}
            </Tag>
          );
        })}
      </Flex>
      {r.counterOffer || r.counterOfferFen !== null ? (
        <div>
          {t('remedy.counterOffer')}: {r.counterOffer ?? ''} {r.counterOfferFen !== null ? fenAsYuan(r.counterOfferFen) : ''}
        </div>
      ) : null}
      {r.executionDueAt && (
        <div data-testid="remedy-due">
          {t('remedy.executionDueAt')}: {formatDateTime(r.executionDueAt)}
        </div>
      )}
      {error && <ErrorAlert error={error} />}
      {r.can.decide && (
        <Space wrap>
          <Input placeholder={t('remedy.comment')} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="remedy-comment" style={{ width: 220 }} />
          <Button type="primary" onClick={() => decide('approve')} loading={actions.decide.isPending} data-testid="remedy-approve">
            {t('remedy.approve')}
          </Button>
          <Button danger onClick={() => decide('reject')} loading={actions.decide.isPending} data-testid="remedy-reject">
            {t('remedy.reject')}
          </Button>
        </Space>
      )}
      {r.can.offer && (
        <Button type="primary" onClick={() => actions.offer.mutate(r.id)} loading={actions.offer.isPending} data-testid="remedy-offer" style={{ alignSelf: 'start' }}>
          {t('remedy.offer')}
        </Button>
      )}
      {r.can.answer && (
        <Form form={answerForm} layout="vertical" onFinish={answer} initialValues={{ answer: 'accepted' }} data-testid="remedy-answer-form">
          <Form.Item name="answer" label={t('remedy.answer')}>
            <Select
              data-testid="remedy-answer"
              options={(['accepted', 'countered', 'rejected'] as const).map((a) => ({ value: a, label: t(`remedy.answer.${a}`) }))}
            />
          </Form.Item>
          {answerKind === 'accepted' && (
            <Form.Item name="executionDueAt" label={t('remedy.executionDueAt')}>
              <DatePicker showTime data-testid="remedy-due-input" />
            </Form.Item>
          )}
          {answerKind === 'countered' && (
            <>
              <Form.Item name="counterOffer" label={t('remedy.counterOffer')}>
                <Input maxLength={2000} />
              </Form.Item>
              <Form.Item name="counterYuan" label={t('remedy.counterYuan')}>
                <InputNumber min={0} precision={2} />
              </Form.Item>
            </>
          )}
          <Form.Item name="note" label={t('remedy.note')}>
            <Input maxLength={2000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={actions.answer.isPending} data-testid="remedy-answer-submit">
            {t('remedy.recordAnswer')}
          </Button>
        </Form>
      )}
    </Flex>
  );
};

export const ResolutionCard = ({ c }: { c: Case }) => {
  const { t } = useI18n();
  const remedies = useRemedies(c.id);
  const shown = (remedies.data ?? []).filter((r) => r.status !== 'superseded');
  // Proposing is the lead department's decision (the server answers a collaborator 403).
  const leads = useLeadsCase(c);
  return (
    <Card size="small" title={t('remedy.title')} data-testid="resolution-card">
      {remedies.error && <ErrorAlert error={remedies.error} />}
      {leads && PROPOSABLE.includes(c.status) && <ProposeSection c={c} />}
      <Divider style={{ margin: '12px 0' }} />
      {shown.length === 0 ? (
        <Typography.Text type="secondary">{t('remedy.none')}</Typography.Text>
      ) : (
        <List dataSource={shown} renderItem={(r) => <List.Item>{<RemedyItem c={c} r={r} />}</List.Item>} />
      )}
    </Card>
  );
};
