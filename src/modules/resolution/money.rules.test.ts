import { describe, expect, it } from 'vitest';
import { formatYuan, mulDivHalfUp, timesMultiple, yuan } from './money.rules.ts';

// Money conventions (README): integer fen, one half-up rounding per product.
describe('money in fen', () => {
  const rows: Array<[string, number, number, number, number]> = [
    ['exact', 1200, 5, 1, 6000],
    ['one third, rounds down', 100000, 1, 3, 33333],
    ['two thirds, rounds up', 100000, 2, 3, 66667],
    ['exactly half rounds up', 1, 1, 2, 1],
    ['below half rounds down', 1, 1, 3, 0],
    ['large values stay exact', Number.MAX_SAFE_INTEGER, 10000, 10000, Number.MAX_SAFE_INTEGER],
  ];
  it.each(rows)('mulDivHalfUp: %s', (_name, amount, n, d, expected) => {
    expect(mulDivHalfUp(amount, n, d)).toBe(expected);
  });

  it('timesMultiple works on hundredths, so binary noise does not move a fen', () => {
    expect(timesMultiple(1200, 5)).toBe(6000);
    expect(timesMultiple(100, 0.07)).toBe(7);
    expect(timesMultiple(5, 2.5)).toBe(13);
    expect(timesMultiple(3, 0.5)).toBe(2);
  });

  it('rejects non-fen amounts and bad ratios', () => {
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(-1, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError);
  });

  it('yuan and formatYuan', () => {
    expect(yuan(36.8)).toBe(3680);
    expect(yuan(1000)).toBe(100000);
    expect(formatYuan(6000)).toBe('¥60.00');
    expect(formatYuan(100000)).toBe('¥1,000.00');
    expect(formatYuan(5)).toBe('¥0.05');
  });
});
