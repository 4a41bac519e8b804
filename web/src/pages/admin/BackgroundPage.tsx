import { Card, Flex, Progress, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useFailedMessageCount, useRecomputeRequests, useSweepFailures, type RecomputeRequest, type SweepFailure } from '../../api/background.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

const when = (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ? formatDateTime(v) : '—'}</span>;

/** One line saying in words whether a part of the background work is well. */
const Health = ({ ok, okText, text, testId }: { ok: boolean; okText: string; text: string; testId: string }) => (
  <Typography.Text type={ok ? 'success' : 'warning'} data-testid={testId}>
    {ok ? okText : text}
  </Typography.Text>
);

/** 后台任务: whether the background work moves — recomputations after a configuration change, cases the sweep fails on, messages that failed for good. */
export const BackgroundPage = () => {
  const { t } = useI18n();
  const recomputes = useRecomputeRequests();
  const failures = useSweepFailures();
  const failedMessages = useFailedMessageCount();

  const recomputeColumns: TableColumnsType<RecomputeRequest> = [
    {
      title: t('bg.recompute.col.cause'),
      dataIndex: 'cause',
      render: (c: RecomputeRequest['cause'], r) => (
        <Flex vertical gap={2}>
          <span>{c ? t(`bg.recompute.cause.${c}`) : t('bg.recompute.cause.unknown')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.allCases ? t('bg.recompute.scope.all') : t('bg.recompute.scope.policies')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('bg.recompute.col.by'), dataIndex: 'requestedByName', width: 140, render: (v: string | null) => v ?? '—' },
    { title: t('bg.recompute.col.requestedAt'), dataIndex: 'requestedAt', width: 170, render: when },
    {
      title: t('bg.recompute.col.progress'),
      key: 'progress',
      width: 260,
      render: (_: unknown, r) => {
        const total = r.casesDone + r.casesLeft;
        return (
          <Flex vertical gap={2} data-testid={`bg-recompute-progress-${r.id}`}>
            <Tag color={r.finishedAt ? 'green' : 'gold'} style={{ width: 'fit-content' }} data-testid={`bg-recompute-status-${r.id}`}>
              {r.finishedAt ? t('bg.recompute.status.finished') : t('bg.recompute.status.pending')}
            </Tag>
            <span>{t('bg.recompute.cases', { done: r.casesDone, total })}</span>
            {!r.finishedAt && total > 0 && <Progress percent={Math.floor((r.casesDone / total) * 100)} size="small" />}
          </Flex>
        );
      },
    },
    { title: t('bg.recompute.col.finishedAt'), dataIndex: 'finishedAt', width: 170, render: when },
  ];

  const failureColumns: TableColumnsType<SweepFailure> = [
    { title: t('bg.sweep.col.case'), dataIndex: 'caseNumber', width: 170, render: (v: string) => <Link to={`/cases/${v}`}>{v}</Link> },
    { title: t('bg.sweep.col.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
    {
      title: t('bg.sweep.col.error'),
      dataIndex: 'error',
      render: (e: string) => (
        <Typography.Text type="danger" ellipsis={{ tooltip: e }} style={{ maxWidth: 360 }}>
          {e}
        </Typography.Text>
      ),
    },
    { title: t('bg.sweep.col.firstFailedAt'), dataIndex: 'firstFailedAt', width: 170, render: when },
    { title: t('bg.sweep.col.lastAttemptAt'), dataIndex: 'lastAttemptAt', width: 170, render: when },
    { title: t('bg.sweep.col.nextRetryAt'), dataIndex: 'nextRetryAt', width: 170, render: when },
  ];

  const failed = failedMessages.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('bg.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('bg.hint')}</Typography.Text>

      <Card title={t('bg.messages.title')} size="small" data-testid="bg-messages">
        {failedMessages.isError && <ErrorAlert error={failedMessages.error} onRetry={() => void failedMessages.refetch()} />}
        {failed !== undefined &&
          (failed > 0 ? (
            <Flex gap={12} align="center" wrap>
              <Typography.Text type="danger" data-testid="bg-failed-count">
                {t('bg.messages.failed', { n: failed })}
              </Typography.Text>
              <Link to="/admin/outbox?status=failed" data-testid="bg-failed-link">
                {t('bg.messages.open')}
              </Link>
            </Flex>
          ) : (
            <Typography.Text type="success" data-testid="bg-messages-ok">
              {t('bg.messages.none')}
            </Typography.Text>
          ))}
      </Card>

      <Card title={t('bg.recompute.title')} size="small" data-testid="bg-recompute">
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('bg.recompute.hint')}</Typography.Text>
          {recomputes.data && <Health ok={recomputes.data.pending === 0} okText={t('bg.recompute.empty')} text={t('bg.recompute.pending', { n: recomputes.data.pending })} testId="bg-recompute-health" />}
          {recomputes.isError && <ErrorAlert error={recomputes.error} onRetry={() => void recomputes.refetch()} />}
          <Table<RecomputeRequest>
            rowKey="id"
            columns={recomputeColumns}
            dataSource={recomputes.data?.items ?? []}
            loading={recomputes.isLoading}
            pagination={false}
            size="small"
            scroll={{ x: 900 }}
            locale={{ emptyText: t('bg.recompute.none') }}
            data-testid="bg-recompute-table"
          />
        </Flex>
      </Card>

      <Card title={t('bg.sweep.title')} size="small" data-testid="bg-sweep">
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t('bg.sweep.hint')}</Typography.Text>
          {failures.data && <Health ok={failures.data.total === 0} okText={t('bg.sweep.empty')} text={t('bg.sweep.failing', { n: failures.data.total })} testId="bg-sweep-health" />}
          {failures.isError && <ErrorAlert error={failures.error} onRetry={() => void failures.refetch()} />}
          <Table<SweepFailure>
            rowKey="caseId"
            columns={failureColumns}
            dataSource={failures.data?.items ?? []}
            loading={failures.isLoading}
            pagination={false}
            size="small"
            scroll={{ x: 900 }}
            locale={{ emptyText: t('bg.sweep.none') }}
            data-testid="bg-sweep-table"
          />
          {failures.data && failures.data.total > failures.data.items.length && (
            <Typography.Text type="secondary">{t('bg.sweep.more', { shown: failures.data.items.length, total: failures.data.total })}</Typography.Text>
          )}
        </Flex>
      </Card>
    </Flex>
  );
};
