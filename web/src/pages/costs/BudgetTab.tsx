// 预算与实际: per month, the whole company and each category / department (or kind): actual cost, recoveries, net,
// budget, variance and the share used as a bar; managers and the administrator set the budgets.
import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, InputNumber, Modal, Progress, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCan } from '../../api/auth.ts';
import { signedYuan, useCostReport, useSaveBudget, type BudgetStatus, type CostReport, type CostReportGrouping } from '../../api/costs.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.tsx';
import { useCategoryName, useCategoryOptions, useDepartmentOptions } from '../../components/options.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { applyFieldErrors } from '../../lib/form-errors.ts';

type Scope = 'company' | 'category' | 'department';
type Line = CostReport['company'][number] & { key: string; group: string | null; company: boolean };
type BudgetTarget = { month: string; scope: Scope; scopeKey: string; budgetFen: number | null };

const STATUS_COLORS: Record<BudgetStatus, string> = { no_budget: 'default', within: 'green', near: 'orange', over: 'red' };

const BudgetModal = ({ target, onClose }: { target: BudgetTarget; onClose: () => void }) => {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ month: Dayjs; scope: Scope; scopeKey?: string; amountYuan: number | null }>();
  const scope = Form.useWatch('scope', form) ?? target.scope;
  const categories = useCategoryOptions();
  const departments = useDepartmentOptions();
  const save = useSaveBudget();
  const submit = async (v: { month: Dayjs; scope: Scope; scopeKey?: string; amountYuan: number | null }) => {
    try {
      await save.mutateAsync({
        month: v.month.format('YYYY-MM'),
        scope: v.scope,
        scopeKey: v.scope === 'company' ? '' : (v.scopeKey ?? ''),
        amountFen: v.amountYuan === null || v.amountYuan === undefined ? null : Math.round(v.amountYuan * 100),
      });
      void message.success(t('costs.budgetSaved'));
      onClose();
    } catch (err) {
      const rest = applyFieldErrors(form, err, [['month'], ['scope'], ['scopeKey']]);
      if (!isApiError(err) || err.fields.length === 0 || rest.length) void message.error(errorMessage(err, t('error.unknown')));
    }
  };
  return (
    <Modal open title={t('costs.setBudget')} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={save.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="budget-form"
        initialValues={{
          month: dayjs(`${target.month}-01`),
          scope: target.scope,
          scopeKey: target.scopeKey || undefined,
          amountYuan: target.budgetFen === null ? null : target.budgetFen / 100,
        }}
      >
        <Form.Item name="month" label={t('cost.month')} rules={[{ required: true }]}>
          <DatePicker picker="month" allowClear={false} />
        </Form.Item>
        <Form.Item name="scope" label={t('costs.by')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'company', label: t('costs.company') },
              { value: 'category', label: t('cost.category') },
              { value: 'department', label: t('cost.department') },
            ]}
          />
        </Form.Item>
        {scope !== 'company' && (
          <Form.Item name="scopeKey" label={scope === 'category' ? t('cost.category') : t('cost.department')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={scope === 'category' ? categories.options : departments.options} />
          </Form.Item>
        )}
        <Form.Item name="amountYuan" label={t('costs.budgetYuan')} extra={t('costs.budgetHint')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="budget-amount" />
        </Form.Item>
      </Form>
    </Modal>
  );
};

