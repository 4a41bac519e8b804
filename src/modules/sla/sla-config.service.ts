// The time-limit configuration as other modules see it: the policies and calendars an administrator edits
// or an industry preset brings. The admin module validates and audits; sla stays the one writer of
// sla_policies and business_calendars. Each function runs in the caller's transaction.
import type { DbOrTx } from '../../db/client.ts';
import { slaRepository, type CalendarRow, type NewCalendarRow, type NewSlaPolicyRow, type SlaPolicyRow } from './sla.repository.ts';

export type { CalendarRow, NewCalendarRow, NewSlaPolicyRow, SlaPolicyRow };

export const listSlaPolicies = (db: DbOrTx): Promise<SlaPolicyRow[]> => slaRepository.listPolicies(db);
export const findSlaPolicy = (db: DbOrTx, id: string): Promise<SlaPolicyRow | undefined> => slaRepository.findPolicy(db, id);
export const activeSlaPolicyIds = (db: DbOrTx): Promise<string[]> => slaRepository.activePolicyIds(db);
/** The policies counting on a calendar (those without one count on the default calendar). */
export const slaPolicyIdsOnCalendar = (db: DbOrTx, calendarId: string, isDefault: boolean): Promise<string[]> =>
  slaRepository.policyIdsOnCalendar(db, calendarId, isDefault);
export const insertSlaPolicy = (db: DbOrTx, row: NewSlaPolicyRow): Promise<SlaPolicyRow> => slaRepository.insertPolicy(db, row);
export const updateSlaPolicy = (db: DbOrTx, id: string, patch: Partial<NewSlaPolicyRow>): Promise<SlaPolicyRow | undefined> =>
  slaRepository.updatePolicy(db, id, patch);
export const deleteSlaPolicy = (db: DbOrTx, id: string): Promise<SlaPolicyRow | undefined> => slaRepository.deletePolicy(db, id);
/** A preset's policies replace every policy. */
export const replaceSlaPolicies = (db: DbOrTx, rows: readonly NewSlaPolicyRow[]): Promise<void> => slaRepository.replacePolicies(db, rows);

export const listCalendars = (db: DbOrTx): Promise<CalendarRow[]> => slaRepository.listCalendars(db);
export const calendarExists = (db: DbOrTx, id: string): Promise<boolean> => slaRepository.calendarExists(db, id);
export const findCalendar = (db: DbOrTx, id: string): Promise<CalendarRow | undefined> => slaRepository.calendar(db, id);
/** The calendar policies without one of their own count on. */
export const defaultCalendar = (db: DbOrTx): Promise<CalendarRow | undefined> => slaRepository.calendar(db, null);
export const insertCalendar = (db: DbOrTx, row: NewCalendarRow): Promise<CalendarRow> => slaRepository.insertCalendar(db, row);
export const updateCalendar = (db: DbOrTx, id: string, patch: Partial<NewCalendarRow>): Promise<CalendarRow | undefined> =>
  slaRepository.updateCalendar(db, id, patch);
