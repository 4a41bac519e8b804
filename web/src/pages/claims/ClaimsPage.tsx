// 追偿管理: every recovery claim with its status, partner and age, and per partner what was claimed, recovered
// and is still outstanding (supervisors, managers, the administrator).
import { useState } from 'react';
import { Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { CLAIM_STATUSES, useClaimList, type Claim, type ClaimStatus } from '../../api/claims.ts';
import { usePartners } from '../../api/partners.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';
import { caseLink } from '../case/event-view-triage.tsx';
import { CLAIM_STATUS_COLORS, ClaimItem, claimStatusLabel } from '../case/ClaimsCard.tsx';

type Totals = { count: number; claimedFen: number; recoveredFen: number; outstandingFen: number };

export const ClaimsPage = () => {
  const { t } = useI18n();
  const [status, setStatus] = useState<ClaimStatus | undefined>(undefined);
  const [partnerId, setPartnerId] = useState<string | undefined>(undefined);
  const list = useClaimList({ ...(status ? { status } : {}), ...(partnerId ? { partnerId } : {}) });
  const partners = usePartners({ includeInactive: true });
  const data = list.data;
  const money = (k: keyof Totals) => ({ title: t(`claim.${k === 'claimedFen' ? 'claimed' : k === 'recoveredFen' ? 'recovered' : k === 'outstandingFen' ? 'outstanding' : 'count'}`), dataIndex: k, align: 'right' as const, render: (v: number) => (k === 'count' ? v : fenAsYuan(v)) });

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('nav.claims')}
      </Typography.Title>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Space wrap>
        <Select
          allowClear
          placeholder={t('claim.allStatuses')}
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          data-testid="claims-filter-status"
          options={CLAIM_STATUSES.map((s) => ({ value: s, label: claimStatusLabel(t, s) }))}
        />
        <Select
          allowClear
          placeholder={t('claim.allPartners')}
          style={{ width: 220 }}
          value={partnerId}
          onChange={setPartnerId}
          data-testid="claims-filter-partner"
          options={(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Space>
      <Card size="small" title={t('claim.byPartner')} data-testid="claims-totals">
        <Table
          size="small"
          pagination={false}
          rowKey="partnerId"
          loading={list.isLoading}
          dataSource={data?.partners ?? []}
          columns={[{ title: t('claim.partner'), dataIndex: 'partnerName' }, money('count'), money('claimedFen'), money('recoveredFen'), money('outstandingFen')]}
          summary={() =>
            data ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('claim.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {data.total.count}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {fenAsYuan(data.total.claimedFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <span data-testid="claims-total-recovered">{fenAsYuan(data.total.recoveredFen)}</span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {fenAsYuan(data.total.outstandingFen)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      <Card size="small" data-testid="claims-table">
        <Table<Claim>
          size="small"
          rowKey="id"
          loading={list.isLoading}
          dataSource={data?.items ?? []}
          expandable={{ expandedRowRender: (x) => <ClaimItem claim={x} /> }}
          columns={[
            { title: t('claim.case'), dataIndex: 'caseNumber', render: (v: string) => caseLink(v) },
            { title: t('claim.partner'), dataIndex: 'partnerName' },
            {
              title: t('claim.status'),
              dataIndex: 'status',
              render: (s: ClaimStatus) => (
                <Tag color={CLAIM_STATUS_COLORS[s]} data-testid="claims-row-status">
                  {claimStatusLabel(t, s)}
                </Tag>
              ),
            },
            { title: t('claim.claimed'), dataIndex: 'claimedFen', align: 'right', render: (v: number) => fenAsYuan(v) },
            { title: t('claim.agreed'), dataIndex: 'agreedFen', align: 'right', render: (v: number | null) => fenAsYuan(v) },
            { title: t('claim.recovered'), dataIndex: 'recoveredFen', align: 'right', render: (v: number | null) => fenAsYuan(v) },
            { title: t('claim.outstanding'), dataIndex: 'outstandingFen', align: 'right', render: (v: number) => fenAsYuan(v) },
            { title: t('claim.filedAt'), dataIndex: 'filedAt', render: (v: string) => formatDateTime(v) },
            { title: t('claim.age'), dataIndex: 'ageDays', align: 'right' },
          ]}
        />
      </Card>
    </Flex>
  );
};
