// Timeline views of satisfaction callbacks 回访: scheduled, opened, calls, answers (phone or survey), given up.
import { CalendarOutlined, CheckCircleOutlined, CloseCircleOutlined, FormOutlined, PhoneOutlined, SendOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { CaseEvent } from '../../api/model.ts';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import type { EventContext, EventView } from './event-view.tsx';

type Of<K extends CaseEvent['kind']> = Extract<CaseEvent, { kind: K }>;

export const levelLabel = (t: Translate, level: string | null | undefined) => (level ? t(`callback.level.${level}` as MessageKey) : '—');

const LEVEL_COLORS: Record<string, string> = { very_satisfied: 'green', satisfied: 'green', neutral: 'default', dissatisfied: 'orange', very_dissatisfied: 'red' };

const AnswerBody = ({ p, ctx }: { p: Of<'callback_completed'>['payload']; ctx: EventContext }) => (
  <div data-testid="callback-answer-body">
    <Tag color={LEVEL_COLORS[p.overall]}>{levelLabel(ctx.t, p.overall)}</Tag>
    {(['result', 'attitude', 'efficiency'] as const)
      .filter((d) => p[d])
      .map((d) => `${ctx.t(`callback.dim.${d}`)}: ${levelLabel(ctx.t, p[d])}`)
      .join(' · ')}
    {p.comment ? <div className="cl-pre">{p.comment}</div> : null}
    <div>{ctx.t(`callback.event.outcome.${p.outcome}`)}</div>
  </div>
);

export const CALLBACK_VIEWS = {
  callback_scheduled: (e: Of<'callback_scheduled'>, ctx: EventContext): EventView => ({
    color: 'blue',
    icon: <CalendarOutlined />,
    label: ctx.t('event.callback_scheduled'),
    body: <div>{ctx.t('callback.event.window', { earliest: e.payload.earliestOn, due: e.payload.dueOn })}</div>,
  }),
  callback_opened: (e: Of<'callback_opened'>, ctx: EventContext): EventView => ({
    color: 'blue',
    icon: <SendOutlined />,
    label: ctx.t('event.callback_opened'),
    body: e.payload.surveySent ? <div>{ctx.t('callback.event.surveySent')}</div> : undefined,
  }),
  callback_attempted: (e: Of<'callback_attempted'>, ctx: EventContext): EventView => ({
    color: 'orange',
    icon: <PhoneOutlined />,
    label: ctx.t('event.callback_attempted'),
    body: (
      <div>
        {ctx.t('callback.event.attempt', { attempt: e.payload.attempt, max: e.payload.maxAttempts })}
        {e.payload.note ? ` · ${e.payload.note}` : ''}
      </div>
    ),
  }),
  callback_completed: (e: Of<'callback_completed'>, ctx: EventContext): EventView => ({
    color: e.payload.outcome === 'closed' ? 'green' : 'red',
    icon: <CheckCircleOutlined />,
    label: ctx.t('event.callback_completed'),
    body: <AnswerBody p={e.payload} ctx={ctx} />,
  }),
  survey_answered: (e: Of<'survey_answered'>, ctx: EventContext): EventView => ({
    color: e.payload.outcome === 'closed' ? 'green' : 'red',
    icon: <FormOutlined />,
    label: ctx.t('event.survey_answered'),
    body: <AnswerBody p={e.payload} ctx={ctx} />,
  }),
  callback_unreachable: (e: Of<'callback_unreachable'>, ctx: EventContext): EventView => ({
    color: 'gray',
    icon: <CloseCircleOutlined />,
    label: ctx.t('event.callback_unreachable'),
    body: <div>{ctx.t('callback.event.attempt', { attempt: e.payload.attempts, max: e.payload.attempts })}</div>,
  }),
  callback_overdue: (e: Of<'callback_overdue'>, ctx: EventContext): EventView => ({
    color: 'red',
    icon: <WarningOutlined />,
    label: ctx.t('event.callback_overdue'),
    body: <div>{e.payload.dueOn}</div>,
  }),
  callback_cancelled: (e: Of<'callback_cancelled'>, ctx: EventContext): EventView => ({
    color: 'gray',
    icon: <StopOutlined />,
    label: ctx.t('event.callback_cancelled'),
    body: <div>{ctx.t(`callback.event.cancel.${e.payload.cause}`)}</div>,
  }),
};
