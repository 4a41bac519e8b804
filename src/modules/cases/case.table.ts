import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { customers } from '../customers/customer.table.ts';
import { departments, users } from '../users/user.table.ts';
import { CASE_STATUSES, CHANNELS, PRIORITIES, URGENCIES } from './case.lifecycle.ts';

export const categories = pgTable('categories', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: text('case_number').notNull().unique(),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('registered'),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    category: text('category').references(() => categories.code),
    urgency: text('urgency', { enum: URGENCIES }).notNull().default('normal'),
    priority: text('priority', { enum: PRIORITIES }).notNull().default('P3'),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    waybillNo: text('waybill_no'),
    orderNo: text('order_no'),
    store: text('store'),
    route: text('route'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    description: text('description').notNull(),
    demand: text('demand'),
    departmentId: uuid('department_id').references(() => departments.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    receivedById: uuid('received_by_id').references(() => users.id),
    mergedIntoId: uuid('merged_into_id'),
    rejectReason: text('reject_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // The queue's hot paths: by status, by department, by assignee, newest first, at a million rows.
    index('cases_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('cases_status_created_idx').on(t.status, t.createdAt.desc()),
    index('cases_department_status_created_idx').on(t.departmentId, t.status, t.createdAt.desc()),
    index('cases_assignee_status_idx').on(t.assigneeId, t.status),
    index('cases_customer_created_idx').on(t.customerId, t.createdAt.desc()),
    index('cases_waybill_idx').on(t.waybillNo).where(sql`${t.waybillNo} is not null`),
    index('cases_order_idx').on(t.orderNo).where(sql`${t.orderNo} is not null`),
    index('cases_description_trgm_idx').using('gin', sql`${t.description} gin_trgm_ops`),
  ],
);

// Append-only timeline: rows are inserted in the same transaction as the change they record,
// and a trigger (migration 0002) refuses UPDATE and DELETE.
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    visibility: text('visibility', { enum: ['internal', 'public'] })
      .notNull()
      .default('internal'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case_created_idx').on(t.caseId, t.createdAt)],
);

// One row per day; the upsert that bumps it serialises concurrent intakes on that day only.
export const caseNumberCounters = pgTable('case_number_counters', {
  day: date('day').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] })],
);

