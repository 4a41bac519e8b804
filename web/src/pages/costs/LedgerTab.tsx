// 台账明细: every entry across cases, newest first, with filters; reverse with a reason for supervisors and above.
import { useState } from 'react';
import { Button, DatePicker, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DownloadOutlined } from '@ant-design/icons';
import { COST_KINDS, signedYuan, useLedger, type CostEntry, type CostKind } from '../../api/costs.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCategoryName, useCategoryOptions, useDepartmentOptions } from '../../components/options.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ReverseModal } from '../case/CostsCard.tsx';
import { caseLink } from '../case/event-view-triage.tsx';

export const LedgerTab = () => {
  const { t } = useI18n();
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<CostKind | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [reversing, setReversing] = useState<CostEntry | null>(null);
  const categoryName = useCategoryName();
  const categories = useCategoryOptions();
  const departments = useDepartmentOptions(true);
  const departmentName = (id: string | null) => (id ? (departments.options.find((o) => o.value === id)?.label ?? '—') : '—');
  const ledger = useLedger({ month: month?.format('YYYY-MM'), kind, category, departmentId });
  const rows = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  // The same filters as a CSV download (the session cookie goes with a same-origin link).
  const exportParams = new URLSearchParams(
    Object.entries({ month: month?.format('YYYY-MM'), kind, category, departmentId }).filter((e): e is [string, string] => !!e[1]),
  );
  const exportUrl = `/api/cost-entries/export${exportParams.size ? `?${exportParams}` : ''}`;

  return (
    <Flex vertical gap={12}>
      <Space wrap>
        <DatePicker picker="month" value={month} onChange={setMonth} placeholder={t('cost.month')} data-testid="ledger-month" />
        <Select
          allowClear
          placeholder={t('costs.allKinds')}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 140 }}
          options={COST_KINDS.map((k) => ({ value: k, label: t(`cost.kind.${k}` as MessageKey) }))}
          data-testid="ledger-kind"
        />
        <Select allowClear placeholder={t('costs.allCategories')} value={category} onChange={setCategory} style={{ minWidth: 140 }} options={categories.options} />
        <Select allowClear placeholder={t('costs.allDepartments')} value={departmentId} onChange={setDepartmentId} style={{ minWidth: 140 }} options={departments.options} />
        <Button icon={<DownloadOutlined />} href={exportUrl} data-testid="ledger-export">
          {t('costs.export')}
        </Button>
      </Space>
      {ledger.error && <ErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} />}
      <Table<CostEntry>
        size="small"
        rowKey="id"
        loading={ledger.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="ledger-table"
        columns={[
          { title: t('cost.occurredAt'), dataIndex: 'occurredAt', render: (v: string) => formatDateTime(v), width: 140 },
          { title: t('cost.case'), dataIndex: 'caseNumber', render: (v: string) => caseLink(v) },
          {
            title: t('cost.kind'),
            dataIndex: 'kind',
            render: (_: unknown, e) => (
              <Space size={4}>
                <Tag color={e.kind === 'recovery' ? 'green' : 'gold'}>{t(`cost.kind.${e.kind}` as MessageKey)}</Tag>
                {e.source === 'reversal' && <Tag color="red">{t('cost.reversalOf')}</Tag>}
                {e.reversedById && <Tag>{t('cost.reversed')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('cost.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number) => <Typography.Text type={v < 0 ? 'success' : undefined}>{signedYuan(v)}</Typography.Text>,
          },
          { title: t('cost.category'), dataIndex: 'category', render: (v: string | null) => categoryName(v) },
          { title: t('cost.department'), dataIndex: 'departmentId', render: (v: string | null) => departmentName(v) },
          { title: t('cost.source'), dataIndex: 'source', render: (v: string) => t(`cost.source.${v}` as MessageKey) },
          { title: t('cost.actor'), dataIndex: 'actorName', render: (v: string | null) => v ?? '—' },
          { title: t('cost.note'), dataIndex: 'note', ellipsis: true, render: (v: string | null) => v ?? '' },
          {
            title: '',
            key: 'actions',
            width: 80,
            render: (_: unknown, e) =>
              e.can.reverse ? (
                <Button size="small" onClick={() => setReversing(e)} data-testid="ledger-reverse">
                  {t('cost.reverse')}
                </Button>
              ) : null,
          },
        ]}
      />
      {ledger.hasNextPage && (
        <Button onClick={() => void ledger.fetchNextPage()} loading={ledger.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('costs.loadMore')}
        </Button>
      )}
      {reversing && <ReverseModal entry={reversing} onClose={() => setReversing(null)} />}
    </Flex>
  );
};
