// 成本: the case's ledger entries, gross cost, recoveries and the net cost; log handling labour; supervisors and
// above post manual entries and reverse an entry with a reason (entries are never edited or deleted).
import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Form, Input, InputNumber, List, Modal, Select, Space, Statistic, Tag, Typography } from 'antd';
import { ClockCircleOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import {
  MANUAL_COST_KINDS,
  signedYuan,
  useCaseCosts,
  useLogLabour,
  usePostManualCost,
  useReverseCost,
  type CostEntry,
  type ManualCostKind,
} from '../../api/costs.ts';
import { isApiError } from '../../api/client.ts';
import type { Case } from '../../api/model.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { newUuid } from '../../lib/uuid.ts';

type LabourForm = { minutes: number; note?: string };

/** Field errors on their items; anything no item shows (or a failure without fields) as a message. */
const useShowError = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (form: Parameters<typeof applyFieldErrors>[0], err: unknown, names: Parameters<typeof applyFieldErrors>[2], rename: Record<string, string> = {}) => {
    const rest = applyFieldErrors(form, err, names);
    const unshown = rest.filter((f) => {
      const to = rename[f.path];
      if (to) form.setFields([{ name: to, errors: [f.message] }]);
      return !to;
    });
    if (!isApiError(err) || err.fields.length === 0 || unshown.length) void message.error(errorMessage(err, t('error.unknown')));
  };
};
type ManualForm = { kind: ManualCostKind; amountYuan: number; note: string };

