import { describe, expect, it } from 'vitest';
import {
  budgetLine,
  checkAmount,
  checkReversal,
  labourFen,
  monthOf,
  monthsBetween,
  percentOf,
  reversalAmount,
  totalsOf,
  type BudgetStatus,
  fenToYuanText,
  toCsv,
} from './costs.rules.ts';
import type { CostKind, CostSource } from './costs.types.ts';

// Sources: seed 004 七、售后服务成本控制 (成本预算; 成本核算台账 recording every case's 人工费用、材料费用、物流费用 and
// comparing them with the budget); issue 11 item 10 (entries never edited, a correction is a reversing entry,
// recoveries negative, labour = minutes × rate). Money conventions: src/modules/resolution/README.md.
describe('which amounts may be posted (integer fen, the sign by kind)', () => {
  const rows: Array<[string, CostKind, CostSource, number, string]> = [
    ['a compensation paid', 'compensation', 'execution_action', 80_000, 'ok'],
    ['a recovery from a carrier is negative', 'recovery', 'claim', -60_000, 'ok'],
    ['a positive recovery is refused', 'recovery', 'claim', 60_000, 'sign'],
    ['a negative cost is refused (post a reversal instead)', 'refund', 'manual', -100, 'sign'],
    ['a fraction of a fen is refused', 'compensation', 'manual', 10.5, 'not_integer'],
    ['NaN is refused', 'compensation', 'manual', Number.NaN, 'not_integer'],
    ['beyond a safe integer is refused', 'compensation', 'manual', 2 ** 53, 'not_integer'],
    ['zero is nothing to record', 'other', 'manual', 0, 'zero'],
    ['above ¥10,000,000 is a typo', 'compensation', 'manual', 1_000_000_001, 'too_large'],
    ['a reversal of a cost is negative', 'compensation', 'reversal', -80_000, 'ok'],
    ['a reversal of a recovery is positive', 'recovery', 'reversal', 60_000, 'ok'],
  ];
  it.each(rows)('%s', (_name, kind, source, amount, expected) => {
    const r = checkAmount(kind, source, amount);
    expect(r.ok ? 'ok' : r.reason).toBe(expected);
  });
});

describe('handling labour: minutes × rate per hour, rounded half up to the fen once', () => {
  const rows: Array<[number, number, number]> = [
    [60, 4_000, 4_000],
    [30, 4_000, 2_000],
    [25, 4_000, 1_667], // 1,666.67
    [1, 4_000, 67], // 66.67
    [1, 3_000, 50], // exact
    [7, 1_000, 117], // 116.67
    [90, 3_500, 5_250],
  ];
  it.each(rows)('%i min at %i fen/h = %i fen', (minutes, rate, expected) => {
    expect(labourFen(minutes, rate)).toBe(expected);
  });
  it('refuses minutes that are not a positive whole number up to a week', () => {
    for (const m of [0, -5, 1.5, 60 * 24 * 7 + 1]) expect(() => labourFen(m, 4_000)).toThrow(RangeError);
  });
});

describe('reversals', () => {
  it('reverses an entry once, with the opposite amount', () => {
    expect(checkReversal({ source: 'labour' }, false)).toEqual({ ok: true });
    expect(checkReversal({ source: 'claim' }, true)).toEqual({ ok: false, reason: 'already_reversed' });
    expect(checkReversal({ source: 'reversal' }, false)).toEqual({ ok: false, reason: 'is_reversal' });
    expect(reversalAmount(1_667)).toBe(-1_667);
    expect(reversalAmount(-60_000)).toBe(60_000);
  });
});

describe('totals: gross, recoveries, net', () => {
  it('sums costs and recoveries apart; a reversal nets out inside its kind', () => {
    const t = totalsOf([
      { kind: 'compensation', amountFen: 80_000 },
      { kind: 'labour', amountFen: 1_667 },
      { kind: 'labour', amountFen: -1_667 },
      { kind: 'recovery', amountFen: -60_000 },
      { kind: 'fee_waiver', amountFen: 1_200 },
    ]);
    expect(t).toEqual({ grossFen: 81_200, recoveriesFen: 60_000, netFen: 21_200 });
    expect(totalsOf([])).toEqual({ grossFen: 0, recoveriesFen: 0, netFen: 0 });
  });
});

describe('percent with one decimal, half away from zero, on integers', () => {
  const rows: Array<[number, number, number | null]> = [
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 → 6.3
    [-1, 8, -12.5],
    [-1, 16, -6.3],
    [150_000, 100_000, 150],
    [0, 100_000, 0],
    [5, 0, null],
  ];
  it.each(rows)('%i / %i = %s %%', (n, d, expected) => {
    expect(percentOf(n, d)).toBe(expected);
  });
});

describe('budget against actual (variance = budget − net; over when net > budget; near from 90 %)', () => {
  const totals = (net: number, recoveries = 0) => ({ grossFen: net + recoveries, recoveriesFen: recoveries, netFen: net });
  const rows: Array<[string, number, number, number | null, number | null, number | null, BudgetStatus]> = [
    // name, net, recoveries, budget, variance, percent, status
    ['no budget set', 50_000, 0, null, null, null, 'no_budget'],
    ['well within', 50_000, 0, 200_000, 150_000, 25, 'within'],
    ['89.9 % is within', 89_900, 0, 100_000, 10_100, 89.9, 'within'],
    ['90 % is near', 90_000, 0, 100_000, 10_000, 90, 'near'],
    ['exactly the budget is near, not over', 100_000, 0, 100_000, 0, 100, 'near'],
    ['one fen over', 100_001, 0, 100_000, -1, 100, 'over'],
    ['recoveries count against the cost', 40_000, 60_000, 50_000, 10_000, 80, 'within'],
    ['a budget of zero with costs is over, no percentage', 1_000, 0, 0, -1_000, null, 'over'],
    ['recoveries above cost: negative net', -20_000, 80_000, 100_000, 120_000, -20, 'within'],
  ];
  it.each(rows)('%s', (_name, net, recoveries, budget, variance, percent, status) => {
    const line = budgetLine(totals(net, recoveries), budget);
    expect(line).toMatchObject({ netFen: net, budgetFen: budget, varianceFen: variance, percentUsed: percent, status });
  });
});

describe('months', () => {
  it('lists the months between two, across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-12', '2026-12')).toEqual(['2026-12']);
    expect(monthsBetween('2026-12', '2026-11')).toEqual([]);
    expect(() => monthsBetween('2026-13', '2026-12')).toThrow(RangeError);
  });
  it('takes the month on the company wall clock', () => {
    // 2026-01-31 23:30 in Shanghai is 15:30 UTC: January there.
    expect(monthOf(new Date('2026-01-31T15:30:00Z'), 'Asia/Shanghai')).toBe('2026-01');
    expect(monthOf(new Date('2026-01-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-02');
  });
});

describe('the CSV export', () => {
  it('writes yuan exactly from fen', () => {
    expect([fenToYuanText(1_667), fenToYuanText(-60_000), fenToYuanText(5), fenToYuanText(-5)]).toEqual(['16.67', '-600.00', '0.05', '-0.05']);
  });
  it('quotes, escapes and defuses formulas', () => {
    const csv = toCsv([
      ['a', 'b,c', 'say "hi"'],
      ['=SUM(A1)', '-1', 'line\nbreak', 12, { figure: '-16.67' }],
    ]);
    expect(csv).toBe('\uFEFFa,"b,c","say ""hi"""\r\n\'=SUM(A1),\'-1,"line\nbreak",12,-16.67\r\n');
  });
});
