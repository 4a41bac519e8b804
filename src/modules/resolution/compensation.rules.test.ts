import { describe, expect, it } from 'vitest';
import { PRESET_CODES } from '../presets/preset.schema.ts';
import {
  type CompensationFacts,
  type CompensationProposal,
  type GoodsFacts,
  type ShipmentFacts,
  COMPENSATION_RULES,
  DEFAULT_COMPENSATION_POLICIES,
  calculateCompensation,
  defaultCompensationPolicy,
} from './compensation.rules.ts';
import { type CompensationPolicy, CompensationPolicySchema } from './compensation.schemas.ts';
import { DEFAULT_AUTHORITY_LIMITS, approvalChain } from './authority.rules.ts';
import { yuan } from './money.rules.ts';

const TZ = 'Asia/Shanghai';
const BJ = 8 * 3_600_000;
const bj = (text: string): Date => new Date(Date.parse(`${text.replace(' ', 'T')}:00Z`) - BJ);

const EXPRESS = DEFAULT_COMPENSATION_POLICIES.express;
const SUPERMARKET = DEFAULT_COMPENSATION_POLICIES.supermarket;
const FRESH = DEFAULT_COMPENSATION_POLICIES['fresh-food'];

const parcel = (over: Partial<ShipmentFacts> = {}): ShipmentFacts => ({
  serviceType: 'same_city',
  freightFen: yuan(12),
  addOnFeesFen: 0,
  insured: false,
  declaredValueFen: null,
  ...over,
});
const item = (over: Partial<GoodsFacts> = {}): GoodsFacts => ({
  unitPriceFen: yuan(30),
  quantity: 1,
  freshFood: false,
  noReasonExclusion: null,
  threeGuaranteesListed: false,
  ...over,
});
const facts = (over: Partial<CompensationFacts>): CompensationFacts => ({
  now: bj('2026-03-10 10:00'),
  timeZone: TZ,
  shipment: null,
  goods: null,
  claim: null,
  incident: { kind: 'other' },
  foodSafety: false,
  fraud: false,
  exemption: null,
  ...over,
});
const edit = (policy: CompensationPolicy, change: (p: CompensationPolicy) => void): CompensationPolicy => {
  const copy = structuredClone(policy);
  change(copy);
  return copy;
};

/** "kind amount@rule" per line, for compact tables. */
const linesOf = (p: CompensationProposal): string[] => p.lines.map((l) => `${l.kind} ${l.amountFen}@${l.rule.code}`);
const flagsOf = (p: CompensationProposal): string[] =>
  p.flags.map((f) => (f.kind === 'manual_review' ? `manual_review:${f.reason}` : f.kind === 'not_eligible' ? `not_eligible:${f.reason}` : f.kind));

type Row = { name: string; facts: CompensationFacts; policy: CompensationPolicy; lines: string[]; flags?: string[] };

const late = (promised: string, over: Partial<Extract<CompensationFacts['incident'], { kind: 'delay' }>> = {}) => ({
  kind: 'delay' as const,
  promisedAt: bj(promised),
  deliveredAt: null,
  valueDestroyed: false,
  excuse: null,
  ...over,
});

