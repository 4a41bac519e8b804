import { sql } from 'drizzle-orm';
import {
  bigserial,
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
import { partners } from '../partners/partner.table.ts';
import { categories } from '../taxonomy/taxonomy.table.ts';
import { departments, users } from '../users/user.table.ts';
import { SERVICE_TYPES } from './case.facts.ts';
import { CASE_STATUSES, CHANNELS, PRIORITIES, URGENCIES } from './case.lifecycle.ts';

export type PriorityReason = { factor: string; points: number; labelZh: string; labelEn: string };
export type SlaSummary = {
  targets: Array<{ target: string; dueAt: string | null; status: string; breachedAt: string | null; metAt: string | null }>;
  /** The nearest running deadline, for the queue's badge. */
  nextDueAt: string | null;
  status: 'running' | 'warning' | 'breached' | 'paused' | 'met' | 'stopped' | null;
};

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
    // Triage (issue 4): where it went wrong, why, and what raised its priority.
    stage: text('stage'),
    cause: text('cause'),
    upset: boolean('upset').notNull().default(false),
    regulatorReferral: text('regulator_referral', { enum: ['12305', '12315', 'other'] }),
    publicExposure: boolean('public_exposure').notNull().default(false),
    /** 保价 declared value in whole yuan, as waybills print it; priority and the remedies read this one value. */
    declaredValueYuan: integer('declared_value_yuan'),
    // The shipment or order facts a remedy depends on (issue 11; seed 004: 发货时间、预计送达时间、货物名称及数量).
    shippedAt: timestamp('shipped_at', { withTimezone: true }),
    /** The promised delivery time: 彻底延误 is counted from it (rule 10). */
    promisedDeliveryAt: timestamp('promised_delivery_at', { withTimezone: true }),
    serviceType: text('service_type', { enum: SERVICE_TYPES }),
    goodsName: text('goods_name'),
    quantity: integer('quantity'),
    /** Money is integer fen everywhere. */
    itemPriceFen: integer('item_price_fen'),
    freightFen: integer('freight_fen'),
    /** 保价: null while nobody has said. */
    insured: boolean('insured'),
    /** Rule 8: both may be claimed against — the waybill's brand (总部) and the company that actually delivered. */
    brandCompany: text('brand_company'),
    deliveryCompany: text('delivery_company'),
    /** The carrier, supplier or outlet involved (partners module). */
    partnerId: uuid('partner_id').references(() => partners.id),
    priorityReasons: jsonb('priority_reasons').$type<PriorityReason[]>().notNull().default([]),
    /** The classifier's suggestion at intake, kept to learn from the agent's confirmation or correction. */
    suggestion: jsonb('suggestion').$type<Record<string, unknown>>(),
    categoryConfirmed: boolean('category_confirmed').notNull().default(false),
    /** When an agent last confirmed or corrected the category: retraining counts the ones since its last model. */
    categoryConfirmedAt: timestamp('category_confirmed_at', { withTimezone: true }),
    // Time limits and escalation live beside the status, not in it.
    escalationLevel: integer('escalation_level').notNull().default(0),
    slaPolicyId: uuid('sla_policy_id'),
    slaNextActionAt: timestamp('sla_next_action_at', { withTimezone: true }),
    slaSummary: jsonb('sla_summary').$type<SlaSummary>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // The queue's hot paths: by status, by department, by assignee, newest first, at a million rows.
    // Plain ascending keys: a backward scan serves ORDER BY … DESC (NULLS FIRST), which a
    // "DESC NULLS LAST" index cannot.
    index('cases_created_id_idx').on(t.createdAt, t.id),
    index('cases_status_created_id_idx').on(t.status, t.createdAt, t.id),
    index('cases_department_created_id_idx').on(t.departmentId, t.createdAt, t.id),
    index('cases_assignee_status_idx').on(t.assigneeId, t.status),
    // The department and unassigned tab counts (index-only scans).
    index('cases_department_status_idx').on(t.departmentId, t.status),
    index('cases_unassigned_department_status_idx').on(t.departmentId, t.status).where(sql`${t.assigneeId} is null`),
    index('cases_customer_created_id_idx').on(t.customerId, t.createdAt, t.id),
    index('cases_updated_id_idx').on(t.updatedAt, t.id),
    index('cases_priority_id_idx').on(t.priority, t.id),
    index('cases_occurred_id_idx').on(sql`coalesce(${t.occurredAt}, ${t.createdAt})`, t.id),
    index('cases_case_number_pattern_idx').on(sql`${t.caseNumber} text_pattern_ops`),
    index('cases_waybill_idx').on(t.waybillNo).where(sql`${t.waybillNo} is not null`),
    index('cases_order_idx').on(t.orderNo).where(sql`${t.orderNo} is not null`),
    index('cases_sla_next_action_idx').on(t.slaNextActionAt).where(sql`${t.slaNextActionAt} is not null`),
    // Retraining asks "are there N confirmations since the last model?" without counting all the others.
    index('cases_category_confirmed_at_idx').on(t.categoryConfirmedAt).where(sql`${t.categoryConfirmedAt} is not null`),
    index('cases_escalation_idx').on(t.escalationLevel).where(sql`${t.escalationLevel} > 0`),
    index('cases_description_trgm_idx').using('gin', sql`${t.description} gin_trgm_ops`),
  ],
);

// Append-only timeline: rows are inserted in the same transaction as the change they record,
// and a trigger (migration 0002, amended in 0020) refuses UPDATE and DELETE, except the redaction of personal text.
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: several events of one transaction share a timestamp. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
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
    /** Set once when personal text in the payload was replaced by the marker (the trigger's one allowed update, migration 0020). */
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [index('case_events_case_seq_idx').on(t.caseId, t.seq), index('case_events_kind_created_idx').on(t.kind, t.createdAt)],
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
  // created_at: the purge of old keys.
  (t) => [primaryKey({ columns: [t.actorId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);


/** Cases an agent linked as related (e.g. the same waybill) without merging them. */
export const caseLinks = pgTable(
  'case_links',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    otherCaseId: uuid('other_case_id')
      .notNull()
      .references(() => cases.id),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.otherCaseId] }), index('case_links_other_idx').on(t.otherCaseId)],
);

/** A joint team: the lead department is cases.department_id; these collaborate and may see the case. */
export const caseCollaborators = pgTable(
  'case_collaborators',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    addedById: uuid('added_by_id').references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.departmentId] }), index('case_collaborators_department_idx').on(t.departmentId)],
);
