import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
import { ACTION_KINDS, ACTION_STATUSES, type ActionDepartments } from './execution.rules.ts';
import { remedies } from './resolution.table.ts';

/** The repair record of a repair action (seed 004 售后维修: 故障原因、维修方法、更换的零部件). */
export type RepairRecord = { fault: string; method: string; partsReplaced: string | null };

/** An execution action 执行项: who carries out what part of an accepted remedy, by when, for how much. */
export const executionActions = pgTable(
  'execution_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    /** The accepted remedy it carries out (null for an action added by hand without one). */
    remedyId: uuid('remedy_id').references(() => remedies.id),
    kind: text('kind', { enum: ACTION_KINDS }).notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** Fen: the amount to pay (money kinds) or the cost (resend freight, repair); the paid amount once done. */
    amountFen: integer('amount_fen'),
    note: text('note'),
    /** The outcome: done / failed note. */
    resultNote: text('result_note'),
    repair: jsonb('repair').$type<RepairRecord>(),
    cancelReason: text('cancel_reason'),
    /** A failed action retried by this one. */
    retryOfId: uuid('retry_of_id'),
    createdById: uuid('created_by_id').notNull().references(() => users.id),
    finishedById: uuid('finished_by_id').references(() => users.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('execution_actions_case_idx').on(t.caseId, t.createdAt),
    // The 待执行 inbox and the guard read open actions by department / by case.
    index('execution_actions_open_idx').on(t.departmentId, t.dueAt).where(sql`${t.status} = 'open'`),
    uniqueIndex('execution_actions_idempotency_idx').on(t.createdById, t.idempotencyKey),
    check('execution_actions_amount_nonneg', sql`${t.amountFen} is null or ${t.amountFen} >= 0`),
  ],
);

/** The company's execution settings: one row (id 1); absent = the preset's default departments. */
export const executionSettings = pgTable(
  'execution_settings',
  {
    id: integer('id').primaryKey(),
    departments: jsonb('departments').$type<ActionDepartments>().notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('execution_settings_single_row', sql`${t.id} = 1`)],
);
