import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { notFound } from '../../shared/errors.ts';
import type { Role } from '../../shared/permissions.ts';
import { notificationRepository } from './notification.repository.ts';
import { findCustomer, type CustomerRow } from '../customers/customer.service.ts';
import type { ConfigCache } from '../settings/config-cache.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { defaultTemplate } from './default-templates.ts';
import { chooseChannels, DEFAULT_MAX_ATTEMPTS, renderTemplate } from './outbox.rules.ts';
import { outboxRepository, type ChannelRow, type NewOutboxRow } from './outbox.repository.ts';
import { CUSTOMER_CHANNELS, type CustomerChannel, type CustomerMessage, type MessageLanguage } from './outbox.types.ts';

export { CUSTOMER_EVENTS, CUSTOMER_CHANNELS, type CustomerEvent, type CustomerChannel, type CustomerMessage } from './outbox.types.ts';

export type NotificationKind = 'sla_warning' | 'sla_breached' | 'escalated' | 'assigned' | 'complete_delay';

/** Who owns a case for warnings: its assignee, else the department's handlers, else who took it. */
export async function ownersOf(
  db: DbOrTx,
  c: { assigneeId: string | null; departmentId: string | null; receivedById: string | null },
): Promise<string[]> {
  if (c.assigneeId) return [c.assigneeId];
  if (c.departmentId) {
    const members = await notificationRepository.activeMembers(db, c.departmentId);
    if (members.length) return members;
  }
  return c.receivedById ? [c.receivedById] : [];
}

/**
 * Who an escalation goes to: the supervisors (or managers) of the case's own department where it has
 * some, else every one of them — a company with one service-desk supervisor still hears of every case.
 */
export async function escalationRecipients(db: DbOrTx, role: Role, departmentId: string | null): Promise<string[]> {
  if (departmentId) {
    const own = await notificationRepository.activeUserIdsWithRoleIn(db, role, departmentId);
    if (own.length) return own;
  }
  return notificationRepository.activeUserIdsWithRole(db, [role]);
}

/** A channel's settings in effect: its row, or the default of a new install (on, `record` driver). */
export type ChannelSettings = Pick<ChannelRow, 'channel' | 'driver' | 'enabled' | 'options' | 'secrets' | 'maxAttempts'>;

/** A channel's provider settings from the environment (SMTP_*, ALIYUN_SMS_*, WECHAT_*). */
export type ChannelDefaults = Partial<Record<CustomerChannel, Pick<ChannelSettings, 'driver' | 'options' | 'secrets'>>>;

export function effectiveChannels(rows: readonly ChannelRow[], defaults: ChannelDefaults = {}): Record<CustomerChannel, ChannelSettings> {
  const out = {} as Record<CustomerChannel, ChannelSettings>;
  for (const channel of CUSTOMER_CHANNELS) {
    const row = rows.find((r) => r.channel === channel);
    out[channel] = row ?? { channel, driver: 'record', enabled: true, options: {}, secrets: {}, maxAttempts: DEFAULT_MAX_ATTEMPTS, ...defaults[channel] };
  }
  return out;
}

async function loadSetup(db: DbOrTx) {
  const [rows, preset, templates] = [await outboxRepository.channels(db), await industryPreset(db), await outboxRepository.allTemplates(db)];
  return { channels: effectiveChannels(rows), preset, templates };
}

/**
 * Writes a customer message into the outbox inside the caller's transaction: one row per chosen channel
 * with the text rendered from the company's template (or the built-in one) in the customer's language, or
 * one `suppressed` row saying why none goes. A dedupe key already written writes nothing.
 */
