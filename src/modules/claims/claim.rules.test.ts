import { describe, expect, it } from 'vitest';
import { yuan } from '../resolution/money.rules.ts';
import {
  CLAIM_STATUSES,
  CLAIM_TRANSITIONS,
  checkMoveAmounts,
  claimableAmount,
  mayMove,
  outstandingFen,
  type ClaimAmountInput,
  type ClaimStatus,
  type ClaimTerm,
} from './claim.rules.ts';

// Sources: seed 004 (由物流公司按照合同约定进行赔偿; 物流部门…根据合同约定，要求物流公司对货物运输问题承担相应责任，并协助
// 公司向物流公司索赔), DOMAIN-RULES rule 7 (insured: the 保价 terms decide, the declared value), rule 8 (the
// brand or the delivering company may be claimed against: the responsibility decision names which), rule 11
// (uninsured: a configurable per-carrier multiple of the fee, commonly 5×).

const uninsured = (freight: number | null) => ({ freightFen: freight, insured: false, declaredValueFen: null });
const insured = (declared: number, freight = yuan(12)) => ({ freightFen: freight, insured: true, declaredValueFen: declared });
const terms = (claimMultiple: number | null, claimCapFen: number | null = null) => ({ claimMultiple, claimCapFen });

describe('claimableAmount (rules 7, 11; seed 004)', () => {
  const rows: Array<[string, ClaimAmountInput, number, ClaimTerm, readonly number[]]> = [
    // The acceptance case: ¥800 paid on a ¥12 uninsured parcel; the carrier's 5× clause gives ¥60 (rule 11).
    ['rule 11: uninsured, 5 × ¥12 freight caps ¥800 at ¥60', { lossFen: yuan(800), shipment: uninsured(yuan(12)), terms: terms(5) }, yuan(60), 'fee_multiple', [11]],
    ['rule 11: a loss under the multiple is claimed in full', { lossFen: yuan(40), shipment: uninsured(yuan(12)), terms: terms(5) }, yuan(40), 'loss', [7]],
    ['rule 11: at exactly the ceiling the loss names itself', { lossFen: yuan(60), shipment: uninsured(yuan(12)), terms: terms(5) }, yuan(60), 'loss', [7]],
    ['rule 11: a company-specific 7× multiple', { lossFen: yuan(800), shipment: uninsured(yuan(12)), terms: terms(7) }, yuan(84), 'fee_multiple', [11]],
    ['rule 11: a fractional multiple rounds half up to the fen', { lossFen: yuan(800), shipment: uninsured(333), terms: terms(2.5) }, 833, 'fee_multiple', [11]],
    ['rule 7: insured → up to the declared value, not the fee multiple', { lossFen: yuan(800), shipment: insured(yuan(500)), terms: terms(5) }, yuan(500), 'insured_declared_value', [7]],
    ['rule 7: insured, loss below the declared value → the loss', { lossFen: yuan(300), shipment: insured(yuan(500)), terms: terms(5) }, yuan(300), 'loss', [7]],
    ['the contract cap binds below the multiple', { lossFen: yuan(800), shipment: uninsured(yuan(100)), terms: terms(5, yuan(300)) }, yuan(300), 'contract_cap', []],
    ['the multiple binds below the cap', { lossFen: yuan(800), shipment: uninsured(yuan(12)), terms: terms(5, yuan(300)) }, yuan(60), 'fee_multiple', [11]],
    ['the cap binds on an insured parcel too', { lossFen: yuan(800), shipment: insured(yuan(700)), terms: terms(null, yuan(400)) }, yuan(400), 'contract_cap', []],
    ['a supplier with no structured terms: the loss', { lossFen: yuan(123.45), shipment: uninsured(null), terms: terms(null) }, 12345, 'loss', [7]],
    ['insured without a declared value falls back to the multiple (rule 11)', { lossFen: yuan(800), shipment: { freightFen: yuan(12), insured: true, declaredValueFen: null }, terms: terms(5) }, yuan(60), 'fee_multiple', [11]],
    ['a zero loss claims nothing', { lossFen: 0, shipment: uninsured(yuan(12)), terms: terms(5) }, 0, 'loss', [7]],
  ];
  it.each(rows)('%s', (_name, input, amount, term, domainRules) => {
    const r = claimableAmount(input);
    if (!r.ok) throw new Error('expected an amount');
    expect(r.amountFen).toBe(amount);
    expect(r.term).toBe(term);
    expect(r.domainRules).toEqual(domainRules);
    expect(r.lossFen).toBe(input.lossFen);
    expect(r.limits.filter((l) => l.binding).map((l) => l.term)).toEqual(term === 'loss' ? [] : [term]);
  });

  it('names the binding term in both languages', () => {
    const r = claimableAmount({ lossFen: yuan(800), shipment: uninsured(yuan(12)), terms: terms(5) });
    expect(r.ok && r.explain.zh).toContain('¥60.00');
    expect(r.ok && r.explain.en).toContain('Freight ¥12.00 × 5');
  });

  it('rule 11: a multiple without the freight on the case cannot be applied', () => {
    expect(claimableAmount({ lossFen: yuan(800), shipment: uninsured(null), terms: terms(5) })).toEqual({ ok: false, missing: 'freightFen' });
  });

  it('refuses a non-fen loss', () => {
    expect(() => claimableAmount({ lossFen: 12.5, shipment: uninsured(100), terms: terms(null) })).toThrow(RangeError);
  });
});

