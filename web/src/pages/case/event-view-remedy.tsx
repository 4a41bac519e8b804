// Timeline views of the remedy events (处理方案): proposal, approval chain, offer, the customer's answer.
import { AuditOutlined, CheckCircleOutlined, CloseCircleOutlined, CommentOutlined, RiseOutlined, SendOutlined } from '@ant-design/icons';
import type { CaseEvent } from '../../api/model.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';
import type { EventContext, EventView } from './event-view.tsx';

type Of<K extends CaseEvent['kind']> = Extract<CaseEvent, { kind: K }>;

const roleLabel = (role: string, ctx: EventContext) => ctx.t(`role.${role}` as MessageKey);

export const REMEDY_VIEWS = {
  remedy_proposed: (e: Of<'remedy_proposed'>, ctx: EventContext): EventView => ({
    color: 'blue',
    icon: <AuditOutlined />,
    label: ctx.t('event.remedy_proposed'),
    body: (
      <div data-testid="remedy-proposed">
        {e.payload.items.map((i) => `${ctx.t(`remedy.kind.${i.kind}` as MessageKey)}${i.amountFen !== null ? ` ${fenAsYuan(i.amountFen)}` : ''}`).join(' · ')} ·{' '}
        {ctx.t('remedy.total')} {fenAsYuan(e.payload.totalFen)} ·{' '}
        {e.payload.awaitingRole ? ctx.t('remedy.awaiting', { role: roleLabel(e.payload.awaitingRole, ctx) }) : ctx.t('remedy.withinAuthority')}
      </div>
    ),
  }),
  remedy_endorsed: (e: Of<'remedy_endorsed'>, ctx: EventContext): EventView => ({
    color: 'purple',
    icon: <RiseOutlined />,
    label: ctx.t('event.remedy_endorsed'),
    body: (
      <div>
        {roleLabel(e.payload.role, ctx)} → {roleLabel(e.payload.nextRole, ctx)}
        {e.payload.comment ? ` · ${e.payload.comment}` : ''}
      </div>
    ),
  }),
  remedy_approved: (e: Of<'remedy_approved'>, ctx: EventContext): EventView => ({
    color: 'green',
    icon: <CheckCircleOutlined />,
    label: ctx.t('event.remedy_approved'),
    body: (
      <div>
        {roleLabel(e.payload.role, ctx)} · {fenAsYuan(e.payload.totalFen)}
        {e.payload.comment ? ` · ${e.payload.comment}` : ''}
      </div>
    ),
  }),
  remedy_rejected: (e: Of<'remedy_rejected'>, ctx: EventContext): EventView => ({
    color: 'red',
    icon: <CloseCircleOutlined />,
    label: ctx.t('event.remedy_rejected'),
    body: (
      <div>
        {roleLabel(e.payload.role, ctx)} · {e.payload.comment}
      </div>
    ),
  }),
  remedy_offered: (e: Of<'remedy_offered'>, ctx: EventContext): EventView => ({
    color: 'cyan',
    icon: <SendOutlined />,
    label: ctx.t('event.remedy_offered'),
    body: <div>{fenAsYuan(e.payload.totalFen)}</div>,
  }),
  remedy_answered: (e: Of<'remedy_answered'>, ctx: EventContext): EventView => ({
    color: e.payload.answer === 'accepted' ? 'green' : 'orange',
    icon: <CommentOutlined />,
    label: ctx.t('event.remedy_answered'),
    body: (
      <div data-testid="remedy-answered">
        {ctx.t(`remedy.answer.${e.payload.answer}`)}
        {e.payload.counterOffer ? ` · ${e.payload.counterOffer}` : ''}
        {e.payload.counterOfferFen !== null ? ` · ${fenAsYuan(e.payload.counterOfferFen)}` : ''}
        {e.payload.executionDueAt ? ` · ${ctx.t('remedy.executionDueAt')} ${formatDateTime(e.payload.executionDueAt)}` : ''}
        {e.payload.note ? ` · ${e.payload.note}` : ''}
      </div>
    ),
  }),
};
