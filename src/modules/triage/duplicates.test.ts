import { describe, expect, it } from 'vitest';
import { findDuplicates, type ExistingCase } from './duplicates.ts';

const at = (day: number, hour = 9): Date => new Date(Date.UTC(2026, 4, day, hour));

const existing: ExistingCase[] = [
  { id: 'a', caseNumber: 'CL-001', waybillNo: 'SF1234567890', phone: '13900000001', category: 'loss', receivedAt: at(1) },
  { id: 'b', caseNumber: 'CL-002', phone: '13800001111', category: 'delay', receivedAt: at(9) },
  { id: 'c', caseNumber: 'CL-003', phone: '13800001111', category: 'attitude', receivedAt: at(10) },
  { id: 'd', caseNumber: 'CL-004', phone: '13800001111', category: 'delay', receivedAt: at(2) },
  { id: 'e', caseNumber: 'CL-005', waybillNo: 'SF1234567890', receivedAt: at(9), status: 'merged' },
];

describe('findDuplicates', () => {
  it('should find the same waybill whatever the phone, category or age', () => {
    const found = findDuplicates({ waybillNo: 'sf 1234-567890', phone: '13700000000', category: 'damage', receivedAt: at(11) }, existing);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ caseId: 'a', reasons: ['same_waybill'] });
    expect(found[0]?.reasonZh).toContain('运单号相同');
  });

  it('should find the same phone with the same category within 3 days by default', () => {
    const found = findDuplicates({ phone: '+86 138 0000 1111', category: 'delay', receivedAt: at(11) }, existing);
    expect(found.map((f) => f.caseId)).toEqual(['b']);
    expect(found[0]).toMatchObject({ reasons: ['same_phone_and_category'], daysApart: 2 });
  });

  it('should use a configured window', () => {
    const found = findDuplicates({ phone: '13800001111', category: 'delay', receivedAt: at(11) }, existing, { windowDays: 10 });
    expect(found.map((f) => f.caseId)).toEqual(['b', 'd']);
  });

  it('should not match the same phone with a different category', () => {
    expect(findDuplicates({ phone: '13800001111', category: 'fee_dispute', receivedAt: at(10) }, existing)).toEqual([]);
  });

  it('should skip the case itself and merged cases, and limit waybill matches when asked', () => {
    const probe = { id: 'a', waybillNo: 'SF1234567890', receivedAt: at(1) };
    expect(findDuplicates(probe, existing)).toEqual([]);
    expect(findDuplicates({ waybillNo: 'SF1234567890', receivedAt: at(30) }, existing, { waybillWindowDays: 7 })).toEqual([]);
  });

  it('should list both reasons and put waybill matches first', () => {
    const list: ExistingCase[] = [
      { id: 'x', phone: '13800001111', category: 'loss', receivedAt: at(10, 20) },
      { id: 'y', waybillNo: 'YT0001', phone: '13800001111', category: 'loss', receivedAt: at(9) },
    ];
    const found = findDuplicates({ waybillNo: 'YT0001', phone: '13800001111', category: 'loss', receivedAt: at(11) }, list);
    expect(found.map((f) => f.caseId)).toEqual(['y', 'x']);
    expect(found[0]?.reasons).toEqual(['same_waybill', 'same_phone_and_category']);
  });
});
