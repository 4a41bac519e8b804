import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from './phone.ts';

describe('phone numbers', () => {
  it('should normalise separators and the country code', () => {
    expect(normalizePhone('138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('008613812345678')).toBe('13812345678');
    expect(normalizePhone('010-62345678')).toBe('01062345678');
    expect(normalizePhone('4008123123')).toBe('4008123123');
  });

  it('should refuse what is not a Chinese phone number', () => {
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('12812345678')).toBeNull();
    expect(normalizePhone('abc13812345678')).toBeNull();
    expect(normalizePhone('')).toBeNull();
  });

  it('should mask the middle digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('01062345678')).toBe('010****5678');
    expect(maskPhone('075512345678')).toBe('0755****5678');
  });
});
