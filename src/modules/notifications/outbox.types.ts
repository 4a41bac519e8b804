// The customer-message vocabulary shared by the outbox table, its rules, service and routes.

/** Customer-facing events. `otp` is the portal's one-time code; `survey` the callback's survey link. */
export const CUSTOMER_EVENTS = ['received', 'assigned', 'progress_reply', 'remedy_offered', 'remedy_executed', 'resolved', 'survey', 'otp'] as const;
export type CustomerEvent = (typeof CUSTOMER_EVENTS)[number];

/** The channels a customer can be reached on (staff in-app notifications are the notifications table). */
export const CUSTOMER_CHANNELS = ['sms', 'wechat', 'email'] as const;
export type CustomerChannel = (typeof CUSTOMER_CHANNELS)[number];

export const MESSAGE_LANGUAGES = ['zh', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * pending: waiting for its (next) attempt; sending: claimed by a worker (a lease); sent: handed to the
 * provider (or kept, with the `record` driver); failed: gave up after the configured attempts or a
 * permanent refusal; suppressed: never sent (opted out, erased, no address) — with the reason.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'suppressed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** The drivers a channel can use; `record` keeps the message in the outbox viewer only (the demo's inbox). */
export const CHANNEL_DRIVERS = {
  sms: ['record', 'aliyun', 'tencent'],
  wechat: ['record', 'wechat_mp'],
  email: ['record', 'smtp'],
} as const satisfies Record<CustomerChannel, readonly string[]>;
export type ChannelDriver = (typeof CHANNEL_DRIVERS)[CustomerChannel][number];

/** Why a message was not sent. */
export const SUPPRESS_REASONS = ['opted_out', 'erased', 'no_address', 'no_channel', 'internal_case'] as const;
export type SuppressReason = (typeof SUPPRESS_REASONS)[number];

export type CustomerMessage = {
  event: CustomerEvent;
  customerId: string;
  caseId: string | null;
  /** Template variables, e.g. { caseNumber, code, link, ... }; rendered into the company's template. */
  vars: Record<string, string | number>;
  /** Idempotency: a second call with the same key writes nothing (unique index). e.g. `survey:<callbackId>`. */
  dedupeKey: string;
  /** Only these channels (the OTP goes by SMS only); default: the customer's preference and what is enabled. */
  channels?: readonly CustomerChannel[] | undefined;
};

/**
 * The variables each event's templates may use; an unknown one is a field error when a template is saved.
 * No department: a customer is not told internal department names.
 */
export const EVENT_VARIABLES: Record<CustomerEvent, readonly string[]> = {
  received: ['caseNumber', 'link', 'firstResponseDue', 'resolveDue'],
  assigned: ['caseNumber', 'link'],
  progress_reply: ['caseNumber', 'link', 'reply'],
  remedy_offered: ['caseNumber', 'link', 'remedy'],
  remedy_executed: ['caseNumber', 'link', 'remedy'],
  resolved: ['caseNumber', 'link'],
  survey: ['caseNumber', 'link'],
  otp: ['code', 'minutes'],
};
