// Timeline views of the execution events (执行): an action created, done (with the repair record), failed, cancelled.
import { CheckCircleOutlined, CloseCircleOutlined, StopOutlined, ToolOutlined } from '@ant-design/icons';
import type { CaseEvent } from '../../api/model.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { fenAsYuan } from '../../lib/vocab-labels.ts';
import type { EventContext, EventView } from './event-view.tsx';

type Of<K extends CaseEvent['kind']> = Extract<CaseEvent, { kind: K }>;

const kindLabel = (kind: string, ctx: EventContext) => ctx.t(`exec.kind.${kind}` as MessageKey);
const money = (fen: number | null) => (fen !== null ? ` · ${fenAsYuan(fen)}` : '');

export const EXECUTION_VIEWS = {
  action_created: (e: Of<'action_created'>, ctx: EventContext): EventView => ({
    color: 'blue',
    icon: <ToolOutlined />,
    label: ctx.t('event.action_created'),
    body: (
      <div data-testid="action-created-body">
        {kindLabel(e.payload.kind, ctx)} · {e.payload.departmentName}
        {e.payload.assigneeName ? ` · ${e.payload.assigneeName}` : ''}
        {money(e.payload.amountFen)}
        {e.payload.dueAt ? ` · ${ctx.t('exec.dueAt')} ${formatDateTime(e.payload.dueAt)}` : ''}
        {e.payload.auto ? ` · ${ctx.t('exec.fromRemedy')}` : ''}
        {e.payload.retryOfId ? ` · ${ctx.t('exec.retry')}` : ''}
      </div>
    ),
  }),
  action_completed: (e: Of<'action_completed'>, ctx: EventContext): EventView => ({
    color: 'green',
    icon: <CheckCircleOutlined />,
    label: ctx.t('event.action_completed'),
    body: (
      <div data-testid="action-completed-body">
        {kindLabel(e.payload.kind, ctx)} · {e.payload.departmentName}
        {money(e.payload.amountFen)}
        {e.payload.note ? ` · ${e.payload.note}` : ''}
        {e.payload.repair && (
          <div>
            {ctx.t('exec.repair.fault')}: {e.payload.repair.fault} · {ctx.t('exec.repair.method')}: {e.payload.repair.method}
            {e.payload.repair.partsReplaced ? ` · ${ctx.t('exec.repair.parts')}: ${e.payload.repair.partsReplaced}` : ''}
          </div>
        )}
      </div>
    ),
  }),
  action_failed: (e: Of<'action_failed'>, ctx: EventContext): EventView => ({
    color: 'red',
    icon: <CloseCircleOutlined />,
    label: ctx.t('event.action_failed'),
    body: (
      <div>
        {kindLabel(e.payload.kind, ctx)} · {e.payload.departmentName} · {e.payload.note}
      </div>
    ),
  }),
  action_cancelled: (e: Of<'action_cancelled'>, ctx: EventContext): EventView => ({
    color: 'gray',
    icon: <StopOutlined />,
    label: ctx.t('event.action_cancelled'),
    body: (
      <div>
        {kindLabel(e.payload.kind, ctx)} · {e.payload.departmentName} · {e.payload.reason}
      </div>
    ),
  }),
};
