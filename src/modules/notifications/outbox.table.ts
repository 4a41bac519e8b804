import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/case.table.ts';
import { customers } from '../customers/customer.table.ts';
import { users } from '../users/user.table.ts';
import { CUSTOMER_CHANNELS, CUSTOMER_EVENTS, MESSAGE_LANGUAGES, OUTBOX_STATUSES } from './outbox.types.ts';

/**
 * The transactional outbox of customer messages: written in the transaction of the change that causes it,
 * delivered later by the worker. It never copies the customer's address (the worker reads it from the
 * customer at delivery time, so an erased customer gets nothing); the rendered text is kept (the admin
 * outbox viewer shows it — the demo's way to read an SMS code) and is redacted with the case's other text.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Cursor paging of the viewer, newest first.
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    event: text('event', { enum: CUSTOMER_EVENTS }).notNull(),
    channel: text('channel', { enum: CUSTOMER_CHANNELS }).notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    caseId: uuid('case_id').references(() => cases.id),
    dedupeKey: text('dedupe_key').notNull(),
    language: text('language', { enum: MESSAGE_LANGUAGES }).notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** The template variables (SMS and WeChat providers take them, not the text). */
    vars: jsonb('vars').$type<Record<string, string | number>>().notNull().default({}),
    /** The provider's template id (SMS TemplateCode, WeChat template_id) as configured when written. */
    providerTemplateId: text('provider_template_id'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    /** Why it was not sent (opted_out, erased, no_address …) when suppressed. */
    suppressedReason: text('suppressed_reason'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** A claimed message's lease: a worker that dies mid-send leaves it to be claimed again after this. */
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** Which driver sent it (record, smtp, aliyun, wechat_mp) and the provider's id of the message. */
    driver: text('driver'),
    providerMessageId: text('provider_message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [
    // Idempotency: one message per dedupe key and channel, however often the caller retries.
    uniqueIndex('outbox_dedupe_channel_uq').on(t.dedupeKey, t.channel),
    // The worker's claim: due messages in order; only pending/sending rows are in the index.
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
    index('outbox_seq_idx').on(t.seq),
    index('outbox_case_idx').on(t.caseId, t.seq),
    index('outbox_status_seq_idx').on(t.status, t.seq),
  ],
);

/** An administrator's own template for an event on a channel in a language (else the built-in default). */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    event: text('event', { enum: CUSTOMER_EVENTS }).notNull(),
    channel: text('channel', { enum: CUSTOMER_CHANNELS }).notNull(),
    language: text('language', { enum: MESSAGE_LANGUAGES }).notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    providerTemplateId: text('provider_template_id'),
    updatedById: uuid('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('message_templates_key_uq').on(t.event, t.channel, t.language)],
);

/**
 * A channel's settings as the administrator edits them: driver, switched on or off, the provider's
 * endpoint and options, and its keys (write-only: never returned by the API). No row = the default
 * (enabled, `record` driver).
 */
export const notificationChannels = pgTable('notification_channels', {
  channel: text('channel', { enum: CUSTOMER_CHANNELS }).primaryKey(),
  driver: text('driver').notNull().default('record'),
  enabled: boolean('enabled').notNull().default(true),
  options: jsonb('options').$type<Record<string, string | number | boolean>>().notNull().default({}),
  secrets: jsonb('secrets').$type<Record<string, string>>().notNull().default({}),
  maxAttempts: integer('max_attempts').notNull().default(8),
  updatedById: uuid('updated_by_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