const TABLE: Row[] = [
  // --- Rule 11: uninsured.
  {
    name: 'rule 11 acceptance: lost uninsured parcel, fee ¥12, no value stated → 5 × ¥12 = ¥60',
    facts: facts({ shipment: parcel(), incident: { kind: 'loss' } }),
    policy: EXPRESS,
    lines: ['compensation 6000@uninsuredFeeMultiple'],
    flags: [],
  },
  {
    name: 'rule 11 acceptance: proven goods worth ¥800 → the cap ¥60 is proposed and ¥800 goes to manual review',
    facts: facts({ shipment: parcel(), incident: { kind: 'loss' }, claim: { claimedFen: yuan(800), proven: true } }),
    policy: EXPRESS,
    lines: ['compensation 6000@uninsuredFeeMultiple'],
    flags: ['manual_review:proven_loss_above_cap'],
  },
  {
    name: 'rule 11: an unproven claim above the cap → the cap, no review',
    facts: facts({ shipment: parcel(), incident: { kind: 'loss' }, claim: { claimedFen: yuan(800), proven: false } }),
    policy: EXPRESS,
    lines: ['compensation 6000@uninsuredFeeMultiple'],
    flags: [],
  },
  {
    name: 'rule 11: an actual loss below the cap → the actual loss',
    facts: facts({ shipment: parcel(), incident: { kind: 'loss' }, claim: { claimedFen: yuan(45), proven: true } }),
    policy: EXPRESS,
    lines: ['compensation 4500@uninsuredFeeMultiple'],
  },
  {
    name: 'rule 11: the multiple is editable (7 × ¥12.50 = ¥87.50)',
    facts: facts({ shipment: parcel({ freightFen: 1250 }), incident: { kind: 'loss' } }),
    policy: edit(EXPRESS, (p) => (p.uninsuredFeeMultiple.feeMultiple = 7)),
    lines: ['compensation 8750@uninsuredFeeMultiple'],
  },
  {
    name: 'rule 11: a fractional multiple rounds half up to the fen (2.5 × ¥0.05 = 12.5 fen → 13)',
    facts: facts({ shipment: parcel({ freightFen: 5 }), incident: { kind: 'loss' } }),
    policy: edit(EXPRESS, (p) => (p.uninsuredFeeMultiple.feeMultiple = 2.5)),
    lines: ['compensation 13@uninsuredFeeMultiple'],
  },
  {
    name: 'rule 11: partial damage, no value stated → the cap pro rata (¥60 × 1/3 = ¥20)',
    facts: facts({ shipment: parcel(), incident: { kind: 'damage', damagedParts: 1, totalParts: 3 } }),
    policy: EXPRESS,
    lines: ['compensation 2000@uninsuredFeeMultiple'],
  },
  {
    name: 'rule 11: switched off → nothing priced, flagged',
    facts: facts({ shipment: parcel(), incident: { kind: 'loss' } }),
    policy: edit(EXPRESS, (p) => (p.uninsuredFeeMultiple.enabled = false)),
    lines: [],
    flags: ['rule_off'],
  },
  // --- Rule 7: insured.
  {
    name: 'rule 7: insured loss → the declared value, value to be checked',
    facts: facts({ shipment: parcel({ insured: true, declaredValueFen: yuan(2000), addOnFeesFen: yuan(6) }), incident: { kind: 'loss' } }),
    policy: EXPRESS,
    lines: ['compensation 200000@insuredDeclaredValue'],
    flags: ['verify_value'],
  },
  {
    name: 'rule 7: insured partial damage → pro rata (¥1,000 × 1/3 = ¥333.33, half up)',
    facts: facts({ shipment: parcel({ insured: true, declaredValueFen: yuan(1000) }), incident: { kind: 'damage', damagedParts: 1, totalParts: 3 } }),
    policy: EXPRESS,
    lines: ['compensation 33333@insuredDeclaredValue'],
    flags: ['verify_value'],
  },
  {
    name: 'rule 7: insured partial damage 2/3 → ¥666.67 (half up)',
    facts: facts({ shipment: parcel({ insured: true, declaredValueFen: yuan(1000) }), incident: { kind: 'damage', damagedParts: 2, totalParts: 3 } }),
    policy: EXPRESS,
    lines: ['compensation 66667@insuredDeclaredValue'],
  },
  {
    name: 'rule 7: insured, a proven lower loss → the proven loss (保价 is a ceiling, not a payout)',
    facts: facts({ shipment: parcel({ insured: true, declaredValueFen: yuan(2000) }), incident: { kind: 'loss' }, claim: { claimedFen: yuan(1500), proven: true } }),
    policy: EXPRESS,
    lines: ['compensation 150000@insuredDeclaredValue'],
    flags: [],
  },
  {
    name: 'rule 7: insured, a proven higher loss → still the declared value',
    facts: facts({ shipment: parcel({ insured: true, declaredValueFen: yuan(2000) }), incident: { kind: 'loss' }, claim: { claimedFen: yuan(3000), proven: true } }),
    policy: EXPRESS,
    lines: ['compensation 200000@insuredDeclaredValue'],
  },
  {
    name: 'rule 7: insured without a declared value → manual review',
    facts: facts({ shipment: parcel({ insured: true }), incident: { kind: 'loss' } }),
    policy: EXPRESS,
    lines: [],
    flags: ['manual_review:missing_facts'],
  },
  {
    name: 'rule 7: an exemption the company must prove → no payment proposed, manual review',
    facts: facts({ shipment: parcel(), incident: { kind: 'loss' }, exemption: 'force_majeure' }),
    policy: EXPRESS,
    lines: [],
    flags: ['manual_review:exemption_claimed'],
  },
  // --- Rule 9: delay.
  {
    name: 'rule 9: delay → this shipment’s fee waived, the ¥3 add-on fee (保价) not',
    facts: facts({ shipment: parcel({ addOnFeesFen: yuan(3) }), incident: late('2026-03-09 18:00') }),
    policy: EXPRESS,
    lines: ['fee_waiver 1200@delayFeeWaiver'],
    flags: [],
  },
  {
    name: 'rule 9: delivered late → still waived',
    facts: facts({ shipment: parcel(), incident: late('2026-03-08 18:00', { deliveredAt: bj('2026-03-09 12:00') }) }),
    policy: EXPRESS,
    lines: ['fee_waiver 1200@delayFeeWaiver'],
  },
  {
    name: 'rule 9: not past the promised time → nothing',
    facts: facts({ shipment: parcel(), incident: late('2026-03-10 18:00') }),
    policy: EXPRESS,
    lines: [],
    flags: ['not_eligible:not_late'],
  },
  {
    name: 'rule 9: a wrong address is not the company’s delay',
    facts: facts({ shipment: parcel(), incident: late('2026-03-09 18:00', { excuse: 'wrong_address' }) }),
    policy: EXPRESS,
    lines: [],
    flags: ['delay_excused'],
  },
  {
    name: 'rule 9: a delay that spoils fresh food → as a loss (uninsured: ¥60)',
    facts: facts({ shipment: parcel(), goods: item({ freshFood: true }), incident: late('2026-03-09 18:00', { valueDestroyed: true }) }),
    policy: EXPRESS,
    lines: ['compensation 6000@uninsuredFeeMultiple'],
    flags: ['treated_as_loss'],
  },
  {
    name: 'rule 9: fresh-food seller, a delay that spoils the order → refund the goods',
    facts: facts({ shipment: parcel({ freightFen: yuan(5) }), goods: item({ unitPriceFen: yuan(45), quantity: 2, freshFood: true }), incident: late('2026-03-10 08:00', { valueDestroyed: true }) }),
    policy: FRESH,
    lines: ['refund 9000@orderRefund'],
    flags: ['treated_as_loss'],
  },
  {
    name: 'rule 9: the spoiled-value rule switched off → the fee waiver only',
    facts: facts({ shipment: parcel(), incident: late('2026-03-09 18:00', { valueDestroyed: true }) }),
    policy: edit(EXPRESS, (p) => (p.delayDestroysValue.enabled = false)),
    lines: ['fee_waiver 1200@delayFeeWaiver'],
    flags: ['rule_off'],
  },
  // --- Rule 10: complete delay.
  {
    name: 'rule 10: same city, 3 days past and undelivered → complete delay, as lost (¥60)',
    facts: facts({ shipment: parcel(), incident: late('2026-03-07 10:00') }),
    policy: EXPRESS,
    lines: ['compensation 6000@uninsuredFeeMultiple'],
    flags: ['complete_delay'],
  },
  {
    name: 'rule 10: inter-province, 3 days past → only the fee waiver',
    facts: facts({ shipment: parcel({ serviceType: 'inter_province' }), incident: late('2026-03-07 10:00') }),
    policy: EXPRESS,
    lines: ['fee_waiver 1200@delayFeeWaiver'],
  },
  {
    name: 'rule 10: switched off → only the fee waiver',
    facts: facts({ shipment: parcel(), incident: late('2026-03-07 10:00') }),
    policy: edit(EXPRESS, (p) => (p.completeDelay.enabled = false)),
    lines: ['fee_waiver 1200@delayFeeWaiver'],
  },
  // --- Rule 22: food safety.
  {
    name: 'rule 22 acceptance: a ¥30 item → refund ¥30 + extra max(¥300, ¥90, ¥1,000) = ¥1,000',
    facts: facts({ goods: item(), foodSafety: true }),
    policy: SUPERMARKET,
    lines: ['refund 3000@foodSafety', 'extra_compensation 100000@foodSafety'],
  },
  {
    name: 'rule 22: a ¥150 item → 10 × price = ¥1,500 beats the minimum',
    facts: facts({ goods: item({ unitPriceFen: yuan(50), quantity: 3 }), foodSafety: true }),
    policy: SUPERMARKET,
    lines: ['refund 15000@foodSafety', 'extra_compensation 150000@foodSafety'],
  },
  {
    name: 'rule 22: a proven loss of ¥800 (medical costs) on a ¥30 item → ¥800 + 3 × ¥800 = ¥2,400',
    facts: facts({ goods: item(), foodSafety: true, claim: { claimedFen: yuan(800), proven: true } }),
    policy: SUPERMARKET,
    lines: ['compensation 80000@foodSafety', 'extra_compensation 240000@foodSafety'],
  },
  {
    name: 'rule 22: with a quality refund already in the proposal, only the rest of the loss is added',
    facts: facts({ goods: item(), foodSafety: true, claim: { claimedFen: yuan(800), proven: true }, incident: { kind: 'quality_defect', daysSinceReceipt: 1, returnFreightFen: 0, choice: 'return' } }),
    policy: FRESH,
    lines: ['refund 3000@qualityReturn', 'compensation 77000@foodSafety', 'extra_compensation 240000@foodSafety'],
  },
  {
    name: 'rule 22: the minimum is editable',
    facts: facts({ goods: item(), foodSafety: true }),
    policy: edit(SUPERMARKET, (p) => (p.foodSafety.minimumExtraFen = yuan(2000))),
    lines: ['refund 3000@foodSafety', 'extra_compensation 200000@foodSafety'],
  },
  {
    name: 'rule 22: off in the express preset (a carrier does not sell the food) → flagged',
    facts: facts({ goods: item(), foodSafety: true }),
    policy: EXPRESS,
    lines: [],
    flags: ['rule_off'],
  },
  // --- Rule 19: fraud.
  {
    name: 'rule 19: a ¥100 item → refund + max(3 × ¥100, ¥500) = ¥500',
    facts: facts({ goods: item({ unitPriceFen: yuan(100) }), fraud: true }),
    policy: SUPERMARKET,
    lines: ['refund 10000@fraud', 'extra_compensation 50000@fraud'],
  },
  {
    name: 'rule 19: a ¥400 item → 3 × ¥400 = ¥1,200',
    facts: facts({ goods: item({ unitPriceFen: yuan(200), quantity: 2 }), fraud: true }),
    policy: SUPERMARKET,
    lines: ['refund 40000@fraud', 'extra_compensation 120000@fraud'],
  },
  {
    name: 'rule 19: a carrier’s fraud is priced on the service fee (¥12 + ¥3) → ¥500 minimum',
    facts: facts({ shipment: parcel({ addOnFeesFen: yuan(3) }), fraud: true }),
    policy: EXPRESS,
    lines: ['refund 1500@fraud', 'extra_compensation 50000@fraud'],
  },
  {
    name: 'rules 19 + 22: both apply → the larger extra only, flagged',
    facts: facts({ goods: item({ unitPriceFen: yuan(500) }), fraud: true, foodSafety: true }),
    policy: SUPERMARKET,
    lines: ['refund 50000@foodSafety', 'extra_compensation 500000@foodSafety'],
    flags: ['punitive_overlap'],
  },
  // --- Rule 17: no-reason return.
  {
    name: 'rule 17: day 7 after receipt, intact → refund; the consumer pays the return freight',
    facts: facts({ goods: item({ unitPriceFen: yuan(199) }), incident: { kind: 'no_reason_return', daysSinceReceipt: 7, intact: true, returnFreightFen: yuan(10) } }),
    policy: SUPERMARKET,
    lines: ['refund 19900@noReasonReturn'],
    flags: [],
  },
  {
    name: 'rule 17: a policy where the merchant pays the return freight',
    facts: facts({ goods: item({ unitPriceFen: yuan(199) }), incident: { kind: 'no_reason_return', daysSinceReceipt: 2, intact: true, returnFreightFen: yuan(10) } }),
    policy: edit(SUPERMARKET, (p) => (p.noReasonReturn.returnFreightPaidBy = 'merchant')),
    lines: ['refund 19900@noReasonReturn', 'return_freight 1000@noReasonReturn'],
  },
  {
    name: 'rule 17: day 8 → window passed',
    facts: facts({ goods: item(), incident: { kind: 'no_reason_return', daysSinceReceipt: 8, intact: true, returnFreightFen: 0 } }),
    policy: SUPERMARKET,
    lines: [],
    flags: ['not_eligible:window_passed'],
  },
  {
    name: 'rule 17: fresh and perishable goods are excluded',
    facts: facts({ goods: item({ freshFood: true }), incident: { kind: 'no_reason_return', daysSinceReceipt: 1, intact: true, returnFreightFen: 0 } }),
    policy: FRESH,
    lines: [],
    flags: ['not_eligible:fresh_perishable'],
  },
  {
    name: 'rule 17: custom-made goods are excluded',
    facts: facts({ goods: item({ noReasonExclusion: 'custom_made' }), incident: { kind: 'no_reason_return', daysSinceReceipt: 1, intact: true, returnFreightFen: 0 } }),
    policy: SUPERMARKET,
    lines: [],
    flags: ['not_eligible:custom_made'],
  },
  {
    name: 'rule 17: goods not intact',
    facts: facts({ goods: item(), incident: { kind: 'no_reason_return', daysSinceReceipt: 1, intact: false, returnFreightFen: 0 } }),
    policy: SUPERMARKET,
    lines: [],
    flags: ['not_eligible:not_intact'],
  },
  // --- Rule 18: quality defect.
  {
    name: 'rule 18: within 7 days → refund, the merchant pays the freight',
    facts: facts({ goods: item({ unitPriceFen: yuan(80) }), incident: { kind: 'quality_defect', daysSinceReceipt: 3, returnFreightFen: yuan(12), choice: null } }),
    policy: FRESH,
    lines: ['refund 8000@qualityReturn', 'return_freight 1200@qualityReturn'],
  },
  {
    name: 'rule 18: after 7 days → repair or replace, freight still the merchant’s, no refund',
    facts: facts({ goods: item({ unitPriceFen: yuan(80) }), incident: { kind: 'quality_defect', daysSinceReceipt: 20, returnFreightFen: yuan(12), choice: null } }),
    policy: FRESH,
    lines: ['return_freight 1200@qualityReturn'],
    flags: [],
  },
  {
    name: 'rule 18: a return asked for after 7 days → manual review',
    facts: facts({ goods: item({ unitPriceFen: yuan(80) }), incident: { kind: 'quality_defect', daysSinceReceipt: 20, returnFreightFen: yuan(12), choice: 'return' } }),
    policy: FRESH,
    lines: ['return_freight 1200@qualityReturn'],
    flags: ['manual_review:return_after_window'],
  },
  {
    name: 'rule 18 + seed 003: the supermarket adds a voucher of equal value to a quality refund',
    facts: facts({ goods: item({ unitPriceFen: yuan(36.8) }), incident: { kind: 'quality_defect', daysSinceReceipt: 0, returnFreightFen: 0, choice: null } }),
    policy: SUPERMARKET,
    lines: ['refund 3680@qualityReturn', 'voucher 3680@qualityRefundVoucher'],
  },
  // --- Rule 23: 三包.
  {
    name: 'rule 23: day 5 after sale, listed goods, the consumer chooses return → refund + freight',
    facts: facts({ goods: item({ unitPriceFen: yuan(899), threeGuaranteesListed: true }), incident: { kind: 'performance_fault', daysSinceSale: 5, returnFreightFen: yuan(20), choice: 'return' } }),
    policy: edit(DEFAULT_COMPENSATION_POLICIES['delivery-after-sales'], () => undefined),
    lines: ['refund 89900@threeGuarantees', 'return_freight 2000@threeGuarantees'],
    flags: [],
  },
  {
    name: 'rule 23: day 10 → return no longer allowed',
    facts: facts({ goods: item({ unitPriceFen: yuan(899), threeGuaranteesListed: true }), incident: { kind: 'performance_fault', daysSinceSale: 10, returnFreightFen: 0, choice: 'return' } }),
    policy: DEFAULT_COMPENSATION_POLICIES['delivery-after-sales'],
    lines: [],
    flags: ['not_eligible:choice_not_allowed'],
  },
  {
    name: 'rule 23: day 10, exchange → no money line',
    facts: facts({ goods: item({ unitPriceFen: yuan(899), threeGuaranteesListed: true }), incident: { kind: 'performance_fault', daysSinceSale: 10, returnFreightFen: 0, choice: 'exchange' } }),
    policy: DEFAULT_COMPENSATION_POLICIES['delivery-after-sales'],
    lines: [],
    flags: [],
  },
  {
    name: 'rule 23: goods not on the 三包 list',
    facts: facts({ goods: item(), incident: { kind: 'performance_fault', daysSinceSale: 1, returnFreightFen: 0, choice: 'return' } }),
    policy: SUPERMARKET,
    lines: [],
    flags: ['not_eligible:not_listed'],
  },
  // --- Seed 004: a seller's lost or damaged goods.
  {
    name: 'seed 004: a seller’s lost order → refund the price (resend is the alternative)',
    facts: facts({ shipment: parcel(), goods: item({ unitPriceFen: yuan(25), quantity: 4 }), incident: { kind: 'loss' } }),
    policy: DEFAULT_COMPENSATION_POLICIES['delivery-after-sales'],
    lines: ['refund 10000@orderRefund'],
  },
  {
    name: 'seed 004 + seed 003: damaged goods at the supermarket → pro rata refund and a voucher of the full price',
    facts: facts({ goods: item({ unitPriceFen: yuan(10), quantity: 6 }), incident: { kind: 'damage', damagedParts: 2, totalParts: 6 } }),
    policy: SUPERMARKET,
    lines: ['refund 2000@orderRefund', 'voucher 6000@qualityRefundVoucher'],
  },
];

