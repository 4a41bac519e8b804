// The compensation calculator (issue 11 item 4): plain facts + a policy → proposal lines in fen, each naming
// the rule that produced it. Every rule is data (its entry in the policy: on/off and its numbers) plus one
// pure function below; `calculateCompensation` runs them in a fixed order and freezes a copy of the policy
// onto the result, so a remedy keeps the numbers it was proposed under even after an administrator edits them.
//
// Order: the incident (delay / loss / damage / return / 三包) → the loss rules when something counts as
// lost → the goodwill voucher → the punitive extras (food safety, fraud) on top of everything else.
import type { PresetCode } from '../presets/preset.schema.ts';
import { type CompensationPolicy, type CompensationRuleCode, type ServiceType } from './compensation.schemas.ts';
import { type DelayAssessment, assessDelay } from './delay.rules.ts';
import { type Fen, formatYuan, mulDivHalfUp, requireFen, timesMultiple, yuan } from './money.rules.ts';

export type Text = { zh: string; en: string };

// ---------------------------------------------------------------------------------------------
// The rule catalogue: what each named rule is and where it comes from.

export type RuleSource = {
  /** Numbers in /work/shared/spec/DOMAIN-RULES.md; empty for a rule taken from a seed only. */
  domainRules: readonly number[];
  /** Seed files ("001".."004") the rule also follows. */
  seeds: readonly string[];
  /** The legal or contractual text, short. */
  basis: string;
};

export type RuleInfo = { code: CompensationRuleCode; title: Text; source: RuleSource };

export const COMPENSATION_RULES: { readonly [K in CompensationRuleCode]: RuleInfo & { code: K } } = {
  delayFeeWaiver: {
    code: 'delayFeeWaiver',
    title: { zh: '延误免收本单运费', en: 'Delay: waive this shipment’s fee' },
    source: { domainRules: [9], seeds: ['001'], basis: 'GB/T 27917.3-2011 [S]; 保价费等附加费用不免' },
  },
  delayDestroysValue: {
    code: 'delayDestroysValue',
    title: { zh: '延误致物品失去价值按丢失/损毁赔偿', en: 'Delay that destroys the value counts as a loss' },
    source: { domainRules: [9], seeds: [], basis: 'GB/T 27917.3-2011 [S]' },
  },
  completeDelay: {
    code: 'completeDelay',
    title: { zh: '彻底延误视为丢失', en: 'Complete delay (彻底延误) counts as a loss' },
    source: { domainRules: [10], seeds: [], basis: 'GB/T 27917.3-2011 [S]: 同城 3 日, 省内异地/省际 7 日' },
  },
  insuredDeclaredValue: {
    code: 'insuredDeclaredValue',
    title: { zh: '保价快件按保价金额赔偿', en: 'Insured: the declared value' },
    source: { domainRules: [7], seeds: ['001'], basis: '快递暂行条例 Art 27 (2018) / Art 28 (2025)' },
  },
  uninsuredFeeMultiple: {
    code: 'uninsuredFeeMultiple',
    title: { zh: '未保价按实际损失, 以运费倍数为限', en: 'Uninsured: actual loss up to a multiple of the fee' },
    source: { domainRules: [11, 7], seeds: ['001'], basis: '运单格式条款惯例 5 倍运费 [S]; 民法典 Art 832/833; 消法 Art 26' },
  },
  orderRefund: {
    code: 'orderRefund',
    title: { zh: '丢失/损坏商品退款(部分损坏按比例)', en: 'Lost or damaged goods: refund (pro rata if partial)' },
    source: { domainRules: [], seeds: ['004'], basis: '配送公司售后管理制度: 补发货物、退款或给予一定补偿' },
  },
  foodSafety: {
    code: 'foodSafety',
    title: { zh: '食品安全: 赔偿损失并支付价款十倍或损失三倍', en: 'Food safety: loss plus 10× price or 3× loss' },
    source: { domainRules: [22], seeds: [], basis: '食品安全法 Art 148 [S]: 增加赔偿不足一千元的, 为一千元' },
  },
  fraud: {
    code: 'fraud',
    title: { zh: '欺诈: 增加赔偿价款三倍', en: 'Fraud: extra 3× the price paid' },
    source: { domainRules: [19], seeds: [], basis: '消费者权益保护法 Art 55 ¶1 [P]: 不足五百元的, 为五百元' },
  },
  noReasonReturn: {
    code: 'noReasonReturn',
    title: { zh: '七日无理由退货', en: '7-day no-reason return' },
    source: { domainRules: [17], seeds: [], basis: '消费者权益保护法 Art 25 [P]' },
  },
  qualityReturn: {
    code: 'qualityReturn',
    title: { zh: '质量问题退货/修理/更换, 经营者承担运费', en: 'Quality defect: return, repair or replace; merchant pays freight' },
    source: { domainRules: [18], seeds: ['004'], basis: '消费者权益保护法 Art 24 [P]' },
  },
  threeGuarantees: {
    code: 'threeGuarantees',
    title: { zh: '三包: 七日内性能故障可选退货、换货或修理', en: '三包: performance fault within 7 days → return, exchange or repair' },
    source: { domainRules: [23], seeds: ['004'], basis: '部分商品修理更换退货责任规定 [S]; 8–15 日换货/修理 [U]' },
  },
  qualityRefundVoucher: {
    code: 'qualityRefundVoucher',
    title: { zh: '质量退款另赠等值购物券', en: 'Quality refund plus a voucher of equal value' },
    source: { domainRules: [], seeds: ['003'], basis: '永辉超市: 全额退款并赠送等值购物券 (company goodwill, not law)' },
  },
};

// ---------------------------------------------------------------------------------------------
// Default policies per industry preset.

