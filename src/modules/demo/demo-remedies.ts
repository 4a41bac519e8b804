// The remedy loop of the demo cases (issue 11, item 12): which incident the calculator is asked about, the
// remedy proposed from its answer, and who in the story pushes back. Pure and deterministic from the
// complaint and its position, so every first start tells the same story; the seed runs it through the services.
import type { CalculateInput, CalculationView } from '../resolution/resolution.schemas.ts';
import type { RemedyItem, RemedyKind } from '../resolution/resolution.types.ts';
import type { DemoComplaint } from './demo-complaints.ts';

type Facts = { promisedDeliveryAt?: string | null | undefined; itemPriceFen?: number | null | undefined; quantity?: number | null | undefined } | null;
type Item = { kind: RemedyKind; amountFen?: number | null; note?: string | null };

/** The calculator's question for the complaint's category; null where no money is owed by rule (attitude, info lag …). */
export function demoIncident(c: DemoComplaint, index: number, facts: Facts): CalculateInput | null {
  const proven = demoStory(index).provesLoss && facts?.itemPriceFen ? { claimedFen: facts.itemPriceFen * (facts.quantity ?? 1), proven: true } : {};
  switch (c.category) {
    case 'delay':
      return facts?.promisedDeliveryAt
        ? { kind: 'delay', deliveredAt: new Date(new Date(facts.promisedDeliveryAt).getTime() + (20 + (index % 4) * 14) * 3600_000).toISOString() }
        : { kind: 'delay' };
    case 'loss':
      return { kind: 'loss', ...proven };
    case 'damage':
      return { kind: 'damage', damagedParts: 1, totalParts: facts?.quantity ?? 1, ...proven };
    case 'food_quality':
      // Now and then the food was unsafe, not just stale (食品安全: ten times the price, at least ¥1,000).
      return { kind: 'quality_defect', daysSinceReceipt: 0, freshFood: true, foodSafety: index % 5 === 0 };
    case 'product_quality':
      return { kind: 'quality_defect', daysSinceReceipt: 3 + (index % 5), choice: 'return' };
    default:
      return null;
  }
}

const MONEY: ReadonlySet<string> = new Set(['refund', 'fee_waiver', 'compensation', 'voucher']);

/** The remedy proposed: the calculator's money lines (by kind), with an apology; a goodwill voucher or a fix where no money is owed. */
export function demoRemedyItems(c: DemoComplaint, index: number, calc: CalculationView | null, facts: Facts = null): Item[] {
  const apology: Item = { kind: 'apology', note: '电话致歉，说明原因' };
  // A few customers prove a higher loss than the standard pays (receipt, invoice): the proven value, above the agent's limit.
  const proven = demoStory(index).provesLoss && facts?.itemPriceFen ? facts.itemPriceFen * (facts.quantity ?? 1) : 0;
  if (proven > 20_000 && ['loss', 'damage', 'food_quality', 'product_quality'].includes(c.category)) {
    const kind: RemedyKind = c.category === 'loss' || c.category === 'damage' ? 'compensation' : 'refund';
    return [apology, { kind, amountFen: Math.max(proven, calc?.totalFen ?? 0), note: '客户提供购物发票，按实际损失赔偿' }];
  }
  const byKind = new Map<RemedyKind, number>();
  for (const line of calc?.lines ?? []) {
    if (line.amountFen <= 0) continue;
    const kind = (MONEY.has(line.kind) ? line.kind : 'compensation') as RemedyKind;
    byKind.set(kind, (byKind.get(kind) ?? 0) + line.amountFen);
  }
  if (byKind.size) return [apology, ...[...byKind].map(([kind, amountFen]) => ({ kind, amountFen, note: '按赔付标准计算' }))];
  switch (c.category) {
    case 'wrong_item':
      return [apology, { kind: 'resend', note: '补发正确商品，错发件上门取回' }, { kind: 'voucher', amountFen: 1_000, note: '10元无门槛券' }];
    case 'loss':
    case 'damage':
    case 'food_quality':
    case 'product_quality':
      // No facts on record: the customer's receipt decides, a modest sum.
      return [apology, { kind: c.category === 'loss' || c.category === 'damage' ? 'compensation' : 'refund', amountFen: 3_000 + (index % 5) * 2_000, note: '按客户提供的购物凭证' }];
    case 'delay':
      return [apology, { kind: 'fee_waiver', amountFen: 1_000 + (index % 3) * 500, note: '免收本单运费' }];
    default:
      return index % 4 === 0
        ? [apology, { kind: 'voucher', amountFen: 500 + (index % 3) * 500, note: '致歉小额券' }]
        : [apology, { kind: 'process_fix', note: '纳入班组整改，复盘话术与流程' }];
  }
}

/** The company's catalogue decides what may be offered: a carrier gives no vouchers (a fee waiver instead), a grocer no redelivery. */
export function offeredOnly(items: readonly Item[], offered: ReadonlySet<RemedyKind>): Item[] {
  const instead: Partial<Record<RemedyKind, readonly RemedyKind[]>> = {
    voucher: ['fee_waiver', 'compensation'],
    fee_waiver: ['refund', 'compensation'],
    resend: ['replace'],
    replace: ['resend'],
    repair: ['replace', 'resend'],
    search_recover: ['apology'],
  };
  const out: Item[] = [];
  for (const item of items) {
    const kind = offered.has(item.kind) ? item.kind : instead[item.kind]?.find((k) => offered.has(k));
    if (!kind) continue;
    const same = out.find((o) => o.kind === kind);
    if (same && item.amountFen) same.amountFen = (same.amountFen ?? 0) + item.amountFen;
    else if (!same) out.push({ ...item, kind });
  }
  return out.length ? out : [{ kind: 'apology', note: '电话致歉，说明原因' }];
}

export const moneyOf = (items: readonly Item[]): number => items.reduce((s, i) => s + (i.amountFen ?? 0), 0);

/** The same remedy at a lower amount (after a rejection): money items cut to `share`, whole yuan. */
export function lowered(items: readonly Item[], share: number): Item[] {
  return items.map((i) => (i.amountFen ? { ...i, amountFen: Math.max(100, Math.round((i.amountFen * share) / 100) * 100), note: '按保价/实际损失重新核算' } : i));
}

/** Who pushes back: a supervisor rejects a proposal that needs approval (then re-proposed lower); a customer counters. */
export const demoStory = (index: number) => ({
  provesLoss: index % 4 === 1 || index % 8 === 4,
  // Only a proposal that needs approval can be rejected: some of the proven losses.
  rejectFirst: index % 3 === 0,
  counter: index % 8 === 5,
  actionFailsOnce: index % 17 === 6,
  lateExecution: index % 19 === 7,
  labour: index % 3 !== 1,
});

export type { RemedyItem };
