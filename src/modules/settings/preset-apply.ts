// Pure translation of an industry preset into the rows an administrator then edits.
import type { BusinessCalendar, WorkingHoursCalendar } from '../sla/business-calendar.ts';
import type { SlaPolicy, TargetPolicy } from '../sla/sla-clock.ts';
import type { IndustryPreset, OuterLimit, Priority } from '../triage/preset.schema.ts';

export const DEFAULT_WORKING_CALENDAR: WorkingHoursCalendar = {
  kind: 'working_hours',
  timezone: 'Asia/Shanghai',
  weekly: {
    1: [{ start: '09:00', end: '18:00' }],
    2: [{ start: '09:00', end: '18:00' }],
    3: [{ start: '09:00', end: '18:00' }],
    4: [{ start: '09:00', end: '18:00' }],
    5: [{ start: '09:00', end: '18:00' }],
  },
  holidays: 'cn-statutory',
  overrides: [],
};

export const ALWAYS_OPEN_CALENDAR: BusinessCalendar = { kind: '24x7' };

/** Working minutes of a normal working day, to turn "N working days" into business minutes. */
export function workdayMinutes(calendar: BusinessCalendar): number {
  if (calendar.kind === '24x7') return 24 * 60;
  const monday = calendar.weekly[1] ?? [];
  const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return monday.reduce((sum, p) => sum + toMin(p.end) - toMin(p.start), 0) || 8 * 60;
}

function outerTarget(target: 'legal_outer_limit' | 'appeal_reply', limit: OuterLimit, perWorkday: number): TargetPolicy {
  return limit.dayKind === 'calendar'
    ? { target, minutes: limit.days * 24 * 60, calendar: 'calendar', pausable: false, escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 0 } }
    : { target, minutes: limit.days * perWorkday, calendar: 'business', pausable: false, escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 0 } };
}

/** One policy per priority: acknowledge in working time, reply and resolution around the clock, legal limits never paused. */
export function policiesFromPreset(preset: IndustryPreset, calendar: BusinessCalendar): Array<{ priority: Priority; name: string; policy: SlaPolicy }> {
  const perWorkday = workdayMinutes(calendar);
  const appeal = preset.legalOuterLimitDays.postalRegulator ?? preset.legalOuterLimitDays.consumerRegulator;
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
