import { index, integer, pgTable, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { customers } from '../customers/customer.table.ts';

/**
 * A customer's portal session: its own table and cookie, apart from staff sessions, so no staff route
 * can ever take it. `caseId` narrows it to the one case just filed (the answer page and its photos);
 * null after the one-time code: all of that customer's cases.
 */
export const customerSessions = pgTable(
  'customer_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  // expires_at: the purge of old sessions.
  (t) => [index('customer_sessions_expires_idx').on(t.expiresAt)],
);

/** One-time codes sent by SMS to follow a case: only a salted hash is kept; each allows a few tries. */
export const portalCodes = pgTable(
  'portal_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  // The verification reads the newest code of a case.
  (t) => [index('portal_codes_case_created_idx').on(t.caseId, t.createdAt), index('portal_codes_expires_idx').on(t.expiresAt)],
);

/**
 * Fixed-window counters of the portal's public requests (code sends per phone and per address, wrong
 * codes per address, filings per address). The key never holds a phone number: a hash of it.
 */
export const portalThrottle = pgTable(
  'portal_throttle',
  {
    key: text('key').primaryKey(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('portal_throttle_window_idx').on(t.windowStart)],
);

/** Stores / outlets 门店 with a printable QR code that opens the portal with the store filled in (seed 003). */
export const stores = pgTable('stores', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * A customer's WeChat binding under way (网页授权): the `state` sent through WeChat, kept as a hash, tied to
 * the portal session that started it, single use and short-lived, so a callback forged or replayed with
 * another state, or in another browser, binds nothing.
 */
export const portalWechatStates = pgTable(
  'portal_wechat_states',
  {
    stateHash: text('state_hash').primaryKey(),
    sessionTokenHash: text('session_token_hash')
      .notNull()
      .references(() => customerSessions.tokenHash, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  // expires_at: the hourly purge.
  (t) => [index('portal_wechat_states_expires_idx').on(t.expiresAt)],
);
