// The cost ledger's pure rules: which amounts may be posted, handling labour in fen, reversals, and budget
// against actual. Every amount is a signed integer number of fen (分): positive a cost, negative money back
// (a recovery, or the reversal of a cost). No float ever holds money.
import type { PresetCode } from '../presets/preset.schema.ts';
import { mulDivHalfUp } from '../resolution/money.rules.ts';
import { toLocal, civilDateOf } from '../../shared/zoned-time.ts';
import type { CostKind, CostSource } from './costs.types.ts';

/** The largest amount one entry may carry: ¥10,000,000.00 (an entry beyond it is a typo, not a cost). */
export const MAX_ENTRY_FEN = 1_000_000_000;

export type AmountRefusal = 'not_integer' | 'zero' | 'too_large' | 'sign';

/**
 * Whether `amountFen` may be posted as `kind` from `source`: a safe integer, not zero, at most MAX_ENTRY_FEN
 * either way; a recovery is negative, every other kind positive. A reversal carries the opposite of the
 * entry it reverses, so its sign is the original's turned round and is not checked here.
 */
export function checkAmount(kind: CostKind, source: CostSource, amountFen: number): { ok: true } | { ok: false; reason: AmountRefusal } {
  if (!Number.isSafeInteger(amountFen)) return { ok: false, reason: 'not_integer' };
  if (amountFen === 0) return { ok: false, reason: 'zero' };
  if (Math.abs(amountFen) > MAX_ENTRY_FEN) return { ok: false, reason: 'too_large' };
  if (source === 'reversal') return { ok: true };
  const negative = kind === 'recovery';
  if (negative !== amountFen < 0) return { ok: false, reason: 'sign' };
  return { ok: true };
}

/** The most minutes one labour entry may log: a working week (a larger figure is a typo). */
export const MAX_LABOUR_MINUTES = 60 * 24 * 7;

/**
 * Handling labour: minutes × the rate per hour, rounded half up to the fen once (BigInt inside), so
 * 25 minutes at ¥40.00/h = ¥16.67 (1,666.67 fen → 1,667).
 */
export function labourFen(minutes: number, rateFenPerHour: number): number {
  if (!Number.isSafeInteger(minutes) || minutes <= 0 || minutes > MAX_LABOUR_MINUTES) throw new RangeError(`minutes must be 1–${MAX_LABOUR_MINUTES}, got ${minutes}`);
  return mulDivHalfUp(rateFenPerHour, minutes, 60);
}

/**
 * The default handling-labour rate per preset, fen per hour. Not from a seed: seed 004 names 人工成本 as a
 * cost to budget but gives no figure. These are our own round assumptions for a loaded hourly cost of
 * front-line after-sales staff (wage plus social insurance) and are meant to be edited by an administrator.
 */
export const DEFAULT_LABOUR_RATE_FEN_PER_HOUR: Readonly<Record<PresetCode, number>> = {
  express: 4_000,
  logistics: 4_500,
  'fresh-food': 3_500,
  supermarket: 3_000,
  'delivery-after-sales': 4_000,
};

export type ReversalRefusal = 'is_reversal' | 'already_reversed';

/** A correction is a reversing entry: one per entry, and a reversal is never itself reversed (post anew instead). */
export function checkReversal(original: { source: CostSource }, alreadyReversed: boolean): { ok: true } | { ok: false; reason: ReversalRefusal } {
  if (original.source === 'reversal') return { ok: false, reason: 'is_reversal' };
  if (alreadyReversed) return { ok: false, reason: 'already_reversed' };
  return { ok: true };
}

/** The reversing entry's amount: the original's, turned round (−0 never happens: amounts are never zero). */
export const reversalAmount = (originalFen: number): number => -originalFen;

export type CostTotals = { grossFen: number; recoveriesFen: number; netFen: number };

/**
 * A case's or a group's totals. Gross = every non-recovery entry (costs and their reversals); recoveries =
 * what came back, shown positive (recovery entries and their reversals); net = gross − recoveries = the sum.
 */
