// Money arithmetic for remedies. Every amount is an integer number of fen (分, ¥0.01); a float never holds
// money. Multiples and shares are turned into integer ratios first, and each product is rounded once,
// half up to the whole fen (amounts here are never negative, so half up = half away from zero).

/** An amount in fen (分). Always a non-negative safe integer in this module. */
export type Fen = number;

export const FEN_PER_YUAN = 100;

/** ¥ → fen, for defaults and tests written in yuan (rounded half up, so yuan(0.125) = 13). */
export function yuan(amount: number): Fen {
  return Math.round(amount * FEN_PER_YUAN);
}

export function isFen(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

export function requireFen(value: number, what: string): Fen {
  if (!isFen(value)) throw new RangeError(`${what} must be a non-negative integer number of fen, got ${String(value)}`);
  return value;
}

/**
 * amount × numerator / denominator, rounded half up to the fen, in exact integer arithmetic
 * (BigInt, so a large declared value times a large share cannot lose precision).
 */
export function mulDivHalfUp(amount: Fen, numerator: number, denominator: number): Fen {
  if (!Number.isSafeInteger(numerator) || numerator < 0) throw new RangeError(`numerator must be a non-negative integer, got ${numerator}`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0) throw new RangeError(`denominator must be a positive integer, got ${denominator}`);
  const n = BigInt(requireFen(amount, 'amount')) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

/**
 * A policy multiple (5, 10, 2.5 …) as hundredths. Multiples are edited with at most two decimals
 * (the schema checks it); rounding here only removes binary noise such as 0.07 × 100 = 7.000000000000001.
 */
export function multipleToHundredths(multiple: number): number {
  return Math.round(multiple * 100);
}

/** amount × multiple, rounded half up to the fen. */
export function timesMultiple(amount: Fen, multiple: number): Fen {
  return mulDivHalfUp(amount, multipleToHundredths(multiple), 100);
}

/** ¥1,234.50 — for explanations; fen are shown exactly, never via a float. */
export function formatYuan(amount: Fen): string {
  const whole = Math.floor(amount / FEN_PER_YUAN);
  const cents = amount % FEN_PER_YUAN;
  return `¥${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
}
