// Request and response shapes of the customer-message routes (outbox viewer, templates, channels).
import { z } from 'zod';
import { CUSTOMER_CHANNELS, CUSTOMER_EVENTS, MESSAGE_LANGUAGES, OUTBOX_STATUSES } from './outbox.types.ts';

export const OutboxQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  channel: z.enum(CUSTOMER_CHANNELS).optional(),
  event: z.enum(CUSTOMER_EVENTS).optional(),
  caseNumber: z.string().trim().min(1).max(40).optional(),
  cursor: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const OutboxMessageSchema = z
  .object({
    id: z.uuid(),
    event: z.enum(CUSTOMER_EVENTS),
    channel: z.enum(CUSTOMER_CHANNELS),
    status: z.enum(OUTBOX_STATUSES),
    caseId: z.uuid().nullable(),
    caseNumber: z.string().nullable(),
    customerId: z.uuid(),
    language: z.enum(MESSAGE_LANGUAGES),
    subject: z.string().nullable(),
    body: z.string(),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    suppressedReason: z.string().nullable(),
    driver: z.string().nullable(),
    providerMessageId: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const OutboxPageSchema = z
  .object({
    items: z.array(OutboxMessageSchema),
    nextCursor: z.string().nullable(),
    counts: z.object({ pending: z.number().int(), sending: z.number().int(), sent: z.number().int(), failed: z.number().int(), suppressed: z.number().int() }),
  })
  .meta({ id: 'OutboxPage' });

export const OutboxMessageDetailSchema = OutboxMessageSchema.extend({
  vars: z.record(z.string(), z.union([z.string(), z.number()])),
  providerTemplateId: z.string().nullable(),
}).meta({ id: 'OutboxMessageDetail' });

export const IdParams = z.object({ id: z.uuid() });

/** The customer's message settings on the case page; `email` masked for roles without phone access. */
export const CustomerMessageSettingsSchema = z
  .object({
    preferredChannel: z.enum(CUSTOMER_CHANNELS).nullable(),
    language: z.enum(['zh', 'en']),
    optOut: z.boolean(),
    email: z.string().nullable(),
    hasWechat: z.boolean(),
    erased: z.boolean(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'CustomerMessageSettings' });

/** Staff change the customer's settings on the customer's word; an omitted field stays as it is. */
export const CustomerMessageSettingsChange = z
  .object({
    preferredChannel: z.enum(CUSTOMER_CHANNELS).nullable().optional(),
    language: z.enum(['zh', 'en']).optional(),
    optOut: z.boolean().optional(),
    email: z.union([z.email().max(200), z.literal('')]).nullable().optional(),
  })
  .strict()
  .meta({ id: 'CustomerMessageSettingsChange' });

export const CustomerMessagesSchema = z
  .object({
    settings: CustomerMessageSettingsSchema,
    items: z.array(
      z.object({
        id: z.uuid(),
        event: z.enum(CUSTOMER_EVENTS),
        channel: z.enum(CUSTOMER_CHANNELS),
        status: z.enum(OUTBOX_STATUSES),
        recipient: z.string().nullable(),
        body: z.string(),
        lastError: z.string().nullable(),
        suppressedReason: z.string().nullable(),
        createdAt: z.string(),
        sentAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'CustomerMessages' });

export const TemplateKeyParams = z.object({ event: z.enum(CUSTOMER_EVENTS), channel: z.enum(CUSTOMER_CHANNELS), language: z.enum(MESSAGE_LANGUAGES) });

export const TemplateBody = z.object({
  subject: z.string().trim().max(200).nullable().optional(),
  body: z.string().trim().min(1).max(2000),
  providerTemplateId: z.string().trim().max(100).nullable().optional(),
});

export const MessageTemplatesSchema = z
  .object({
    items: z.array(
      z.object({
        event: z.enum(CUSTOMER_EVENTS),
        channel: z.enum(CUSTOMER_CHANNELS),
        language: z.enum(MESSAGE_LANGUAGES),
        subject: z.string().nullable(),
        body: z.string(),
        providerTemplateId: z.string().nullable(),
        isDefault: z.boolean(),
        updatedAt: z.string().nullable(),
        variables: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'MessageTemplates' });

export const ChannelParams = z.object({ channel: z.enum(CUSTOMER_CHANNELS) });

export const ChannelSettingsSchema = z
  .object({
    channel: z.enum(CUSTOMER_CHANNELS),
    driver: z.string(),
    drivers: z.array(z.string()),
    enabled: z.boolean(),
    maxAttempts: z.number().int(),
    options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    /** Keys are never returned: only whether each is set. */
    secrets: z.record(z.string(), z.enum(['set', 'unset'])),
  })
  .meta({ id: 'ChannelSettings' });

export const ChannelListSchema = z.object({ items: z.array(ChannelSettingsSchema) }).meta({ id: 'ChannelSettingsList' });

export const ChannelBody = z.object({
  driver: z.string().min(1).max(20),
  enabled: z.boolean(),
  maxAttempts: z.number().int().min(1).max(20).default(8),
  options: z.record(z.string().max(40), z.union([z.string().trim().max(300), z.number().int().min(0).max(65535), z.boolean()])).default({}),
  // A key given is stored; left out, the stored one is kept; null removes it.
  secrets: z.record(z.string().max(40), z.string().max(500).nullable()).default({}),
});

export const TestSendBody = z.object({ to: z.string().trim().min(1).max(200), language: z.enum(MESSAGE_LANGUAGES).default('zh') });
export const TestSendResultSchema = z.object({ ok: z.boolean(), driver: z.string(), error: z.string().nullable() }).meta({ id: 'TestSendResult' });
