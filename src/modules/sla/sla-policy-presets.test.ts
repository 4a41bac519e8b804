import { describe, expect, it } from 'vitest';
import { EXPRESS_PRESET } from '../presets/express.ts';
import { FRESH_FOOD_PRESET } from '../presets/fresh-food.ts';
import { appealReplyLimit, defaultWorkingCalendar, policiesFromPreset, workdayMinutes } from './sla-policy-presets.ts';

const DEFAULT_WORKING_CALENDAR = defaultWorkingCalendar('Asia/Shanghai');

const appealOf = (preset: typeof EXPRESS_PRESET) =>
  policiesFromPreset(preset, DEFAULT_WORKING_CALENDAR).map((p) => p.policy.targets.find((t) => t.target === 'appeal_reply'));

// DOMAIN-RULES.md: A1 rule 5 and section C (12305 transfers: internal 3 working days); A2 rule 21
// (消费者权益保护法 第46条: the department handles a 12315 complaint within 7 working days of receiving it).
describe('the appeal reply limit of the preset policies', () => {
  const day = workdayMinutes(DEFAULT_WORKING_CALENDAR);

  it('should answer every regulator transfer on the express preset, 12315 included, within 3 working days', () => {
    expect(day).toBe(9 * 60);
    for (const target of appealOf(EXPRESS_PRESET)) {
      expect(target).toMatchObject({ minutes: 3 * day, calendar: 'business', pausable: false });
      // Inside the 7 working days the market regulator has for the same complaint.
      expect(target!.minutes).toBeLessThan(7 * day);
    }
  });

  it('should take the stricter limit when the postal one is the longer (e.g. the 15 days of the 2014 办法)', () => {
    const postal15 = { days: 15, dayKind: 'calendar', binding: 'statutory', basis: '2014 邮政业消费者申诉处理办法 第15条' } as const;
    const preset = { ...EXPRESS_PRESET, legalOuterLimitDays: { ...EXPRESS_PRESET.legalOuterLimitDays, postalRegulator: postal15 } };
    expect(appealReplyLimit(preset.legalOuterLimitDays)).toBe(EXPRESS_PRESET.legalOuterLimitDays.consumerRegulator);
    for (const target of appealOf(preset)) expect(target).toMatchObject({ minutes: 3 * day, calendar: 'business' });
  });

  it('should keep the consumer limit where it is the only one', () => {
    for (const target of appealOf(FRESH_FOOD_PRESET)) expect(target).toMatchObject({ minutes: 3 * day, calendar: 'business' });
    expect(appealReplyLimit({ direct: null, postalRegulator: null, consumerRegulator: null })).toBeNull();
  });
});
