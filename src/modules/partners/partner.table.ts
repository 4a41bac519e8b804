import { boolean, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PARTNER_KINDS } from './partner.types.ts';

/**
 * Carriers, suppliers and outlets the company works with (seed 004: 由物流公司按照合同约定进行赔偿): company
 * data with a company contact (not a customer's personal data) and the contract's compensation terms.
 * Cases refer to one by id; a partner once used is deactivated, never deleted.
 */
export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    name: text('name').notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** The contract's compensation clause as written. */
    compensationTerms: text('compensation_terms'),
    /** Structured part of the clause: uninsured loss paid up to this multiple of the freight (rule 11). */
    claimMultiple: numeric('claim_multiple', { precision: 6, scale: 2, mode: 'number' }),
    /** Structured part of the clause: the most the partner pays per claim, in fen. */
    claimCapFen: integer('claim_cap_fen'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('partners_kind_name_idx').on(t.kind, t.name), index('partners_active_idx').on(t.active)],
);
