import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from '../users/user.table.ts';

/** First matching rule (by position) decides the department; empty conditions match anything. */
export const routingRules = pgTable(
  'routing_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    position: integer('position').notNull(),
    category: text('category'),
    stage: text('stage'),
    channel: text('channel'),
    storePrefix: text('store_prefix'),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('routing_rules_position_idx').on(t.position)],
);
