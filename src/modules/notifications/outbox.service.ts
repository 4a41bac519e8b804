// Customer messages after they are written: the delivery worker, the admin outbox viewer, templates and
// channel settings, what a customer was sent on a case, and the case listener that writes them.
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound, type LocalizedText } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { REDACTED } from '../../shared/redaction.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import type { CaseListener, CaseRow } from '../cases/case.listeners.ts';
import type { CaseService } from '../cases/case.service.ts';
import { findCustomer, setCustomerMessaging, type CustomerMessaging, type CustomerRow } from '../customers/customer.service.ts';
import { caseEvent } from '../cases/case.events.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { createAdapterCache } from './adapter-factory.ts';
import type { ConfigCache } from '../settings/config-cache.ts';
import { maskAddress, type ChannelAdapter } from './channel-adapter.ts';
import { defaultTemplate } from './default-templates.ts';
import { effectiveChannels, notifyCustomer, type ChannelDefaults, type ChannelSettings } from './notification.service.ts';
import { DEFAULT_BACKOFF, DEFAULT_MAX_ATTEMPTS, formatDue, formatYuan, nextStep, portalCaseLink, renderTemplate, unknownVariables, type Backoff } from './outbox.rules.ts';
import { outboxRedaction, outboxRepository, type OutboxRow, type NewOutboxRow } from './outbox.repository.ts';
import {
  CHANNEL_DRIVERS,
  CUSTOMER_CHANNELS,
  CUSTOMER_EVENTS,
  EVENT_VARIABLES,
  MESSAGE_LANGUAGES,
  type CustomerChannel,
  type CustomerEvent,
  type CustomerMessage,
  type MessageLanguage,
  type OutboxStatus,
} from './outbox.types.ts';

/** The options and keys each driver takes; keys are write-only. */
export const DRIVER_FIELDS: Record<string, { options: readonly string[]; secrets: readonly string[] }> = {
  record: { options: [], secrets: [] },
  smtp: { options: ['host', 'port', 'secure', 'user', 'from'], secrets: ['password'] },
  aliyun: { options: ['endpoint', 'accessKeyId', 'signName', 'regionId'], secrets: ['accessKeySecret'] },
  tencent: { options: ['endpoint', 'secretId', 'sdkAppId', 'signName', 'region'], secrets: ['secretKey'] },
  wechat_mp: { options: ['apiBase', 'appId'], secrets: ['appSecret'] },
};

const MESSAGES = {
  not_failed: { zh: '只有发送失败的消息可以重发', en: 'Only a failed message can be sent again' },
  unknown_variable: (names: string[], known: readonly string[]): LocalizedText => ({
    zh: `模板中有未知变量：${names.map((n) => `{{${n}}}`).join('、')}；可用变量：${known.join('、')}`,
    en: `Unknown template variable ${names.map((n) => `{{${n}}}`).join(', ')}; available: ${known.join(', ')}`,
  }),
  driver_unknown: { zh: '该渠道不支持此发送方式', en: 'This channel does not support that driver' },
  option_unknown: { zh: '该发送方式没有此设置项', en: 'This driver has no such setting' },
  option_required: { zh: '启用该发送方式时必填', en: 'Required for this driver' },
  address_invalid: { zh: '请输入该渠道的有效收件地址', en: 'Enter a valid address for this channel' },
  email_missing: { zh: '客户没有邮箱，请先填写邮箱', en: 'The customer has no email address; enter one first' },
  wechat_missing: { zh: '客户尚未绑定微信（需在客户自助页用微信打开并绑定）', en: 'The customer has not linked WeChat (they do it in the customer portal, opened in WeChat)' },
  customer_erased: { zh: '该客户的个人信息已删除', en: "This customer's personal data was erased" },
} as const;

/** What a worker's run did. */
export type DeliveryReport = { claimed: number; sent: number; retried: number; failed: number; suppressed: number; lost: number };

