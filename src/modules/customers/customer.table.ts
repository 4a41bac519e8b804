import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/user.table.ts';

// Contact data lives here only; cases refer to the customer and never copy the phone.
export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  phone: text('phone').notNull().unique(),
  email: text('email'),
  isKey: boolean('is_key').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // Rules 27–28: an erased customer keeps the row (cases refer to it) with the name replaced by the marker,
  // the email removed and the phone replaced by a value no normalised phone can equal.
  erasedAt: timestamp('erased_at', { withTimezone: true }),
  // Customer messages: the channel the customer asked for (sms, wechat, email; null = the company's order),
  // the language of their messages, an opt-out of all but the codes they ask for (rule 24), and the WeChat
  // 公众号 openid (contact data like the phone: removed on erasure).
  preferredChannel: text('preferred_channel', { enum: ['sms', 'wechat', 'email'] }),
  language: text('language', { enum: ['zh', 'en'] }).notNull().default('zh'),
  notifyOptOut: boolean('notify_opt_out').notNull().default(false),
  wechatOpenId: text('wechat_open_id'),
});

/**
 * Rule 29: who read unmasked phone numbers in bulk (a list), when, through what and how many — never the
 * numbers themselves nor the search text (which may be a phone).
 */
export const customerPhoneReads = pgTable(
  'customer_phone_reads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    /** The read path, e.g. `case_list`. */
    source: text('source').notNull(),
    /** Which filters were used (names only, no values). */
    filters: jsonb('filters').$type<string[]>().notNull().default([]),
    /** How many distinct unmasked phone numbers the answer carried. */
    phoneCount: integer('phone_count').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('customer_phone_reads_seq_idx').on(t.seq), index('customer_phone_reads_created_idx').on(t.createdAt)],
);
