import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';
import { BUDGET_SCOPES, COST_KINDS, COST_SOURCES } from './costs.types.ts';

/**
 * The cost ledger 成本台账 (seed 004 七.2 成本核算台账): one row per cost on a case, signed integer fen (positive a
 * cost, negative money back). Append-only (a trigger refuses UPDATE and DELETE): a correction is a reversing
 * entry. The case's category and department are copied on at posting, so a month's report by category or
 * department does not move when the case is edited later.
 */
export const costEntries = pgTable(
  'cost_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: COST_KINDS }).notNull(),
    amountFen: integer('amount_fen').notNull(),
    source: text('source', { enum: COST_SOURCES }).notNull(),
    /** The execution action, the claim, the entry reversed, or the poster's Idempotency-Key (labour, manual). */
    sourceId: text('source_id'),
    /** A reversal: the entry it turns round. */
    reversesId: uuid('reverses_id').references((): AnyPgColumn => costEntries.id),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    /** YYYY-MM of `occurred_at` on the company's wall clock: the month the entry is reported in. */
    month: text('month').notNull(),
    /** Snapshots of the case at posting (a reversal copies the original's). */
    category: text('category'),
    departmentId: uuid('department_id'),
    /** Labour: the minutes and the rate in force, frozen onto the entry. */
    labourMinutes: integer('labour_minutes'),
    rateFenPerHour: integer('rate_fen_per_hour'),
    /** The request's hash for an Idempotency-Key replay (a different request with the same key is refused). */
    requestHash: text('request_hash'),
  },
  (t) => [
    // Posting from the same source twice (a retried request, an action marked done again) finds this row.
    uniqueIndex('cost_entries_source_idx').on(t.source, t.sourceId, t.kind).where(sql`${t.sourceId} is not null`),
    // The case's costs card: one case's entries in posting order.
    index('cost_entries_case_idx').on(t.caseId, t.postedAt),
    // The report's GROUP BY month, category / department / kind: the range on month is the leading key, the
    // group the second, so each month's groups are read together from the index order.
    index('cost_entries_month_category_idx').on(t.month, t.category),
    index('cost_entries_month_department_idx').on(t.month, t.departmentId),
    index('cost_entries_month_kind_idx').on(t.month, t.kind),
    // The ledger list, newest first with a (posted_at, id) cursor.
    index('cost_entries_posted_idx').on(t.postedAt, t.id),
    check('cost_entries_amount_nonzero', sql`${t.amountFen} <> 0`),
    check('cost_entries_recovery_sign', sql`${t.source} = 'reversal' or (${t.kind} = 'recovery') = (${t.amountFen} < 0)`),
    check('cost_entries_reversal_ref', sql`(${t.source} = 'reversal') = (${t.reversesId} is not null)`),
  ],
);

/** A month's budget for the company, one category (code) or one department (id); `scope_key` '' for the company. */
export const costBudgets = pgTable(
  'cost_budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    month: text('month').notNull(),
    scope: text('scope', { enum: BUDGET_SCOPES }).notNull(),
    scopeKey: text('scope_key').notNull(),
    amountFen: integer('amount_fen').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cost_budgets_month_scope_idx').on(t.month, t.scope, t.scopeKey),
    check('cost_budgets_amount_nonneg', sql`${t.amountFen} >= 0`),
  ],
);

/** The company's cost settings: one row (id 1); absent until an administrator saves (the preset's default applies). */
export const costSettings = pgTable(
  'cost_settings',
  {
    id: integer('id').primaryKey(),
    labourRateFenPerHour: integer('labour_rate_fen_per_hour').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('cost_settings_single_row', sql`${t.id} = 1`), check('cost_settings_rate_positive', sql`${t.labourRateFenPerHour} > 0`)],
);
