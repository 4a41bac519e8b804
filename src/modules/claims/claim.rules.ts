// Recovery claims 追偿 against the carrier, outlet or supplier responsible (issue 11 item 9; seed 004:
// 由物流公司按照合同约定进行赔偿), as pure data and functions: how much may be claimed under the partner's
// contract, and which status may follow which. Amounts are integer fen (resolution's money rules).
import { type Fen, formatYuan, requireFen, timesMultiple } from '../resolution/money.rules.ts';

export type Text = { zh: string; en: string };

// ---------------------------------------------------------------------------------------------
// Statuses and their moves.

/**
 * filed 已提出 → accepted 对方认可 (maybe a lower agreed amount) / rejected 对方拒赔 (reason) → paid 已回款
 * (the amount recovered, may be partial) / written_off 核销. A rejected or never-answered claim may be written
 * off; paid and written_off are final.
 */
export const CLAIM_STATUSES = ['filed', 'accepted', 'rejected', 'paid', 'written_off'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The moves a claim may make, as data (the only place that says which status follows which). */
export const CLAIM_TRANSITIONS: { readonly [S in ClaimStatus]: readonly ClaimStatus[] } = {
  filed: ['accepted', 'rejected', 'written_off'],
  accepted: ['paid', 'written_off'],
  rejected: ['written_off'],
  paid: [],
  written_off: [],
};

/** Statuses in which the claim is still being pursued: at most one such claim per case and partner. */
export const OPEN_CLAIM_STATUSES: readonly ClaimStatus[] = ['filed', 'accepted'];

export const isOpenClaim = (s: ClaimStatus): boolean => OPEN_CLAIM_STATUSES.includes(s);

export function mayMove(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to);
}

/** What is still owed on a claim: the agreed amount (else the claimed one) while open, nothing after. */
export function outstandingFen(c: { status: ClaimStatus; claimedFen: Fen; agreedFen: Fen | null }): Fen {
  return isOpenClaim(c.status) ? (c.agreedFen ?? c.claimedFen) : 0;
}

