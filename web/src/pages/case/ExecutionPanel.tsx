// 执行: the actions that carry out the accepted remedy — who pays, resends, repairs, by when, for how much —
// each completed, failed or cancelled here (or from the 待执行 inbox, with the same form).
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Input, InputNumber, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { ACTION_KINDS, COST_ACTION_KINDS, MONEY_ACTION_KINDS, useActionWrites, useCaseActions, type ActionKind, type ExecutionAction } from '../../api/execution.ts';
import type { Case } from '../../api/model.ts';
import { useDepartments } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';
import { formatDateTime } from '../../lib/format.ts';
import { newUuid } from '../../lib/uuid.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';

const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));

const STATUS_COLORS: Record<ExecutionAction['status'], string> = { open: 'blue', done: 'green', failed: 'red', cancelled: 'default' };

export const actionKindLabel = (t: (k: MessageKey) => string, kind: string) => t(`exec.kind.${kind}` as MessageKey);

type FinishForm = { amountYuan?: number | null; note?: string; fault?: string; method?: string; partsReplaced?: string; reason?: string };
export type FinishMode = 'complete' | 'fail' | 'cancel';

/** The one form that finishes an action: done (amount, note, the repair record), failed (note) or cancelled (reason). */
export const ActionFinishModal = ({ action, mode, onClose }: { action: ExecutionAction; mode: FinishMode; onClose: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<FinishForm>();
  const writes = useActionWrites();
  const m = mode === 'complete' ? writes.complete : mode === 'fail' ? writes.fail : writes.cancel;
  const submit = async (v: FinishForm) => {
    const ref = { id: action.id, caseNumber: action.caseNumber };
    try {
      if (mode === 'complete') {
        await writes.complete.mutateAsync({
          ...ref,
          body: {
            amountFen: COST_ACTION_KINDS.includes(action.kind) ? toFen(v.amountYuan) : null,
            note: v.note || null,
            repair: action.kind === 'repair' ? { fault: v.fault ?? '', method: v.method ?? '', partsReplaced: v.partsReplaced || null } : null,
          },
        });
      } else if (mode === 'fail') {
        await writes.fail.mutateAsync({ ...ref, note: v.note ?? '' });
      } else {
        await writes.cancel.mutateAsync({ ...ref, reason: v.reason ?? '' });
      }
      onClose();
    } catch (err) {
      // Amount and repair errors name server fields the form calls otherwise: the alert below shows them.
      applyFieldErrors(form, err, [['note'], ['reason']]);
    }
  };
  const title = t(`exec.${mode}` as MessageKey);
  return (
    <Modal
      open
      title={`${title} · ${actionKindLabel(t, action.kind)} · ${action.caseNumber}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={title}
      confirmLoading={m.isPending}
      okButtonProps={{ danger: mode !== 'complete', 'data-testid': 'action-finish-submit' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="action-finish-form"
        initialValues={{ amountYuan: action.amountFen !== null ? action.amountFen / 100 : null }}
      >
        {mode === 'complete' && COST_ACTION_KINDS.includes(action.kind) && (
          <Form.Item
            name="amountYuan"
            label={t(MONEY_ACTION_KINDS.includes(action.kind) ? 'exec.paidYuan' : 'exec.costYuan')}
            rules={MONEY_ACTION_KINDS.includes(action.kind) ? [{ required: true, message: t('exec.amountRequired') }] : []}
          >
            <InputNumber min={0} precision={2} style={{ width: 200 }} data-testid="action-amount" />
          </Form.Item>
        )}
        {mode === 'complete' && action.kind === 'repair' && (
          <>
            <Form.Item name="fault" label={t('exec.repair.fault')} rules={[{ required: true, whitespace: true, message: t('exec.repairRequired') }]}>
              <Input maxLength={1000} data-testid="action-repair-fault" />
            </Form.Item>
            <Form.Item name="method" label={t('exec.repair.method')} rules={[{ required: true, whitespace: true, message: t('exec.repairRequired') }]}>
              <Input maxLength={1000} data-testid="action-repair-method" />
            </Form.Item>
            <Form.Item name="partsReplaced" label={t('exec.repair.parts')}>
              <Input maxLength={1000} data-testid="action-repair-parts" />
            </Form.Item>
          </>
        )}
        {mode === 'cancel' ? (
          <Form.Item name="reason" label={t('exec.cancelReason')} rules={[{ required: true, whitespace: true, message: t('exec.reasonRequired') }]}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="action-reason" />
          </Form.Item>
        ) : (
          <Form.Item
            name="note"
            label={t(mode === 'fail' ? 'exec.failNote' : 'exec.note')}
            rules={mode === 'fail' ? [{ required: true, whitespace: true, message: t('exec.reasonRequired') }] : []}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="action-note" />
          </Form.Item>
        )}
      </Form>
      {m.error && <ErrorAlert error={m.error} />}
    </Modal>
  );
};

/** One action: kind, status, owner, due date (overdue), amount, outcome, and what the caller may do. */
export const ActionRow = ({ a, onFinish, onRetry, showCase = false }: { a: ExecutionAction; onFinish: (mode: FinishMode) => void; onRetry?: () => void; showCase?: boolean }) => {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4} style={{ width: '100%' }} data-testid={`action-${a.kind}`} data-action-id={a.id}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{actionKindLabel(t, a.kind)}</Typography.Text>
        <Tag color={STATUS_COLORS[a.status]} data-testid="action-status">
          {t(`exec.status.${a.status}` as MessageKey)}
        </Tag>
        {a.overdue && (
          <Tag color="red" data-testid="action-overdue">
            {t('exec.overdue')}
          </Tag>
        )}
        {a.amountFen !== null && <Typography.Text data-testid="action-amount-text">{fenAsYuan(a.amountFen)}</Typography.Text>}
        {showCase && (
          <Link to={`/cases/${a.caseNumber}`} data-testid="action-case-link">
            {a.caseNumber}
          </Link>
        )}
      </Flex>
      <Typography.Text type="secondary">
        {t('exec.owner')}: {a.departmentName}
        {a.assigneeName ? ` · ${a.assigneeName}` : ''} · {t('exec.dueAt')}: {a.dueAt ? formatDateTime(a.dueAt) : '—'}
      </Typography.Text>
      {a.note && <div>{a.note}</div>}
      {a.repair && (
        <div data-testid="action-repair">
          {t('exec.repair.fault')}: {a.repair.fault} · {t('exec.repair.method')}: {a.repair.method}
          {a.repair.partsReplaced ? ` · ${t('exec.repair.parts')}: ${a.repair.partsReplaced}` : ''}
        </div>
      )}
      {(a.resultNote || a.cancelReason) && (
        <Typography.Text type={a.status === 'done' ? undefined : 'danger'}>
          {a.finishedAt ? `${formatDateTime(a.finishedAt)} · ` : ''}
          {a.resultNote ?? a.cancelReason}
        </Typography.Text>
      )}
      {(a.can.complete || a.can.fail || a.can.cancel || (a.can.retry && onRetry)) && (
        <Space wrap>
          {a.can.complete && (
            <Button size="small" type="primary" onClick={() => onFinish('complete')} data-testid="action-complete">
              {t(MONEY_ACTION_KINDS.includes(a.kind) ? 'exec.pay' : 'exec.complete')}
            </Button>
          )}
          {a.can.fail && (
            <Button size="small" onClick={() => onFinish('fail')} data-testid="action-fail">
              {t('exec.fail')}
            </Button>
          )}
          {a.can.cancel && (
            <Button size="small" danger onClick={() => onFinish('cancel')} data-testid="action-cancel">
              {t('exec.cancel')}
            </Button>
          )}
          {a.can.retry && onRetry && (
            <Button size="small" onClick={onRetry} data-testid="action-retry">
              {t('exec.retry')}
            </Button>
          )}
        </Space>
      )}
    </Flex>
  );
};

type AddForm = { kind: ActionKind; departmentId?: string | null; dueAt?: Dayjs | null; amountYuan?: number | null; note?: string };

const AddActionForm = ({ c, agreedDueAt, retry, onDone }: { c: Case; agreedDueAt: string | null; retry: ExecutionAction | null; onDone: () => void }) => {
  const { t } = useI18n();
  const [form] = Form.useForm<AddForm>();
  const departments = useDepartments();
  const { create } = useActionWrites();
  const [key] = useState(newUuid);
  const kind = Form.useWatch('kind', form);
  const submit = async (v: AddForm) => {
    try {
      await create.mutateAsync({
        caseId: c.id,
        caseNumber: c.caseNumber,
        idempotencyKey: key,
        body: {
          kind: v.kind,
          departmentId: v.departmentId || null,
          dueAt: v.dueAt ? v.dueAt.toISOString() : null,
          amountFen: COST_ACTION_KINDS.includes(v.kind) ? toFen(v.amountYuan) : null,
          note: v.note || null,
          retryOfId: retry?.id ?? null,
        },
      });
      onDone();
    } catch (err) {
      applyFieldErrors(form, err, [['kind'], ['departmentId'], ['dueAt'], ['note']]);
    }
  };
  return (
    <Form
      form={form}
      layout="inline"
      size="small"
      onFinish={submit}
      data-testid="action-add-form"
      initialValues={{
        kind: retry?.kind ?? 'compensation',
        departmentId: retry?.departmentId ?? null,
        dueAt: agreedDueAt ? dayjs(agreedDueAt) : null,
        amountYuan: retry?.amountFen != null ? retry.amountFen / 100 : null,
      }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="kind" label={t('exec.kind')}>
        <Select style={{ width: 170 }} data-testid="action-add-kind" options={ACTION_KINDS.map((k) => ({ value: k, label: actionKindLabel(t, k) }))} disabled={!!retry} />
      </Form.Item>
      <Form.Item name="departmentId" label={t('exec.owner')}>
        <Select
          allowClear
          placeholder={t('exec.defaultDepartment')}
          style={{ width: 150 }}
          options={(departments.data ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="dueAt" label={t('exec.dueAt')}>
        <DatePicker showTime />
      </Form.Item>
      {kind && COST_ACTION_KINDS.includes(kind) && (
        <Form.Item name="amountYuan" label={t(MONEY_ACTION_KINDS.includes(kind) ? 'exec.amountYuan' : 'exec.costYuan')}>
          <InputNumber min={0} precision={2} data-testid="action-add-amount" />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('exec.note')}>
        <Input maxLength={2000} style={{ width: 220 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="action-add-submit">
        {retry ? t('exec.retry') : t('exec.add')}
      </Button>
      {create.error && <ErrorAlert error={create.error} />}
    </Form>
  );
};

export const ExecutionPanel = ({ c }: { c: Case }) => {
  const { t } = useI18n();
  const actions = useCaseActions(c.id);
  const [finishing, setFinishing] = useState<{ action: ExecutionAction; mode: FinishMode } | null>(null);
  const [adding, setAdding] = useState<{ retry: ExecutionAction | null } | null>(null);
  const data = actions.data;
  if (!data || (data.items.length === 0 && c.status !== 'executing')) {
    return actions.error ? <ErrorAlert error={actions.error} /> : null;
  }
  return (
    <Card
      size="small"
      title={t('exec.title')}
      data-testid="execution-panel"
      extra={
        <Space>
          {data.executionDueAt && (
            <Typography.Text type="secondary" data-testid="execution-due">
              {t('remedy.executionDueAt')}: {formatDateTime(data.executionDueAt)}
            </Typography.Text>
          )}
          {data.canAdd && !adding && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding({ retry: null })} data-testid="action-add">
              {t('exec.add')}
            </Button>
          )}
        </Space>
      }
    >
      {adding && (
        <div style={{ marginBottom: 12 }}>
          <AddActionForm c={c} agreedDueAt={data.executionDueAt} retry={adding.retry} onDone={() => setAdding(null)} />
        </div>
      )}
      {data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('exec.none')}</Typography.Text>
      ) : (
        <List
          dataSource={data.items}
          renderItem={(a) => (
            <List.Item>
              <ActionRow a={a} onFinish={(mode) => setFinishing({ action: a, mode })} onRetry={() => setAdding({ retry: a })} />
            </List.Item>
          )}
        />
      )}
      {finishing && <ActionFinishModal action={finishing.action} mode={finishing.mode} onClose={() => setFinishing(null)} />}
    </Card>
  );
};
