import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';
import { CALLBACK_CHANNELS, CALLBACK_STATUSES, SATISFACTION_LEVELS } from './callback.rules.ts';

/**
 * Satisfaction callbacks 回访 (seeds 002–004): one per resolution of a case, scheduled in the resolve's
 * transaction from the callback window; answered by phone (the agents' queue) or by the customer's survey
 * link, given up as unreachable after the configured attempts, or cancelled when the case moves on
 * another way. At most one pending callback per case (partial unique index).
 */
export const callbacks = pgTable(
  'callbacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    status: text('status', { enum: CALLBACK_STATUSES }).notNull().default('pending'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }).notNull(),
    /** Local dates ('YYYY-MM-DD') in the company's zone: when the callback opens and when it is due. */
    earliestOn: text('earliest_on').notNull(),
    dueOn: text('due_on').notNull(),
    /** The end of the due day: from here on the callback is overdue. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** When it opened (the case went to 回访中 and the survey link was sent). */
    openedAt: timestamp('opened_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    channel: text('channel', { enum: CALLBACK_CHANNELS }),
    overall: text('overall', { enum: SATISFACTION_LEVELS }),
    result: text('result', { enum: SATISFACTION_LEVELS }),
    attitude: text('attitude', { enum: SATISFACTION_LEVELS }),
    efficiency: text('efficiency', { enum: SATISFACTION_LEVELS }),
    comment: text('comment'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedById: uuid('completed_by_id').references(() => users.id),
    cancelReason: text('cancel_reason'),
    /** Overdue steps taken (1 warned, 2 supervisor, 3 manager): only rises, so each step is taken once. */
    overdueLevel: integer('overdue_level').notNull().default(0),
    /** When the sweep next has something to do (open it, or an overdue step); null when nothing. */
    nextActionAt: timestamp('next_action_at', { withTimezone: true }),
    /** SHA-256 of the survey link's token (the token itself is never stored). */
    surveyTokenHash: text('survey_token_hash'),
    surveyExpiresAt: timestamp('survey_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('callbacks_one_pending_idx').on(t.caseId).where(sql`${t.status} = 'pending'`),
    uniqueIndex('callbacks_survey_token_idx').on(t.surveyTokenHash),
    index('callbacks_case_idx').on(t.caseId, t.createdAt),
    index('callbacks_next_action_idx').on(t.nextActionAt).where(sql`${t.status} = 'pending'`),
    index('callbacks_due_idx').on(t.status, t.dueOn),
    index('callbacks_completed_idx').on(t.completedAt),
  ],
);