/** Checks the amounts a move carries; null when fine, else the field at fault and why. */
export function checkMoveAmounts(
  claim: { claimedFen: Fen; agreedFen: Fen | null },
  move: { to: ClaimStatus; agreedFen?: Fen | null | undefined; recoveredFen?: Fen | null | undefined },
): { path: 'agreedFen' | 'recoveredFen'; problem: 'above_claimed' | 'above_agreed' | 'required' } | null {
  if (move.to === 'accepted' && move.agreedFen !== null && move.agreedFen !== undefined && move.agreedFen > claim.claimedFen) {
    return { path: 'agreedFen', problem: 'above_claimed' };
  }
  if (move.to === 'paid') {
    // Nothing recovered is not a payment: that claim is written off.
    if (move.recoveredFen === null || move.recoveredFen === undefined || move.recoveredFen < 1) return { path: 'recoveredFen', problem: 'required' };
    if (move.recoveredFen > (claim.agreedFen ?? claim.claimedFen)) return { path: 'recoveredFen', problem: 'above_agreed' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The claimable amount.

/** The term that produced the amount (like the compensation calculator names its rule). */
export const CLAIM_TERMS = ['loss', 'insured_declared_value', 'fee_multiple', 'contract_cap'] as const;
export type ClaimTerm = (typeof CLAIM_TERMS)[number];

export const CLAIM_TERM_INFO: { readonly [K in ClaimTerm]: { title: Text; domainRules: readonly number[]; seeds: readonly string[] } } = {
  loss: { title: { zh: '公司实际赔付客户的损失', en: 'What the company paid the customer for the loss' }, domainRules: [7], seeds: ['004'] },
  insured_declared_value: { title: { zh: '保价：以声明价值为限', en: 'Insured: up to the declared value' }, domainRules: [7], seeds: ['004'] },
  fee_multiple: { title: { zh: '未保价：以合同约定的运费倍数为限', en: 'Uninsured: up to the contract’s multiple of the freight' }, domainRules: [11], seeds: ['004'] },
  contract_cap: { title: { zh: '合同约定的单笔赔偿上限', en: 'The contract’s cap per claim' }, domainRules: [], seeds: ['004'] },
};

export type ClaimTermsInput = {
  /** Uninsured loss paid up to this multiple of the freight (rule 11); null = no such clause. */
  claimMultiple: number | null;
  /** The most the partner pays per claim, fen; null = no cap. */
  claimCapFen: Fen | null;
};

export type ClaimShipment = {
  freightFen: Fen | null;
  insured: boolean;
  declaredValueFen: Fen | null;
};

export type ClaimAmountInput = {
  /** What the company paid or credited the customer for the loss (or the amount stated by hand), fen. */
  lossFen: Fen;
  shipment: ClaimShipment;
  terms: ClaimTermsInput;
};

/** One ceiling the contract sets, and whether it was the one that bound. */
export type ClaimLimit = { term: Exclude<ClaimTerm, 'loss'>; ceilingFen: Fen; binding: boolean; explain: Text };

export type ClaimAmount =
  | {
      ok: true;
      amountFen: Fen;
      lossFen: Fen;
      /** The term that produced the amount: the loss itself, or the ceiling that cut it down. */
      term: ClaimTerm;
      domainRules: readonly number[];
      limits: ClaimLimit[];
      explain: Text;
    }
  | { ok: false; missing: 'freightFen' };

/**
 * The amount to claim: the loss, limited by the contract — insured (保价): at most the declared value (rule 7:
 * the 保价 terms agreed with the sender decide); uninsured with a fee multiple: at most multiple × this
 * shipment's freight (rule 11); and never above the contract's cap per claim. With a multiple but no freight
 * on the case the limit cannot be known: `missing: 'freightFen'`. The lowest ceiling that binds names the term.
 */
export function claimableAmount(input: ClaimAmountInput): ClaimAmount {
  const lossFen = requireFen(input.lossFen, 'lossFen');
  const { shipment, terms } = input;
  const limits: ClaimLimit[] = [];
  if (shipment.insured && shipment.declaredValueFen !== null) {
    const ceiling = requireFen(shipment.declaredValueFen, 'declaredValueFen');
    limits.push({
      term: 'insured_declared_value',
      ceilingFen: ceiling,
      binding: false,
      explain: { zh: `保价声明价值 ${formatYuan(ceiling)}`, en: `Declared value ${formatYuan(ceiling)}` },
    });
  } else if (terms.claimMultiple !== null) {
    if (shipment.freightFen === null) return { ok: false, missing: 'freightFen' };
    const freight = requireFen(shipment.freightFen, 'freightFen');
    const ceiling = timesMultiple(freight, terms.claimMultiple);
    limits.push({
      term: 'fee_multiple',
      ceilingFen: ceiling,
      binding: false,
      explain: {
        zh: `运费 ${formatYuan(freight)} × ${terms.claimMultiple} = ${formatYuan(ceiling)}`,
        en: `Freight ${formatYuan(freight)} × ${terms.claimMultiple} = ${formatYuan(ceiling)}`,
      },
    });
  }
  if (terms.claimCapFen !== null) {
    const cap = requireFen(terms.claimCapFen, 'claimCapFen');
    limits.push({ term: 'contract_cap', ceilingFen: cap, binding: false, explain: { zh: `单笔上限 ${formatYuan(cap)}`, en: `Cap ${formatYuan(cap)} per claim` } });
  }
  let amountFen = lossFen;
  let binding: ClaimLimit | null = null;
  for (const l of limits) {
    // Strictly below: at equality the loss itself is what is claimed.
    if (l.ceilingFen < amountFen) {
      amountFen = l.ceilingFen;
      binding = l;
    }
  }
  if (binding) binding.binding = true;
  const term: ClaimTerm = binding?.term ?? 'loss';
  const info = CLAIM_TERM_INFO[term];
  const explain: Text = binding
    ? {
        zh: `损失 ${formatYuan(lossFen)}，按${info.title.zh}（${binding.explain.zh}）追偿 ${formatYuan(amountFen)}`,
        en: `Loss ${formatYuan(lossFen)}; ${info.title.en} (${binding.explain.en}): claim ${formatYuan(amountFen)}`,
      }
    : { zh: `按实际损失 ${formatYuan(lossFen)} 全额追偿`, en: `The full loss of ${formatYuan(lossFen)} is claimed` };
  return { ok: true, amountFen, lossFen, term, domainRules: info.domainRules, limits, explain };
}
