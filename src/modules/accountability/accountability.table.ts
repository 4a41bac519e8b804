import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
import { DIRECTIONS, ENTRY_KINDS, RECORD_KINDS } from './accountability.rules.ts';

/**
 * Rewards and penalties 奖惩 (seed 004 六.3–4, seed 002), about a person and/or a department, optionally
 * attached to a case, with who decided. Append-only (a trigger refuses UPDATE and DELETE): a mistaken record
 * is revoked by a `revocation` row that names it (`revokes_id`, at most one) with the reason; the revocation
 * repeats the record's kind, subject and amount so that the history reads on its own.
 * Personal data kept minimal: the subject is a user id, nothing else about the person is stored here.
 */
export const accountabilityRecords = pgTable(
  'accountability_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entry: text('entry', { enum: ENTRY_KINDS }).notNull().default('record'),
    kind: text('kind', { enum: RECORD_KINDS }).notNull(),
    direction: text('direction', { enum: DIRECTIONS }).notNull(),
    /** 奖金 or 罚款 in fen; null for the kinds that carry no money. */
    amountFen: integer('amount_fen'),
    userId: uuid('user_id').references(() => users.id),
    /** The person's department when recorded (so department totals keep it), or the department alone. */
    departmentId: uuid('department_id').references(() => departments.id),
    caseId: uuid('case_id').references(() => cases.id),
    reason: text('reason').notNull(),
    decidedById: uuid('decided_by_id')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    revokesId: uuid('revokes_id').references((): AnyPgColumn => accountabilityRecords.id),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
  },
  (t) => [
    check('accountability_records_subject', sql`${t.userId} is not null or ${t.departmentId} is not null`),
    check('accountability_records_amount', sql`${t.amountFen} is null or ${t.amountFen} >= 0`),
    check('accountability_records_revocation', sql`(${t.entry} = 'revocation') = (${t.revokesId} is not null)`),
    uniqueIndex('accountability_records_revokes_idx').on(t.revokesId),
    uniqueIndex('accountability_records_idempotency_idx').on(t.decidedById, t.idempotencyKey),
    index('accountability_records_decided_idx').on(t.decidedAt),
    index('accountability_records_user_idx').on(t.userId, t.decidedAt),
    index('accountability_records_case_idx').on(t.caseId),
  ],
);
