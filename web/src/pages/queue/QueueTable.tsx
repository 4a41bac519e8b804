import { Button, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { Link, useLocation } from 'react-router';
import type { Case, SortField } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SlaBadge } from '../../components/SlaBadge.tsx';
import { EscalationTag, PriorityTag, StatusTag, UrgencyTag } from '../../components/tags.tsx';
import { useCategoryName } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { DEFAULT_ORDER, DEFAULT_SORT, firstOrderFor, type QueueLinkState, type QueueState } from './queue-params.ts';

type Props = {
  rows: Case[];
  loading: boolean;
  state: QueueState;
  update: (patch: Partial<QueueState>) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** The list could not be loaded: shown with a retry in place of "no cases match". */
  error?: unknown;
  onRetry?: () => void;
};

export const QueueTable = ({ rows, loading, state, update, hasMore, loadingMore, onLoadMore, error, onRetry }: Props) => {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  // The case page's breadcrumb leads back to this queue as filtered and sorted now.
  const linkState: QueueLinkState = { queueSearch: useLocation().search };

  // The nearest deadline and the highest priority (P1, the lowest code) are what those sorts are for,
  // so they start ascending; dates and case numbers start with the newest.
  const sortable = (key: SortField) => ({
    key,
    sorter: true,
    sortDirections: (firstOrderFor(key) === 'asc' ? ['ascend', 'descend'] : ['descend', 'ascend']) as ('descend' | 'ascend')[],
    sortOrder: state.sort === key ? (state.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });

  const columns: TableColumnsType<Case> = [
    {
      title: t('field.caseNumber'),
      dataIndex: 'caseNumber',
      fixed: 'left',
      width: 170,
      ...sortable('caseNumber'),
      render: (v: string) => (
        <Link to={`/cases/${encodeURIComponent(v)}`} state={linkState} className="cl-case-number" data-testid="case-link">
          {v}
        </Link>
      ),
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      // Wide enough for 待客户确认 / "Awaiting customer" over "Escalated to supervisor".
      width: 175,
      render: (_, c) => (
        <Flex vertical gap={2} align="start">
          <StatusTag status={c.status} />
          <EscalationTag level={c.escalationLevel} />
        </Flex>
      ),
    },
    { title: t('field.sla'), width: 150, ...sortable('dueAt'), render: (_, c) => <SlaBadge case={c} placeholder="—" /> },
    { title: t('field.priority'), dataIndex: 'priority', width: 90, ...sortable('priority'), render: (_, c) => <PriorityTag priority={c.priority} /> },
    { title: t('field.urgency'), dataIndex: 'urgency', width: 90, render: (_, c) => <UrgencyTag urgency={c.urgency} /> },
    { title: t('field.category'), dataIndex: 'category', width: 120, render: (v: string | null) => categoryName(v) },
    {
      title: t('field.customer'),
      key: 'customer',
      width: 150,
      render: (_, c) => (
        <Flex vertical>
          <span>{c.customer.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.customer.phone}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('field.waybillNo'), dataIndex: 'waybillNo', width: 150, render: (v: string | null) => v || '—' },
    { title: t('field.department'), dataIndex: 'departmentName', width: 110, render: (v: string | null) => v || '—' },
    { title: t('field.assignee'), dataIndex: 'assigneeName', width: 110, render: (v: string | null) => v || '—' },
    { title: t('field.channel'), dataIndex: 'channel', width: 90, render: (_, c) => t(`channel.${c.channel}`) },
    { title: t('field.occurredAt'), dataIndex: 'occurredAt', width: 150, ...sortable('occurredAt'), render: formatDateTime },
    { title: t('field.createdAt'), dataIndex: 'createdAt', width: 150, ...sortable('createdAt'), render: formatDateTime },
    { title: t('field.updatedAt'), dataIndex: 'updatedAt', width: 150, ...sortable('updatedAt'), render: formatDateTime },
  ];

  const onChange: TableProps<Case>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = s?.columnKey;
    if (!s?.order || typeof key !== 'string') {
      update({ sort: DEFAULT_SORT, order: DEFAULT_ORDER });
      return;
    }
    const field = key as SortField;
    update({ sort: field, order: s.order === 'ascend' ? 'asc' : 'desc' });
  };

  return (
    <>
      <Table<Case>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="small"
        scroll={{ x: 1905 }}
        onChange={onChange}
        showSorterTooltip={false}
        locale={{
          emptyText: error ? (
            <ErrorAlert error={error} onRetry={onRetry} style={{ textAlign: 'start' }} />
          ) : loading ? (
            ' '
          ) : (
            <Empty description={t('queue.empty')} />
          ),
        }}
        data-testid="queue-table"
      />
      <Flex justify="center" align="center" gap={12} style={{ marginTop: 12 }}>
        {!error && <Typography.Text type="secondary">{t('queue.shown', { count: rows.length })}</Typography.Text>}
        {hasMore && (
          <Button onClick={onLoadMore} loading={loadingMore} data-testid="load-more">
            {t('queue.loadMore')}
          </Button>
        )}
      </Flex>
    </>
  );
};
