import { useCallback, useState } from 'react';
import { Alert, Breadcrumb, Col, Flex, Grid, Row } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { useLeadsCase } from '../../api/auth.ts';
import { useCase } from '../../api/cases.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NotFound } from '../../components/NotFound.tsx';
import { FullPageSpin } from '../../components/RequireAuth.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ActionPanel } from './ActionPanel.tsx';
import { AttachmentsCard } from './AttachmentsCard.tsx';
import { CaseHeader } from './CaseHeader.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { CommentBox } from './CommentBox.tsx';
import { CustomerCard } from './CustomerCard.tsx';
import { EditCaseModal } from './EditCaseModal.tsx';
import { FactsCard } from './FactsCard.tsx';
import { JointTeamCard } from './JointTeamCard.tsx';
import { InvestigationPanel } from './InvestigationPanel.tsx';
import { AccountabilityCard } from './AccountabilityCard.tsx';
import { CompleteDelayAlert } from './CompleteDelayAlert.tsx';
import { CostsCard } from './CostsCard.tsx';
import { RelatedCasesCard } from './RelatedCasesCard.tsx';
import { ResolutionCard } from './ResolutionCard.tsx';
import { ExecutionPanel } from './ExecutionPanel.tsx';
import { ClaimsCard } from './ClaimsCard.tsx';
import { CustomerMessagesPanel } from './CustomerMessagesPanel.tsx';
import { CallbackPanel } from './CallbackPanel.tsx';
import { RegulatorReplyButton } from './RegulatorReplyButton.tsx';
import { TriageCard } from './TriageCard.tsx';
import { queueUrlFrom } from '../queue/queue-params.ts';
import { useWriteErrorHandler } from './use-conflict-prompt.ts';

const READ_ONLY = ['closed', 'merged', 'rejected'];

export const CaseDetailPage = () => {
  const { t } = useI18n();
  const { caseNumber = '' } = useParams();
  const backToQueue = queueUrlFrom(useLocation().state);
  const query = useCase(caseNumber);
  const [editing, setEditing] = useState(false);
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const onWriteError = useWriteErrorHandler(reload);
  // In one column (tablet) the actions belong right under the header, not below the whole timeline.
  const wide = Grid.useBreakpoint().xl ?? false;
  // A collaborating department reads and comments; the server refuses its edits (403).
  const leads = useLeadsCase({ departmentId: query.data?.departmentId ?? null });

  const c = query.data;
  if (!c) {
    const e = query.error;
    if (!e) return <FullPageSpin />;
    if (isApiError(e) && (e.status === 404 || e.status === 403)) {
      return <NotFound title={t('case.notFound', { caseNumber })} subTitle={e.message} />;
    }
    return <ErrorAlert error={e} onRetry={reload} />;
  }

  // Shown a moment ago, gone now: this user has just handed the case to another department.
  if (isApiError(query.error) && query.error.status === 404) {
    return <NotFound title={t('case.handedOver', { caseNumber: c.caseNumber })} subTitle={t('case.handedOverHint')} />;
  }

  return (
    <Flex vertical gap={12} data-testid="case-detail">
      <Breadcrumb
        items={[{ title: <Link to={backToQueue} data-testid="breadcrumb-queue">{t('nav.queue')}</Link> }, { title: c.caseNumber }]}
      />
      {/* The target is named (mergedIntoId) only to a reader who may see it; the notice stands either way. */}
      {c.status === 'merged' && (
        <Alert type="info" showIcon title={t('case.mergedNotice')} />
      )}
      {query.error && <ErrorAlert error={query.error} onRetry={reload} />}
      <CompleteDelayAlert c={c} />
      <RegulatorReplyButton c={c} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={12}>
            <CaseHeader c={c} onEdit={() => setEditing(true)} canEdit={leads && !READ_ONLY.includes(c.status)} />
            {!wide && <ActionPanel c={c} onWriteError={onWriteError} />}
            {!wide && <TriageCard c={c} />}
            <ResolutionCard c={c} />
            <ExecutionPanel c={c} />
            <ClaimsCard c={c} />
            <CallbackPanel c={c} />
            <InvestigationPanel c={c} />
            <CostsCard c={c} />
            <AccountabilityCard c={c} />
            <CaseTimeline c={c} />
            <CommentBox c={c} />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={12}>
            {wide && <ActionPanel c={c} onWriteError={onWriteError} />}
            {wide && <TriageCard c={c} />}
            <FactsCard c={c} />
            <JointTeamCard c={c} />
            <RelatedCasesCard c={c} />
            <CustomerCard c={c} />
            <CustomerMessagesPanel caseId={c.id} />
            <AttachmentsCard c={c} />
          </Flex>
        </Col>
      </Row>
      {editing && <EditCaseModal c={c} onClose={() => setEditing(false)} onConflict={onWriteError} />}
    </Flex>
  );
};