/** The share of the budget used as a bar; red when over, orange from 90 %. */
const UsedBar = ({ line }: { line: Line }) => {
  const { t } = useI18n();
  if (line.percentUsed === null) return <Tag color={STATUS_COLORS[line.status]}>{t(`costs.status.${line.status}` as MessageKey)}</Tag>;
  return (
    <Flex align="center" gap={8} style={{ minWidth: 180 }}>
      <Progress
        percent={Math.max(0, Math.min(100, line.percentUsed))}
        showInfo={false}
        size="small"
        status={line.status === 'over' ? 'exception' : 'normal'}
        strokeColor={line.status === 'near' ? '#fa8c16' : undefined}
        style={{ flex: 1, margin: 0 }}
      />
      <Typography.Text type={line.status === 'over' ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="budget-percent">
        {line.percentUsed}%
      </Typography.Text>
    </Flex>
  );
};

export const BudgetTab = () => {
  const { t } = useI18n();
  const canBudget = useCan('costs.budget');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(2, 'month'), dayjs()]);
  const [by, setBy] = useState<CostReportGrouping>('category');
  const [editing, setEditing] = useState<BudgetTarget | null>(null);
  const categoryName = useCategoryName();
  const departments = useDepartmentOptions(true);
  const report = useCostReport({ from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM'), by });

  const groupName = (group: string | null): string => {
    if (group === null) return t('costs.noGroup');
    if (by === 'category') return categoryName(group);
    if (by === 'department') return departments.options.find((o) => o.value === group)?.label ?? group;
    return t(`cost.kind.${group}` as MessageKey);
  };

  // Newest month first; in each month the company line, then its groups.
  const lines = useMemo<Line[]>(() => {
    const r = report.data;
    if (!r) return [];
    return [...r.months].reverse().flatMap((month) => [
      { ...r.company.find((c) => c.month === month)!, key: `${month}:company`, group: null, company: true },
      ...r.rows.filter((x) => x.month === month).map((x) => ({ ...x, key: `${month}:${x.group ?? ''}`, company: false })),
    ]);
  }, [report.data]);

  const scopeOf = (line: Line): Scope | null => (line.company ? 'company' : by === 'kind' || line.group === null ? null : by);

  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <DatePicker.RangePicker
          picker="month"
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          data-testid="budget-range"
        />
        <Segmented<CostReportGrouping>
          value={by}
          onChange={setBy}
          options={(['category', 'department', 'kind'] as const).map((g) => ({ value: g, label: t(`costs.by.${g}`) }))}
          data-testid="budget-by"
        />
        {canBudget && (
          <Button onClick={() => setEditing({ month: range[1].format('YYYY-MM'), scope: 'company', scopeKey: '', budgetFen: null })} data-testid="budget-new">
            {t('costs.setBudget')}
          </Button>
        )}
      </Space>
      {by === 'kind' && <Alert type="info" showIcon title={t('costs.byKindNoBudget')} />}
      {report.error && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      <Table<Line>
        size="small"
        rowKey="key"
        loading={report.isLoading}
        dataSource={lines}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="budget-table"
        rowClassName={(l) => (l.company ? 'cl-row-strong' : '')}
        onRow={(l) => ({ 'data-testid': l.company ? `budget-company-${l.month}` : `budget-row-${l.month}-${l.group ?? 'none'}` }) as never}
        columns={[
          { title: t('cost.month'), dataIndex: 'month', width: 90 },
          {
            title: t('costs.by'),
            key: 'group',
            render: (_: unknown, l) => (l.company ? <Typography.Text strong>{t('costs.company')}</Typography.Text> : groupName(l.group)),
          },
          { title: t('costs.actual'), dataIndex: 'grossFen', align: 'right', render: (v: number) => signedYuan(v) },
          { title: t('cost.recoveries'), dataIndex: 'recoveriesFen', align: 'right', render: (v: number) => signedYuan(v) },
          {
            title: t('cost.net'),
            dataIndex: 'netFen',
            align: 'right',
            render: (v: number) => (
              <Typography.Text strong data-testid="budget-net">
                {signedYuan(v)}
              </Typography.Text>
            ),
          },
          { title: t('costs.budget'), dataIndex: 'budgetFen', align: 'right', render: (v: number | null) => <span data-testid="budget-amount-cell">{v === null ? '—' : signedYuan(v)}</span> },
          {
            title: t('costs.variance'),
            dataIndex: 'varianceFen',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : <Typography.Text type={v < 0 ? 'danger' : 'success'}>{signedYuan(v)}</Typography.Text>),
          },
          { title: t('costs.percentUsed'), key: 'used', render: (_: unknown, l) => <UsedBar line={l} /> },
          {
            title: '',
            key: 'actions',
            width: 100,
            render: (_: unknown, l) => {
              const scope = scopeOf(l);
              return canBudget && scope ? (
                <Button size="small" onClick={() => setEditing({ month: l.month, scope, scopeKey: l.company ? '' : (l.group ?? ''), budgetFen: l.budgetFen })} data-testid="budget-edit">
                  {t('costs.setBudget')}
                </Button>
              ) : null;
            },
          },
        ]}
      />
      {editing && <BudgetModal target={editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
};