export type OutboxService = ReturnType<typeof createOutboxService>;

/** The customer's message settings as staff see them: the email masked for roles without phone access. */
function settingsView(actor: Actor, c: CustomerRow | undefined) {
  const erased = !c || !!c.erasedAt;
  const email = erased ? null : c.email;
  return {
    preferredChannel: erased ? null : c.preferredChannel,
    language: c?.language ?? 'zh',
    optOut: erased ? false : c.notifyOptOut,
    email: email === null ? null : can(actor.role, 'customer.phone.view') ? email : maskAddress(email),
    hasWechat: !erased && !!c.wechatOpenId,
    erased,
    canEdit: !erased && can(actor.role, 'customer.contact.edit'),
  };
}

export function createOutboxService(deps: {
  db: Db;
  clock: Clock;
  timezone: string;
  /** The case service (built after its listeners, this module's among them). */
  cases: () => CaseService;
  publicUrl: string;
  /** Tests hand in their own adapters; by default built from the channel settings. */
  adapterFor?: (s: ChannelSettings) => ChannelAdapter;
  backoff?: Backoff;
  leaseMs?: number;
  /** The process's configuration cache (channels, templates, preset read once per configuration stamp). */
  config?: ConfigCache;
  /** Channel settings from the environment, while an administrator has saved none for the channel. */
  channelDefaults?: ChannelDefaults;
  /** The latest remedy's total in fen (resolution module, wired in src/services.ts), for remedy messages. */
  remedyTotal?: (db: DbOrTx, caseId: string) => Promise<number | null>;
}) {
  const { db, clock } = deps;
  const cache = createAdapterCache();
  const adapterFor = deps.adapterFor ?? ((s: ChannelSettings) => cache.get(s));
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  // Longer than any adapter's own time limits, so a live worker's send never outlasts its claim.
  const leaseMs = deps.leaseMs ?? 5 * 60_000;

  function addressOf(c: CustomerRow, channel: CustomerChannel): string | null {
    if (c.erasedAt) return null;
    if (channel === 'sms') return c.phone;
    if (channel === 'email') return c.email;
    return c.wechatOpenId;
  }

  /** One claimed message: suppressed, sent, retried or failed, recorded under the claim. */
  async function deliverOne(m: OutboxRow, channels: Record<CustomerChannel, ChannelSettings>): Promise<keyof Omit<DeliveryReport, 'claimed'>> {
    const customer = await findCustomer(db, m.customerId);
    const settings = channels[m.channel];
    // Read now, not when written: an erasure or opt-out in between still stops the message (rules 24, 28).
    const reason = !customer || customer.erasedAt ? 'erased' : customer.notifyOptOut && m.event !== 'otp' ? 'opted_out' : !settings.enabled ? 'no_channel' : null;
    const to = customer && !reason ? addressOf(customer, m.channel) : null;
    const now = clock();
    if (reason || !to) {
      const ok = await outboxRepository.finish(db, m.id, m.attempts, { status: 'suppressed', suppressedReason: reason ?? 'no_address', updatedAt: now });
      return ok ? 'suppressed' : 'lost';
    }
    const adapter = adapterFor(settings);
    let outcome;
    try {
      outcome = await adapter.send({
        channel: m.channel,
        event: m.event,
        to,
        subject: m.subject,
        body: m.body,
        vars: m.vars,
        providerTemplateId: m.providerTemplateId,
        messageId: m.id,
      });
    } catch (err) {
      // An adapter is not supposed to throw; if it does, the attempt counts as a passing failure.
      outcome = { ok: false as const, permanent: false, error: `${adapter.driver}: ${err instanceof Error ? err.name : 'error'}` };
    }
    const at = clock();
    const step = nextStep(outcome.ok ? { ok: true } : { ok: false, permanent: outcome.permanent }, m.attempts, settings.maxAttempts, at, backoff);
    const patch =
      step.status === 'sent'
        ? { status: 'sent' as const, sentAt: at, driver: adapter.driver, providerMessageId: outcome.ok ? outcome.providerMessageId : null, updatedAt: at }
        : step.status === 'pending'
          ? { status: 'pending' as const, nextAttemptAt: step.nextAttemptAt, driver: adapter.driver, lastError: outcome.ok ? null : outcome.error, updatedAt: at }
          : { status: 'failed' as const, driver: adapter.driver, lastError: outcome.ok ? null : outcome.error, updatedAt: at };
    const recorded = await outboxRepository.finish(db, m.id, m.attempts, patch);
    if (!recorded) return 'lost';
    return step.status === 'sent' ? 'sent' : step.status === 'pending' ? 'retried' : 'failed';
  }

  /** Claims due messages batch by batch and delivers them, until none is due (or `maxBatches`). */
  async function deliverDue(opts: { batch?: number; maxBatches?: number } = {}): Promise<DeliveryReport> {
    const report: DeliveryReport = { claimed: 0, sent: 0, retried: 0, failed: 0, suppressed: 0, lost: 0 };
    for (let i = 0; i < (opts.maxBatches ?? 50); i++) {
      const claimed = await outboxRepository.claimDue(db, clock(), leaseMs, opts.batch ?? 20);
      if (!claimed.length) break;
      report.claimed += claimed.length;
      const channels = effectiveChannels(await outboxRepository.channels(db), deps.channelDefaults);
      for (const m of claimed) report[await deliverOne(m, channels)]++;
    }
    return report;
  }

  function view(m: OutboxRow, caseNumber: string | null) {
    return {
      id: m.id,
      event: m.event,
      channel: m.channel,
      status: m.status,
      caseId: m.caseId,
      caseNumber,
      customerId: m.customerId,
      language: m.language,
      subject: m.subject,
      body: m.body,
      attempts: m.attempts,
      nextAttemptAt: m.status === 'pending' ? m.nextAttemptAt.toISOString() : null,
      lastError: m.lastError,
      suppressedReason: m.suppressedReason,
      driver: m.driver,
      providerMessageId: m.providerMessageId,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    };
  }

  async function templateList() {
    const own = await outboxRepository.allTemplates(db);
    const preset = await industryPreset(db);
    const items = [];
    for (const event of CUSTOMER_EVENTS)
      for (const channel of CUSTOMER_CHANNELS)
        for (const language of MESSAGE_LANGUAGES) {
          const row = own.find((t) => t.event === event && t.channel === channel && t.language === language);
          const def = defaultTemplate(event, channel, language, preset);
          items.push({
            event,
            channel,
            language,
            subject: row ? row.subject : def.subject,
            body: row ? row.body : def.body,
            providerTemplateId: row?.providerTemplateId ?? null,
            isDefault: !row,
            updatedAt: row?.updatedAt.toISOString() ?? null,
            variables: [...EVENT_VARIABLES[event]],
          });
        }
    return { items };
  }

  function channelView(s: ChannelSettings) {
    const fields = DRIVER_FIELDS[s.driver] ?? { options: [], secrets: [] };
    return {
      channel: s.channel as CustomerChannel,
      driver: s.driver,
      drivers: [...CHANNEL_DRIVERS[s.channel as CustomerChannel]],
      enabled: s.enabled,
      maxAttempts: s.maxAttempts,
      options: Object.fromEntries(Object.entries(s.options).filter(([k]) => fields.options.includes(k))),
      // Keys are write-only: the answer says only whether one is set.
      secrets: Object.fromEntries(fields.secrets.map((k) => [k, s.secrets[k] ? ('set' as const) : ('unset' as const)])),
    };
  }

  /** Writes a case event's message for the case's customer (none for an internal case), in the case's transaction. */
  // `known` at intake: the customer row it has just written, a case too new to have messages yet, and
  // where to collect the rows (written with the case's insert).
  type Known = { customer?: CustomerRow; fresh?: boolean; collect?: NewOutboxRow[] };
  async function notifyCase(
    tx: Tx,
    c: CaseRow,
    event: CustomerEvent,
    key: string,
    extra: (lang: MessageLanguage) => Promise<Record<string, string>>,
    known: Known = {},
  ) {
    if (c.channel === 'internal') return;
    const customer = known.customer ?? (await findCustomer(tx, c.customerId));
    if (!customer) return;
    const lang: MessageLanguage = customer.language === 'en' ? 'en' : 'zh';
    const msg: CustomerMessage = { event, customerId: c.customerId, caseId: c.id, vars: { caseNumber: c.caseNumber, link: portalCaseLink(deps.publicUrl, c.caseNumber), ...(await extra(lang)) }, dedupeKey: `${event}:${c.id}:${key}` };
    await notifyCustomer(tx, msg, clock(), { customer, config: deps.config, fresh: known.fresh, collect: known.collect });
  }

  return {
    deliverDue,

    /** Rule 27: the text of caseless messages (one-time codes) is kept a week, then redacted. */
    async pruneCaseless(now: Date): Promise<number> {
      return outboxRepository.redactCaselessBefore(db, new Date(now.getTime() - 7 * 24 * 3600_000), REDACTED);
    },

    async list(q: { status?: OutboxStatus | undefined; channel?: CustomerChannel | undefined; event?: CustomerEvent | undefined; caseNumber?: string | undefined; cursor?: string | undefined; limit: number }) {
      let before: number | undefined;
      if (q.cursor !== undefined) {
        if (!/^\d{1,15}$/.test(q.cursor)) throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
        before = Number(q.cursor);
      }
      const rows = await outboxRepository.page(db, { ...q, before, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      const counts = Object.fromEntries((await outboxRepository.countByStatus(db)).map((r) => [r.status, r.n]));
      return {
        items: page.map((r) => view(r.m, r.caseNumber)),
        nextCursor: rows.length > q.limit ? String(page.at(-1)!.m.seq) : null,
        counts: { pending: counts.pending ?? 0, sending: counts.sending ?? 0, sent: counts.sent ?? 0, failed: counts.failed ?? 0, suppressed: counts.suppressed ?? 0 },
      };
    },

    async detail(id: string) {
      const row = await outboxRepository.byId(db, id);
      if (!row) throw notFound();
      return { ...view(row.m, row.caseNumber), vars: row.m.vars, providerTemplateId: row.m.providerTemplateId };
    },

    /** An administrator sends a failed message again: back in the queue with a fresh count of attempts; audited. */
    async retry(actor: Actor, id: string) {
      const now = clock();
      await db.transaction(async (tx) => {
        const row = await outboxRepository.byId(tx, id);
        if (!row) throw notFound();
        if (!(await outboxRepository.retry(tx, id, now))) {
          throw new AppError('ILLEGAL_TRANSITION', { message: MESSAGES.not_failed, details: { status: row.m.status } });
        }
        await recordAdminChange(tx, { actorId: actor.id, entity: 'outbox_message', entityId: id, action: 'updated', changes: { status: { from: 'failed', to: 'pending' } } });
      });
      const row = await outboxRepository.byId(db, id);
      return view(row!.m, row!.caseNumber);
    },

    /** What this customer was sent on this case, for staff who may see the case; the address masked per role. */
    async customerMessages(actor: Actor, caseId: string) {
      const c = await deps.cases().loadView({ id: caseId }, actor);
      const customer = await findCustomer(db, c.customer.id);
      const full = can(actor.role, 'customer.phone.view');
      const rows = await outboxRepository.ofCase(db, caseId);
      return {
        settings: settingsView(actor, customer),
        items: rows.map((m) => {
          const address = customer ? addressOf(customer, m.channel) : null;
          return {
            id: m.id,
            event: m.event,
            channel: m.channel,
            status: m.status,
            recipient: address === null ? null : full && m.channel !== 'wechat' ? address : maskAddress(address),
            body: m.body,
            lastError: m.lastError,
            suppressedReason: m.suppressedReason,
            createdAt: m.createdAt.toISOString(),
            sentAt: m.sentAt?.toISOString() ?? null,
          };
        }),
      };
    },

    /**
     * The customer's message settings changed by staff on the customer's word (rule 24: the customer decides
     * what they are sent): preferred channel, language, opt-out, email address. The case's timeline records
     * which settings changed, in the same transaction; the address itself stays on the customer record.
     */
    async setCustomerSettings(
      actor: Actor,
      caseId: string,
      input: { preferredChannel?: CustomerChannel | null | undefined; language?: 'zh' | 'en' | undefined; optOut?: boolean | undefined; email?: string | null | undefined },
    ) {
      // A case the actor cannot see is not found, whatever their role may do.
      const view = await deps.cases().loadView({ id: caseId }, actor);
      if (!can(actor.role, 'customer.contact.edit')) throw new AppError('FORBIDDEN');
      return deps.cases().change(actor, caseId, async ({ tx, appendEvent }) => {
        const before = await findCustomer(tx, view.customer.id, true);
        if (!before) throw notFound();
        if (before.erasedAt) throw new AppError('ILLEGAL_TRANSITION', { message: MESSAGES.customer_erased });
        const email = input.email === undefined ? before.email : input.email?.trim() || null;
        const preferred = input.preferredChannel === undefined ? before.preferredChannel : input.preferredChannel;
        if (preferred === 'email' && !email) throw fieldError(input.email === undefined ? 'preferredChannel' : 'email', MESSAGES.email_missing);
        if (preferred === 'wechat' && !before.wechatOpenId) throw fieldError('preferredChannel', MESSAGES.wechat_missing);
        const patch: CustomerMessaging = {};
        if (preferred !== before.preferredChannel) patch.preferredChannel = preferred;
        if (input.language !== undefined && input.language !== before.language) patch.language = input.language;
        if (input.optOut !== undefined && input.optOut !== before.notifyOptOut) patch.notifyOptOut = input.optOut;
        if (email !== before.email) patch.email = email;
        const fields = (['preferredChannel', 'language', 'optOut', 'email'] as const).filter((f) => (f === 'optOut' ? patch.notifyOptOut !== undefined : patch[f] !== undefined));
        if (!fields.length) return settingsView(actor, before);
        const now = clock();
        await setCustomerMessaging(tx, before.id, patch, now);
        const after: CustomerRow = { ...before, ...patch };
        await appendEvent(caseEvent.customerMessagingChanged({ fields, preferredChannel: after.preferredChannel, language: after.language, optOut: after.notifyOptOut }));
        return settingsView(actor, after);
      });
    },

    templates: templateList,

    /** An administrator's template for one event × channel × language; an unknown variable is a field error. */
    async saveTemplate(actor: Actor, key: { event: CustomerEvent; channel: CustomerChannel; language: MessageLanguage }, input: { subject?: string | null | undefined; body: string; providerTemplateId?: string | null | undefined }) {
      const problems: Array<{ path: string; message: LocalizedText }> = [];
      for (const [path, text] of [['body', input.body], ['subject', input.subject ?? '']] as const) {
        const unknown = unknownVariables(key.event, text);
        if (unknown.length) problems.push({ path, message: MESSAGES.unknown_variable(unknown, EVENT_VARIABLES[key.event]) });
      }
      if (key.channel === 'email' && !input.subject?.trim()) problems.push({ path: 'subject', message: FIELD_MESSAGES.required });
      if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
      const now = clock();
      await db.transaction(async (tx) => {
        const before = await outboxRepository.template(tx, key.event, key.channel, key.language);
        const subject = key.channel === 'email' ? (input.subject ?? null) : null;
        const providerTemplateId = input.providerTemplateId?.trim() || null;
        await outboxRepository.upsertTemplate(tx, { ...key, subject, body: input.body, providerTemplateId, updatedById: actor.id, updatedAt: now });
        const changes: Record<string, { from?: unknown; to?: unknown }> = {};
        if (before?.subject !== subject) changes.subject = { from: before?.subject ?? null, to: subject };
        if (before?.body !== input.body) changes.body = { from: before?.body ?? null, to: input.body };
        if ((before?.providerTemplateId ?? null) !== providerTemplateId) changes.providerTemplateId = { from: before?.providerTemplateId ?? null, to: providerTemplateId };
        await recordAdminChange(tx, { actorId: actor.id, entity: 'message_template', entityId: `${key.event}/${key.channel}/${key.language}`, action: before ? 'updated' : 'created', changes });
      });
      return templateList();
    },

    /** Back to the built-in template; audited. */
    async resetTemplate(actor: Actor, key: { event: CustomerEvent; channel: CustomerChannel; language: MessageLanguage }) {
      await db.transaction(async (tx) => {
        if (!(await outboxRepository.deleteTemplate(tx, key.event, key.channel, key.language))) throw notFound();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'message_template', entityId: `${key.event}/${key.channel}/${key.language}`, action: 'deleted' });
      });
      return templateList();
    },

    /**
     * What WeChat 网页授权 needs of the wechat channel (the customer portal's binding): its appId, secret and
     * API base while it is enabled with the 公众号 driver and both keys; null otherwise.
     */
    async wechatOAuthSettings(): Promise<{ apiBase: string; appId: string; appSecret: string } | null> {
      const s = effectiveChannels(await outboxRepository.channels(db), deps.channelDefaults).wechat;
      const appId = typeof s.options.appId === 'string' ? s.options.appId : '';
      const appSecret = s.secrets.appSecret ?? '';
      if (!s.enabled || s.driver !== 'wechat_mp' || !appId || !appSecret) return null;
      return { apiBase: (typeof s.options.apiBase === 'string' && s.options.apiBase) || 'https://api.weixin.qq.com', appId, appSecret };
    },

    async channels() {
      const all = effectiveChannels(await outboxRepository.channels(db), deps.channelDefaults);
      return { items: CUSTOMER_CHANNELS.map((c) => channelView(all[c])) };
    },

    /**
     * An administrator's channel settings: driver, on/off, attempts, the driver's options; a key given is
     * stored, a key left out is kept, a key sent as null is removed. The audit row says a key changed, never its value.
     */
    async saveChannel(
      actor: Actor,
      channel: CustomerChannel,
      input: { driver: string; enabled: boolean; maxAttempts: number; options: Record<string, string | number | boolean>; secrets: Record<string, string | null> },
    ) {
      const drivers: readonly string[] = CHANNEL_DRIVERS[channel];
      if (!drivers.includes(input.driver)) throw fieldError('driver', MESSAGES.driver_unknown);
      const fields = DRIVER_FIELDS[input.driver]!;
      const problems: Array<{ path: string; message: LocalizedText }> = [];
      for (const k of Object.keys(input.options)) if (!fields.options.includes(k)) problems.push({ path: `options.${k}`, message: MESSAGES.option_unknown });
      for (const k of Object.keys(input.secrets)) if (!fields.secrets.includes(k)) problems.push({ path: `secrets.${k}`, message: MESSAGES.option_unknown });
      if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
      const now = clock();
      await db.transaction(async (tx) => {
        const current = effectiveChannels(await outboxRepository.channels(tx), deps.channelDefaults)[channel];
        const secrets: Record<string, string> = current.driver === input.driver ? { ...current.secrets } : {};
        const secretChanges: Record<string, { to: string }> = {};
        for (const [k, v] of Object.entries(input.secrets)) {
          if (v === null) {
            if (secrets[k]) secretChanges[`secret.${k}`] = { to: 'removed' };
            delete secrets[k];
          } else if (v !== '' && v !== secrets[k]) {
            secrets[k] = v;
            secretChanges[`secret.${k}`] = { to: 'set' };
          }
        }
        const required = input.enabled ? requiredFields(input.driver) : { options: [], secrets: [] };
        for (const k of required.options) if (input.options[k] === undefined || input.options[k] === '') problems.push({ path: `options.${k}`, message: MESSAGES.option_required });
        for (const k of required.secrets) if (!secrets[k]) problems.push({ path: `secrets.${k}`, message: MESSAGES.option_required });
        if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
        await outboxRepository.upsertChannel(tx, { channel, driver: input.driver, enabled: input.enabled, maxAttempts: input.maxAttempts, options: input.options, secrets, updatedById: actor.id, updatedAt: now });
        const changes: Record<string, { from?: unknown; to?: unknown }> = { ...secretChanges };
        if (current.driver !== input.driver) changes.driver = { from: current.driver, to: input.driver };
        if (current.enabled !== input.enabled) changes.enabled = { from: current.enabled, to: input.enabled };
        if (current.maxAttempts !== input.maxAttempts) changes.maxAttempts = { from: current.maxAttempts, to: input.maxAttempts };
        if (JSON.stringify(current.options) !== JSON.stringify(input.options)) changes.options = { from: current.options, to: input.options };
        await recordAdminChange(tx, { actorId: actor.id, entity: 'notification_channel', entityId: channel, action: 'updated', changes });
      });
      const all = effectiveChannels(await outboxRepository.channels(db), deps.channelDefaults);
      return channelView(all[channel]);
    },

    /** Sends one test message through the channel's current settings, now, outside the outbox; says what happened. */
    async testSend(actor: Actor, channel: CustomerChannel, input: { to: string; language: MessageLanguage }) {
      const to = input.to.trim();
      const valid = channel === 'email' ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to) : channel === 'sms' ? /^\+?\d{6,15}$/.test(to) : /^[\w-]{6,64}$/.test(to);
      if (!valid) throw fieldError('to', MESSAGES.address_invalid);
      const settings = effectiveChannels(await outboxRepository.channels(db), deps.channelDefaults)[channel];
      const own = await outboxRepository.template(db, 'otp', channel, input.language);
      const t = own ?? { ...defaultTemplate('otp', channel, input.language, await industryPreset(db)), providerTemplateId: null };
      const vars = { code: '123456', minutes: 5 };
      const result = await adapterFor(settings).send({
        channel,
        event: 'otp',
        to,
        subject: t.subject === null ? null : renderTemplate(t.subject, vars),
        body: renderTemplate(t.body, vars),
        vars,
        providerTemplateId: t.providerTemplateId ?? null,
        messageId: `test-${clock().getTime()}`,
      });
      await db.transaction((tx) =>
        recordAdminChange(tx, { actorId: actor.id, entity: 'notification_channel', entityId: channel, action: 'applied', changes: { testSend: { to: result.ok ? 'sent' : 'failed' } } }),
      );
      return { ok: result.ok, driver: settings.driver, error: result.ok ? null : result.error };
    },

    /** The case events that tell the customer, written in the case's own transaction. */
    listener(): CaseListener {
      return {
        // The last listener: the case as the others left it. Its messages are written with the case's insert.
        onCreated: async (ctx, change) => {
          const c = ctx.cases.current();
          // The clocks' summary is on the new row already (the time limits' listener comes first).
          const due = (target: string) => c.slaSummary?.targets.find((t) => t.target === target)?.dueAt ?? null;
          const known = { customer: change.customer, fresh: true, collect: [] as NewOutboxRow[] };
          await notifyCase(
            ctx.tx,
            c,
            'received',
            'created',
            async (lang) => ({
              firstResponseDue: formatDue(due('first_reply') ?? due('acknowledge'), lang, deps.timezone),
              resolveDue: formatDue(due('resolution'), lang, deps.timezone),
            }),
            known,
          );
          if (c.status === 'assigned') await assignedMessage(ctx.tx, c, ctx.now, known);
          const insert = outboxRepository.insertManySql(ctx.tx, known.collect);
          if (insert) await ctx.cases.insertWithCase(insert);
        },
        onTransitioned: async (ctx, change) => {
          const c = change.case;
          if (c.status === 'assigned' && change.from !== 'assigned') await assignedMessage(ctx.tx, c, ctx.now);
          if (c.status === 'awaiting_customer') {
            await notifyCase(ctx.tx, c, 'remedy_offered', String(ctx.now.getTime()), async () => ({ remedy: await remedyText(ctx.tx, c.id) }));
          }
          if (c.status === 'resolved' && change.from === 'executing') {
            await notifyCase(ctx.tx, c, 'remedy_executed', String(ctx.now.getTime()), async () => ({ remedy: await remedyText(ctx.tx, c.id) }));
          }
          if (c.status === 'resolved') await notifyCase(ctx.tx, c, 'resolved', String(ctx.now.getTime()), async () => ({}));
        },
        onPublicReply: async (ctx, change) => {
          const reply = change.body ?? '';
          await notifyCase(ctx.tx, change.case, 'progress_reply', String(ctx.now.getTime()), async () => ({ reply }));
        },
      };
    },
  };

  async function assignedMessage(tx: Tx, c: CaseRow, now: Date, known: Known = {}) {
    // Only the case number and link: the department that holds the case is internal.
    await notifyCase(tx, c, 'assigned', String(now.getTime()), async () => ({}), known);
  }

  async function remedyText(tx: Tx, caseId: string): Promise<string> {
    const total = deps.remedyTotal ? await deps.remedyTotal(tx, caseId) : null;
    return total === null ? '' : formatYuan(total);
  }
}

