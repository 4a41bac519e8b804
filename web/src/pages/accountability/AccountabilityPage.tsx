// 考核: per department and per person for a period — cases with responsibility decided, where responsible and
// why, rewards and penalties — and the records themselves with filters; a person without the right sees
// only their own records.
import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useAccountabilityRecords, useAccountabilitySummary, type AccountabilitySummary, type RecordsQuery } from '../../api/accountability.ts';
import { useCan } from '../../api/auth.ts';
import { useDepartments, useUsers } from '../../api/reference.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n, type MessageKey, type Translate } from '../../i18n/index.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';
import { RecordModal } from './RecordModal.tsx';
import { RecordsTable } from './RecordsTable.tsx';

type Row = AccountabilitySummary['departments'][number] | AccountabilitySummary['persons'][number];

const causes = (r: Row, t: Translate) =>
  r.byRootCause
    .filter((c) => c.responsible > 0)
    .map((c) => (
      <Tag key={c.rootCause}>
        {t(`inv.rootCause.${c.rootCause}` as MessageKey)} {c.responsible}
      </Tag>
    ));

const numberColumns = (t: Translate) => [
  { title: t('acct.col.decided'), key: 'decided', align: 'right' as const, render: (_: unknown, r: Row) => r.decidedCases },
  { title: t('acct.col.responsible'), key: 'responsible', align: 'right' as const, render: (_: unknown, r: Row) => r.responsibleCases },
  { title: t('acct.col.share'), key: 'share', align: 'right' as const, render: (_: unknown, r: Row) => (r.responsibleSharePct === null ? '—' : `${r.responsibleSharePct}%`) },
  { title: t('acct.col.byRootCause'), key: 'causes', render: (_: unknown, r: Row) => causes(r, t) },
  {
    title: t('acct.col.rewards'),
    key: 'rewards',
    align: 'right' as const,
    render: (_: unknown, r: Row) => (r.rewards ? `${r.rewards}${r.rewardFen ? ` · ${fenAsYuan(r.rewardFen)}` : ''}` : '—'),
  },
  {
    title: t('acct.col.penalties'),
    key: 'penalties',
    align: 'right' as const,
    render: (_: unknown, r: Row) => (r.penalties ? `${r.penalties}${r.penaltyFen ? ` · ${fenAsYuan(r.penaltyFen)}` : ''}` : '—'),
  },
];

export const AccountabilityPage = () => {
  const { t } = useI18n();
  const canRead = useCan('accountability.read');
  const canRecord = useCan('accountability.record');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(29, 'day'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const summary = useAccountabilitySummary(from, to, canRead);
  const [filter, setFilter] = useState<Pick<RecordsQuery, 'direction' | 'departmentId' | 'userId' | 'includeRevoked'>>({});
  const records = useAccountabilityRecords({ from, to, limit: 500, ...filter });
  const departments = useDepartments();
  const users = useUsers(undefined, canRead);
  const [recording, setRecording] = useState(false);

  return (
    <Flex vertical gap={12} data-testid="accountability-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('acct.title')}
        </Typography.Title>
        <Flex gap={8} align="center">
          <span>{t('acct.period')}</span>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            data-testid="acct-period"
          />
          {canRecord && (
            <Button type="primary" onClick={() => setRecording(true)} data-testid="acct-new">
              {t('acct.record')}
            </Button>
          )}
        </Flex>
      </Flex>
      {canRead && (
        <>
          <Typography.Text type="secondary">{t('acct.summaryHint')}</Typography.Text>
          {summary.error && <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />}
          <Card size="small" title={t('acct.summary.departments')}>
            <Table
              size="small"
              rowKey="departmentId"
              data-testid="acct-departments"
              loading={summary.isLoading}
              dataSource={summary.data?.departments ?? []}
              pagination={false}
              columns={[{ title: t('acct.col.department'), key: 'name', render: (_: unknown, r: Row) => ('departmentName' in r ? r.departmentName : '') }, ...numberColumns(t)]}
            />
          </Card>
          <Card size="small" title={t('acct.summary.persons')}>
            <Table
              size="small"
              rowKey="userId"
              data-testid="acct-persons"
              loading={summary.isLoading}
              dataSource={summary.data?.persons ?? []}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                {
                  title: t('acct.col.person'),
                  key: 'name',
                  render: (_: unknown, r: Row) =>
                    'displayName' in r ? (
                      <>
                        {r.displayName}
                        {r.departmentName && <Typography.Text type="secondary"> · {r.departmentName}</Typography.Text>}
                      </>
                    ) : null,
                },
                ...numberColumns(t),
              ]}
            />
          </Card>
        </>
      )}
      <Card
        size="small"
        title={canRead ? t('acct.records') : t('acct.myRecords')}
        extra={
          <Flex gap={8} align="center" wrap>
            <Select
              allowClear
              placeholder={t('acct.col.kind')}
              style={{ width: 110 }}
              value={filter.direction}
              onChange={(direction) => setFilter((f) => ({ ...f, direction }))}
              options={(['reward', 'penalty'] as const).map((d) => ({ value: d, label: t(`acct.direction.${d}`) }))}
              data-testid="acct-filter-direction"
            />
            {canRead && (
              <>
                <Select
                  allowClear
                  placeholder={t('acct.col.department')}
                  style={{ width: 120 }}
                  value={filter.departmentId}
                  onChange={(departmentId) => setFilter((f) => ({ ...f, departmentId }))}
                  options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('acct.col.person')}
                  style={{ width: 140 }}
                  value={filter.userId}
                  onChange={(userId) => setFilter((f) => ({ ...f, userId }))}
                  options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
                />
              </>
            )}
            <span>
              {t('acct.includeRevoked')}{' '}
              <Switch
                size="small"
                checked={filter.includeRevoked === 'true'}
                onChange={(on) => setFilter((f) => ({ ...f, includeRevoked: on ? 'true' : undefined }))}
                data-testid="acct-include-revoked"
              />
            </span>
          </Flex>
        }
      >
        {records.error && <ErrorAlert error={records.error} onRetry={() => void records.refetch()} />}
        <RecordsTable items={records.data ?? []} loading={records.isLoading} testId="acct-records" />
      </Card>
      {canRecord && <RecordModal open={recording} onClose={() => setRecording(false)} />}
    </Flex>
  );
};
