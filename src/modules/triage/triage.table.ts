import { boolean, integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Trained classifier models; the newest active one suggests. Retrained from confirmed cases. */
export const classifierModels = pgTable('classifier_models', {
  id: uuid('id').primaryKey().defaultRandom(),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull().defaultNow(),
  examples: integer('examples').notNull(),
  model: jsonb('model').$type<unknown>().notNull(),
  metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull().default({}),
  active: boolean('active').notNull().default(true),
});
