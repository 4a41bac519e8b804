import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { partners } from '../partners/partner.table.ts';
import { users } from '../users/user.table.ts';
import { CLAIM_STATUSES } from './claim.rules.ts';
import type { ClaimBasis } from './claim.types.ts';

/**
 * Recovery claims 追偿 against the partner the responsibility decision names (seed 004: 由物流公司按照合同约定
 * 进行赔偿). The amount filed is frozen with its basis (the loss, the contract terms and shipment facts in force,
 * the term that produced it); later moves add the agreed and recovered amounts. `version` makes two people
 * acting at once unable to both win.
 */
export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id),
    partnerId: uuid('partner_id').notNull().references(() => partners.id),
    status: text('status', { enum: CLAIM_STATUSES }).notNull(),
    claimedFen: integer('claimed_fen').notNull(),
    /** Frozen when filed: where the amount came from and which term produced it. */
    basis: jsonb('basis').$type<ClaimBasis>().notNull(),
    note: text('note'),
    agreedFen: integer('agreed_fen'),
    recoveredFen: integer('recovered_fen'),
    /** Why the partner refused, or why the claim was written off. */
    reason: text('reason'),
    version: integer('version').notNull().default(1),
    filedById: uuid('filed_by_id').notNull().references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
  },
  (t) => [
    index('claims_case_idx').on(t.caseId, t.filedAt),
    // The claims list filters by status and partner and sorts by age.
    index('claims_status_idx').on(t.status, t.filedAt),
    index('claims_partner_idx').on(t.partnerId),
    uniqueIndex('claims_idempotency_idx').on(t.filedById, t.idempotencyKey),
    // One claim being pursued per case and partner: two filings at once cannot both get in.
    uniqueIndex('claims_open_per_partner_idx').on(t.caseId, t.partnerId).where(sql`${t.status} in ('filed', 'accepted')`),
    check('claims_amounts_nonneg', sql`${t.claimedFen} >= 0 and coalesce(${t.agreedFen}, 0) >= 0 and coalesce(${t.recoveredFen}, 0) >= 0`),
  ],
);