describe('calculateCompensation — the rule table', () => {
  it.each(TABLE)('$name', ({ facts: f, policy, lines, flags }) => {
    const p = calculateCompensation(f, policy);
    expect(linesOf(p)).toEqual(lines);
    if (flags) expect(flagsOf(p)).toEqual(flags);
    expect(p.totalFen).toBe(p.lines.reduce((s, l) => s + l.amountFen, 0));
    for (const l of p.lines) expect(Number.isSafeInteger(l.amountFen) && l.amountFen >= 0).toBe(true);
  });
});

describe('calculateCompensation — the proposal shape', () => {
  it('rule 11 acceptance: names rule 11 and explains the amount in both languages', () => {
    const p = calculateCompensation(facts({ shipment: parcel(), incident: { kind: 'loss' } }), EXPRESS);
    const [line] = p.lines;
    expect(line?.rule.domainRules).toContain(11);
    expect(line?.explain.zh).toContain('¥60.00');
    expect(line?.explain.en).toContain('rule 11');
    expect(p.manualReview).toBe(false);
  });

  it('rule 11 acceptance: the ¥800 claim is carried on the manual-review flag', () => {
    const p = calculateCompensation(facts({ shipment: parcel(), incident: { kind: 'loss' }, claim: { claimedFen: yuan(800), proven: true } }), EXPRESS);
    expect(p.manualReview).toBe(true);
    expect(p.totalFen).toBe(yuan(60));
    const flag = p.flags.find((f) => f.kind === 'manual_review');
    expect(flag).toMatchObject({ reason: 'proven_loss_above_cap', claimedFen: 80000, capFen: 6000 });
    expect(flag?.rule?.domainRules).toContain(11);
  });

  it('rule 11 acceptance: the agent then proposes the proven ¥800, whose chain reaches the supervisor', () => {
    const p = calculateCompensation(facts({ shipment: parcel(), incident: { kind: 'loss' }, claim: { claimedFen: yuan(800), proven: true } }), EXPRESS);
    const flag = p.flags.find((f) => f.kind === 'manual_review' && f.reason === 'proven_loss_above_cap');
    const proposed = flag?.kind === 'manual_review' && flag.reason === 'proven_loss_above_cap' ? flag.claimedFen : 0;
    expect(approvalChain('agent', proposed, DEFAULT_AUTHORITY_LIMITS).map((s) => s.role)).toEqual(['supervisor']);
    // The calculator's own ¥60 is within the agent's ¥200.
    expect(approvalChain('agent', p.totalFen, DEFAULT_AUTHORITY_LIMITS)).toEqual([]);
  });

  it('rule 22 acceptance: names rule 22 and the extra is at least ¥1,000', () => {
    const p = calculateCompensation(facts({ goods: item(), foodSafety: true }), DEFAULT_COMPENSATION_POLICIES['fresh-food']);
    const extra = p.lines.find((l) => l.kind === 'extra_compensation');
    expect(extra?.amountFen).toBeGreaterThanOrEqual(yuan(1000));
    expect(extra?.rule.domainRules).toEqual([22]);
    expect(extra?.explain.zh).toContain('¥1,000.00');
  });

  it('rule 10: the complete-delay flag carries the instant', () => {
    const p = calculateCompensation(facts({ shipment: parcel(), incident: late('2026-03-07 10:00') }), EXPRESS);
    expect(p.delay?.status).toBe('complete_delay');
    const flag = p.flags.find((f) => f.kind === 'complete_delay');
    expect(flag?.kind === 'complete_delay' && flag.completeDelayAt.toISOString()).toBe(bj('2026-03-10 10:00').toISOString());
  });

  it('rule 23: with no choice yet, offers the allowed choices by days since sale', () => {
    const choices = (days: number) =>
      calculateCompensation(
        facts({ goods: item({ threeGuaranteesListed: true }), incident: { kind: 'performance_fault', daysSinceSale: days, returnFreightFen: 0, choice: null } }),
        SUPERMARKET,
      ).options.map((o) => o.choice);
    expect(choices(7)).toEqual(['return', 'exchange', 'repair']);
    expect(choices(8)).toEqual(['exchange', 'repair']);
    expect(choices(15)).toEqual(['exchange', 'repair']);
    expect(choices(16)).toEqual(['repair']);
  });

  it('freezes a deep copy of the policy used', () => {
    const policy = defaultCompensationPolicy('express');
    const p = calculateCompensation(facts({ shipment: parcel(), incident: { kind: 'loss' } }), policy);
    policy.uninsuredFeeMultiple.feeMultiple = 9;
    expect(p.policy.uninsuredFeeMultiple.feeMultiple).toBe(5);
    expect(DEFAULT_COMPENSATION_POLICIES.express.uninsuredFeeMultiple.feeMultiple).toBe(5);
  });

  it('rejects amounts that are not integer fen', () => {
    expect(() => calculateCompensation(facts({ shipment: parcel({ freightFen: 12.5 }), incident: { kind: 'loss' } }), EXPRESS)).toThrow(RangeError);
    expect(() => calculateCompensation(facts({ shipment: parcel(), incident: { kind: 'damage', damagedParts: 4, totalParts: 3 } }), EXPRESS)).toThrow(RangeError);
    expect(() => calculateCompensation(facts({ goods: item({ quantity: 0 }), foodSafety: true }), SUPERMARKET)).toThrow(RangeError);
  });
});

