import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { PriorityReason } from '../../api/model.ts';
import { PriorityReasonList } from '../../components/TriageParts.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { slaTargetLabel } from '../../lib/sla.ts';
import { escalationReasonLabel } from '../../lib/vocab-labels.ts';
import type { EventContext } from './event-view.tsx';

type P = Record<string, unknown>;
type BodyProps = { p: P; ctx: EventContext };

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : null);

export const caseLink = (n: string | null) => (n ? <Link to={`/cases/${encodeURIComponent(n)}`} className="cl-case-number">{n}</Link> : '—');

/** Another case the reader may not see: the server leaves out its number, the page says whose it is. */
export const hiddenCase = (ctx: Pick<EventContext, 't'>) => (
  <Typography.Text type="secondary" data-testid="hidden-case" title={ctx.t('tlscope.hiddenCaseHint')}>
    {ctx.t('tlscope.hiddenCase')}
  </Typography.Text>
);

/** A case an event names: a link to it, or the marker when the payload says it is hidden. */
export const caseRef = (p: P, n: string | null, ctx: Pick<EventContext, 't'>) => (p.hidden === true ? hiddenCase(ctx) : caseLink(n));

const isReason = (x: unknown): x is PriorityReason =>
  typeof x === 'object' && x !== null && typeof (x as PriorityReason).factor === 'string' && typeof (x as PriorityReason).labelZh === 'string';

/** What automatic triage decided at intake: category, urgency, priority with its reasons, duplicates. */
export const TriagedBody = ({ p, ctx }: BodyProps) => {
  const { t } = ctx;
  const confidence = typeof p.confidence === 'number' ? ` (${t('triage.confidence', { pct: Math.round(p.confidence * 100) })})` : '';
  const repeat = typeof p.repeatCount === 'number' ? p.repeatCount : 0;
  const reasons = Array.isArray(p.priorityReasons) ? p.priorityReasons.filter(isReason) : [];
  // A duplicate the reader may not see comes as null.
  const duplicates = Array.isArray(p.duplicates) ? p.duplicates.filter((d): d is string | null => typeof d === 'string' || d === null) : [];
  const suggested = str(p.categorySuggested);
  const category = str(p.category);
  return (
    <div data-testid="triaged-body">
      <div>
        {t('field.category')}: {category ? ctx.categoryName(category) : '—'}
        {confidence}
        {suggested && category && suggested !== category && (
          <Typography.Text type="secondary"> · {t('triage.category')}: {ctx.categoryName(suggested)}</Typography.Text>
        )}
      </div>
      <div>
        {t('field.urgency')}: {ctx.formatValue('urgency', p.urgency)} · {t('field.priority')}: {ctx.formatValue('priority', p.priority)}
        {p.upset === true && (
          <Tag color="red" style={{ marginInlineStart: 8 }}>
            {t('upset.yes')}
          </Tag>
        )}
        {repeat > 0 && <> · {t('event.repeatCount', { count: repeat + 1 })}</>}
      </div>
      {reasons.length > 0 && <PriorityReasonList reasons={reasons} emptyText="" />}
      {duplicates.length > 0 && (
        <div>
          {t('event.duplicates')}:{' '}
          {duplicates.map((n, i) => (
            <span key={n ?? `hidden-${i}`}>
              {i > 0 && (ctx.lang === 'en' ? ', ' : '、')}
              {n === null ? hiddenCase(ctx) : caseLink(n)}
            </span>
          ))}
        </div>
      )}
    </div>
  );
};

/** A warning or a breach: which time limit and when it was due. */
export const SlaEventBody = ({ p, ctx }: BodyProps) => (
  <div>{ctx.t('event.slaDue', { target: slaTargetLabel(str(p.target), ctx.t), time: formatDateTime(str(p.dueAt)) })}</div>
);

/** The case's time limits now follow another policy: which one, and what made it match again. */
export const SlaPolicyChangedBody = ({ p, ctx }: BodyProps) => {
  const name = str(p.toPolicyName);
  const cause = p.cause === 'edit' || p.cause === 'config' ? p.cause : null;
  return (
    <div data-testid="sla-policy-changed-body">
      {name && <div>{ctx.t('event.slaPolicy.to', { name })}</div>}
      {cause && <Typography.Text type="secondary">{ctx.t(`event.slaPolicy.cause.${cause}`)}</Typography.Text>}
    </div>
  );
};

/** Who the case went up to and why. */
export const EscalatedBody = ({ p, ctx }: BodyProps) => {
  const { t } = ctx;
  const level = p.level === 2 || p.role === 'manager' ? 2 : 1;
  // Only a missed deadline names a target; immediate escalations (critical, reopened…) carry one for bookkeeping.
  const target = p.reason === 'breach' ? str(p.target) : null;
  return (
    <div data-testid="escalated-body">
      <Tag color={level === 2 ? 'volcano' : 'gold'}>{t(level === 2 ? 'escalation.level.2' : 'escalation.level.1')}</Tag>
      <Typography.Text>
        {t('escalations.reason')}: {escalationReasonLabel(str(p.reason), t)}
      </Typography.Text>
      {target && (
        <Typography.Text type="secondary">
          {' '}
          · {t('escalations.target')}: {slaTargetLabel(target, t)}
          {str(p.dueAt) ? ` (${formatDateTime(str(p.dueAt))})` : ''}
        </Typography.Text>
      )}
    </div>
  );
};

export const LinkedBody = ({ p, ctx }: BodyProps) => (
  <div>
    {ctx.t('event.otherCase')}: {caseRef(p, str(p.otherCaseNumber) ?? str(p.caseNumber), ctx)}
  </div>
);

export const CollaboratorBody = ({ p, ctx }: BodyProps) => {
  const id = str(p.departmentId);
  return (
    <div>
      {ctx.t('field.department')}: {str(p.departmentName) ?? (id ? ctx.departmentName(id) : '—')}
    </div>
  );
};