const CARRIER_POLICY: CompensationPolicy = {
  delayFeeWaiver: { enabled: true },
  delayDestroysValue: { enabled: true },
  completeDelay: { enabled: true, sameCityDays: 3, otherDays: 7 },
  insuredDeclaredValue: { enabled: true, payProvenLossWithinDeclared: true },
  uninsuredFeeMultiple: { enabled: true, feeMultiple: 5 },
  // A carrier sells carriage, not the goods: loss is priced by the carriage rules above.
  orderRefund: { enabled: false },
  foodSafety: { enabled: false, priceMultiple: 10, lossMultiple: 3, minimumExtraFen: yuan(1000) },
  fraud: { enabled: true, priceMultiple: 3, minimumExtraFen: yuan(500), basis: 'service_fee' },
  noReasonReturn: { enabled: false, windowDays: 7, returnFreightPaidBy: 'customer' },
  qualityReturn: { enabled: false, windowDays: 7 },
  threeGuarantees: { enabled: false, choiceWindowDays: 7, exchangeWindowDays: 15 },
  qualityRefundVoucher: { enabled: false, percentOfPrice: 100 },
};

const SELLER_POLICY: CompensationPolicy = {
  ...CARRIER_POLICY,
  // The customer bought the goods from us: a lost or spoiled order is refunded (or resent), and the
  // carrier's 保价 / fee-multiple terms are the company's own claim against the carrier (issue 11 item 9).
  insuredDeclaredValue: { enabled: false, payProvenLossWithinDeclared: true },
  uninsuredFeeMultiple: { enabled: false, feeMultiple: 5 },
  orderRefund: { enabled: true },
  foodSafety: { enabled: true, priceMultiple: 10, lossMultiple: 3, minimumExtraFen: yuan(1000) },
  fraud: { enabled: true, priceMultiple: 3, minimumExtraFen: yuan(500), basis: 'goods_price' },
  noReasonReturn: { enabled: true, windowDays: 7, returnFreightPaidBy: 'customer' },
  qualityReturn: { enabled: true, windowDays: 7 },
};

export const DEFAULT_COMPENSATION_POLICIES: { readonly [P in PresetCode]: CompensationPolicy } = {
  express: CARRIER_POLICY,
  logistics: CARRIER_POLICY,
  'fresh-food': SELLER_POLICY,
  supermarket: {
    ...SELLER_POLICY,
    threeGuarantees: { enabled: true, choiceWindowDays: 7, exchangeWindowDays: 15 },
    qualityRefundVoucher: { enabled: true, percentOfPrice: 100 },
  },
  'delivery-after-sales': {
    ...SELLER_POLICY,
    threeGuarantees: { enabled: true, choiceWindowDays: 7, exchangeWindowDays: 15 },
  },
};

/** A fresh copy of a preset's default policy (callers may edit it). */
export function defaultCompensationPolicy(preset: PresetCode): CompensationPolicy {
  return structuredClone(DEFAULT_COMPENSATION_POLICIES[preset]);
}

// ---------------------------------------------------------------------------------------------
// Facts.

export type ShipmentFacts = {
  serviceType: ServiceType;
  /** The base service fee of this shipment (运费), fen. */
  freightFen: Fen;
  /** 保价费 and other add-on fees, fen. Never waived for a delay (rule 9). */
  addOnFeesFen: Fen;
  insured: boolean;
  /** The declared value (保价金额), fen; required when insured. */
  declaredValueFen: Fen | null;
};

/** Goods excluded from the no-reason return besides fresh food (rule 17). */
export type NoReasonExclusion = 'custom_made' | 'digital_unsealed' | 'periodical' | 'confirmed_at_purchase';

export type GoodsFacts = {
  unitPriceFen: Fen;
  quantity: number;
  /** 鲜活易腐: excluded from the no-reason return (rule 17). */
  freshFood: boolean;
  noReasonExclusion: NoReasonExclusion | null;
  /** Whether the goods are on the 三包 list (rule 23: appliances and the like). */
  threeGuaranteesListed: boolean;
};

/** The customer's stated actual loss (all of it, the goods included) and whether it is proven (invoice, valuation). */
export type LossClaim = { claimedFen: Fen; proven: boolean };

/** Delays that are not the company's (rule 9, waybill terms). */
export type DelayExcuse = 'wrong_address' | 'recipient_unreachable';

/** Grounds on which the carrier is not liable (rule 7, 民法典 Art 832) — the company must prove them. */
export type Exemption = 'force_majeure' | 'natural_properties' | 'customer_fault';

export type RemedyChoice = 'return' | 'exchange' | 'repair';

export type Incident =
  | {
      kind: 'delay';
      promisedAt: Date;
      deliveredAt: Date | null;
      /** The delay destroyed the item's value (rotten fresh food, a missed event). */
      valueDestroyed: boolean;
      excuse: DelayExcuse | null;
    }
  | { kind: 'loss' }
  /** `damagedParts` of `totalParts` (3 of 10 items, or 30 of 100 for an assessed 30 %); equal = total damage. */
  | { kind: 'damage'; damagedParts: number; totalParts: number }
  | { kind: 'no_reason_return'; daysSinceReceipt: number; intact: boolean; returnFreightFen: Fen }
  | { kind: 'quality_defect'; daysSinceReceipt: number; returnFreightFen: Fen; choice: RemedyChoice | null }
  | { kind: 'performance_fault'; daysSinceSale: number; returnFreightFen: Fen; choice: RemedyChoice | null }
  /** Nothing wrong with the delivery itself: a food-safety or fraud complaint on its own. */
  | { kind: 'other' };

export type CompensationFacts = {
  /** When the proposal is made (the delay check runs as of this instant). */
  now: Date;
  /** The company's IANA zone, for calendar days (rule 10). */
  timeZone: string;
  shipment: ShipmentFacts | null;
  goods: GoodsFacts | null;
  claim: LossClaim | null;
  incident: Incident;
  /** The complaint's nature: a food-safety complaint (rule 22). */
  foodSafety: boolean;
  /** The complaint's nature: fraud established (rule 19). */
  fraud: boolean;
  /** An exemption the company invokes (rule 7); the calculator then proposes no loss payment and asks for review. */
  exemption: Exemption | null;
};

// ---------------------------------------------------------------------------------------------
// The proposal.

