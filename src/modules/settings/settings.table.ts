import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Company-wide settings an administrator edits (e.g. the industry preset), one row per key. */
export const companySettings = pgTable('company_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedById: uuid('updated_by_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row: a stamp that changes in the same transaction as any edit of the configuration an intake
 * reads (a statement trigger on each of those tables, hand-written in the migration). Each process
 * caches that configuration under the stamp and reads only the stamp per operation, so an edit made
 * by any process is seen by every other one from its commit on.
 */
export const configStamp = pgTable('config_stamp', {
  id: integer('id').primaryKey().default(1),
  stamp: uuid('stamp').notNull().defaultRandom(),
});
