import { useState } from 'react';
import { Badge, Button, Empty, Flex, Popover, Segmented, Spin, Tag, Typography, theme } from 'antd';
import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
  type AppNotification,
} from '../api/notifications.ts';
import { useI18n, type Translate } from '../i18n/index.ts';
import { formatDateTime } from '../lib/format.ts';
import { slaTargetLabel } from '../lib/sla.ts';
import { escalationReasonLabel } from '../lib/vocab-labels.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

type Filter = 'unread' | 'all';

const KIND_COLORS: Record<string, string> = { escalated: 'volcano', sla_breached: 'red', sla_warning: 'orange', complete_delay: 'magenta' };

const kindLabel = (kind: string, t: Translate): string => {
  switch (kind) {
    case 'escalated':
    case 'sla_warning':
    case 'sla_breached':
    case 'complete_delay':
      return t(`notifications.kind.${kind}`);
    default:
      return kind;
  }
};

const detail = (n: AppNotification, t: Translate): string => {
  const p = n.payload;
  const target = typeof p.target === 'string' ? slaTargetLabel(p.target, t) : null;
  if (n.kind === 'escalated') {
    const level = p.level === 2 ? t('escalation.level.2') : t('escalation.level.1');
    return [level, escalationReasonLabel(typeof p.reason === 'string' ? p.reason : null, t), target].filter(Boolean).join(' · ');
  }
  return target ?? '';
};

const withSeparator = (text: string) => (text ? `${text} · ` : '');

const NotificationList = ({ filter, onNavigate }: { filter: Filter; onNavigate: () => void }) => {
  const { t } = useI18n();
  const list = useNotifications(filter === 'unread');
  const markRead = useMarkNotificationRead();
  const { token } = theme.useToken();
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  const items = list.data.items;
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')} />;
  }
  return (
    <>
      {markRead.isError && <ErrorAlert error={markRead.error} />}
      {/* A plain list: antd's List is deprecated in antd 6 and warns on every render. */}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
        {items.map((n) => (
          <li
            key={n.id}
            data-testid="notification-item"
            data-kind={n.kind}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: '8px',
              borderBottom: `1px solid ${token.colorSplit}`,
              background: n.readAt ? undefined : token.colorPrimaryBg,
            }}
          >
            <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Flex gap={6} align="center" wrap>
                <Tag color={KIND_COLORS[n.kind]} style={{ marginInlineEnd: 0 }}>
                  {kindLabel(n.kind, t)}
                </Tag>
                {n.caseNumber && (
                  <Link
                    to={`/cases/${encodeURIComponent(n.caseNumber)}`}
                    className="cl-case-number"
                    onClick={() => {
                      if (!n.readAt) markRead.mutate(n.id);
                      onNavigate();
                    }}
                  >
                    {n.caseNumber}
                  </Link>
                )}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {withSeparator(detail(n, t))}
                <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.createdAt)}</span>
              </Typography.Text>
            </Flex>
            {!n.readAt && (
              <Button
                size="small"
                type="text"
                icon={<CheckOutlined />}
                aria-label={t('notifications.markRead')}
                title={t('notifications.markRead')}
                loading={markRead.isPending && markRead.variables === n.id}
                onClick={() => markRead.mutate(n.id)}
                data-testid="notification-read"
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
};

/** The header bell: unread count polled every 30 s, the latest notifications on click. */
export const NotificationBell = () => {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState<Filter>('unread');
  const unread = useNotifications(true);
  const readAll = useMarkAllNotificationsRead();
  const count = unread.data?.unread ?? 0;

  const content = (
    <Flex vertical gap={8} style={{ width: 'min(380px, calc(100vw - 32px))' }} data-testid="notification-panel">
      <Flex justify="space-between" align="center" gap={8}>
        <Segmented<Filter>
          size="small"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'unread', label: t('notifications.unread') },
            { value: 'all', label: t('notifications.all') },
          ]}
        />
        <Button size="small" disabled={count === 0} loading={readAll.isPending} onClick={() => readAll.mutate()} data-testid="notifications-read-all">
          {t('notifications.readAll')}
        </Button>
      </Flex>
      {readAll.isError && <ErrorAlert error={readAll.error} />}
      {open && <NotificationList filter={filter} onNavigate={() => setOpen(false)} />}
    </Flex>
  );

  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        aria-label={t('notifications.open', { count })}
        style={{ marginInlineEnd: 4 }}
        data-testid="notification-bell"
        data-count={count}
        icon={
          <Badge count={count} size="small" overflowCount={99} data-testid="notification-count">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
};