export const LINE_KINDS = ['fee_waiver', 'compensation', 'refund', 'extra_compensation', 'return_freight', 'voucher'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export type RuleRef = {
  code: CompensationRuleCode;
  domainRules: readonly number[];
  seeds: readonly string[];
  title: Text;
};

export type ProposalLine = {
  kind: LineKind;
  /** Integer fen, rounded half up once per line. */
  amountFen: Fen;
  rule: RuleRef;
  explain: Text;
};

export type ManualReview =
  /** Rule 11: the customer proved a loss above the uninsured cap; the cap is proposed, the rest needs a person. */
  | { reason: 'proven_loss_above_cap'; claimedFen: Fen; capFen: Fen }
  /** Rule 7: the company invokes an exemption it must prove. */
  | { reason: 'exemption_claimed'; exemption: Exemption }
  | { reason: 'missing_facts'; missing: readonly string[] }
  /** Something counts as lost but no enabled rule prices it. */
  | { reason: 'no_applicable_rule' }
  /** Rule 18: a return asked for after the window needs the statutory termination conditions checked. */
  | { reason: 'return_after_window' };
export type ManualReviewReason = ManualReview['reason'];

export type IneligibleReason =
  | 'not_late'
  | 'window_passed'
  | 'fresh_perishable'
  | NoReasonExclusion
  | 'not_intact'
  | 'not_listed'
  | 'choice_not_allowed';

type FlagOf<K extends string> = { kind: K; rule: RuleRef | null; explain: Text };
export type ProposalFlag =
  | (FlagOf<'manual_review'> & ManualReview)
  | (FlagOf<'complete_delay'> & { completeDelayAt: Date })
  | FlagOf<'treated_as_loss'>
  | (FlagOf<'not_eligible'> & { reason: IneligibleReason })
  /** The facts call for a rule the policy has switched off. */
  | FlagOf<'rule_off'>
  | (FlagOf<'delay_excused'> & { excuse: DelayExcuse })
  /** 保价 is not insurance (rule 7): the declared value was proposed without a proven actual value. */
  | FlagOf<'verify_value'>
  /** Food safety and fraud both apply; only the larger extra is proposed (one punitive basis per claim). */
  | (FlagOf<'punitive_overlap'> & { dropped: Fen });

export type ProposalOption = { choice: RemedyChoice | 'resend'; rule: RuleRef; explain: Text };

export type CompensationProposal = {
  lines: ProposalLine[];
  totalFen: Fen;
  /** Remedies the customer may choose between (return / exchange / repair / resend). */
  options: ProposalOption[];
  flags: ProposalFlag[];
  /** True when any flag asks for manual review. */
  manualReview: boolean;
  /** The delay check, for a delay incident. */
  delay: DelayAssessment | null;
  /** A deep copy of the policy used, to freeze onto the remedy. */
  policy: CompensationPolicy;
};

// ---------------------------------------------------------------------------------------------
// Helpers.

function ref(code: CompensationRuleCode): RuleRef {
  const r = COMPENSATION_RULES[code];
  return { code, domainRules: r.source.domainRules, seeds: r.source.seeds, title: r.title };
}

type Outcome = { lines: ProposalLine[]; flags: ProposalFlag[]; options: ProposalOption[] };
const none = (): Outcome => ({ lines: [], flags: [], options: [] });

function ruleOff(code: CompensationRuleCode): Outcome {
  const title = COMPENSATION_RULES[code].title;
  return {
    ...none(),
    flags: [{ kind: 'rule_off', rule: ref(code), explain: { zh: `规则“${title.zh}”已停用`, en: `The rule “${title.en}” is switched off` } }],
  };
}

function missing(code: CompensationRuleCode | null, fields: string[]): Outcome {
  return {
    ...none(),
    flags: [
      {
        kind: 'manual_review',
        reason: 'missing_facts',
        missing: fields,
        rule: code ? ref(code) : null,
        explain: { zh: `缺少事实: ${fields.join(', ')}`, en: `Missing facts: ${fields.join(', ')}` },
      },
    ],
  };
}

function merge(...outcomes: Outcome[]): Outcome {
  return {
    lines: outcomes.flatMap((o) => o.lines),
    flags: outcomes.flatMap((o) => o.flags),
    options: outcomes.flatMap((o) => o.options),
  };
}

export function pricePaidFen(goods: GoodsFacts): Fen {
  return requireFen(goods.unitPriceFen * goods.quantity, 'unit price × quantity');
}

/** Lines that already pay the customer for the goods themselves. */
function goodsPaid(lines: readonly ProposalLine[]): Fen {
  return lines.filter((l) => l.kind === 'refund' || l.kind === 'compensation').reduce((s, l) => s + l.amountFen, 0);
}

type Share = { parts: number; total: number };
const WHOLE: Share = { parts: 1, total: 1 };
const shareText = (s: Share): string => (s.parts === s.total ? '' : ` × ${s.parts}/${s.total}`);

// ---------------------------------------------------------------------------------------------
// The rules, one pure function each.

/** Rule 9: waive this shipment's service fee; the add-on fees stay charged. */
export function delayFeeWaiverRule(shipment: ShipmentFacts, policy: CompensationPolicy): Outcome {
  if (!policy.delayFeeWaiver.enabled) return ruleOff('delayFeeWaiver');
  const addOn = shipment.addOnFeesFen > 0;
  return {
    ...none(),
    lines: [
      {
        kind: 'fee_waiver',
        amountFen: shipment.freightFen,
        rule: ref('delayFeeWaiver'),
        explain: {
          zh: `快件延误, 免收本单运费 ${formatYuan(shipment.freightFen)}${addOn ? `; 保价等附加费用 ${formatYuan(shipment.addOnFeesFen)} 不在免收之列` : ''} (规则 9)`,
          en: `Delayed shipment: this shipment's fee of ${formatYuan(shipment.freightFen)} is waived${addOn ? `; add-on fees (保价 etc.) of ${formatYuan(shipment.addOnFeesFen)} are not` : ''} (rule 9)`,
        },
      },
    ],
  };
}

/** Rule 7: insured → the declared value (pro rata), or a proven lower loss when the policy says so. */
export function insuredDeclaredValueRule(facts: CompensationFacts, shipment: ShipmentFacts, share: Share, policy: CompensationPolicy): Outcome {
  const p = policy.insuredDeclaredValue;
  if (!p.enabled) return ruleOff('insuredDeclaredValue');
  if (shipment.declaredValueFen === null) return missing('insuredDeclaredValue', ['shipment.declaredValueFen']);
  const ceiling = mulDivHalfUp(shipment.declaredValueFen, share.parts, share.total);
  const claim = facts.claim;
  const useProven = p.payProvenLossWithinDeclared && claim !== null && claim.proven && claim.claimedFen < ceiling;
  const amount = useProven ? claim.claimedFen : ceiling;
  const line: ProposalLine = {
    kind: 'compensation',
    amountFen: amount,
    rule: ref('insuredDeclaredValue'),
    explain: useProven
      ? {
          zh: `保价快件, 按已证明的实际损失 ${formatYuan(amount)} 赔偿 (不超过保价金额 ${formatYuan(ceiling)}) (规则 7)`,
          en: `Insured: the proven actual loss of ${formatYuan(amount)}, within the declared value of ${formatYuan(ceiling)} (rule 7)`,
        }
      : {
          zh: `保价快件, 按保价金额 ${formatYuan(shipment.declaredValueFen)}${shareText(share)} = ${formatYuan(amount)} 赔偿 (规则 7)`,
          en: `Insured: the declared value ${formatYuan(shipment.declaredValueFen)}${shareText(share)} = ${formatYuan(amount)} (rule 7)`,
        },
  };
  const flags: ProposalFlag[] = [];
  if (!(claim?.proven ?? false)) {
    flags.push({
      kind: 'verify_value',
      rule: ref('insuredDeclaredValue'),
      explain: { zh: '保价不等于保险: 请核实货物实际价值', en: '保价 is not insurance: check the goods’ actual value' },
    });
  }
  return { lines: [line], flags, options: [] };
}

/**
 * Rule 11: uninsured → the actual loss, capped at `feeMultiple` × the service fee. With no stated value the
 * cap (pro rata for partial damage) is proposed; a proven loss above the cap proposes the cap and asks for
 * manual review of the claimed amount (the approval chain then follows the amount a person proposes).
 */
export function uninsuredFeeMultipleRule(facts: CompensationFacts, shipment: ShipmentFacts, share: Share, policy: CompensationPolicy): Outcome {
  const p = policy.uninsuredFeeMultiple;
  if (!p.enabled) return ruleOff('uninsuredFeeMultiple');
  const cap = timesMultiple(shipment.freightFen, p.feeMultiple);
  const claim = facts.claim;
  const r = ref('uninsuredFeeMultiple');
  const capText = { zh: `运费 ${formatYuan(shipment.freightFen)} × ${p.feeMultiple} = ${formatYuan(cap)}`, en: `${p.feeMultiple} × the fee of ${formatYuan(shipment.freightFen)} = ${formatYuan(cap)}` };
  if (claim === null) {
    const amount = mulDivHalfUp(cap, share.parts, share.total);
    return {
      ...none(),
      lines: [
        {
          kind: 'compensation',
          amountFen: amount,
          rule: r,
          explain: {
            zh: `未保价, 客户未声明价值: 按上限 ${capText.zh}${shareText(share)} 赔偿 ${formatYuan(amount)} (规则 11)`,
            en: `Uninsured, no value stated: the cap, ${capText.en}${shareText(share)}, gives ${formatYuan(amount)} (rule 11)`,
          },
        },
      ],
    };
  }
  if (claim.claimedFen <= cap) {
    return {
      ...none(),
      lines: [
        {
          kind: 'compensation',
          amountFen: claim.claimedFen,
          rule: r,
          explain: {
            zh: `未保价, 按实际损失 ${formatYuan(claim.claimedFen)} 赔偿 (上限 ${capText.zh})${claim.proven ? '' : ', 损失尚未证明'} (规则 11)`,
            en: `Uninsured: the actual loss of ${formatYuan(claim.claimedFen)} (cap ${capText.en})${claim.proven ? '' : ', loss not yet proven'} (rule 11)`,
          },
        },
      ],
    };
  }
  const line: ProposalLine = {
    kind: 'compensation',
    amountFen: cap,
    rule: r,
    explain: {
      zh: `未保价, 客户主张 ${formatYuan(claim.claimedFen)}, 按上限 ${capText.zh} 提议 (规则 11)`,
      en: `Uninsured: the customer claims ${formatYuan(claim.claimedFen)}; the cap, ${capText.en}, is proposed (rule 11)`,
    },
  };
  if (!claim.proven) return { ...none(), lines: [line] };
  return {
    ...none(),
    lines: [line],
    flags: [
      {
        kind: 'manual_review',
        reason: 'proven_loss_above_cap',
        claimedFen: claim.claimedFen,
        capFen: cap,
        rule: r,
        explain: {
          zh: `客户已证明实际损失 ${formatYuan(claim.claimedFen)}, 超过上限 ${formatYuan(cap)}: 需人工审核, 超出权限的金额须按权限审批 (规则 11; 格式条款不得不合理地免责, 消法 Art 26)`,
          en: `The customer proved a loss of ${formatYuan(claim.claimedFen)}, above the cap of ${formatYuan(cap)}: manual review, and approval by authority for the amount (rule 11; 消法 Art 26)`,
        },
      },
    ],
  };
}

/** Seed 004: a seller refunds lost goods, or the damaged share of them; resend / replace are the alternatives. */
export function orderRefundRule(goods: GoodsFacts, share: Share, lost: boolean, policy: CompensationPolicy): Outcome {
  if (!policy.orderRefund.enabled) return ruleOff('orderRefund');
  const paid = pricePaidFen(goods);
  const amount = mulDivHalfUp(paid, share.parts, share.total);
  const r = ref('orderRefund');
  return {
    lines: [
      {
        kind: 'refund',
        amountFen: amount,
        rule: r,
        explain: {
          zh: `商品${lost ? '丢失' : '损坏'}, 退还货款 ${formatYuan(paid)}${shareText(share)} = ${formatYuan(amount)} (售后制度 004)`,
          en: `Goods ${lost ? 'lost' : 'damaged'}: refund of ${formatYuan(paid)}${shareText(share)} = ${formatYuan(amount)} (seed 004)`,
        },
      },
    ],
    flags: [],
    options: [
      {
        choice: lost ? 'resend' : 'exchange',
        rule: r,
        explain: lost ? { zh: '或补发货物', en: 'or resend the goods' } : { zh: '或换货/维修', en: 'or exchange / repair' },
      },
    ],
  };
}

/** The loss path: carriage rules (rules 7, 11) for a carrier, the order refund (seed 004) for a seller. */
export function lossRules(facts: CompensationFacts, share: Share, lost: boolean, policy: CompensationPolicy): Outcome {
  const carriage = policy.insuredDeclaredValue.enabled || policy.uninsuredFeeMultiple.enabled;
  if (facts.exemption !== null) {
    return {
      ...none(),
      flags: [
        {
          kind: 'manual_review',
          reason: 'exemption_claimed',
          exemption: facts.exemption,
          rule: ref(carriage ? 'insuredDeclaredValue' : 'orderRefund'),
          explain: {
            zh: `公司主张免责 (${facts.exemption}); 须由公司举证, 不自动提议赔偿 (规则 7, 民法典 Art 832)`,
            en: `The company invokes an exemption (${facts.exemption}); it must prove it, so nothing is proposed automatically (rule 7, Civil Code Art 832)`,
          },
        },
      ],
    };
  }
  if (carriage && facts.shipment !== null) {
    return facts.shipment.insured
      ? insuredDeclaredValueRule(facts, facts.shipment, share, policy)
      : uninsuredFeeMultipleRule(facts, facts.shipment, share, policy);
  }
  if (policy.orderRefund.enabled && facts.goods !== null) return orderRefundRule(facts.goods, share, lost, policy);
  if (carriage) return missing('uninsuredFeeMultiple', ['shipment']);
  if (policy.orderRefund.enabled) return missing('orderRefund', ['goods']);
  return {
    ...none(),
    flags: [
      {
        kind: 'manual_review',
        reason: 'no_applicable_rule',
        rule: null,
        explain: { zh: '视为丢失, 但没有启用的规则可以计算金额', en: 'Counts as lost, but no enabled rule prices it' },
      },
    ],
  };
}

/** Rules 9 and 10 for a delay incident: excused, not late, waive the fee, or treat as a loss. */
export function delayRules(
  facts: CompensationFacts,
  incident: Extract<Incident, { kind: 'delay' }>,
  policy: CompensationPolicy,
): { outcome: Outcome; assessment: DelayAssessment | null } {
  const shipment = facts.shipment;
  if (shipment === null) return { outcome: missing('delayFeeWaiver', ['shipment']), assessment: null };
  const assessment = assessDelay(
    { serviceType: shipment.serviceType, promisedAt: incident.promisedAt, deliveredAt: incident.deliveredAt, now: facts.now, timeZone: facts.timeZone },
    policy.completeDelay,
  );
  if (incident.excuse !== null) {
    const outcome: Outcome = {
      ...none(),
      flags: [
        {
          kind: 'delay_excused',
          excuse: incident.excuse,
          rule: ref('delayFeeWaiver'),
          explain: {
            zh: `延误因${incident.excuse === 'wrong_address' ? '地址错误' : '收件人无法联系'}造成, 不属企业延误 (规则 9)`,
            en: `The delay was caused by ${incident.excuse === 'wrong_address' ? 'a wrong address' : 'an unreachable recipient'}, not the company (rule 9)`,
          },
        },
      ],
    };
    return { outcome, assessment };
  }
  if (assessment.status === 'on_time') {
    const outcome: Outcome = {
      ...none(),
      flags: [
        {
          kind: 'not_eligible',
          reason: 'not_late',
          rule: ref('delayFeeWaiver'),
          explain: { zh: '未超过承诺送达时间', en: 'Not past the promised delivery time' },
        },
      ],
    };
    return { outcome, assessment };
  }
  // Treated as a loss instead of the fee waiver: the loss payment is the larger remedy and rule 9 says "as for loss".
  if (assessment.status === 'complete_delay' && policy.completeDelay.enabled) {
    const flag: ProposalFlag = {
      kind: 'complete_delay',
      completeDelayAt: assessment.completeDelayAt,
      rule: ref('completeDelay'),
      explain: {
        zh: `自承诺送达时间起已满 ${assessment.thresholdDays} 个自然日仍未妥投: 彻底延误, 视为丢失 (规则 10)`,
        en: `Not delivered ${assessment.thresholdDays} calendar days after the promised time: complete delay, treated as lost (rule 10)`,
      },
    };
    return { outcome: merge({ ...none(), flags: [flag] }, lossRules(facts, WHOLE, true, policy)), assessment };
  }
  if (incident.valueDestroyed) {
    if (!policy.delayDestroysValue.enabled) return { outcome: merge(ruleOff('delayDestroysValue'), delayFeeWaiverRule(shipment, policy)), assessment };
    const flag: ProposalFlag = {
      kind: 'treated_as_loss',
      rule: ref('delayDestroysValue'),
      explain: { zh: '延误致物品失去价值 (如生鲜), 按丢失赔偿 (规则 9)', en: 'The delay destroyed the item’s value (e.g. fresh food): compensated as a loss (rule 9)' },
    };
    return { outcome: merge({ ...none(), flags: [flag] }, lossRules(facts, WHOLE, true, policy)), assessment };
  }
  return { outcome: delayFeeWaiverRule(shipment, policy), assessment };
}

function refundLine(code: CompensationRuleCode, amount: Fen, explain: Text): ProposalLine {
  return { kind: 'refund', amountFen: amount, rule: ref(code), explain };
}

function freightLine(code: CompensationRuleCode, amount: Fen, domainRule: number): ProposalLine[] {
  if (amount === 0) return [];
  return [
    {
      kind: 'return_freight',
      amountFen: amount,
      rule: ref(code),
      explain: {
        zh: `往返运费 ${formatYuan(amount)} 由经营者承担 (规则 ${domainRule})`,
        en: `Return freight of ${formatYuan(amount)} paid by the merchant (rule ${domainRule})`,
      },
    },
  ];
}

function notEligible(code: CompensationRuleCode, reason: IneligibleReason, explain: Text): Outcome {
  return { ...none(), flags: [{ kind: 'not_eligible', reason, rule: ref(code), explain }] };
}

/** Rule 17: within the window of receipt, intact, not an excluded kind of goods → refund; freight per policy. */
export function noReasonReturnRule(
  goods: GoodsFacts,
  incident: Extract<Incident, { kind: 'no_reason_return' }>,
  policy: CompensationPolicy,
): Outcome {
  const p = policy.noReasonReturn;
  if (!p.enabled) return ruleOff('noReasonReturn');
  if (goods.freshFood) return notEligible('noReasonReturn', 'fresh_perishable', { zh: '鲜活易腐商品不适用七日无理由退货 (规则 17)', en: 'Fresh and perishable goods are excluded from the no-reason return (rule 17)' });
  if (goods.noReasonExclusion !== null) {
    return notEligible('noReasonReturn', goods.noReasonExclusion, {
      zh: `该商品 (${goods.noReasonExclusion}) 不适用七日无理由退货 (规则 17)`,
      en: `These goods (${goods.noReasonExclusion}) are excluded from the no-reason return (rule 17)`,
    });
  }
  // The day of receipt is day 0 (民法典 Art 201: the first day is not counted), so day 7 is still inside.
  if (incident.daysSinceReceipt > p.windowDays) {
    return notEligible('noReasonReturn', 'window_passed', {
      zh: `收货已 ${incident.daysSinceReceipt} 日, 超过 ${p.windowDays} 日无理由退货期 (规则 17)`,
      en: `${incident.daysSinceReceipt} days since receipt, past the ${p.windowDays}-day window (rule 17)`,
    });
  }
  if (!incident.intact) return notEligible('noReasonReturn', 'not_intact', { zh: '商品不完好, 不适用无理由退货 (规则 17)', en: 'The goods are not intact (rule 17)' });
  const paid = pricePaidFen(goods);
  const merchantPays = p.returnFreightPaidBy === 'merchant';
  const lines = [
    refundLine('noReasonReturn', paid, {
      zh: `七日无理由退货, 收到退货后 7 日内退还货款 ${formatYuan(paid)}${merchantPays ? '' : '; 退货运费由消费者承担'} (规则 17)`,
      en: `No-reason return: refund ${formatYuan(paid)} within 7 days of receiving the goods back${merchantPays ? '' : '; the consumer pays the return freight'} (rule 17)`,
    }),
    ...(merchantPays ? freightLine('noReasonReturn', incident.returnFreightFen, 17) : []),
  ];
  return { ...none(), lines, options: [{ choice: 'return', rule: ref('noReasonReturn'), explain: { zh: '退货退款', en: 'return for a refund' } }] };
}

/** Rule 18: a quality defect → return within the window, else repair or replace; the merchant pays the freight. */
export function qualityReturnRule(goods: GoodsFacts, incident: Extract<Incident, { kind: 'quality_defect' }>, policy: CompensationPolicy): Outcome {
  const p = policy.qualityReturn;
  if (!p.enabled) return ruleOff('qualityReturn');
  const r = ref('qualityReturn');
  const within = incident.daysSinceReceipt <= p.windowDays;
  const choices: RemedyChoice[] = within ? ['return', 'exchange', 'repair'] : ['exchange', 'repair'];
  const options: ProposalOption[] = choices.map((choice) => ({
    choice,
    rule: r,
    explain: within
      ? { zh: `收货 ${p.windowDays} 日内可退货, 也可更换或修理`, en: `Within ${p.windowDays} days of receipt: return, or replace or repair` }
      : { zh: `已过 ${p.windowDays} 日: 更换或修理`, en: `Past ${p.windowDays} days: replace or repair` },
  }));
  const choice = incident.choice ?? (within ? 'return' : null);
  if (choice === 'return' && !within) {
    return {
      lines: freightLine('qualityReturn', incident.returnFreightFen, 18),
      options,
      flags: [
        {
          kind: 'manual_review',
          reason: 'return_after_window',
          rule: r,
          explain: {
            zh: `超过 ${p.windowDays} 日要求退货: 须符合法定解除合同条件, 否则修理或更换 (规则 18)`,
            en: `A return asked for after ${p.windowDays} days needs the statutory termination conditions; otherwise repair or replace (rule 18)`,
          },
        },
      ],
    };
  }
  const paid = pricePaidFen(goods);
  const lines =
    choice === 'return'
      ? [
          refundLine('qualityReturn', paid, {
            zh: `质量问题, 收货 ${incident.daysSinceReceipt} 日内退货, 退还货款 ${formatYuan(paid)} (规则 18)`,
            en: `Quality defect, returned ${incident.daysSinceReceipt} days after receipt: refund ${formatYuan(paid)} (rule 18)`,
          }),
        ]
      : [];
  return { lines: [...lines, ...freightLine('qualityReturn', incident.returnFreightFen, 18)], options, flags: [] };
}

/** Rule 23 (三包): listed goods with a performance fault — what the consumer may choose depends on the days since sale. */
export function threeGuaranteesRule(goods: GoodsFacts, incident: Extract<Incident, { kind: 'performance_fault' }>, policy: CompensationPolicy): Outcome {
  const p = policy.threeGuarantees;
  if (!p.enabled) return ruleOff('threeGuarantees');
  const r = ref('threeGuarantees');
  if (!goods.threeGuaranteesListed) return notEligible('threeGuarantees', 'not_listed', { zh: '该商品不在三包目录内 (规则 23)', en: 'The goods are not on the 三包 list (rule 23)' });
  const days = incident.daysSinceSale;
  const allowed: RemedyChoice[] = days <= p.choiceWindowDays ? ['return', 'exchange', 'repair'] : days <= p.exchangeWindowDays ? ['exchange', 'repair'] : ['repair'];
  const options: ProposalOption[] = allowed.map((choice) => ({
    choice,
    rule: r,
    explain: {
      zh: `售出 ${days} 日内出现性能故障, 可选: ${allowed.join(' / ')}`,
      en: `Performance fault ${days} days after sale; the consumer may choose: ${allowed.join(' / ')}`,
    },
  }));
  if (incident.choice === null) return { ...none(), options };
  if (!allowed.includes(incident.choice)) {
    return {
      ...notEligible('threeGuarantees', 'choice_not_allowed', {
        zh: `售出已 ${days} 日, 不能选择 ${incident.choice} (规则 23)`,
        en: `${days} days after sale, ${incident.choice} is not available (rule 23)`,
      }),
      options,
    };
  }
  const paid = pricePaidFen(goods);
  const lines: ProposalLine[] =
    incident.choice === 'return'
      ? [refundLine('threeGuarantees', paid, { zh: `三包退货, 退还货款 ${formatYuan(paid)} (规则 23)`, en: `三包 return: refund ${formatYuan(paid)} (rule 23)` })]
      : [];
  return { lines: [...lines, ...freightLine('threeGuarantees', incident.returnFreightFen, 18)], options, flags: [] };
}

/** Seed 003: a voucher worth `percentOfPrice` % of the price beside a refund for a quality problem or damaged goods. */
export function qualityRefundVoucherRule(facts: CompensationFacts, lines: readonly ProposalLine[], policy: CompensationPolicy): Outcome {
  const p = policy.qualityRefundVoucher;
  if (!p.enabled || facts.goods === null) return none();
  const eligible: CompensationRuleCode[] = ['orderRefund', 'qualityReturn', 'threeGuarantees'];
  if (!lines.some((l) => l.kind === 'refund' && eligible.includes(l.rule.code))) return none();
  const paid = pricePaidFen(facts.goods);
  const amount = mulDivHalfUp(paid, p.percentOfPrice, 100);
  return {
    ...none(),
    lines: [
      {
        kind: 'voucher',
        amountFen: amount,
        rule: ref('qualityRefundVoucher'),
        explain: {
          zh: `退款之外赠送购物券 ${formatYuan(amount)} (货款的 ${p.percentOfPrice}%, 企业政策, 参照 003)`,
          en: `A voucher of ${formatYuan(amount)} besides the refund (${p.percentOfPrice}% of the price; company goodwill, seed 003)`,
        },
      },
    ],
  };
}

/**
 * Rule 22: besides the loss, max(priceMultiple × price, lossMultiple × loss), at least `minimumExtraFen`.
 * The loss is the proven claim (everything, goods included) or else the price paid; what earlier lines already
 * pay for the goods counts against it. Of "10× price or 3× loss" the consumer may pick; the larger is proposed.
 */
export function foodSafetyRule(facts: CompensationFacts, lines: readonly ProposalLine[], policy: CompensationPolicy): Outcome {
  const p = policy.foodSafety;
  if (!p.enabled) return ruleOff('foodSafety');
  if (facts.goods === null) return missing('foodSafety', ['goods']);
  const r = ref('foodSafety');
  const paid = pricePaidFen(facts.goods);
  const loss = facts.claim !== null && facts.claim.proven ? facts.claim.claimedFen : paid;
  const already = goodsPaid(lines);
  const out: ProposalLine[] = [];
  if (loss > already) {
    const rest = loss - already;
    out.push({
      kind: already === 0 && loss === paid ? 'refund' : 'compensation',
      amountFen: rest,
      rule: r,
      explain: {
        zh: `食品安全问题, 赔偿损失 ${formatYuan(loss)}${already > 0 ? ` (已含其他项 ${formatYuan(already)}, 本项 ${formatYuan(rest)})` : ''} (规则 22)`,
        en: `Food safety: the loss of ${formatYuan(loss)} is paid${already > 0 ? ` (${formatYuan(already)} by other lines, ${formatYuan(rest)} here)` : ''} (rule 22)`,
      },
    });
  }
  const byPrice = timesMultiple(paid, p.priceMultiple);
  const byLoss = timesMultiple(loss, p.lossMultiple);
  const extra = Math.max(byPrice, byLoss, p.minimumExtraFen);
  const why =
    extra === p.minimumExtraFen && extra > Math.max(byPrice, byLoss)
      ? { zh: `不足 ${formatYuan(p.minimumExtraFen)}, 按 ${formatYuan(p.minimumExtraFen)}`, en: `below the minimum, so ${formatYuan(p.minimumExtraFen)}` }
      : byPrice >= byLoss
        ? { zh: `按价款 ${p.priceMultiple} 倍`, en: `${p.priceMultiple}× the price` }
        : { zh: `按损失 ${p.lossMultiple} 倍`, en: `${p.lossMultiple}× the loss` };
  out.push({
    kind: 'extra_compensation',
    amountFen: extra,
    rule: r,
    explain: {
      zh: `食品安全增加赔偿: 价款 ${formatYuan(paid)} × ${p.priceMultiple} = ${formatYuan(byPrice)}, 损失 ${formatYuan(loss)} × ${p.lossMultiple} = ${formatYuan(byLoss)}, ${why.zh}: ${formatYuan(extra)} (规则 22)`,
      en: `Food-safety extra: ${p.priceMultiple} × price ${formatYuan(paid)} = ${formatYuan(byPrice)}, ${p.lossMultiple} × loss ${formatYuan(loss)} = ${formatYuan(byLoss)}; ${why.en}: ${formatYuan(extra)} (rule 22)`,
    },
  });
  return { ...none(), lines: out };
}

/** Rule 19: extra priceMultiple × what was paid (goods price or service fee), at least `minimumExtraFen`; the price itself is refunded if nothing else pays it. */
export function fraudRule(facts: CompensationFacts, lines: readonly ProposalLine[], policy: CompensationPolicy): Outcome {
  const p = policy.fraud;
  if (!p.enabled) return ruleOff('fraud');
  const r = ref('fraud');
  let base: Fen;
  if (p.basis === 'goods_price') {
    if (facts.goods === null) return missing('fraud', ['goods']);
    base = pricePaidFen(facts.goods);
  } else {
    if (facts.shipment === null) return missing('fraud', ['shipment']);
    base = facts.shipment.freightFen + facts.shipment.addOnFeesFen;
  }
  const what = p.basis === 'goods_price' ? { zh: '货款', en: 'the price' } : { zh: '服务费用', en: 'the service fee' };
  const out: ProposalLine[] = [];
  const alreadyPaidBack = p.basis === 'goods_price' ? goodsPaid(lines) > 0 : lines.some((l) => l.kind === 'fee_waiver' || l.kind === 'refund');
  if (!alreadyPaidBack && base > 0) {
    out.push(refundLine('fraud', base, { zh: `欺诈, 退还${what.zh} ${formatYuan(base)} (规则 19)`, en: `Fraud: ${what.en} of ${formatYuan(base)} is refunded (rule 19)` }));
  }
  const byPrice = timesMultiple(base, p.priceMultiple);
  const extra = Math.max(byPrice, p.minimumExtraFen);
  out.push({
    kind: 'extra_compensation',
    amountFen: extra,
    rule: r,
    explain: {
      zh: `欺诈增加赔偿: ${what.zh} ${formatYuan(base)} × ${p.priceMultiple} = ${formatYuan(byPrice)}${extra > byPrice ? `, 不足 ${formatYuan(p.minimumExtraFen)} 按 ${formatYuan(p.minimumExtraFen)}` : ''} (规则 19)`,
      en: `Fraud extra: ${p.priceMultiple} × ${what.en} ${formatYuan(base)} = ${formatYuan(byPrice)}${extra > byPrice ? `, below the minimum, so ${formatYuan(p.minimumExtraFen)}` : ''} (rule 19)`,
    },
  });
  return { ...none(), lines: out };
}

// ---------------------------------------------------------------------------------------------
// The calculator.

function checkFacts(facts: CompensationFacts): void {
  if (!Number.isFinite(facts.now.getTime())) throw new RangeError('now is not a valid date');
  const s = facts.shipment;
  if (s) {
    requireFen(s.freightFen, 'shipment.freightFen');
    requireFen(s.addOnFeesFen, 'shipment.addOnFeesFen');
    if (s.declaredValueFen !== null) requireFen(s.declaredValueFen, 'shipment.declaredValueFen');
  }
  const g = facts.goods;
  if (g) {
    requireFen(g.unitPriceFen, 'goods.unitPriceFen');
    if (!Number.isSafeInteger(g.quantity) || g.quantity < 1) throw new RangeError(`goods.quantity must be a positive integer, got ${g.quantity}`);
  }
  if (facts.claim) requireFen(facts.claim.claimedFen, 'claim.claimedFen');
  const i = facts.incident;
  if (i.kind === 'damage' && !(Number.isSafeInteger(i.totalParts) && i.totalParts >= 1 && Number.isSafeInteger(i.damagedParts) && i.damagedParts >= 1 && i.damagedParts <= i.totalParts)) {
    throw new RangeError('damage needs 1 ≤ damagedParts ≤ totalParts, both integers');
  }
  if ('returnFreightFen' in i) requireFen(i.returnFreightFen, 'incident.returnFreightFen');
  const days = i.kind === 'no_reason_return' || i.kind === 'quality_defect' ? i.daysSinceReceipt : i.kind === 'performance_fault' ? i.daysSinceSale : 0;
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
}

function incidentRules(facts: CompensationFacts, policy: CompensationPolicy): { outcome: Outcome; delay: DelayAssessment | null } {
  const i = facts.incident;
  switch (i.kind) {
    case 'delay':
      return (({ outcome, assessment }) => ({ outcome, delay: assessment }))(delayRules(facts, i, policy));
    case 'loss':
      return { outcome: lossRules(facts, WHOLE, true, policy), delay: null };
    case 'damage':
      return { outcome: lossRules(facts, { parts: i.damagedParts, total: i.totalParts }, false, policy), delay: null };
    case 'no_reason_return':
      return { outcome: facts.goods ? noReasonReturnRule(facts.goods, i, policy) : missing('noReasonReturn', ['goods']), delay: null };
    case 'quality_defect':
      return { outcome: facts.goods ? qualityReturnRule(facts.goods, i, policy) : missing('qualityReturn', ['goods']), delay: null };
    case 'performance_fault':
      return { outcome: facts.goods ? threeGuaranteesRule(facts.goods, i, policy) : missing('threeGuarantees', ['goods']), delay: null };
    case 'other':
      return { outcome: none(), delay: null };
  }
}

/**
 * Runs the enabled rules over the facts. The result proposes; it decides nothing — a person may change the
 * amounts (e.g. propose the proven ¥800 above an uninsured cap), and the approval chain follows the amount
 * finally proposed (authority.rules.ts).
 */
export function calculateCompensation(facts: CompensationFacts, policy: CompensationPolicy): CompensationProposal {
  checkFacts(facts);
  const { outcome, delay } = incidentRules(facts, policy);
  let acc = merge(outcome, qualityRefundVoucherRule(facts, outcome.lines, policy));
  const punitive: Outcome[] = [];
  if (facts.foodSafety) punitive.push(foodSafetyRule(facts, acc.lines, policy));
  if (facts.fraud) punitive.push(fraudRule(facts, acc.lines, policy));
  const extraOf = (o: Outcome): Fen => o.lines.filter((l) => l.kind === 'extra_compensation').reduce((s, l) => s + l.amountFen, 0);
  const [a, b] = punitive;
  if (a && b && extraOf(a) > 0 && extraOf(b) > 0) {
    // One punitive basis per claim: keep the larger (food safety on a tie, the more specific law), and the
    // loss / refund lines of the kept one only — the dropped one's refund would pay the goods twice.
    const [kept, dropped] = extraOf(b) > extraOf(a) ? [b, a] : [a, b];
    acc = merge(acc, kept, {
      ...none(),
      flags: [
        {
          kind: 'punitive_overlap',
          dropped: extraOf(dropped),
          rule: kept.lines[0]?.rule ?? null,
          explain: {
            zh: `食品安全与欺诈增加赔偿不叠加, 取较高者; 未采用 ${formatYuan(extraOf(dropped))}`,
            en: `Food-safety and fraud extras do not add up; the larger is proposed, ${formatYuan(extraOf(dropped))} is not`,
          },
        },
      ],
    });
  } else {
    acc = merge(acc, ...punitive);
  }
  return {
    lines: acc.lines,
    totalFen: acc.lines.reduce((s, l) => s + l.amountFen, 0),
    options: acc.options,
    flags: acc.flags,
    manualReview: acc.flags.some((f) => f.kind === 'manual_review'),
    delay,
    policy: structuredClone(policy),
  };
}
