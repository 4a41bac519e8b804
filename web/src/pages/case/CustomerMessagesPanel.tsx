import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCustomerMessages, type CustomerMessage, type OutboxStatus } from '../../api/outbox.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

const STATUS_COLORS: Record<OutboxStatus, string> = { pending: 'gold', sending: 'blue', sent: 'green', failed: 'red', suppressed: 'default' };

/** What the customer was sent on this case: channel, event, status, time (the address masked per role). */
export const CustomerMessagesPanel = ({ caseId }: { caseId: string }) => {
  const { t } = useI18n();
  const q = useCustomerMessages(caseId);
  const columns: TableColumnsType<CustomerMessage> = [
    { title: t('outbox.col.time'), dataIndex: 'createdAt', width: 150, render: (v: string, m) => formatDateTime(m.sentAt ?? v) },
    { title: t('outbox.col.event'), dataIndex: 'event', width: 110, render: (e: CustomerMessage['event']) => t(`outbox.event.${e}`) },
    { title: t('outbox.col.channel'), dataIndex: 'channel', width: 70, render: (c: CustomerMessage['channel']) => t(`outbox.channel.${c}`) },
    {
      title: t('outbox.col.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: OutboxStatus, m) => (
        <Flex vertical gap={0}>
          <Tag color={STATUS_COLORS[s]}>{t(`outbox.status.${s}`)}</Tag>
          {m.suppressedReason && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`outbox.reason.${m.suppressedReason}` as MessageKey)}
            </Typography.Text>
          )}
          {m.status === 'failed' && m.lastError && (
            <Typography.Text type="danger" style={{ fontSize: 12 }} ellipsis={{ tooltip: m.lastError }}>
              {m.lastError}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('outbox.col.body'),
      dataIndex: 'body',
      render: (b: string, m) => (
        <Flex vertical gap={0}>
          <Typography.Text ellipsis={{ tooltip: b }} style={{ maxWidth: 360 }}>
            {b}
          </Typography.Text>
          {m.recipient && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.recipient}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Card title={t('outbox.panel.title')} size="small" data-testid="customer-messages">
      {q.isError && <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outbox.panel.empty')} />
      ) : (
        <Table<CustomerMessage> rowKey="id" size="small" columns={columns} dataSource={q.data?.items ?? []} loading={q.isLoading} pagination={false} scroll={{ x: 640 }} />
      )}
    </Card>
  );
};
