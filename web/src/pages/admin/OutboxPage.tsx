import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import {
  CUSTOMER_CHANNELS,
  CUSTOMER_EVENTS,
  OUTBOX_STATUSES,
  useOutbox,
  useOutboxMessage,
  useRetryMessage,
  type OutboxFilter,
  type OutboxMessage,
  type OutboxStatus,
} from '../../api/outbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

export const STATUS_COLORS: Record<OutboxStatus, string> = { pending: 'gold', sending: 'blue', sent: 'green', failed: 'red', suppressed: 'default' };

/** 消息发件箱: every customer message with its status; a failed one shows its error and can be sent again. */
export const OutboxPage = () => {
  const { t } = useI18n();
  const { message } = App.useApp();
  // ?status=failed (from 后台任务) opens the list already filtered.
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<OutboxFilter>(() => {
    const status = OUTBOX_STATUSES.find((s) => s === params.get('status'));
    return status ? { status } : {};
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const outbox = useOutbox(filter);
  const detail = useOutboxMessage(openId);
  const retry = useRetryMessage();
  const rows = outbox.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = outbox.data?.pages[0]?.counts;

  const columns: TableColumnsType<OutboxMessage> = [
    { title: t('outbox.col.time'), dataIndex: 'createdAt', width: 160, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
    {
      title: t('outbox.col.case'),
      dataIndex: 'caseNumber',
      width: 170,
      render: (v: string | null, m) => (v && m.caseId ? <Link to={`/cases/${v}`}>{v}</Link> : '—'),
    },
    { title: t('outbox.col.event'), dataIndex: 'event', width: 110, render: (e: OutboxMessage['event']) => t(`outbox.event.${e}`) },
    { title: t('outbox.col.channel'), dataIndex: 'channel', width: 80, render: (c: OutboxMessage['channel']) => t(`outbox.channel.${c}`) },
    {
      title: t('outbox.col.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: OutboxStatus, m) => (
        <Tag color={STATUS_COLORS[s]} data-testid={`outbox-status-${m.id}`}>
          {t(`outbox.status.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('outbox.col.body'),
      dataIndex: 'body',
      render: (b: string, m) => (
        <Flex vertical gap={2}>
          <Typography.Text ellipsis={{ tooltip: b }} style={{ maxWidth: 420 }}>
            {b}
          </Typography.Text>
          {m.lastError && m.status !== 'sent' && (
            <Typography.Text type="danger" style={{ fontSize: 12 }} ellipsis={{ tooltip: m.lastError }}>
              {m.lastError}
            </Typography.Text>
          )}
          {m.suppressedReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`outbox.reason.${m.suppressedReason}` as MessageKey)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('outbox.col.attempts'), dataIndex: 'attempts', width: 90, align: 'right' },
  ];

  const set = (patch: OutboxFilter) => setFilter((f) => ({ ...f, ...patch }));
  const m = detail.data;

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('outbox.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('outbox.hint')}</Typography.Text>
      <Flex gap={8} wrap align="center">
        <Select<OutboxStatus>
          allowClear
          placeholder={t('outbox.filter.status')}
          aria-label={t('outbox.filter.status')}
          style={{ width: 150 }}
          value={filter.status}
          onChange={(status) => set({ status })}
          options={OUTBOX_STATUSES.map((s) => ({ value: s, label: `${t(`outbox.status.${s}`)}${counts ? ` (${counts[s]})` : ''}` }))}
          data-testid="outbox-filter-status"
        />
        <Select
          allowClear
          placeholder={t('outbox.filter.channel')}
          aria-label={t('outbox.filter.channel')}
          style={{ width: 120 }}
          value={filter.channel}
          onChange={(channel) => set({ channel })}
          options={CUSTOMER_CHANNELS.map((c) => ({ value: c, label: t(`outbox.channel.${c}`) }))}
        />
        <Select
          allowClear
          placeholder={t('outbox.filter.event')}
          aria-label={t('outbox.filter.event')}
          style={{ width: 150 }}
          value={filter.event}
          onChange={(event) => set({ event })}
          options={CUSTOMER_EVENTS.map((e) => ({ value: e, label: t(`outbox.event.${e}`) }))}
          data-testid="outbox-filter-event"
        />
        <Input.Search
          allowClear
          placeholder={t('outbox.filter.caseNumber')}
          aria-label={t('outbox.filter.caseNumber')}
          style={{ width: 220 }}
          onSearch={(v) => set({ caseNumber: v.trim() || undefined })}
          data-testid="outbox-filter-case"
        />
      </Flex>
      {outbox.isError && <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />}
      <Table<OutboxMessage>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={outbox.isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 1000 }}
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        data-testid="outbox-table"
      />
      {outbox.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void outbox.fetchNextPage()} loading={outbox.isFetchingNextPage}>
            {t('outbox.loadMore')}
          </Button>
        </Flex>
      )}
      <Drawer open={!!openId} onClose={() => setOpenId(null)} title={t('outbox.detail')} width={560} data-testid="outbox-detail">
        {detail.isError && <ErrorAlert error={detail.error} />}
        {m && (
          <Flex vertical gap={12}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('outbox.col.status')}>
                <Tag color={STATUS_COLORS[m.status]}>{t(`outbox.status.${m.status}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('outbox.col.event')}>{t(`outbox.event.${m.event}`)}</Descriptions.Item>
              <Descriptions.Item label={t('outbox.col.channel')}>{t(`outbox.channel.${m.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('outbox.col.case')}>{m.caseNumber ?? '—'}</Descriptions.Item>
              {m.subject && <Descriptions.Item label={t('outbox.subject')}>{m.subject}</Descriptions.Item>}
              <Descriptions.Item label={t('outbox.col.body')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="outbox-detail-body">
                  {m.body}
                </Typography.Paragraph>
              </Descriptions.Item>
              <Descriptions.Item label={t('outbox.col.attempts')}>{m.attempts}</Descriptions.Item>
              {m.nextAttemptAt && <Descriptions.Item label={t('outbox.nextAttempt')}>{formatDateTime(m.nextAttemptAt)}</Descriptions.Item>}
              {m.lastError && (
                <Descriptions.Item label={t('outbox.col.error')}>
                  <Typography.Text type="danger" data-testid="outbox-detail-error">
                    {m.lastError}
                  </Typography.Text>
                </Descriptions.Item>
              )}
              {m.suppressedReason && <Descriptions.Item label={t('outbox.suppressed')}>{t(`outbox.reason.${m.suppressedReason}` as MessageKey)}</Descriptions.Item>}
              {m.driver && <Descriptions.Item label={t('outbox.driver')}>{m.driver}</Descriptions.Item>}
              {m.sentAt && <Descriptions.Item label={t('outbox.sentAt')}>{formatDateTime(m.sentAt)}</Descriptions.Item>}
              {m.providerMessageId && <Descriptions.Item label={t('outbox.providerId')}>{m.providerMessageId}</Descriptions.Item>}
              <Descriptions.Item label={t('outbox.col.time')}>{formatDateTime(m.createdAt)}</Descriptions.Item>
            </Descriptions>
            {m.status === 'failed' && (
              <Button
                type="primary"
                loading={retry.isPending}
                data-testid="outbox-retry"
                onClick={() =>
                  retry.mutate(m.id, {
                    onSuccess: () => void message.success(t('outbox.retried')),
                    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
                  })
                }
              >
                {t('outbox.retry')}
              </Button>
            )}
          </Flex>
        )}
      </Drawer>
    </Flex>
  );
};
