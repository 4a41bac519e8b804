import { describe, expect, it } from 'vitest';
import type { ServiceType } from './compensation.schemas.ts';
import { type DelayStatus, assessDelay, completeDelayAt } from './delay.rules.ts';

const TZ = 'Asia/Shanghai';
const BJ = 8 * 3_600_000;
const bj = (text: string): Date => new Date(Date.parse(`${text.replace(' ', 'T')}:00Z`) - BJ);
const showBj = (d: Date): string => new Date(d.getTime() + BJ).toISOString().slice(0, 16).replace('T', ' ');

describe('彻底延误 threshold (DOMAIN-RULES 10)', () => {
  const cases: Array<[string, ServiceType, string, string]> = [
    ['rule 10: same city → 3 calendar days after the promised time', 'same_city', '2026-03-02 18:00', '2026-03-05 18:00'],
    ['rule 10: intra-province → 7 calendar days', 'intra_province', '2026-03-02 18:00', '2026-03-09 18:00'],
    ['rule 10: inter-province → 7 calendar days', 'inter_province', '2026-03-02 18:00', '2026-03-09 18:00'],
    ['rule 10: calendar days run through 春节, no holiday extension', 'same_city', '2026-02-14 10:00', '2026-02-17 10:00'],
    ['rule 10: across a month end', 'inter_province', '2026-02-26 23:30', '2026-03-05 23:30'],
  ];
  it.each(cases)('%s', (_name, type, promised, expected) => {
    expect(showBj(completeDelayAt(type, bj(promised), TZ))).toBe(expected);
  });

  it('rule 10: the days are editable', () => {
    expect(showBj(completeDelayAt('same_city', bj('2026-03-02 18:00'), TZ, { sameCityDays: 2, otherDays: 5 }))).toBe('2026-03-04 18:00');
    expect(showBj(completeDelayAt('inter_province', bj('2026-03-02 18:00'), TZ, { sameCityDays: 2, otherDays: 5 }))).toBe('2026-03-07 18:00');
  });

  it('rule 10: same wall-clock time in a DST zone (calendar dates, not 72 h)', () => {
    // New York springs forward on 2026-03-08: Sat 12:00 EST + 3 dates = Tue 12:00 EDT, 71 elapsed hours.
    const promised = new Date('2026-03-07T17:00:00Z');
    expect(completeDelayAt('same_city', promised, 'America/New_York').toISOString()).toBe('2026-03-10T16:00:00.000Z');
  });
});

describe('assessDelay (DOMAIN-RULES 9, 10)', () => {
  const promised = '2026-03-02 18:00';
  const cases: Array<[string, ServiceType, string | null, string, DelayStatus]> = [
    // The acceptance: a same-city parcel 3 days past its promised time is flagged 彻底延误.
    ['rule 10 acceptance: same city, undelivered, exactly 3 days past → complete delay', 'same_city', null, '2026-03-05 18:00', 'complete_delay'],
    ['rule 10: same city, undelivered, one minute short of 3 days → delayed', 'same_city', null, '2026-03-05 17:59', 'delayed'],
    ['rule 10: inter-province, 3 days past → only delayed', 'inter_province', null, '2026-03-05 18:00', 'delayed'],
    ['rule 10: inter-province, 7 days past → complete delay', 'inter_province', null, '2026-03-09 18:00', 'complete_delay'],
    ['rule 9: before the promised time → on time', 'same_city', null, '2026-03-02 17:00', 'on_time'],
    ['rule 9: delivered exactly at the promised time → on time', 'same_city', '2026-03-02 18:00', '2026-03-10 09:00', 'on_time'],
    ['rule 9: delivered a day late → delayed, and stays so', 'same_city', '2026-03-03 18:00', '2026-03-20 09:00', 'delayed'],
    ['rule 10: delivered only after the threshold → it was complete delay', 'same_city', '2026-03-06 09:00', '2026-03-20 09:00', 'complete_delay'],
    ['rule 10: a delivery recorded after now is not known yet', 'same_city', '2026-03-07 09:00', '2026-03-06 09:00', 'complete_delay'],
  ];
  it.each(cases)('%s', (_name, serviceType, delivered, now, status) => {
    const a = assessDelay({ serviceType, promisedAt: bj(promised), deliveredAt: delivered ? bj(delivered) : null, now: bj(now), timeZone: TZ });
    expect(a.status).toBe(status);
    expect(a.rule).toBe(10);
  });

  it('rule 10: reports the instant, the threshold and how late', () => {
    const a = assessDelay({ serviceType: 'same_city', promisedAt: bj(promised), deliveredAt: null, now: bj('2026-03-04 06:00'), timeZone: TZ });
    expect(showBj(a.completeDelayAt)).toBe('2026-03-05 18:00');
    expect(a.thresholdDays).toBe(3);
    expect(a.lateMs).toBe(36 * 3_600_000);
    expect(a.delivered).toBe(false);
  });

  it('rejects invalid dates', () => {
    expect(() => assessDelay({ serviceType: 'same_city', promisedAt: new Date(Number.NaN), deliveredAt: null, now: bj(promised), timeZone: TZ })).toThrow(RangeError);
    expect(() => assessDelay({ serviceType: 'same_city', promisedAt: bj(promised), deliveredAt: null, now: new Date(Number.NaN), timeZone: TZ })).toThrow(RangeError);
  });
});
