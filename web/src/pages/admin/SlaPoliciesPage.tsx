import { useState } from 'react';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCalendars, useDeleteSlaPolicy, useSlaPolicies, type SlaPolicy } from '../../api/config.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PriorityTag } from '../../components/tags.tsx';
import { useCategoryName } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { calendarFor, formatBusinessMinutes, workdayMinutesOf } from '../../lib/calendar.ts';
import { formatDuration, slaTargetLabel } from '../../lib/sla.ts';
import { ActiveTag, AdminListHeader, EditDeleteActions } from './admin-parts.tsx';
import { SlaPolicyModal } from './SlaPolicyModal.tsx';

export const SlaPoliciesPage = () => {
  const { t } = useI18n();
  const policies = useSlaPolicies();
  const calendars = useCalendars();
  const remove = useDeleteSlaPolicy();
  const categoryName = useCategoryName();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const rows = [...(policies.data ?? [])].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const muted = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const escalationText = (m: number | null) => (m === null ? '—' : t('admin.sla.afterMinutes', { m }));

  const columns: TableColumnsType<SlaPolicy> = [
    { title: t('admin.sla.position'), dataIndex: 'position', width: 90 },
    { title: t('admin.sla.name'), dataIndex: 'name', width: 160 },
    { title: t('field.category'), dataIndex: 'category', width: 110, render: (v: string | null) => (v ? categoryName(v) : muted(t('admin.sla.anyCategory'))) },
    { title: t('field.priority'), dataIndex: 'priority', width: 100, render: (_, p) => (p.priority ? <PriorityTag priority={p.priority} /> : muted(t('admin.sla.anyPriority'))) },
    {
      title: t('admin.sla.calendar'),
      dataIndex: 'calendarId',
      width: 140,
      ellipsis: { showTitle: true },
      render: (v: string | null) => (v ? (calendarFor(calendars.data, v)?.name ?? '—') : muted(t('admin.sla.defaultCalendar'))),
    },
    {
      title: t('admin.sla.targets'),
      key: 'targets',
      width: 320,
      render: (_, p) => (
        <Flex wrap gap={4}>
          {p.policy.targets.map((x) => (
            <Tag key={x.target} color={x.calendar === 'business' ? 'blue' : undefined} style={{ marginInlineEnd: 0 }}>
              {slaTargetLabel(x.target, t)}{' '}
              {x.calendar === 'business'
                ? `${formatBusinessMinutes(x.minutes, workdayMinutesOf(calendarFor(calendars.data, p.calendarId)), t)} · ${t('admin.sla.clock.business')}`
                : formatDuration(x.minutes * 60_000, t)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('admin.sla.warnAt'), key: 'warn', width: 100, render: (_, p) => `${Math.round(p.policy.warnAtShare * 100)}%` },
    {
      title: t('admin.sla.escalation'),
      key: 'escalation',
      width: 200,
      render: (_, p) => (
        <Typography.Text style={{ fontSize: 12 }}>
          {t('escalation.level.1')}: {escalationText(p.policy.escalation.supervisorAfterBreachMinutes)}
          <br />
          {t('escalation.level.2')}: {escalationText(p.policy.escalation.managerAfterBreachMinutes)}
        </Typography.Text>
      ),
    },
    {
      title: t('admin.status'),
      dataIndex: 'active',
      width: 90,
      render: (v: boolean) => <ActiveTag active={v} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, p) => (
        <EditDeleteActions onEdit={() => setEditing(p)} deleteConfirm={t('admin.sla.deleteConfirm', { name: p.name })} onDelete={() => remove.mutateAsync(p.id)} />
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminListHeader title={t('nav.slaPolicies')} createLabel={t('admin.sla.create')} createTestId="sla-create" onCreate={() => setEditing('new')} />
      <Alert type="info" showIcon title={t('admin.sla.intro')} />
      {policies.isError && <ErrorAlert error={policies.error} onRetry={() => void policies.refetch()} />}
      <Table<SlaPolicy>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={policies.isPending}
        pagination={false}
        size="small"
        scroll={{ x: 1420 }}
        data-testid="sla-policies-table"
      />
      {editing && <SlaPolicyModal policy={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
};
