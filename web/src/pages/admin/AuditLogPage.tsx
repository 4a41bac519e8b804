import { useState } from 'react';
import { Button, Flex, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { AUDIT_ENTITIES, useAuditLog, type AuditAction, type AuditEntity, type AuditEvent } from '../../api/audit.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';

const ACTION_COLORS: Record<AuditAction, string> = {
  created: 'green',
  updated: 'blue',
  deactivated: 'orange',
  deleted: 'red',
  applied: 'purple',
  exported: 'cyan',
  erased: 'red',
};

const MAX_VALUE = 80;

/** A stored value as one short line (the whole of it in the tooltip). */
const show = (v: unknown): string => {
  if (v === undefined || v === null || v === '') return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
};
const full = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v ?? null));

/** 操作日志: who changed what in the administration, newest first. */
export const AuditLogPage = () => {
  const { t } = useI18n();
  const [entity, setEntity] = useState<AuditEntity | undefined>(undefined);
  const log = useAuditLog(entity);
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  const changeLines = (e: AuditEvent) => {
    const entries = Object.entries(e.changes);
    if (!entries.length) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Flex vertical gap={2}>
        {entries.map(([field, c]) => (
          <Typography.Text key={field} style={{ fontSize: 13 }} title={`${field}: ${'from' in c ? `${full(c.from)} → ` : ''}${full(c.to)}`}>
            <Typography.Text code>{field}</Typography.Text>{' '}
            {field === 'password' ? (
              t('admin.audit.reset')
            ) : (
              <>
                {'from' in c && <>{show(c.from)} → </>}
                {'to' in c ? show(c.to) : '∅'}
              </>
            )}
          </Typography.Text>
        ))}
      </Flex>
    );
  };

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('admin.audit.time'), dataIndex: 'at', width: 170, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span> },
    { title: t('admin.audit.actor'), dataIndex: 'actorName', width: 140, render: (v: string | null) => v ?? t('admin.audit.system') },
    {
      title: t('admin.audit.entity'),
      dataIndex: 'entity',
      width: 200,
      render: (_, e) => (
        <Flex vertical gap={0}>
          <span>{t(`admin.audit.entity.${e.entity}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: e.entityId }}>
            {e.entityId}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('admin.audit.action'), dataIndex: 'action', width: 100, render: (a: AuditAction) => <Tag color={ACTION_COLORS[a]}>{t(`admin.audit.action.${a}`)}</Tag> },
    { title: t('admin.audit.changes'), key: 'changes', render: (_, e) => changeLines(e) },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.audit')}
        </Typography.Title>
        <Select<AuditEntity>
          allowClear
          placeholder={t('admin.audit.allEntities')}
          aria-label={t('admin.audit.entity')}
          value={entity}
          onChange={(v) => setEntity(v)}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`admin.audit.entity.${e}`) }))}
          style={{ width: 200 }}
          data-testid="audit-entity-filter"
        />
      </Flex>
      <Typography.Text type="secondary">{t('admin.audit.hint')}</Typography.Text>
      {log.isError && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      <Table<AuditEvent>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={log.isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 900 }}
        data-testid="audit-table"
      />
      {log.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-load-more">
            {t('admin.audit.loadMore')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
};
