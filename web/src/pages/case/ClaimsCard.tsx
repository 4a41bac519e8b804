// 追偿: the amount the responsible carrier, outlet or supplier owes under its contract (the calculator names the
// term and rule that produced it), filing it, and the partner's answer, payment or write-off.
import { useState } from 'react';
import { App, Button, Card, Descriptions, Divider, Flex, Form, Input, InputNumber, List, Select, Space, Tag, Typography } from 'antd';
import type { Case } from '../../api/model.ts';
import { useCalculateClaim, useCaseClaims, useFileClaim, useMoveClaim, type Claim, type ClaimBasis, type ClaimStatus } from '../../api/claims.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { newUuid } from '../../lib/uuid.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';

const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));

export const CLAIM_STATUS_COLORS: Record<ClaimStatus, string> = {
  filed: 'blue',
  accepted: 'cyan',
  rejected: 'red',
  paid: 'green',
  written_off: 'default',
};

export const claimStatusLabel = (t: Translate, s: ClaimStatus) => t(`claim.status.${s}` as MessageKey);

/** The calculator's answer: loss, amount, the term (and rule) that produced it, every contract ceiling. */
const BasisView = ({ b, t, lang }: { b: ClaimBasis; t: Translate; lang: 'zh' | 'en' }) => (
  <Flex vertical gap={2} data-testid="claim-basis">
    <div>
      {t('claim.partner')}: <Typography.Text strong>{b.partner.name}</Typography.Text>
      {b.partner.compensationTerms && <Typography.Text type="secondary"> · {b.partner.compensationTerms}</Typography.Text>}
    </div>
    <div>
      {t('claim.loss')}: {fenAsYuan(b.lossFen)} ({b.source.kind === 'remedy' ? t('claim.source.remedy') : `${t('claim.source.explicit')}: ${b.source.basis}`})
    </div>
    <div>
      {t('claim.claimed')}:{' '}
      <Typography.Text strong data-testid="claim-basis-amount">
        {fenAsYuan(b.amountFen)}
      </Typography.Text>{' '}
      <Tag color="purple" data-testid="claim-basis-term">
        {b.termTitle[lang]}
        {b.domainRules.length ? ` · ${t('claim.rule')} ${b.domainRules.join(', ')}` : ''}
      </Tag>
    </div>
    {b.limits.map((l) => (
      <Typography.Text key={l.term} type={l.binding ? undefined : 'secondary'}>
        {l.binding ? '▸ ' : ''}
        {l.explain[lang]}
      </Typography.Text>
    ))}
    <Typography.Text type="secondary">{b.explain[lang]}</Typography.Text>
  </Flex>
);

type CalcForm = { lossYuan?: number | null; basis?: string; note?: string };

