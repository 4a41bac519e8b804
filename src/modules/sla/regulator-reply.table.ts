import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';
import { REGULATORS } from './regulator-reply.rules.ts';

/**
 * The company's replies to a regulator on a transferred appeal (12305 postal, 12315 market regulation; rules
 * 2, 5, 21): what was answered and when. Owned by the time limits, whose appeal-reply clock the reply meets.
 * A record: append-only (a trigger refuses UPDATE and DELETE).
 */
export const regulatorReplies = pgTable(
  'regulator_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    regulator: text('regulator', { enum: REGULATORS }).notNull(),
    content: text('content').notNull(),
    repliedAt: timestamp('replied_at', { withTimezone: true }).notNull(),
    recordedById: uuid('recorded_by_id').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('regulator_replies_case_idx').on(t.caseId, t.repliedAt)],
);
