// The SLA module's public surface: business calendars and the time-limit clock.
export * from './business-calendar.ts';
export * from './sla-clock.ts';
export { CN_FIXED_DATE_HOLIDAYS, statutoryDay, statutoryYearSource } from './cn-statutory.ts';
export type { StatutoryDay, StatutoryDayStatus, StatutoryYearSource } from './cn-statutory.ts';