const FileSection = ({ c }: { c: Case }) => {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalcForm>();
  const calculate = useCalculateClaim(c.id);
  const file = useFileClaim(c);
  const [key, setKey] = useState(newUuid);

  const body = (v: CalcForm) => {
    const lossFen = toFen(v.lossYuan);
    return lossFen === null ? {} : { lossFen, basis: v.basis || null };
  };
  const runCalc = async () => {
    const v = form.getFieldsValue();
    try {
      await calculate.mutateAsync(body(v));
    } catch (err) {
      applyFieldErrors(form, err, [['basis']]);
    }
  };
  const submit = async (v: CalcForm) => {
    try {
      await file.mutateAsync({ idempotencyKey: key, body: { ...body(v), note: v.note || null } });
      message.success(t('event.claim_filed'));
      form.resetFields();
      calculate.reset();
      setKey(newUuid());
    } catch (err) {
      applyFieldErrors(form, err, [['basis'], ['note']]);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="claim-file-form">
      <Space wrap align="start">
        <Form.Item name="lossYuan" label={t('claim.lossYuan')}>
          <InputNumber min={0} precision={2} data-testid="claim-loss" />
        </Form.Item>
        <Form.Item name="basis" label={t('claim.basis')}>
          <Input maxLength={2000} style={{ width: 240 }} data-testid="claim-basis-input" />
        </Form.Item>
      </Space>
      <Button onClick={() => void runCalc()} loading={calculate.isPending} data-testid="claim-calculate">
        {t('claim.calculate')}
      </Button>
      {calculate.error && <ErrorAlert error={calculate.error} />}
      {calculate.data && (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <BasisView b={calculate.data} t={t} lang={lang} />
          <Form.Item name="note" label={t('claim.note')} style={{ marginBottom: 8 }}>
            <Input maxLength={2000} data-testid="claim-note" />
          </Form.Item>
          {file.error && <ErrorAlert error={file.error} />}
          <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="claim-file" style={{ alignSelf: 'start' }}>
            {t('claim.file')}
          </Button>
        </Flex>
      )}
    </Form>
  );
};

type MoveForm = { status: ClaimStatus; agreedYuan?: number | null; recoveredYuan?: number | null; reason?: string; note?: string };

/** The moves the caller may make now; keyed by the claim's version, so each move starts afresh on the next one. */
const MoveClaimForm = ({ claim, c }: { claim: Claim; c?: Pick<Case, 'id' | 'caseNumber'> | undefined }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<MoveForm>();
  const move = useMoveClaim(c);
  const status = Form.useWatch('status', form);
  const submit = async (v: MoveForm) => {
    try {
      await move.mutateAsync({
        id: claim.id,
        body: {
          status: v.status as 'accepted' | 'rejected' | 'paid' | 'written_off',
          version: claim.version,
          agreedFen: toFen(v.agreedYuan),
          recoveredFen: toFen(v.recoveredYuan),
          reason: v.reason || null,
          note: v.note || null,
        },
      });
    } catch (err) {
      applyFieldErrors(form, err, [['status'], ['reason'], ['note']]);
    }
  };
  return (
    <>
      <Form form={form} layout="inline" onFinish={submit} size="small" initialValues={{ status: claim.next[0] }} data-testid="claim-move-form">
        <Form.Item name="status">
          <Select
            style={{ width: 140 }}
            data-testid="claim-move"
            options={claim.next.map((s) => ({ value: s, label: t(`claim.move.${s}` as MessageKey) }))}
          />
        </Form.Item>
        {status === 'accepted' && (
          <Form.Item name="agreedYuan" label={t('claim.agreed')}>
            <InputNumber min={0} precision={2} placeholder={String(claim.claimedFen / 100)} data-testid="claim-agreed" />
          </Form.Item>
        )}
        {status === 'paid' && (
          <Form.Item name="recoveredYuan" label={t('claim.recovered')}>
            <InputNumber min={0} precision={2} data-testid="claim-recovered-input" />
          </Form.Item>
        )}
        {(status === 'rejected' || status === 'written_off') && (
          <Form.Item name="reason" label={t('claim.reason')}>
            <Input maxLength={2000} data-testid="claim-reason" />
          </Form.Item>
        )}
        <Form.Item name="note">
          <Input placeholder={t('claim.note')} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={move.isPending} data-testid="claim-move-submit">
          {t('claim.submit')}
        </Button>
      </Form>
      {move.error && <ErrorAlert error={move.error} />}
    </>
  );
};

/** One claim: amounts, basis, and the moves the caller may make (supervisors and above). */
export const ClaimItem = ({ claim, c }: { claim: Claim; c?: Pick<Case, 'id' | 'caseNumber'> }) => {
  const { t, lang } = useI18n();
  return (
    <Flex vertical gap={6} style={{ width: '100%' }} data-testid={`claim-${claim.id}`}>
      <Flex gap={8} wrap align="center">
        <Tag color={CLAIM_STATUS_COLORS[claim.status]} data-testid="claim-status">
          {claimStatusLabel(t, claim.status)}
        </Tag>
        <Typography.Text strong>{claim.partnerName}</Typography.Text>
        <Typography.Text type="secondary">
          {claim.filedByName ?? '—'} · {formatDateTime(claim.filedAt)}
        </Typography.Text>
      </Flex>
      <Descriptions size="small" column={{ xs: 2, md: 4 }}>
        <Descriptions.Item label={t('claim.claimed')}>{fenAsYuan(claim.claimedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('claim.agreed')}>{fenAsYuan(claim.agreedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('claim.recovered')}>
          <span data-testid="claim-recovered">{fenAsYuan(claim.recoveredFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('claim.outstanding')}>{fenAsYuan(claim.outstandingFen)}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">
        <Tag>{claim.basis.termTitle[lang]}</Tag>
        {claim.basis.explain[lang]}
      </Typography.Text>
      {claim.reason && (
        <div>
          {t('claim.reason')}: {claim.reason}
        </div>
      )}
      {claim.next.length > 0 && <MoveClaimForm key={claim.version} claim={claim} c={c} />}
    </Flex>
  );
};

export const ClaimsCard = ({ c }: { c: Case }) => {
  const { t } = useI18n();
  const claims = useCaseClaims(c.id);
  const data = claims.data;
  // Nothing to show on a case that cannot be claimed on and never was (most cases).
  if (!data || (!data.canFile && data.items.length === 0)) {
    return claims.error ? <ErrorAlert error={claims.error} /> : null;
  }
  return (
    <Card size="small" title={t('claim.title')} data-testid="claims-card">
      {data.canFile ? <FileSection c={c} /> : data.blockedBy && <Typography.Text type="secondary">{t(`claim.blocked.${data.blockedBy}`)}</Typography.Text>}
      <Divider style={{ margin: '12px 0' }} />
      {data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('claim.none')}</Typography.Text>
      ) : (
        <List dataSource={data.items} renderItem={(x) => <List.Item>{<ClaimItem claim={x} c={c} />}</List.Item>} />
      )}
    </Card>
  );
};