export function totalsOf(entries: ReadonlyArray<{ kind: CostKind; amountFen: number }>): CostTotals {
  let grossFen = 0;
  let recoveriesFen = 0;
  for (const e of entries) {
    if (e.kind === 'recovery') recoveriesFen -= e.amountFen;
    else grossFen += e.amountFen;
  }
  return { grossFen, recoveriesFen, netFen: grossFen - recoveriesFen };
}

/**
 * n / d as a percentage with one decimal, rounded half away from zero, computed on integers (BigInt):
 * 1/3 → 33.3, 2/3 → 66.7, 1/8 → 12.5, −1/8 → −12.5. Null when d is 0 (no budget, no percentage).
 */
export function percentOf(n: number, d: number): number | null {
  if (d === 0) return null;
  const num = BigInt(n) * 1000n;
  const den = BigInt(d);
  const negative = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  const tenths = (2n * a + b) / (2n * b);
  return Number(negative ? -tenths : tenths) / 10;
}

/** How a month's net cost stands against its budget; `near` from 90 % used. */
export type BudgetStatus = 'no_budget' | 'within' | 'near' | 'over';

export const NEAR_BUDGET_PERCENT = 90;

export type BudgetLine = CostTotals & { budgetFen: number | null; varianceFen: number | null; percentUsed: number | null; status: BudgetStatus };

/**
 * Budget against actual for one month and group. Variance = budget − net (positive: under budget, negative:
 * over); % used = net / budget (null without a budget, or with a budget of 0). Over means net > budget.
 */
export function budgetLine(totals: CostTotals, budgetFen: number | null): BudgetLine {
  if (budgetFen === null) return { ...totals, budgetFen: null, varianceFen: null, percentUsed: null, status: 'no_budget' };
  const percentUsed = percentOf(totals.netFen, budgetFen);
  const status: BudgetStatus =
    totals.netFen > budgetFen ? 'over' : percentUsed !== null && percentUsed >= NEAR_BUDGET_PERCENT ? 'near' : 'within';
  return { ...totals, budgetFen, varianceFen: budgetFen - totals.netFen, percentUsed, status };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string): boolean => MONTH.test(text);

/** The longest report: two years of months. */
export const MAX_REPORT_MONTHS = 24;

/** The months from `from` to `to` inclusive (YYYY-MM); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a || !b) throw new RangeError(`months must be YYYY-MM, got ${from} … ${to}`);
  const out: string[] = [];
  let y = Number(a[1]);
  let m = Number(a[2]);
  const endKey = Number(b[1]) * 12 + Number(b[2]);
  while (y * 12 + m <= endKey) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The month (YYYY-MM) an instant falls in on the company's wall clock: a cost at 23:30 on 31 Jan in Shanghai is January's. */
export function monthOf(at: Date, timeZone: string): string {
  const { year, month } = civilDateOf(toLocal(timeZone, at.getTime()).dayNumber);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The ledger list's keyset cursor: the last entry's posting time and id (newest first). */
export function encodeLedgerCursor(postedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([postedAt.toISOString(), id])).toString('base64url');
}

/** The cursor's position, or null when it is not one this list made (forged, truncated). */
export function decodeLedgerCursor(cursor: string): { postedAt: Date; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at !== 'string' || typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const postedAt = new Date(at);
    return Number.isNaN(postedAt.getTime()) ? null : { postedAt, id };
  } catch {
    return null;
  }
}

/** Signed fen as a plain yuan figure for a spreadsheet: -1667 → "-16.67" (exact, no float). */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Rows as CSV (RFC 4180, CRLF), with a byte-order mark so that Excel opens the Chinese as UTF-8. A text cell that
 * starts with = + - @ (or a tab / carriage return) gets a leading apostrophe, so that a note cannot become a
 * spreadsheet formula (CSV injection); numbers and `{ figure }` cells are written as they are.
 */
export type CsvCell = string | number | { figure: string };

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  const cell = (v: CsvCell): string => {
    if (typeof v === 'number') return String(v);
    // A figure the caller formatted (a signed amount): written as it is, so the spreadsheet reads a number.
    if (typeof v === 'object') return v.figure;
    const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
