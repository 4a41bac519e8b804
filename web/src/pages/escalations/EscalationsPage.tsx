import { useState } from 'react';
import { Card, Col, Empty, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useEscalations, type Escalation } from '../../api/notifications.ts';
import { CASE_STATUSES, PRIORITIES, type CaseStatus, type Priority } from '../../api/model.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { EscalationTag, PriorityTag, StatusTag } from '../../components/tags.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { slaTargetLabel } from '../../lib/sla.ts';
import { escalationReasonLabel } from '../../lib/vocab-labels.ts';

type Scope = 'open' | 'all';

const isStatus = (s: string): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s);
const isPriority = (p: string): p is Priority => (PRIORITIES as readonly string[]).includes(p);

/** 升级看板: every escalation event, newest first, for the people cases are escalated to. */
export const EscalationsPage = () => {
  const { t } = useI18n();
  const [scope, setScope] = useState<Scope>('open');
  const query = useEscalations(scope === 'open');
  const rows = query.data?.items ?? [];
  const summary = query.data?.summary;

  const columns: TableColumnsType<Escalation> = [
    {
      title: t('field.caseNumber'),
      dataIndex: 'caseNumber',
      fixed: 'left',
      width: 150,
      render: (v: string) => (
        <Link to={`/cases/${encodeURIComponent(v)}`} className="cl-case-number" data-testid="escalation-case">
          {v}
        </Link>
      ),
    },
    { title: t('escalations.level'), dataIndex: 'level', width: 180, render: (v: number) => <EscalationTag level={v} /> },
    { title: t('escalations.reason'), dataIndex: 'reason', width: 120, render: (v: string) => escalationReasonLabel(v, t) },
    { title: t('escalations.target'), dataIndex: 'target', width: 110, render: (v: string | null) => slaTargetLabel(v, t) },
    { title: t('field.priority'), dataIndex: 'priority', width: 100, render: (v: string) => (isPriority(v) ? <PriorityTag priority={v} /> : v) },
    { title: t('field.status'), dataIndex: 'status', width: 140, render: (v: string) => (isStatus(v) ? <StatusTag status={v} /> : v) },
    { title: t('field.department'), dataIndex: 'departmentName', width: 110, render: (v: string | null) => v || '—' },
    { title: t('field.assignee'), dataIndex: 'assigneeName', width: 110, render: (v: string | null) => v || '—' },
    { title: t('escalations.at'), dataIndex: 'at', width: 140, render: formatDateTime },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('escalations.title')}
        </Typography.Title>
        <Segmented<Scope>
          value={scope}
          onChange={setScope}
          options={[
            { value: 'open', label: t('escalations.openOnly') },
            { value: 'all', label: t('escalations.all') },
          ]}
          data-testid="escalations-scope"
        />
      </Flex>
      <Row gutter={[12, 12]} data-testid="escalations-summary">
        {[
          { key: 'total', title: t('escalations.total'), value: summary?.total ?? 0 },
          { key: 'level1', title: t('escalation.level.1'), value: summary?.level1 ?? 0, color: '#d48806' },
          { key: 'level2', title: t('escalation.level.2'), value: summary?.level2 ?? 0, color: '#d4380d' },
          { key: 'cases', title: t('escalations.cases'), value: summary?.cases ?? 0 },
        ].map((x) => (
          <Col xs={12} md={6} key={x.key}>
            <Card size="small" loading={query.isPending}>
              <Statistic title={x.title} value={x.value} styles={{ content: { color: x.color } }} data-testid={`escalations-${x.key}`} />
            </Card>
          </Col>
        ))}
      </Row>
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      <Table<Escalation>
        rowKey="eventId"
        columns={columns}
        dataSource={rows}
        loading={query.isPending}
        size="small"
        scroll={{ x: 1160 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: query.isPending ? ' ' : <Empty description={t('escalations.empty')} /> }}
        data-testid="escalations-table"
      />
    </Flex>
  );
};