describe('claim statuses (seed 004 索赔: filed, accepted / rejected, paid / written off)', () => {
  const allowed: Array<[ClaimStatus, ClaimStatus]> = [
    ['filed', 'accepted'],
    ['filed', 'rejected'],
    ['filed', 'written_off'],
    ['accepted', 'paid'],
    ['accepted', 'written_off'],
    ['rejected', 'written_off'],
  ];
  const pairs = CLAIM_STATUSES.flatMap((from) => CLAIM_STATUSES.map((to) => [from, to] as [ClaimStatus, ClaimStatus]));
  it.each(pairs)('%s → %s', (from, to) => {
    expect(mayMove(from, to)).toBe(allowed.some(([f, t]) => f === from && t === to));
  });
  it('paid and written off are final', () => {
    expect(CLAIM_TRANSITIONS.paid).toEqual([]);
    expect(CLAIM_TRANSITIONS.written_off).toEqual([]);
  });

  const amounts: Array<[string, Parameters<typeof checkMoveAmounts>[0], Parameters<typeof checkMoveAmounts>[1], ReturnType<typeof checkMoveAmounts>]> = [
    ['accepted at a lower agreed amount', { claimedFen: 6000, agreedFen: null }, { to: 'accepted', agreedFen: 5000 }, null],
    ['accepted without an amount (the claimed one)', { claimedFen: 6000, agreedFen: null }, { to: 'accepted' }, null],
    ['agreed above the claim', { claimedFen: 6000, agreedFen: null }, { to: 'accepted', agreedFen: 6001 }, { path: 'agreedFen', problem: 'above_claimed' }],
    ['paid in part', { claimedFen: 6000, agreedFen: 5000 }, { to: 'paid', recoveredFen: 3000 }, null],
    ['paid in full', { claimedFen: 6000, agreedFen: 5000 }, { to: 'paid', recoveredFen: 5000 }, null],
    ['paid above the agreed amount', { claimedFen: 6000, agreedFen: 5000 }, { to: 'paid', recoveredFen: 5001 }, { path: 'recoveredFen', problem: 'above_agreed' }],
    ['paid without an amount', { claimedFen: 6000, agreedFen: null }, { to: 'paid' }, { path: 'recoveredFen', problem: 'required' }],
    ['paid nothing (that is a write-off)', { claimedFen: 6000, agreedFen: null }, { to: 'paid', recoveredFen: 0 }, { path: 'recoveredFen', problem: 'required' }],
  ];
  it.each(amounts)('%s', (_n, claim, move, expected) => {
    expect(checkMoveAmounts(claim, move)).toEqual(expected);
  });

  it('outstanding: the agreed (else claimed) amount while open, nothing once closed', () => {
    expect(outstandingFen({ status: 'filed', claimedFen: 6000, agreedFen: null })).toBe(6000);
    expect(outstandingFen({ status: 'accepted', claimedFen: 6000, agreedFen: 5000 })).toBe(5000);
    expect(outstandingFen({ status: 'paid', claimedFen: 6000, agreedFen: 5000 })).toBe(0);
    expect(outstandingFen({ status: 'rejected', claimedFen: 6000, agreedFen: null })).toBe(0);
  });
});
