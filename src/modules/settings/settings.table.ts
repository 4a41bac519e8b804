import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Company-wide settings an administrator edits (e.g. the industry preset), one row per key. */
export const companySettings = pgTable('company_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedById: uuid('updated_by_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