function requiredFields(driver: string): { options: string[]; secrets: string[] } {
  if (driver === 'smtp') return { options: ['host', 'from'], secrets: [] };
  if (driver === 'aliyun') return { options: ['accessKeyId', 'signName'], secrets: ['accessKeySecret'] };
  if (driver === 'tencent') return { options: ['secretId', 'sdkAppId', 'signName'], secrets: ['secretKey'] };
  if (driver === 'wechat_mp') return { options: ['appId'], secrets: ['appSecret'] };
  return { options: [], secrets: [] };
}

/** Personal-data erasure (rule 28): the rendered text of a case's customer messages, for the privacy port. */
export const outboxPersonalText = { redactCase: outboxRedaction.redactCase, texts: outboxRedaction.texts };

/**
 * The demo's outbox as a running install would show it: its past messages delivered by the `record` driver,
 * a few that failed for good with their provider's error, and one SMS code waiting in the viewer.
 */
export async function seedDemoOutbox(db: Db, now: Date, codeFor: { customerId: string } | null): Promise<void> {
  await outboxRepository.markDeliveredBefore(db, new Date(now.getTime() - 60_000));
  await outboxRepository.markFailed(db, 'sms', 3, 'aliyun: isv.MOBILE_NUMBER_ILLEGAL 手机号码格式错误 (RequestId 5E3C9D1A-demo)', 1, now);
  await outboxRepository.markFailed(db, 'sms', 11, 'aliyun: isv.BUSINESS_LIMIT_CONTROL 触发天级流控Permits:10 (RequestId 7A21B0C4-demo)', DEFAULT_MAX_ATTEMPTS, now);
  await outboxRepository.markFailed(db, 'sms', 25, 'network: ETIMEDOUT connect ETIMEDOUT dysmsapi.aliyuncs.com:443', DEFAULT_MAX_ATTEMPTS, now);
  if (codeFor) {
    await db.transaction((tx) =>
      notifyCustomer(tx, { event: 'otp', customerId: codeFor.customerId, caseId: null, vars: { code: '386514', minutes: 5 }, dedupeKey: `otp:demo:${now.getTime()}`, channels: ['sms'] }, now),
    );
  }
}
