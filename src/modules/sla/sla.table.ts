import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import type { SlaPolicy } from './sla-clock.ts';

export const businessCalendars = pgTable('business_calendars', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  definition: jsonb('definition').$type<BusinessCalendar>().notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Time-limit policies; the most specific active one (category and priority) applies to a case. */
export const slaPolicies = pgTable('sla_policies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  category: text('category'),
  priority: text('priority'),
  policy: jsonb('policy').$type<SlaPolicy>().notNull(),
  calendarId: uuid('calendar_id').references(() => businessCalendars.id),
  active: boolean('active').notNull().default(true),
  position: integer('position').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The clock's own append-only log (started, paused, resumed, warned, breached, met, escalated, stopped). */
export const caseClockEvents = pgTable(
  'case_clock_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    target: text('target').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    level: integer('level'),
    reason: text('reason'),
    /** A `started` event of a fixed-deadline target (`execution`): the agreed instant it is due. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('case_clock_events_case_idx').on(t.caseId, t.at)],
);

/** Which open cases a configuration change touches: all of them, or those on some policies plus those without a live policy. */
export type RecomputeScope = { all: true } | { policyIds: readonly string[]; activePolicyIds: readonly string[] };

/** What change asked for a recomputation, shown to administrators (rows from before it was stored have none). */
export const RECOMPUTE_CAUSES = ['policy', 'calendar', 'preset'] as const;
export type RecomputeCause = (typeof RECOMPUTE_CAUSES)[number];

/**
 * A configuration change's recomputation of open cases' clocks, done by the worker in bounded batches:
 * written with the change, it survives a crash; `afterCaseId` is how far it got (cases in id order).
 */
export const slaRecomputeRequests = pgTable(
  'sla_recompute_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scope: jsonb('scope').$type<RecomputeScope>().notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    afterCaseId: uuid('after_case_id'),
    casesDone: integer('cases_done').notNull().default(0),
    cause: text('cause').$type<RecomputeCause>(),
    requestedBy: uuid('requested_by'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('sla_recompute_requests_pending_idx').on(t.requestedAt).where(sql`${t.finishedAt} is null`)],
);

/**
 * Cases the sweeper failed on: the error (its type and a short message, never the values a database
 * error may quote), how often, and when. The case is postponed meanwhile so it blocks no other; the row
 * goes when a sweep of the case succeeds.
 */
export const slaSweepFailures = pgTable('sla_sweep_failures', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  attempts: integer('attempts').notNull(),
  error: text('error').notNull(),
  firstFailedAt: timestamp('first_failed_at', { withTimezone: true }).notNull(),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }).notNull(),
  retryAt: timestamp('retry_at', { withTimezone: true }).notNull(),
});