export async function notifyCustomer(
  tx: Tx,
  msg: CustomerMessage,
  now: Date,
  opts: { customer?: CustomerRow | undefined; config?: ConfigCache | undefined; fresh?: boolean | undefined; collect?: NewOutboxRow[] | undefined } = {},
): Promise<void> {
  // `collect`: the rows are handed back to be written by the caller (with others, in one statement).
  const insert = async (rows: NewOutboxRow[]) => {
    if (opts.collect) opts.collect.push(...rows);
    else await outboxRepository.insertMany(tx, rows);
  };
  // `fresh`: the message's case was filed in this transaction, so no message of it can exist yet.
  if (!opts.fresh && (await outboxRepository.dedupeKeyUsed(tx, msg.dedupeKey))) return;
  const customer = opts.customer ?? (await findCustomer(tx, msg.customerId));
  if (!customer) return;
  // Channels, templates and the preset change rarely: read through the configuration cache when given one
  // (their tables bump the configuration stamp), so a case event costs a few queries, not six.
  const setup = opts.config ? await opts.config.read(tx, 'customer-messages', loadSetup) : await loadSetup(tx);
  const channels = setup.channels;
  const language: MessageLanguage = customer.language === 'en' ? 'en' : 'zh';
  const reachable = CUSTOMER_CHANNELS.filter((c) => (c === 'sms' ? !customer.erasedAt && !!customer.phone : c === 'email' ? !!customer.email : !!customer.wechatOpenId));
  const choice = chooseChannels({
    event: msg.event,
    requested: msg.channels,
    preference: customer.preferredChannel ?? null,
    optedOut: customer.notifyOptOut,
    erased: !!customer.erasedAt,
    enabled: CUSTOMER_CHANNELS.filter((c) => channels[c].enabled),
    reachable,
  });
  const preset = setup.preset;
  const overrides = setup.templates.filter((t) => t.event === msg.event && t.language === language);
  const row = (channel: CustomerChannel): NewOutboxRow => {
    const own = overrides.find((t) => t.channel === channel);
    const t = own ?? { ...defaultTemplate(msg.event, channel, language, preset), providerTemplateId: null };
    return {
      event: msg.event,
      channel,
      customerId: msg.customerId,
      caseId: msg.caseId,
      dedupeKey: msg.dedupeKey,
      language,
      subject: t.subject === null ? null : renderTemplate(t.subject, msg.vars),
      body: renderTemplate(t.body, msg.vars),
      vars: msg.vars,
      providerTemplateId: t.providerTemplateId ?? null,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    };
  };
  if ('suppressed' in choice) {
    await insert([{ ...row(choice.channel), status: 'suppressed', suppressedReason: choice.suppressed }]);
    return;
  }
  await insert(choice.channels.map(row));
}

export type NotificationService = ReturnType<typeof createNotificationService>;

export function createNotificationService(deps: { db: Db; clock: Clock; publicUrl?: string | undefined; config?: ConfigCache | undefined }) {
  const { db } = deps;
  // The customer-facing base URL for links in messages (PUBLIC_URL), without a trailing slash.
  const publicUrl = (deps.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  return {
    publicUrl,
    /** Writes a customer message into the outbox, inside the caller's transaction (see notifyCustomer). */
    notifyCustomer: (tx: Tx, msg: CustomerMessage): Promise<void> => notifyCustomer(tx, msg, deps.clock(), { config: deps.config }),

    /** Notifies each user once of a case event, inside the caller's transaction. */
    async notify(tx: Tx, userIds: Iterable<string>, n: { caseId: string; kind: NotificationKind; payload: Record<string, unknown>; at: Date }): Promise<void> {
      await notificationRepository.insertMany(
        tx,
        [...userIds].map((userId) => ({ userId, caseId: n.caseId, kind: n.kind, payload: n.payload, createdAt: n.at })),
      );
    },
    ownersOf,
    escalationRecipients,

    /** Marks as read what was created before `before` (the demo's users have read their past). */
    markReadBefore: (before: Date, readAt: Date) => notificationRepository.markReadBefore(db, before, readAt),

    async list(actor: Actor, opts: { unreadOnly: boolean; limit: number }) {
      const rows = await notificationRepository.listFor(db, actor.id, opts);
      const unread = await notificationRepository.unreadCount(db, actor.id);
      return {
        unread,
        items: rows.map(({ n, caseNumber }) => ({
          id: n.id,
          kind: n.kind,
          caseId: n.caseId,
          caseNumber,
          payload: n.payload,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },
    async markRead(actor: Actor, id: string | 'all'): Promise<void> {
      const now = deps.clock();
      if (id === 'all') {
        await notificationRepository.markAllRead(db, actor.id, now);
        return;
      }
      if (!(await notificationRepository.markRead(db, actor.id, id, now))) throw notFound();
    },
  };
}
