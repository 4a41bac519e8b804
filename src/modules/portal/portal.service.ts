// The customer portal: the customer as an actor of their own (own session, scope and limits), filing a
// complaint, following it with a one-time code, its customer view, their messages, photos and answers.
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound, type Lang } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import type { AttachmentService } from '../attachments/attachment.service.ts';
import type { CaseService } from '../cases/case.service.ts';
import { choosePolicy } from '../sla/sla.service.ts';
import {
  CODE_MAX_ATTEMPTS,
  CODE_TTL_MS,
  CUSTOMER_SESSION_TTL_MS,
  CUSTOMER_REMEDY_LABELS,
  CUSTOMER_STATUS,
  LIMITS,
  PORTAL_EXECUTION_DAYS,
  WECHAT_STATE_TTL_MS,
  wechatAuthorizeUrl,
  type WechatBindOutcome,
  PUBLISHED_TARGETS,
  customerTimeline,
  throttleStep,
  yuanToFen,
  type LimitName,
  type PublishedTarget,
} from './portal.rules.ts';
import type { z } from 'zod';
import type { SurveyAnswerInput, SurveyViewSchema } from '../callbacks/callback.schemas.ts';
import { findCustomer, setCustomerMessaging } from '../customers/customer.service.ts';
import { createdFields, diffFields, recordAdminChange, updateAction } from '../audit/audit.service.ts';
import type { Actor } from '../../shared/actor.ts';
import { exchangeWechatCode, type WechatOAuthSettings } from './wechat-oauth.ts';
import { portalRepository, type CustomerCaseRow, type StoreRow } from './portal.repository.ts';
import type { FileComplaintInput, NotificationSettingsInput, PortalCaseViewT, RemedyAnswerInput } from './portal.schemas.ts';

export type { StoreRow };

/**
 * A customer's session: whose cases, and only this one when the session came from filing it (caseId set:
 * the phone was not proved). `tokenHash` names the session itself (a WeChat binding is tied to it).
 */
export type CustomerSession = { customerId: string; caseId: string | null; tokenHash: string };

/** How a one-time code reaches the customer: by SMS, through the customer outbox, in the caller's transaction. */
export type CodeSender = (tx: Tx, msg: { customerId: string; caseId: string; caseNumber: string; code: string; dedupeKey: string }) => Promise<void>;

/** The customer's remedy answer, through the resolution module's own records. */
export type CustomerRemedyPort = {
  offeredRemedy(db: DbOrTx, caseId: string): Promise<{ id: string; totalFen: number; items: Array<{ kind: string; amountFen: number | null }>; offeredAt: Date | null } | undefined>;
  answerAsCustomer(
    caseId: string,
    remedyId: string,
    input: { answer: 'accepted' | 'countered' | 'rejected'; counterOffer?: string | null; counterOfferFen?: number | null; note?: string | null; executionDueAt?: string | null },
  ): Promise<void>;
};

/** The satisfaction survey behind a callback's link (callbacks module): the portal serves it and limits it. */
export type SurveyPort = {
  view(token: string): Promise<z.infer<typeof SurveyViewSchema>>;
  answer(token: string, input: SurveyAnswerInput): Promise<void>;
  /** Whether the customer's case waits for their survey answer; and that answer, from a verified customer. */
  pendingFor(customerId: string, caseId: string): Promise<boolean>;
  answerAsCustomer(customerId: string, caseId: string, input: SurveyAnswerInput): Promise<void>;
};

/**
 * WeChat binding (网页授权): the wechat channel's settings when it can bind (enabled, the 公众号 driver, its
 * appId and secret; null otherwise), where the browser is sent to authorise, and the site's PUBLIC_URL.
 */
export type WechatBindPort = {
  settings(): Promise<WechatOAuthSettings | null>;
  authorizeBase: string;
  publicUrl: string;
};