const LabourModal = ({ c, rateFenPerHour, onClose }: { c: Case; rateFenPerHour: number; onClose: () => void }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<LabourForm>();
  const [key] = useState(newUuid);
  const showError = useShowError();
  const labour = useLogLabour(c);
  const submit = async (v: LabourForm) => {
    try {
      await labour.mutateAsync({ idempotencyKey: key, body: { minutes: v.minutes, note: v.note || null } });
      void message.success(t('cost.posted'));
      onClose();
    } catch (err) {
      showError(form, err, [['minutes'], ['note']]);
    }
  };
  return (
    <Modal open title={t('cost.addLabour')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={labour.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} data-testid="labour-form">
        <Form.Item name="minutes" label={t('cost.minutes')} rules={[{ required: true }]} extra={t('cost.ratePerHour', { rate: signedYuan(rateFenPerHour) })}>
          <InputNumber min={1} max={10_080} precision={0} style={{ width: '100%' }} data-testid="labour-minutes" />
        </Form.Item>
        <Form.Item name="note" label={t('cost.note')}>
          <Input maxLength={500} data-testid="labour-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

const ManualModal = ({ c, onClose }: { c: Case; onClose: () => void }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ManualForm>();
  const [key] = useState(newUuid);
  const showError = useShowError();
  const post = usePostManualCost(c);
  const submit = async (v: ManualForm) => {
    // Money back is entered as the amount received and stored negative.
    const fen = Math.round(v.amountYuan * 100);
    try {
      await post.mutateAsync({ idempotencyKey: key, body: { kind: v.kind, amountFen: v.kind === 'recovery' ? -fen : fen, note: v.note } });
      void message.success(t('cost.posted'));
      onClose();
    } catch (err) {
      showError(form, err, [['kind'], ['note']], { amountFen: 'amountYuan' });
    }
  };
  return (
    <Modal open title={t('cost.addManual')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={post.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'repair' }} data-testid="manual-cost-form">
        <Form.Item name="kind" label={t('cost.kind')} rules={[{ required: true }]}>
          <Select options={MANUAL_COST_KINDS.map((k) => ({ value: k, label: t(`cost.kind.${k}` as MessageKey) }))} data-testid="manual-cost-kind" />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('cost.amountYuan')} rules={[{ required: true }]} extra={t('cost.amountHint')}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="manual-cost-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('cost.note')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} data-testid="manual-cost-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

/** Reverses one entry with a reason (the case page passes its case; the ledger page none). */
export const ReverseModal = ({ c, entry, onClose }: { c?: Pick<Case, 'id' | 'caseNumber'>; entry: CostEntry; onClose: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const showError = useShowError();
  const reverse = useReverseCost(c);
  const submit = async (v: { reason: string }) => {
    try {
      await reverse.mutateAsync({ id: entry.id, reason: v.reason });
      onClose();
    } catch (err) {
      showError(form, err, [['reason']]);
    }
  };
  return (
    <Modal
      open
      title={t('cost.reverseTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cost.reverse')}
      okButtonProps={{ danger: true, 'data-testid': 'reverse-confirm' } as never}
      cancelText={t('common.cancel')}
      confirmLoading={reverse.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('cost.reverseHint')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t(`cost.kind.${entry.kind}` as MessageKey)} {signedYuan(entry.amountFen)}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('cost.reverseReason')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={500} data-testid="reverse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

const EntryItem = ({ e, onReverse }: { e: CostEntry; onReverse: (e: CostEntry) => void }) => {
  const { t } = useI18n();
  return (
    <List.Item
      data-testid="cost-entry"
      actions={e.can.reverse ? [<Button key="reverse" size="small" icon={<RollbackOutlined />} onClick={() => onReverse(e)} data-testid="cost-reverse">{t('cost.reverse')}</Button>] : []}
    >
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Space size={6} wrap>
          <Tag color={e.kind === 'recovery' ? 'green' : e.source === 'reversal' ? 'red' : 'gold'}>{t(`cost.kind.${e.kind}` as MessageKey)}</Tag>
          <Typography.Text strong type={e.amountFen < 0 ? 'success' : undefined} delete={!!e.reversedById} data-testid="cost-amount">
            {signedYuan(e.amountFen)}
          </Typography.Text>
          {e.source === 'reversal' && <Tag>{t('cost.reversalOf')}</Tag>}
          {e.reversedById && <Tag color="red">{t('cost.reversed')}</Tag>}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e.labourMinutes !== null && e.rateFenPerHour !== null ? `${t('cost.labourDetail', { minutes: Math.abs(e.labourMinutes), rate: signedYuan(e.rateFenPerHour) })} · ` : ''}
          {e.note ? `${e.note} · ` : ''}
          {t(`cost.source.${e.source}` as MessageKey)} · {e.actorName ?? '—'} · {formatDateTime(e.occurredAt)}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
};

/** The case's costs card: entries, gross, recoveries and the net cost. */
export const CostsCard = ({ c }: { c: Case }) => {
  const { t } = useI18n();
  const costs = useCaseCosts(c.id);
  const [dialog, setDialog] = useState<'labour' | 'manual' | null>(null);
  const [reversing, setReversing] = useState<CostEntry | null>(null);
  const data = costs.data;

  return (
    <Card
      title={t('cost.title')}
      size="small"
      data-testid="costs-card"
      extra={
        data && (
          <Space size={6}>
            {data.can.labour && (
              <Button size="small" icon={<ClockCircleOutlined />} onClick={() => setDialog('labour')} data-testid="cost-add-labour">
                {t('cost.addLabour')}
              </Button>
            )}
            {data.can.post && (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog('manual')} data-testid="cost-add-manual">
                {t('cost.addManual')}
              </Button>
            )}
          </Space>
        )
      }
    >
      {costs.error && <ErrorAlert error={costs.error} onRetry={() => void costs.refetch()} />}
      {data && (
        <>
          <Flex gap={24} wrap style={{ marginBottom: 8 }}>
            <Statistic title={t('cost.gross')} value={signedYuan(data.totals.grossFen)} data-testid="cost-gross" />
            <Statistic title={t('cost.recoveries')} value={signedYuan(data.totals.recoveriesFen)} data-testid="cost-recoveries" />
            <Statistic title={t('cost.net')} value={signedYuan(data.totals.netFen)} valueStyle={{ fontWeight: 600 }} data-testid="cost-net" />
          </Flex>
          {data.entries.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cost.none')} style={{ margin: '4px 0' }} />
          ) : (
            <List size="small" dataSource={data.entries} rowKey="id" renderItem={(e) => <EntryItem e={e} onReverse={setReversing} />} />
          )}
          {dialog === 'labour' && <LabourModal c={c} rateFenPerHour={data.labourRateFenPerHour} onClose={() => setDialog(null)} />}
          {dialog === 'manual' && <ManualModal c={c} onClose={() => setDialog(null)} />}
          {reversing && <ReverseModal c={c} entry={reversing} onClose={() => setReversing(null)} />}
        </>
      )}
    </Card>
  );
};
