// 待审批: remedies awaiting the caller's level, each with its case and chain; approve or reject in place.
import { Card, Empty, Flex, List, Typography } from 'antd';
import { useApprovals } from '../../api/remedies.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { RemedyItem } from '../case/ResolutionCard.tsx';
import { caseLink } from '../case/event-view-triage.tsx';

export const ApprovalsPage = () => {
  const { t } = useI18n();
  const approvals = useApprovals();
  const items = approvals.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('approvals.title')}
      </Typography.Title>
      {approvals.error && <ErrorAlert error={approvals.error} onRetry={() => void approvals.refetch()} />}
      <Card size="small" loading={approvals.isLoading} data-testid="approvals-list">
        {items.length === 0 ? (
          <Empty description={t('approvals.empty')} />
        ) : (
          <List
            dataSource={items}
            renderItem={(r) => (
              <List.Item data-testid={`approval-${r.caseNumber}`}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <div>
                    {t('approvals.case')}: {caseLink(r.caseNumber)}
                  </div>
                  <RemedyItem c={{ id: r.caseId, caseNumber: r.caseNumber }} r={r} />
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
};
