// 回访: the agents' callback queue (due today / overdue / upcoming / done) with the call outcome form, and the
// satisfaction figures of seed 004 for supervisors and above.
import { useState } from 'react';
import { Badge, Button, Card, Col, DatePicker, Empty, Flex, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useCan } from '../../api/auth.ts';
import { CALLBACK_BUCKETS, useCallbackQueue, useCallbackStats, type Callback, type CallbackBucket } from '../../api/callbacks.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { levelLabel } from '../case/event-view-callback.tsx';
import { CallbackOutcomeModal } from './CallbackOutcomeModal.tsx';

const COUNT_KEY = { due_today: 'dueToday', overdue: 'overdue', upcoming: 'upcoming', done: 'done' } as const;
const STATUS_COLORS: Record<string, string> = { pending: 'blue', completed: 'green', unreachable: 'default', cancelled: 'default' };

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/** Seed 004's figures over a period (this month by default). */
const StatsCards = () => {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const stats = useCallbackStats(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'), true);
  const s = stats.data;
  return (
    <Card
      size="small"
      title={t('callback.stats.title')}
      extra={
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          aria-label={t('callback.stats.range')}
        />
      }
      data-testid="callback-stats"
    >
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Statistic title={t('callback.stats.rate')} value={percent(s?.rate.value)} loading={stats.isPending} data-testid="callback-stats-rate" />
          {s && (
            <Typography.Text type="secondary">
              {s.rate.numerator} / {s.rate.denominator}
            </Typography.Text>
          )}
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('callback.stats.answered')} value={s?.answered ?? 0} loading={stats.isPending} data-testid="callback-stats-answered" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('callback.stats.unreachable')} value={s?.unreachable ?? 0} loading={stats.isPending} />
        </Col>
        <Col xs={24} md={6}>
          {(['result', 'attitude', 'efficiency'] as const).map((d) => (
            <div key={d}>
              {t(`callback.dim.${d}`)}: {percent(s?.dimensions[d].rate)}
            </div>
          ))}
        </Col>
      </Row>
      {s && (
        <Flex gap={4} wrap style={{ marginTop: 8 }}>
          {(Object.keys(s.counts) as Array<keyof typeof s.counts>).map((l) => (
            <Tag key={l}>
              {levelLabel(t, l)} {s.counts[l]}
            </Tag>
          ))}
          <Typography.Text type="secondary">{t('callback.stats.formula')}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
};

export const CallbacksPage = () => {
  const { t } = useI18n();
  const [bucket, setBucket] = useState<CallbackBucket>('due_today');
  const [working, setWorking] = useState<Callback | null>(null);
  const canSeeStats = useCan('callback.stats');
  const query = useCallbackQueue(bucket);
  const counts = query.data?.counts;

  const columns: TableColumnsType<Callback> = [
    {
      title: t('field.caseNumber'),
      dataIndex: 'caseNumber',
      width: 150,
      render: (v: string) => (
        <Link to={`/cases/${encodeURIComponent(v)}`} className="cl-case-number" data-testid="callback-case">
          {v}
        </Link>
      ),
    },
    { title: t('callback.customer'), key: 'customer', width: 110, render: (_v, r) => r.customer.name },
    { title: t('callback.phone'), key: 'phone', width: 130, render: (_v, r) => <span data-testid="callback-phone">{r.customer.phone}</span> },
    { title: t('callback.resolvedAt'), dataIndex: 'resolvedAt', width: 140, render: formatDateTime },
    { title: t('callback.dueOn'), dataIndex: 'dueOn', width: 110, render: (v: string, r) => (r.bucket === 'overdue' ? <Typography.Text type="danger">{v}</Typography.Text> : v) },
    { title: t('callback.attempts'), key: 'attempts', width: 80, render: (_v, r) => `${r.attempts} / ${r.maxAttempts}` },
    {
      title: t('callback.status'),
      key: 'status',
      width: 150,
      render: (_v, r) => (
        <Flex gap={4} wrap>
          <Tag color={STATUS_COLORS[r.status]}>{t(`callback.status.${r.status}` as MessageKey)}</Tag>
          {r.overall && <Tag>{levelLabel(t, r.overall)}</Tag>}
        </Flex>
      ),
    },
    {
      title: '',
      key: 'act',
      width: 110,
      render: (_v, r) =>
        r.status === 'pending' ? (
          <Button size="small" type="primary" onClick={() => setWorking(r)} data-testid="callback-record">
            {t('callback.record')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('callback.title')}
        </Typography.Title>
        <Segmented<CallbackBucket>
          value={bucket}
          onChange={setBucket}
          options={CALLBACK_BUCKETS.map((b) => ({
            value: b,
            label: (
              <span data-testid={`callback-tab-${b}`}>
                {t(`callback.tab.${b}`)} <Badge count={counts?.[COUNT_KEY[b]] ?? 0} showZero color={b === 'overdue' ? 'red' : 'blue'} overflowCount={999} />
              </span>
            ),
          }))}
        />
      </Flex>
      {canSeeStats && <StatsCards />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Callback>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isPending}
        size="small"
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: query.isPending ? ' ' : <Empty description={t('callback.empty')} /> }}
        data-testid="callback-table"
      />
      {working && <CallbackOutcomeModal cb={working} onClose={() => setWorking(null)} />}
    </Flex>
  );
};
