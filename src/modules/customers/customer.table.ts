import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Contact data lives here only; cases refer to the customer and never copy the phone.
export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  phone: text('phone').notNull().unique(),
  email: text('email'),
  isKey: boolean('is_key').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
