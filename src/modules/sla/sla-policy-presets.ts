// Pure translation of an industry preset into the time-limit policies and calendars an administrator then
// edits (moved from settings/preset-apply.ts: sla.service uses the builders, admin applies them).
import type { BusinessCalendar, WorkingHoursCalendar } from './business-calendar.ts';
import type { SlaPolicy, TargetPolicy } from './sla-clock.ts';
import type { IndustryPreset, OuterLimit, Priority } from '../presets/preset.schema.ts';

/** Monday to Friday 9:00–18:00 with the statutory holidays, in the company's time zone (AppConfig.timezone). */
export const defaultWorkingCalendar = (timezone: string): WorkingHoursCalendar => ({
  kind: 'working_hours',
  timezone,
  weekly: {
    1: [{ start: '09:00', end: '18:00' }],
    2: [{ start: '09:00', end: '18:00' }],
    3: [{ start: '09:00', end: '18:00' }],
    4: [{ start: '09:00', end: '18:00' }],
    5: [{ start: '09:00', end: '18:00' }],
  },
  holidays: 'cn-statutory',
  overrides: [],
});

export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = { kind: '24x7' };

/** Working minutes of a normal working day, to turn "N working days" into business minutes. */
export function workdayMinutes(calendar: BusinessCalendar): number {
  if (calendar.kind === '24x7') return 24 * 60;
  const monday = calendar.weekly[1] ?? [];
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return monday.reduce((sum, p) => sum + toMin(p.end) - toMin(p.start), 0) || 8 * 60;
}

/** A legal or appeal limit as a time-limit target: never paused, supervisor and manager hear of a breach at once. */
export function outerTarget(target: 'legal_outer_limit' | 'appeal_reply', limit: OuterLimit, perWorkday: number): TargetPolicy {
  return limit.dayKind === 'calendar'
    ? { target, minutes: limit.days * 24 * 60, calendar: 'calendar', pausable: false, escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 0 } }
    : { target, minutes: limit.days * perWorkday, calendar: 'business', pausable: false, escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 0 } };
}

/** Roughly how long a limit lasts, to compare a limit in working days with one in calendar days (5 working days ≈ 7 days). */
const approxCalendarDays = (l: OuterLimit) => (l.dayKind === 'working' ? (l.days * 7) / 5 : l.days);

/**
 * The reply limit for an appeal a regulator transfers. A policy has one appeal-reply target for every
 * referral (12305 and 12315 alike), so it takes the stricter of the limits that apply
 * (../shared/spec/DOMAIN-RULES.md):
 * - 12305, postal regulator (A1 rule 5): the company's deadline in the current 办法 is unconfirmed;
 *   the rule sets an internal 3 working days (section C: "regulator-transferred appeal: ≤3 working days").
 * - 12315, market regulation (A2 rule 21, 消费者权益保护法 第46条): 7 working days is the limit of the
 *   administrative department, counted from its own receipt — not a reply time granted to the company.
 *   The company's reply has to reach the department inside those 7 working days, so a company with
 *   both regulators answers a 12315 transfer within the 3 working days too; taking the 7 would let its
 *   reply arrive after the department's own deadline.
 * Presets with only the consumer regulator (fresh food, supermarket, delivery after-sales) still take
 * the department's 7 working days as the company's limit — at best the outer bound; whether they get an
 * internal limit like section C's 3 working days is a decision for their preset data (presets/common.ts).
 */
export function appealReplyLimit(limits: IndustryPreset['legalOuterLimitDays']): OuterLimit | null {
  const candidates = [limits.postalRegulator, limits.consumerRegulator].filter((l): l is OuterLimit => l !== null);
  return candidates.reduce<OuterLimit | null>((best, l) => (best === null || approxCalendarDays(l) < approxCalendarDays(best) ? l : best), null);
}

/** One policy per priority: acknowledge in working time, reply and resolution around the clock, legal limits never paused. */
export function policiesFromPreset(preset: IndustryPreset, calendar: BusinessCalendar): Array<{ priority: Priority; name: string; policy: SlaPolicy }> {
  const perWorkday = workdayMinutes(calendar);
  const appeal = appealReplyLimit(preset.legalOuterLimitDays);
  return (['P1', 'P2', 'P3', 'P4'] as const).map((priority) => {
    const t = preset.timeLimits[priority];
    const targets: TargetPolicy[] = [
      { target: 'acknowledge', minutes: t.acknowledgeMinutes, calendar: 'business', pausable: false },
      { target: 'first_reply', minutes: t.firstReplyMinutes, calendar: 'calendar', pausable: true },
      { target: 'resolution', minutes: t.resolutionMinutes, calendar: 'calendar', pausable: true },
    ];
    if (preset.legalOuterLimitDays.direct) targets.push(outerTarget('legal_outer_limit', preset.legalOuterLimitDays.direct, perWorkday));
    if (appeal) targets.push(outerTarget('appeal_reply', appeal, perWorkday));
    return {
      priority,
      name: `${preset.nameZh} ${priority}`,
      policy: {
        targets,
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: priority === 'P1' ? 60 : 240 },
      },
    };
  });
}
