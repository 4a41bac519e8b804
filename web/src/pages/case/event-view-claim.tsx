// Timeline views of recovery claims 追偿 and of replies to the regulator 答复监管.
import { AuditOutlined, CheckCircleOutlined, CloseCircleOutlined, DollarOutlined, MinusCircleOutlined, SendOutlined } from '@ant-design/icons';
import type { CaseEvent } from '../../api/model.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { fenAsYuan, regulatorLabel } from '../../lib/vocab-labels.ts';
import type { EventContext, EventView } from './event-view.tsx';

type Of<K extends CaseEvent['kind']> = Extract<CaseEvent, { kind: K }>;

const clockText = (p: Of<'regulator_replied'>['payload'], ctx: EventContext): string => {
  if (p.appealClock === 'met') return ctx.t(p.onTime === false ? 'regulator.clock.met.late' : 'regulator.clock.met.onTime');
  return ctx.t(`regulator.clock.${p.appealClock}` as MessageKey);
};

export const CLAIM_VIEWS = {
  claim_filed: (e: Of<'claim_filed'>, ctx: EventContext): EventView => ({
    color: 'blue',
    icon: <AuditOutlined />,
    label: ctx.t('event.claim_filed'),
    body: (
      <div data-testid="claim-filed-body">
        {e.payload.partnerName} · {ctx.t('claim.claimed')} {fenAsYuan(e.payload.claimedFen)} · {ctx.t('claim.loss')} {fenAsYuan(e.payload.lossFen)}
      </div>
    ),
  }),
  claim_accepted: (e: Of<'claim_accepted'>, ctx: EventContext): EventView => ({
    color: 'green',
    icon: <CheckCircleOutlined />,
    label: ctx.t('event.claim_accepted'),
    body: (
      <div>
        {e.payload.partnerName} · {ctx.t('claim.agreed')} {fenAsYuan(e.payload.agreedFen)}
        {e.payload.note ? ` · ${e.payload.note}` : ''}
      </div>
    ),
  }),
  claim_rejected: (e: Of<'claim_rejected'>, ctx: EventContext): EventView => ({
    color: 'red',
    icon: <CloseCircleOutlined />,
    label: ctx.t('event.claim_rejected'),
    body: (
      <div>
        {e.payload.partnerName} · {e.payload.reason}
      </div>
    ),
  }),
  claim_paid: (e: Of<'claim_paid'>, ctx: EventContext): EventView => ({
    color: 'green',
    icon: <DollarOutlined />,
    label: ctx.t('event.claim_paid'),
    body: (
      <div data-testid="claim-paid-body">
        {e.payload.partnerName} · {ctx.t('claim.recovered')} {fenAsYuan(e.payload.recoveredFen)} / {fenAsYuan(e.payload.agreedFen)}
        {e.payload.note ? ` · ${e.payload.note}` : ''}
      </div>
    ),
  }),
  claim_written_off: (e: Of<'claim_written_off'>, ctx: EventContext): EventView => ({
    color: 'gray',
    icon: <MinusCircleOutlined />,
    label: ctx.t('event.claim_written_off'),
    body: (
      <div>
        {e.payload.partnerName} · {fenAsYuan(e.payload.outstandingFen)} · {e.payload.reason}
      </div>
    ),
  }),
  regulator_replied: (e: Of<'regulator_replied'>, ctx: EventContext): EventView => ({
    color: e.payload.onTime === false ? 'orange' : 'green',
    icon: <SendOutlined />,
    label: ctx.t('event.regulator_replied'),
    body: (
      <div data-testid="regulator-replied-body">
        <div>
          {regulatorLabel(e.payload.regulator, ctx.t)} · {formatDateTime(e.payload.repliedAt)} · {clockText(e.payload, ctx)}
        </div>
        <p className="cl-pre">{e.payload.content}</p>
      </div>
    ),
  }),
};
