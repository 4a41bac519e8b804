import { Badge, Button, Flex, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useCan, useMe } from '../../api/auth.ts';
import { useCaseCounts, useCaseList } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueTable } from './QueueTable.tsx';
import { toListParams, useQueueState, viewsForRole } from './queue-params.ts';
import type { CaseView } from '../../api/model.ts';

export const QueuePage = () => {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const canCreate = useCan('case.create');
  const role = me.data?.user.role ?? 'agent';
  const { state, update, reset } = useQueueState(role);
  const counts = useCaseCounts();
  const list = useCaseList(toListParams(state));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const tabItems = viewsForRole(role).map((v) => ({
    key: v,
    label: (
      <span data-testid={`tab-${v}`}>
        {t(`queue.view.${v}`)}{' '}
        <Badge
          count={counts.data?.[v] ?? 0}
          showZero
          overflowCount={99999}
          color={v === state.view ? '#1677ff' : '#bfbfbf'}
        />
      </span>
    ),
  }));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('queue.title')}
        </Typography.Title>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')} data-testid="queue-new-case">
            {t('nav.newCase')}
          </Button>
        )}
      </Flex>
      <Tabs activeKey={state.view} items={tabItems} onChange={(k) => update({ view: k as CaseView })} />
      {counts.isError && <ErrorAlert error={counts.error} onRetry={() => void counts.refetch()} style={{ marginBottom: 12 }} />}
      <QueueFilters state={state} update={update} reset={reset} showDepartment={role !== 'handler'} />
      {/* With rows on screen (a failed "load more" or refresh) the error sits above them; with none it takes the table's place. */}
      {list.isError && rows.length > 0 && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} style={{ marginBottom: 12 }} />}
      <QueueTable
        rows={rows}
        loading={list.isPending || (list.isFetching && !list.isFetchingNextPage && (list.isPlaceholderData || list.isError))}
        error={list.isError && rows.length === 0 ? list.error : undefined}
        onRetry={() => void list.refetch()}
        state={state}
        update={update}
        hasMore={!!list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
};