describe('default policies per preset', () => {
  it('one per preset code, each valid against the admin schema', () => {
    expect(Object.keys(DEFAULT_COMPENSATION_POLICIES).sort()).toEqual([...PRESET_CODES].sort());
    for (const code of PRESET_CODES) expect(CompensationPolicySchema.parse(DEFAULT_COMPENSATION_POLICIES[code])).toEqual(DEFAULT_COMPENSATION_POLICIES[code]);
  });

  it('the issue’s default numbers (rules 11, 22, 19, 17, 18, 23, 10)', () => {
    for (const code of PRESET_CODES) {
      const p = DEFAULT_COMPENSATION_POLICIES[code];
      expect(p.uninsuredFeeMultiple.feeMultiple).toBe(5);
      expect(p.foodSafety).toMatchObject({ priceMultiple: 10, lossMultiple: 3, minimumExtraFen: 100000 });
      expect(p.fraud).toMatchObject({ priceMultiple: 3, minimumExtraFen: 50000 });
      expect(p.noReasonReturn.windowDays).toBe(7);
      expect(p.qualityReturn.windowDays).toBe(7);
      expect(p.threeGuarantees.choiceWindowDays).toBe(7);
      expect(p.completeDelay).toMatchObject({ sameCityDays: 3, otherDays: 7 });
    }
  });

  it('carriers price loss by carriage rules, sellers by refund', () => {
    for (const code of ['express', 'logistics'] as const) {
      expect(DEFAULT_COMPENSATION_POLICIES[code].uninsuredFeeMultiple.enabled).toBe(true);
      expect(DEFAULT_COMPENSATION_POLICIES[code].orderRefund.enabled).toBe(false);
    }
    for (const code of ['fresh-food', 'supermarket', 'delivery-after-sales'] as const) {
      expect(DEFAULT_COMPENSATION_POLICIES[code].uninsuredFeeMultiple.enabled).toBe(false);
      expect(DEFAULT_COMPENSATION_POLICIES[code].orderRefund.enabled).toBe(true);
      expect(DEFAULT_COMPENSATION_POLICIES[code].foodSafety.enabled).toBe(true);
    }
  });

  it('every rule in the catalogue names a DOMAIN-RULES number or a seed', () => {
    for (const r of Object.values(COMPENSATION_RULES)) expect(r.source.domainRules.length + r.source.seeds.length).toBeGreaterThan(0);
    expect(Object.keys(COMPENSATION_RULES).sort()).toEqual(Object.keys(CompensationPolicySchema.shape).sort());
  });
});