const WECHAT_MESSAGES = {
  unavailable: { zh: '暂未开通微信通知，无法绑定微信', en: 'WeChat notifications are not available here, so WeChat cannot be linked' },
  verify_first: { zh: '请先用短信验证码确认手机号，再绑定微信', en: 'Confirm your phone with the SMS code first, then link WeChat' },
  settings_verify_first: { zh: '请先用短信验证码确认手机号，再修改通知方式', en: 'Confirm your phone with the SMS code first, then change how you are notified' },
} as const;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
// Throttle keys never hold a phone number or an address in the clear.
const throttleKey = (name: LimitName, who: string) => `${name}:${sha256(`portal:${who}`).slice(0, 32)}`;
/** The idempotency scope of a customer's filings: a UUID derived from their phone (never the phone). */
const keyScopeOf = (phone: string): string => {
  const h = sha256(`portal-intake:${phone}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

function hashCode(code: string, salt = crypto.randomBytes(8).toString('hex')): string {
  return `${salt}:${sha256(`${salt}:${code}`)}`;
}
function codeMatches(stored: string, code: string): boolean {
  const [salt] = stored.split(':');
  const a = Buffer.from(hashCode(code, salt));
  const b = Buffer.from(stored);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const WRONG_CODE = () => fieldError('code', FIELD_MESSAGES.code_wrong);

export function createPortalService(deps: {
  survey?: SurveyPort | undefined;
  db: Db;
  clock: Clock;
  cases: CaseService;
  attachments: AttachmentService;
  remedies: CustomerRemedyPort;
  sendCode: CodeSender;
  wechat?: WechatBindPort | undefined;
}) {
  const { db, clock, cases } = deps;

  /** Counts one request against a limit; 429 with Retry-After when the window is full. */
  async function throttle(name: LimitName, who: string, now: Date): Promise<void> {
    const key = throttleKey(name, who);
    const step = await db.transaction(async (tx) => {
      const s = throttleStep(await portalRepository.throttleRow(tx, key), LIMITS[name], now);
      if (s.ok) await portalRepository.saveThrottle(tx, key, s.windowStart, s.count);
      return s;
    });
    if (!step.ok) throw new AppError('RATE_LIMITED', { details: { retryAfterSeconds: step.retryAfterSeconds } });
  }

  async function newSession(customerId: string, caseId: string | null, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + CUSTOMER_SESSION_TTL_MS);
    await portalRepository.insertSession(db, { tokenHash: sha256(token), customerId, caseId, createdAt: now, expiresAt });
    return { token, expiresAt };
  }

  function limitsOf(c: CustomerCaseRow): Array<{ target: PublishedTarget; dueAt: string | null }> {
    const targets = c.slaSummary?.targets ?? [];
    return PUBLISHED_TARGETS.flatMap((t) => {
      const found = targets.find((x) => x.target === t);
      return found ? [{ target: t, dueAt: found.dueAt }] : [];
    });
  }

  async function visibleCase(session: CustomerSession, caseNumber: string): Promise<CustomerCaseRow> {
    const c = await portalRepository.customerCase(db, session, caseNumber.trim().toUpperCase());
    // Another customer's case and no case at all answer the same.
    if (!c) throw notFound();
    return c;
  }

  // Binding an openid sends that customer's messages to whoever holds it: only a customer who proved the
  // phone with the SMS code may (a filing's session is anyone who typed the number).
  function requireVerified(session: CustomerSession): void {
    if (session.caseId !== null) throw new AppError('FORBIDDEN', { message: WECHAT_MESSAGES.verify_first });
  }

  async function wechatSettings(): Promise<WechatOAuthSettings | null> {
    return deps.wechat ? deps.wechat.settings() : null;
  }

  /** The openid set or removed with its audit row (never the openid itself), in one transaction. */
  async function setWechat(customerId: string, openId: string | null, now: Date): Promise<void> {
    await db.transaction(async (tx) => {
      const c = await findCustomer(tx, customerId, true);
      if (!c || c.erasedAt) throw notFound();
      if (openId === null && !c.wechatOpenId) return;
      // Unbound, a WeChat preference falls back to the company's order.
      const fallback = openId === null && c.preferredChannel === 'wechat' ? { preferredChannel: null } : {};
      await setCustomerMessaging(tx, customerId, { wechatOpenId: openId, ...fallback }, now);
      const from = c.wechatOpenId ? 'bound' : 'unbound';
      const to = openId ? 'bound' : 'unbound';
      const changes: Record<string, { from?: unknown; to?: unknown }> = { wechat: { from, to } };
      if ('preferredChannel' in fallback) changes.preferredChannel = { from: 'wechat', to: null };
      await recordAdminChange(tx, { actorId: null, entity: 'customer', entityId: customerId, action: 'updated', changes: { ...changes, by: { to: 'customer' } } });
    });
  }

  function surveyPort(): SurveyPort {
    if (!deps.survey) throw notFound();
    return deps.survey;
  }

  return {
    /** The survey behind a callback's link: guesses are counted per address like the portal's other public routes. */
    async surveyView(token: string, address: string) {
      await throttle('surveyPerAddress', address, clock());
      return surveyPort().view(token);
    },
    async answerSurvey(token: string, input: SurveyAnswerInput, address: string): Promise<void> {
      await throttle('surveyPerAddress', address, clock());
      await surveyPort().answer(token, input);
    },

    /** The session cookie's customer, or null (expired, unknown, erased). */
    async sessionFor(token: string): Promise<CustomerSession | null> {
      return (await portalRepository.findSession(db, sha256(token), clock())) ?? null;
    },

    async logout(token: string): Promise<void> {
      await portalRepository.deleteSession(db, sha256(token));
    },

    /** What the complaint form needs: categories in customer words, the QR link's store, the published limits. */
    async options(storeCode: string | undefined, lang: Lang) {
      const categories = (await portalRepository.categoryNames(db)).filter((c) => c.active).map((c) => ({ code: c.code, label: lang === 'zh' ? c.nameZh : c.nameEn }));
      const store = storeCode ? await portalRepository.storeByCode(db, storeCode) : undefined;
      const policy = choosePolicy(await portalRepository.activePolicies(db), { category: null, priority: 'P3' });
      const limits = PUBLISHED_TARGETS.flatMap((t) => {
        const p = policy?.policy.targets.find((x) => x.target === t);
        return p ? [{ target: t, minutes: p.minutes, business: p.calendar === 'business' }] : [];
      });
      return { categories, store: store?.active ? { code: store.code, name: store.name } : null, limits, wechatBind: (await wechatSettings()) !== null };
    },

    /**
     * A complaint from the public form: the cases module's normal intake (triage, routing, clocks,
     * timeline) with no staff actor; retried with the same Idempotency-Key, the same case. The answer
     * carries a session for that one case (its answer page and photos), not for the customer's others.
     */
    async file(input: FileComplaintInput, opts: { idempotencyKey?: string | undefined; address: string; lang: Lang }) {
      const now = clock();
      await throttle('filePerAddress', opts.address, now);
      let storeName: string | null = null;
      if (input.store) {
        const s = await portalRepository.storeByCode(db, input.store);
        if (!s || !s.active) throw fieldError('store', FIELD_MESSAGES.store_unknown);
        storeName = s.name;
      }
      if (input.category) {
        const known = (await portalRepository.categoryNames(db)).some((c) => c.code === input.category && c.active);
        if (!known) throw fieldError('category', FIELD_MESSAGES.category_unknown);
      }
      const filed = await cases.createForCustomer(
        {
          channel: input.store ? 'qr' : 'h5',
          customer: { name: input.name, phone: input.phone, email: input.email ?? null },
          description: input.description,
          waybillNo: input.waybillNo ?? null,
          orderNo: input.orderNo ?? null,
          category: input.category ?? null,
          demand: input.demand ?? null,
          store: storeName,
        },
        { keyScope: keyScopeOf(input.phone), idempotencyKey: opts.idempotencyKey },
      );
      const c = (await portalRepository.customerCaseById(db, filed.caseId))!;
      const session = await newSession(c.customerId, c.id, now);
      return {
        session,
        duplicate: filed.duplicate,
        value: { caseNumber: c.caseNumber, filedAt: c.createdAt.toISOString(), status: c.status, statusLabel: CUSTOMER_STATUS[c.status][opts.lang], limits: limitsOf(c) },
      };
    },

    /**
     * Sends a one-time code for a case number + phone. The answer is the same whether or not they match
     * a case (no existence oracle); the limits count every request either way.
     */
    async sendCode(input: { caseNumber: string; phone: string }, address: string): Promise<{ sent: true; expiresInSeconds: number }> {
      const now = clock();
      await throttle('sendPerAddress', address, now);
      await throttle('sendPerPhone', input.phone, now);
      const found = await portalRepository.caseByNumberAndPhone(db, input.caseNumber, input.phone);
      if (found) {
        const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
        await db.transaction(async (tx) => {
          const id = crypto.randomUUID();
          await portalRepository.insertCode(tx, { id, caseId: found.id, customerId: found.customerId, codeHash: hashCode(code), createdAt: now, expiresAt: new Date(now.getTime() + CODE_TTL_MS) });
          await deps.sendCode(tx, { customerId: found.customerId, caseId: found.id, caseNumber: input.caseNumber, code, dedupeKey: `otp:${id}` });
        });
      }
      return { sent: true, expiresInSeconds: CODE_TTL_MS / 1000 };
    },

    /** Checks a code: right → a session for that customer's cases; wrong, used up or expired → one same answer. */
    async verifyCode(input: { caseNumber: string; phone: string; code: string }, address: string): Promise<{ token: string; expiresAt: Date; caseNumber: string }> {
      const now = clock();
      await throttle('verifyPerAddress', address, now);
      const found = await portalRepository.caseByNumberAndPhone(db, input.caseNumber, input.phone);
      if (!found) throw WRONG_CODE();
      const ok = await db.transaction(async (tx) => {
        const code = await portalRepository.latestCode(tx, found.id);
        if (!code || code.usedAt || code.expiresAt <= now || code.attempts >= CODE_MAX_ATTEMPTS) return false;
        if (!codeMatches(code.codeHash, input.code)) {
          await portalRepository.updateCode(tx, code.id, { attempts: code.attempts + 1 });
          return false;
        }
        await portalRepository.updateCode(tx, code.id, { usedAt: now });
        return true;
      });
      if (!ok) throw WRONG_CODE();
      const session = await newSession(found.customerId, null, now);
      return { ...session, caseNumber: input.caseNumber };
    },

    async listCases(session: CustomerSession, lang: Lang) {
      const rows = await portalRepository.customerCases(db, session);
      return { items: rows.map((c) => ({ caseNumber: c.caseNumber, filedAt: c.createdAt.toISOString(), status: c.status, statusLabel: CUSTOMER_STATUS[c.status][lang] })) };
    },

    /** The customer's view of one of their cases: what they gave, the status and limits, the allowed events. */
    async caseView(session: CustomerSession, caseNumber: string, lang: Lang): Promise<PortalCaseViewT> {
      const c = await visibleCase(session, caseNumber);
      const offered = c.status === 'awaiting_customer' ? await deps.remedies.offeredRemedy(db, c.id) : undefined;
      const surveyOpen = (c.status === 'resolved' || c.status === 'follow_up') && !!deps.survey && (await deps.survey.pendingFor(session.customerId, c.id));
      const events = customerTimeline(await portalRepository.eventsOf(db, c.id));
      const status = CUSTOMER_STATUS[c.status];
      return {
        caseNumber: c.caseNumber,
        filedAt: c.createdAt.toISOString(),
        status: c.status,
        statusLabel: status[lang],
        stage: status.stage,
        waybillNo: c.waybillNo,
        orderNo: c.orderNo,
        store: c.store,
        description: c.description,
        demand: c.demand,
        limits: limitsOf(c),
        offer: offered
          ? {
              totalFen: offered.totalFen,
              items: offered.items.flatMap((i) => {
                const label = CUSTOMER_REMEDY_LABELS[i.kind];
                return label ? [{ kind: i.kind, label: label[lang], amountFen: i.amountFen }] : [];
              }),
              offeredAt: offered.offeredAt?.toISOString() ?? null,
            }
          : null,
        surveyOpen,
        verified: session.caseId === null,
        timeline: events.map((e) => {
          const at = e.at.toISOString();
          switch (e.kind) {
            case 'status':
              return { kind: 'status' as const, at, status: e.status, label: CUSTOMER_STATUS[e.status][lang] };
            default:
              return { ...e, at };
          }
        }),
      };
    },

    async addMessage(session: CustomerSession, caseNumber: string, body: string): Promise<{ at: string }> {
      const c = await visibleCase(session, caseNumber);
      const row = await cases.commentAsCustomer(c.id, body);
      return { at: row.createdAt.toISOString() };
    },

    async addPhoto(session: CustomerSession, caseNumber: string, file: { filename: string; mimetype: string; stream: Readable }): Promise<{ filename: string; at: string }> {
      const c = await visibleCase(session, caseNumber).catch((e: unknown) => {
        file.stream.resume();
        throw e;
      });
      const a = await deps.attachments.uploadAsCustomer(c.id, file);
      return { filename: a.filename, at: a.createdAt };
    },

    /** The customer's answer to the offer waiting for it: accept, counter (words and/or yuan), reject. */
    async answerRemedy(session: CustomerSession, caseNumber: string, input: RemedyAnswerInput): Promise<void> {
      const c = await visibleCase(session, caseNumber);
      const offered = await deps.remedies.offeredRemedy(db, c.id);
      if (!offered || c.status !== 'awaiting_customer') {
        throw new AppError('ILLEGAL_TRANSITION', { message: { zh: '当前没有等待您确认的方案', en: 'There is no offer waiting for your answer' } });
      }
      const fen = input.counterOfferYuan ? yuanToFen(input.counterOfferYuan) : null;
      if (input.counterOfferYuan && fen === null) throw fieldError('counterOfferYuan', FIELD_MESSAGES.amount_invalid);
      const due = input.answer === 'accepted' ? new Date(clock().getTime() + PORTAL_EXECUTION_DAYS * 24 * 3600_000).toISOString() : null;
      await deps.remedies.answerAsCustomer(c.id, offered.id, {
        answer: input.answer,
        counterOffer: input.answer === 'countered' ? (input.counterOffer ?? null) : null,
        counterOfferFen: input.answer === 'countered' ? fen : null,
        note: input.note ?? null,
        executionDueAt: due,
      });
    },

    /** The verified customer's own message settings: preferred channel, language, opt-out (rule 24). */
    async notificationSettings(session: CustomerSession) {
      // The settings belong to the phone's owner: whoever filed with the number has not proved it is theirs.
      if (session.caseId !== null) throw new AppError('FORBIDDEN', { message: WECHAT_MESSAGES.settings_verify_first });
      const c = await findCustomer(db, session.customerId);
      if (!c || c.erasedAt) throw notFound();
      return { preferredChannel: c.preferredChannel, language: c.language, optOut: c.notifyOptOut, hasEmail: !!c.email, hasWechat: !!c.wechatOpenId };
    },
    async setNotificationSettings(session: CustomerSession, input: NotificationSettingsInput) {
      if (session.caseId !== null) throw new AppError('FORBIDDEN', { message: WECHAT_MESSAGES.settings_verify_first });
      const c = await findCustomer(db, session.customerId);
      if (!c || c.erasedAt) throw notFound();
      // A channel with no address on record could never reach them: said on the field.
      if (input.preferredChannel === 'email' && !c.email) throw fieldError('preferredChannel', { zh: '您没有留下邮箱地址，无法通过邮件通知', en: 'There is no email address on record to notify you by' });
      if (input.preferredChannel === 'wechat' && !c.wechatOpenId) throw fieldError('preferredChannel', { zh: '请先点击“用微信接收通知”绑定微信，并关注公众号', en: 'Link WeChat first (“Get updates on WeChat”) and follow our account' });
      await setCustomerMessaging(
        db,
        c.id,
        {
          ...(input.preferredChannel !== undefined ? { preferredChannel: input.preferredChannel } : {}),
          ...(input.language !== undefined ? { language: input.language } : {}),
          ...(input.optOut !== undefined ? { notifyOptOut: input.optOut } : {}),
        },
        clock(),
      );
      return this.notificationSettings(session);
    },

    /**
     * Starts binding the customer's WeChat: a random single-use state, stored as a hash and tied to this
     * session for a few minutes, and the 网页授权 URL to open. It returns to the case page it started from.
     */
    async startWechatBind(session: CustomerSession, caseNumber: string): Promise<{ authorizeUrl: string }> {
      requireVerified(session);
      const c = await visibleCase(session, caseNumber);
      const settings = await wechatSettings();
      if (!settings || !deps.wechat) throw new AppError('ILLEGAL_TRANSITION', { message: WECHAT_MESSAGES.unavailable });
      const now = clock();
      await throttle('wechatBindPerCustomer', session.customerId, now);
      // WeChat takes a state of up to 128 letters and digits.
      const state = crypto.randomBytes(24).toString('hex');
      await portalRepository.insertWechatState(db, {
        stateHash: sha256(state),
        sessionTokenHash: session.tokenHash,
        customerId: session.customerId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + WECHAT_STATE_TTL_MS),
      });
      return { authorizeUrl: wechatAuthorizeUrl({ base: deps.wechat.authorizeBase, appId: settings.appId, publicUrl: deps.wechat.publicUrl, caseNumber: c.caseNumber, state }) };
    },

    /**
     * WeChat's callback: the state must be one this session started, unused and fresh; then the code is
     * exchanged for the openid through the channel's appId and secret and stored on the customer. Any
     * failure stores nothing and says why.
     */
    async finishWechatBind(session: CustomerSession, q: { code?: string | undefined; state?: string | undefined }): Promise<WechatBindOutcome> {
      const now = clock();
      const taken = q.state ? await portalRepository.takeWechatState(db, sha256(q.state)) : undefined;
      if (!taken || taken.sessionTokenHash !== session.tokenHash || taken.customerId !== session.customerId || taken.expiresAt <= now) return { ok: false, reason: 'state' };
      if (!q.code) return { ok: false, reason: 'denied' };
      const settings = await wechatSettings();
      if (!settings) return { ok: false, reason: 'unavailable' };
      const answer = await exchangeWechatCode(settings, q.code);
      if (!('openid' in answer)) return { ok: false, reason: 'wechat', errcode: answer.errcode };
      try {
        await setWechat(session.customerId, answer.openid, clock());
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND') return { ok: false, reason: 'customer' };
        throw err;
      }
      return { ok: true };
    },

    /** The customer removes their WeChat: no more WeChat messages; a WeChat preference falls back to the company's order. */
    async unbindWechat(session: CustomerSession) {
      requireVerified(session);
      await setWechat(session.customerId, null, clock());
      return this.notificationSettings(session);
    },

    /** The satisfaction survey of the customer's own resolved case, answered in the portal (same as by the link). */
    async answerCaseSurvey(session: CustomerSession, caseNumber: string, input: SurveyAnswerInput): Promise<void> {
      const c = await visibleCase(session, caseNumber);
      await surveyPort().answerAsCustomer(session.customerId, c.id, input);
    },

    // ---------------------------------------------------------------- stores (administrators)
    async listStores(): Promise<StoreRow[]> {
      return portalRepository.stores(db);
    },
    async createStore(actor: Actor, input: { code: string; name: string; active?: boolean | undefined }): Promise<StoreRow> {
      const now = clock();
      return db.transaction(async (tx) => {
        const row = await portalRepository.insertStore(tx, { code: input.code, name: input.name, active: input.active ?? true, createdAt: now, updatedAt: now });
        if (!row) throw fieldError('code', FIELD_MESSAGES.code_taken);
        await recordAdminChange(tx, { actorId: actor.id, entity: 'store', entityId: row.id, action: 'created', changes: createdFields({ code: row.code, name: row.name, active: row.active }) });
        return row;
      });
    },
    async updateStore(actor: Actor, id: string, input: { name?: string | undefined; active?: boolean | undefined }): Promise<StoreRow> {
      return db.transaction(async (tx) => {
        const before = await portalRepository.storeById(tx, id);
        if (!before) throw notFound();
        const patch = { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.active !== undefined ? { active: input.active } : {}) };
        const changes = diffFields({ name: before.name, active: before.active }, patch);
        if (!Object.keys(changes).length) return before;
        const row = await portalRepository.updateStore(tx, id, { ...patch, updatedAt: clock() });
        if (!row) throw notFound();
        // A store switched off keeps its cases; its QR link stops filling the store in.
        await recordAdminChange(tx, { actorId: actor.id, entity: 'store', entityId: id, action: updateAction(changes), changes });
        return row;
      });
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;

/** The purge of expired customer sessions, codes and ended limit windows (background, hourly). */
export const purgeExpiredPortal = (db: DbOrTx, now: Date): Promise<number> => portalRepository.purgeExpired(db, now);

/** Adds stores that are not there yet (demo data); an existing code is left as it is. */
export async function ensureStores(db: DbOrTx, list: ReadonlyArray<{ code: string; name: string }>, now: Date): Promise<void> {
  for (const s of list) await portalRepository.insertStore(db, { code: s.code, name: s.name, active: true, createdAt: now, updatedAt: now });
}
