// Timeline views of the cost ledger's events (成本台账): an entry posted, an entry reversed.
import { AccountBookOutlined, RollbackOutlined } from '@ant-design/icons';
import { signedYuan } from '../../api/costs.ts';
import type { CaseEvent } from '../../api/model.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { EventContext, EventView } from './event-view.tsx';

type Of<K extends CaseEvent['kind']> = Extract<CaseEvent, { kind: K }>;

const kindLabel = (kind: string, ctx: EventContext) => ctx.t(`cost.kind.${kind}` as MessageKey);

export const COST_VIEWS = {
  cost_posted: (e: Of<'cost_posted'>, ctx: EventContext): EventView => ({
    color: e.payload.amountFen < 0 ? 'green' : 'gold',
    icon: <AccountBookOutlined />,
    label: ctx.t('event.cost_posted'),
    body: (
      <div data-testid="cost-posted">
        {kindLabel(e.payload.kind, ctx)} {signedYuan(e.payload.amountFen)}
        {e.payload.labourMinutes !== null && e.payload.rateFenPerHour !== null
          ? ` · ${ctx.t('cost.labourDetail', { minutes: e.payload.labourMinutes, rate: signedYuan(e.payload.rateFenPerHour) })}`
          : ''}
        {e.payload.note ? ` · ${e.payload.note}` : ''}
      </div>
    ),
  }),
  cost_reversed: (e: Of<'cost_reversed'>, ctx: EventContext): EventView => ({
    color: 'red',
    icon: <RollbackOutlined />,
    label: ctx.t('event.cost_reversed'),
    body: (
      <div data-testid="cost-reversed">
        {kindLabel(e.payload.kind, ctx)} {signedYuan(e.payload.amountFen)} · {e.payload.reason}
      </div>
    ),
  }),
};
