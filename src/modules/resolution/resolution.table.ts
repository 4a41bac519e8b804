import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';
import type { AuthorityLimits } from './authority.schemas.ts';
import type { CompensationPolicy } from './compensation.schemas.ts';
import type { RemedyCatalogue } from './remedy-catalogue.rules.ts';
import { REMEDY_STATUSES, type RemedyItem } from './resolution.types.ts';

/**
 * The company's resolution settings: one row (id 1). Absent until an administrator saves; until then the
 * preset's defaults apply (pure `defaultCompensationPolicy`, `DEFAULT_AUTHORITY_LIMITS`).
 */
export const resolutionSettings = pgTable(
  'resolution_settings',
  {
    id: integer('id').primaryKey(),
    compensationPolicy: jsonb('compensation_policy').$type<CompensationPolicy>().notNull(),
    authorityLimits: jsonb('authority_limits').$type<AuthorityLimits>().notNull(),
    // The remedy catalogue 方案目录; null = the preset's defaults.
    remedyCatalogue: jsonb('remedy_catalogue').$type<RemedyCatalogue>(),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('resolution_settings_single_row', sql`${t.id} = 1`)],
);

/** A proposed remedy: its items and total in fen, with the policy and limits in force frozen onto it. */
export const remedies = pgTable(
  'remedies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    proposerId: uuid('proposer_id').notNull().references(() => users.id),
    proposerRole: text('proposer_role').notNull(),
    status: text('status', { enum: REMEDY_STATUSES }).notNull(),
    items: jsonb('items').$type<RemedyItem[]>().notNull(),
    totalFen: integer('total_fen').notNull(),
    /** The calculator's proposal it was based on (null when proposed by hand). */
    calculation: jsonb('calculation').$type<Record<string, unknown>>(),
    /** The compensation policy in force when proposed (snapshot). */
    policy: jsonb('policy').$type<CompensationPolicy>().notNull(),
    /** The authority limits in force when proposed: the approval chain never shifts under a pending remedy. */
    authorityLimits: jsonb('authority_limits').$type<AuthorityLimits>().notNull(),
    note: text('note'),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    offeredById: uuid('offered_by_id').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredById: uuid('answered_by_id').references(() => users.id),
    customerNote: text('customer_note'),
    counterOffer: text('counter_offer'),
    counterOfferFen: integer('counter_offer_fen'),
    /** 执行时限: agreed with the customer on acceptance (stored; not yet a running clock). */
    executionDueAt: timestamp('execution_due_at', { withTimezone: true }),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('remedies_case_idx').on(t.caseId, t.createdAt),
    index('remedies_status_idx').on(t.status),
    uniqueIndex('remedies_idempotency_idx').on(t.proposerId, t.idempotencyKey),
    check('remedies_total_nonneg', sql`${t.totalFen} >= 0`),
  ],
);

/** One approval decision per chain step (the unique key makes two approvers acting at once unable to both win). Append-only. */
export const remedyDecisions = pgTable(
  'remedy_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    remedyId: uuid('remedy_id').notNull().references(() => remedies.id),
    step: integer('step').notNull(),
    actorId: uuid('actor_id').notNull().references(() => users.id),
    actorRole: text('actor_role').notNull(),
    kind: text('kind', { enum: ['endorse', 'approve', 'reject'] }).notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('remedy_decisions_step_idx').on(t.remedyId, t.step)],
);