describe('CompensationPolicySchema (admin edits)', () => {
  const bad: Array<[string, (p: CompensationPolicy) => void]> = [
    ['rule 11: a zero multiple', (p) => (p.uninsuredFeeMultiple.feeMultiple = 0)],
    ['rule 11: three decimals', (p) => (p.uninsuredFeeMultiple.feeMultiple = 5.125)],
    ['rule 22: a fractional fen minimum', (p) => (p.foodSafety.minimumExtraFen = 100000.5)],
    ['rule 19: a negative minimum', (p) => (p.fraud.minimumExtraFen = -1)],
    ['rule 17: a zero-day window', (p) => (p.noReasonReturn.windowDays = 0)],
    ['rule 23: exchange window before the choice window', (p) => (p.threeGuarantees.exchangeWindowDays = 5)],
    ['rule 10: fractional days', (p) => (p.completeDelay.sameCityDays = 2.5)],
  ];
  it.each(bad)('rejects %s', (_name, change) => {
    expect(CompensationPolicySchema.safeParse(edit(EXPRESS, change)).success).toBe(false);
  });

  it('rejects an unknown key (a typo must not be silently dropped)', () => {
    expect(CompensationPolicySchema.safeParse({ ...EXPRESS, uninsuredMultiple: { enabled: true } }).success).toBe(false);
  });

  it('accepts two-decimal multiples such as 2.07', () => {
    expect(CompensationPolicySchema.safeParse(edit(EXPRESS, (p) => (p.uninsuredFeeMultiple.feeMultiple = 2.07))).success).toBe(true);
  });
});
