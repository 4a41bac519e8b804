import { useState } from 'react';
import { Alert, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useDeleteRoutingRule, useRoutingRules, type RoutingRule } from '../../api/config.ts';
import { useDepartments } from '../../api/reference.ts';
import { CHANNELS } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useCategoryName, useStageName } from '../../components/options.ts';
import { useI18n } from '../../i18n/index.ts';
import { ActiveTag, AdminListHeader, EditDeleteActions } from './admin-parts.tsx';
import { RoutingRuleModal } from './RoutingRuleModal.tsx';

export const RoutingRulesPage = () => {
  const { t } = useI18n();
  const rules = useRoutingRules();
  const departments = useDepartments();
  const remove = useDeleteRoutingRule();
  const categoryName = useCategoryName();
  const stageName = useStageName();
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const rows = [...(rules.data ?? [])].sort((a, b) => a.position - b.position);
  const nextPosition = rows.reduce((max, r) => Math.max(max, r.position), 0) + 1;
  const anyValue = <Typography.Text type="secondary">{t('common.any')}</Typography.Text>;
  const channelName = (c: string) => ((CHANNELS as readonly string[]).includes(c) ? t(`channel.${c as (typeof CHANNELS)[number]}`) : c);

  const columns: TableColumnsType<RoutingRule> = [
    { title: t('admin.routing.position'), dataIndex: 'position', width: 70 },
    { title: t('field.category'), dataIndex: 'category', width: 130, render: (v: string | null) => (v ? categoryName(v) : anyValue) },
    { title: t('field.stage'), dataIndex: 'stage', width: 120, render: (v: string | null) => (v ? stageName(v) : anyValue) },
    { title: t('field.channel'), dataIndex: 'channel', width: 100, render: (v: string | null) => (v ? channelName(v) : anyValue) },
    { title: t('admin.routing.storePrefix'), dataIndex: 'storePrefix', width: 130, render: (v: string | null) => v || anyValue },
    {
      title: t('admin.routing.department'),
      dataIndex: 'departmentId',
      width: 120,
      render: (v: string) => <Typography.Text strong>{departments.data?.find((d) => d.id === v)?.name ?? v}</Typography.Text>,
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
      render: (_, r) => (
        <EditDeleteActions onEdit={() => setEditing(r)} deleteConfirm={t('admin.routing.deleteConfirm')} onDelete={() => remove.mutateAsync(r.id)} />
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <AdminListHeader title={t('nav.routing')} createLabel={t('admin.routing.create')} createTestId="rule-create" onCreate={() => setEditing('new')} />
      <Alert type="info" showIcon title={t('admin.routing.intro')} />
      {rules.isError && <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />}
      <Table<RoutingRule>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={rules.isPending}
        pagination={false}
        size="small"
        scroll={{ x: 900 }}
        data-testid="routing-table"
      />
      {editing && <RoutingRuleModal rule={editing === 'new' ? null : editing} nextPosition={nextPosition} onClose={() => setEditing(null)} />}
    </Flex>
  );
};
