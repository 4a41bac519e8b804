// Satisfaction callbacks 回访 (seeds 002–004). A callback is scheduled in the resolve's own transaction
// (a case listener) from the callback window, counted on the case's working-day calendar (asked of the
// time limits through a port); it opens at its earliest date (the case goes to 回访中, the customer gets a
// single-use survey link); an agent records each call, the customer may answer the survey; satisfied or
// neutral closes the case, dissatisfied reopens and escalates it, unreachable after the configured calls
// closes it with the reason. Overdue callbacks warn the owners and escalate like a time limit.
import crypto from 'node:crypto';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { maskPhone } from '../../shared/phone.ts';
import { can } from '../../shared/permissions.ts';
import { REDACTED } from '../../shared/redaction.ts';
import { formatIsoDate, parseIsoDate, toLocal, wallToInstant } from '../../shared/zoned-time.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { caseEvent, type CaseEventInput } from '../cases/case.events.ts';
import type { CaseListener, CaseRow } from '../cases/case.listeners.ts';
import type { CaseService } from '../cases/case.service.ts';
import { recordPhoneReads } from '../customers/customer.service.ts';
import type { NotificationService } from '../notifications/notification.service.ts';
import { isPresetCode, PRESETS } from '../presets/index.ts';
import { callbackMaxAttempts, callbackWindow, industryPreset, saveCallbackMaxAttempts } from '../settings/settings.service.ts';
import { callbackRedaction, callbackRepository, type CallbackQueueRow, type CallbackRow } from './callback.repository.ts';
import {
  afterMissedCall,
  callbackDates,
  DEFAULT_MAX_ATTEMPTS,
  dueOverdueSteps,
  nextOverdueAt,
  outcomeOf,
  queueBucket,
  satisfactionFigures,
  SURVEY_TTL_DAYS,
  type CallbackWindowRule,
  type SatisfactionLevel,
} from './callback.rules.ts';
import type { CallbackOutcomeInput, CallbackSettings, CallbackView, SurveyAnswerInput } from './callback.schemas.ts';

export const CALLBACK_MESSAGES = {
  finished: { zh: '该回访已完成，不能再记录', en: 'This callback is finished already' },
  no_callback: { zh: '该工单没有待回访的记录', en: 'This case has no callback waiting' },
  survey_used: { zh: '该问卷已提交过，感谢您的反馈', en: 'This survey was answered already; thank you for your feedback' },
  survey_expired: { zh: '该问卷链接已过期', en: 'This survey link has expired' },
} as const;

/** What callbacks asks of the time limits: the case's working-day calendar as a predicate over local dates. */
export type CallbackCalendarPort = { workingDayOf(tx: Tx, c: CaseRow): Promise<(date: string) => boolean> };

/** When a callback opens on its earliest date: in working hours, not at midnight. */
const OPEN_AT_MS_OF_DAY = 9 * 3600_000;
const SWEEP_BATCH = 50;

const REASONS = {
  opened: { zh: '开始满意度回访', en: 'Satisfaction callback opened' },
  satisfied: { zh: '回访完成，客户评价：', en: 'Callback answered, the customer rated: ' },
  dissatisfied: { zh: '回访不满意，重新处理：', en: 'Dissatisfied at the callback, reopened: ' },
  unreachable: { zh: '多次回访未能联系到客户，结案', en: 'The customer could not be reached for the callback; closed' },
} as const;

const LEVEL_ZH: Record<SatisfactionLevel, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  neutral: '一般',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
};
const LEVEL_EN: Record<SatisfactionLevel, string> = {
  very_satisfied: 'very satisfied',
  satisfied: 'satisfied',
  neutral: 'neutral',
  dissatisfied: 'dissatisfied',
  very_dissatisfied: 'very dissatisfied',
};

export const hashSurveyToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

type Answer = { overall: SatisfactionLevel; result: SatisfactionLevel | null; attitude: SatisfactionLevel | null; efficiency: SatisfactionLevel | null; comment: string | null };

async function windowInForce(tx: DbOrTx): Promise<CallbackWindowRule> {
  const stored = await callbackWindow(tx);
  if (stored) return stored;
  const code = await industryPreset(tx);
  return PRESETS[code && isPresetCode(code) ? code : 'express'].callbackWindow;
}
const maxAttemptsOf = async (tx: DbOrTx) => (await callbackMaxAttempts(tx)) ?? DEFAULT_MAX_ATTEMPTS;

/** The local date ('YYYY-MM-DD') of an instant in the company's zone, and the instant a local date's wall time falls on. */
const localDateIn = (timezone: string, at: Date) => formatIsoDate(toLocal(timezone, at.getTime()).dayNumber);
const dayStartIn = (timezone: string, date: string, msOfDay = 0) => new Date(wallToInstant(timezone, parseIsoDate(date)!, msOfDay));

/** A case whose status allows the callback's moves: resolved or 回访中. */
const awaitsCallback = (c: CaseRow) => c.status === 'resolved' || c.status === 'follow_up';

/** Cancels the case's pending callback (the case moved on another way, or resolved again). */
async function cancelPending(tx: Tx, append: (e: CaseEventInput) => Promise<void>, caseId: string, cause: 'case_moved' | 'resolved_again', now: Date) {
  const pending = await callbackRepository.pendingOfCase(tx, caseId, true);
  if (!pending) return;
  await callbackRepository.update(tx, pending.id, { status: 'cancelled', cancelReason: cause, nextActionAt: null, surveyTokenHash: null, updatedAt: now });
  await append(caseEvent.callbackCancelled({ callbackId: pending.id, cause }));
}

/** Schedules the callback of a case just resolved, in the resolve's transaction. */
async function schedule(deps: { timezone: string; calendar: CallbackCalendarPort }, tx: Tx, append: (e: CaseEventInput) => Promise<void>, c: CaseRow, now: Date) {
  const localDate = (at: Date) => localDateIn(deps.timezone, at);
  const dayStart = (date: string, msOfDay = 0) => dayStartIn(deps.timezone, date, msOfDay);
  await cancelPending(tx, append, c.id, 'resolved_again', now);
  const window = await windowInForce(tx);
  const isWorkingDay = await deps.calendar.workingDayOf(tx, c);
  const { earliestOn, dueOn } = callbackDates(localDate(now), window, isWorkingDay);
  const opensAt = dayStart(earliestOn, OPEN_AT_MS_OF_DAY);
  const row = await callbackRepository.insert(tx, {
    caseId: c.id,
    resolvedAt: now,
    earliestOn,
    dueOn,
    // Due by the end of the due day.
    dueAt: dayStart(formatIsoDate(parseIsoDate(dueOn)! + 1)),
    nextActionAt: opensAt < now ? now : opensAt,
    createdAt: now,
    updatedAt: now,
  });
  await append(caseEvent.callbackScheduled({ callbackId: row.id, earliestOn, dueOn, fromDays: window.fromDays, toDays: window.toDays, dayKind: window.dayKind }));
}

/**
 * The callbacks' part in a case change, in its transaction: a callback is scheduled at the resolve (a
 * re-resolved case gets a new one, the old one cancelled); it is cancelled when the case moves on another way.
 */
export function callbackListener(deps: { timezone: string; calendar: CallbackCalendarPort }): CaseListener {
  return {
    onTransitioned: async (ctx, change) => {
      const c = change.case;
      if (c.status === 'resolved' && change.from !== 'resolved') {
        await schedule(deps, ctx.tx, ctx.cases.appendEvent, c, ctx.now);
      } else if ((change.from === 'resolved' || change.from === 'follow_up') && !awaitsCallback(c)) {
        await cancelPending(ctx.tx, ctx.cases.appendEvent, c.id, 'case_moved', ctx.now);
      }
    },
  };
}

export type CallbackService = ReturnType<typeof createCallbackService>;

export function createCallbackService(deps: {
  db: Db;
  clock: Clock;
  timezone: string;
  cases: CaseService;
  /** In-app warnings to staff, and the customer's survey link through the outbox (PUBLIC_URL in notifications.publicUrl). */
  notifications: NotificationService;
}) {
  const { db, clock, timezone, cases, notifications } = deps;
  const localDate = (at: Date) => localDateIn(timezone, at);
  const dayStart = (date: string, msOfDay = 0) => dayStartIn(timezone, date, msOfDay);

  function toView(r: CallbackQueueRow, actor: Actor, maxAttempts: number, today: string): CallbackView {
    const showPhone = can(actor.role, 'customer.phone.view');
    const erased = r.customerErasedAt !== null;
    const cb = r.cb;
    return {
      id: cb.id,
      caseId: cb.caseId,
      caseNumber: r.caseNumber,
      caseStatus: r.caseStatus,
      category: r.category,
      customer: { name: r.customerName, phone: erased ? REDACTED : showPhone ? r.customerPhone : maskPhone(r.customerPhone), phoneMasked: !showPhone },
      status: cb.status,
      bucket: queueBucket(cb, today),
      resolvedAt: cb.resolvedAt.toISOString(),
      earliestOn: cb.earliestOn,
      dueOn: cb.dueOn,
      dueAt: cb.dueAt.toISOString(),
      openedAt: cb.openedAt?.toISOString() ?? null,
      attempts: cb.attempts,
      maxAttempts,
      lastAttemptAt: cb.lastAttemptAt?.toISOString() ?? null,
      channel: cb.channel,
      overall: cb.overall,
      result: cb.result,
      attitude: cb.attitude,
      efficiency: cb.efficiency,
      comment: cb.comment,
      completedAt: cb.completedAt?.toISOString() ?? null,
      completedByName: r.completedByName,
      overdueLevel: cb.overdueLevel,
    };
  }

  function answerEvent(channel: 'phone' | 'survey', callbackId: string, a: Answer, outcome: 'closed' | 'reopened'): CaseEventInput {
    const payload = { callbackId, ...a, outcome };
    return channel === 'phone' ? caseEvent.callbackCompleted(payload) : caseEvent.surveyAnswered(payload);
  }

  /**
   * Stores an answer and moves the case: satisfied or neutral closes it, dissatisfied reopens it (the
   * time limits escalate a reopen caused by a dissatisfied callback, saying so).
   */
  async function applyAnswer(
    ops: { tx: Tx; now: Date; appendEvent(e: CaseEventInput): Promise<void> },
    move: (to: 'closed' | 'investigating', reason: { zh: string; en: string }, dissatisfied: boolean) => Promise<unknown>,
    cb: CallbackRow,
    channel: 'phone' | 'survey',
    a: Answer,
    by: string | null,
  ) {
    const outcome = outcomeOf(a.overall);
    await callbackRepository.update(ops.tx, cb.id, {
      status: 'completed',
      channel,
      ...a,
      completedAt: ops.now,
      completedById: by,
      nextActionAt: null,
      updatedAt: ops.now,
    });
    await ops.appendEvent(answerEvent(channel, cb.id, a, outcome === 'close' ? 'closed' : 'reopened'));
    if (outcome === 'close') {
      await move('closed', { zh: REASONS.satisfied.zh + LEVEL_ZH[a.overall], en: REASONS.satisfied.en + LEVEL_EN[a.overall] }, false);
    } else {
      const said = a.comment ? `${LEVEL_ZH[a.overall]}（${a.comment}）` : LEVEL_ZH[a.overall];
      await move('investigating', { zh: REASONS.dissatisfied.zh + said, en: REASONS.dissatisfied.en + LEVEL_EN[a.overall] }, true);
    }
  }

  /** The survey's answer on the customer's behalf (token or verified portal customer), as a change of the system. */
  async function answerAsCustomer(callbackId: string, caseId: string, input: SurveyAnswerInput): Promise<void> {
    await cases.changeAsSystem(caseId, async (ops) => {
      const cb = await callbackRepository.pendingOfCase(ops.tx, caseId, true);
      if (!cb || cb.id !== callbackId || !awaitsCallback(ops.case)) throw new AppError('SURVEY_UNAVAILABLE', { message: CALLBACK_MESSAGES.survey_used });
      const answer: Answer = {
        overall: input.overall,
        result: input.result ?? null,
        attitude: input.attitude ?? null,
        efficiency: input.efficiency ?? null,
        comment: input.comment ?? null,
      };
      await applyAnswer(ops, (to, reason, dissatisfied) => ops.move(to, { reason: reason.zh, reasonEn: reason.en, cause: dissatisfied ? 'dissatisfied_callback' : undefined }), cb, 'survey', answer, null);
    });
  }

  /** A pending survey behind a token, or the error the customer sees (wrong, used, expired: never a 500). */
  async function surveyCallback(token: string): Promise<CallbackRow> {
    const cb = await callbackRepository.findByTokenHash(db, hashSurveyToken(token));
    if (!cb) throw notFound();
    if (cb.status !== 'pending') throw new AppError('SURVEY_UNAVAILABLE', { message: CALLBACK_MESSAGES.survey_used });
    if (!cb.surveyExpiresAt || cb.surveyExpiresAt <= clock()) throw new AppError('SURVEY_UNAVAILABLE', { message: CALLBACK_MESSAGES.survey_expired });
    return cb;
  }

  /** Opens a callback on its earliest date: 回访中, a fresh survey link sent. Returns the token (tests read it). */
  async function open(ops: { tx: Tx; case: CaseRow; now: Date; appendEvent(e: CaseEventInput): Promise<void>; move(to: 'follow_up', o: { reason: string; reasonEn: string }): Promise<unknown> }, cb: CallbackRow) {
    const token = crypto.randomBytes(24).toString('base64url');
    await callbackRepository.update(ops.tx, cb.id, {
      openedAt: cb.openedAt ?? ops.now,
      surveyTokenHash: hashSurveyToken(token),
      surveyExpiresAt: new Date(ops.now.getTime() + SURVEY_TTL_DAYS * 86_400_000),
      nextActionAt: nextOverdueAt(cb.dueAt, cb.overdueLevel),
      updatedAt: ops.now,
    });
    if (ops.case.status === 'resolved') await ops.move('follow_up', { reason: REASONS.opened.zh, reasonEn: REASONS.opened.en });
    const link = `${notifications.publicUrl}/portal/survey/${token}`;
    // Through the outbox, in this transaction; the link is in the rendered message, never on the timeline.
    // One message per link: a link sent again (a new token) is a new message, a retried open is not.
    const dedupeKey = `survey:${cb.id}:${hashSurveyToken(token).slice(0, 16)}`;
    await notifications.notifyCustomer(ops.tx, { event: 'survey', customerId: ops.case.customerId, caseId: cb.caseId, vars: { caseNumber: ops.case.caseNumber, link }, dedupeKey });
    await ops.appendEvent(caseEvent.callbackOpened({ callbackId: cb.id, surveySent: true }));
    return token;
  }

  /** The overdue steps now due on one callback: warn the owners, then the supervisor, then the manager. */
  async function overdueSteps(ops: { tx: Tx; case: CaseRow; now: Date; appendEvent(e: CaseEventInput): Promise<void> }, cb: CallbackRow) {
    const steps = dueOverdueSteps(cb.dueAt, cb.overdueLevel, ops.now);
    const c = ops.case;
    const dueAt = cb.dueAt.toISOString();
    for (const step of steps) {
      if (step.role === null) {
        await ops.appendEvent(caseEvent.callbackOverdue({ callbackId: cb.id, dueOn: cb.dueOn, dueAt }));
        await notifications.notify(ops.tx, await notifications.ownersOf(ops.tx, c), { caseId: c.id, kind: 'sla_warning', payload: { target: 'callback', dueAt }, at: ops.now });
      } else {
        const escalation = { target: 'callback', dueAt, level: step.level - 1, role: step.role, reason: 'callback_overdue', roleLabel: step.role === 'supervisor' ? '主管' : '经理' };
        await ops.appendEvent(caseEvent.escalated(escalation));
        const recipients = new Set([...(await notifications.escalationRecipients(ops.tx, step.role, c.departmentId)), ...(await notifications.ownersOf(ops.tx, c))]);
        await notifications.notify(ops.tx, recipients, { caseId: c.id, kind: 'escalated', payload: escalation, at: ops.now });
      }
    }
    const level = steps.at(-1)?.level ?? cb.overdueLevel;
    await callbackRepository.update(ops.tx, cb.id, { overdueLevel: level, nextActionAt: nextOverdueAt(cb.dueAt, level), updatedAt: ops.now });
    return steps.length;
  }

  const service = {
    /** The agents' queue: one tab, with the counts of all four. */
    async queue(actor: Actor, q: { bucket: 'due_today' | 'overdue' | 'upcoming' | 'done'; limit: number }) {
      if (!can(actor.role, 'callback.work')) throw new AppError('FORBIDDEN');
      const today = localDate(clock());
      const [rows, counts, maxAttempts] = await Promise.all([callbackRepository.queue(db, { ...q, today }), callbackRepository.counts(db, today), maxAttemptsOf(db)]);
      // Rule 29: a list showing full phones leaves a record of the read.
      const phones = new Set(rows.filter((r) => r.customerErasedAt === null).map((r) => r.customerId));
      if (phones.size && can(actor.role, 'customer.phone.view')) {
        await recordPhoneReads(db, { actorId: actor.id, source: 'callback_queue', filters: ['bucket'], phoneCount: phones.size, at: clock() });
      }
      return { items: rows.map((r) => toView(r, actor, maxAttempts, today)), counts, today };
    },

    /** A case's callbacks, newest first (the case page's panel); 404 for a case the actor cannot see. */
    async ofCase(actor: Actor, caseId: string) {
      await cases.loadView({ id: caseId }, actor);
      const today = localDate(clock());
      const maxAttempts = await maxAttemptsOf(db);
      const rows = await callbackRepository.listOfCase(db, caseId);
      return { items: rows.map((r) => toView(r, actor, maxAttempts, today)), canWork: can(actor.role, 'callback.work') };
    },

    /**
     * An agent's call: not reached (an attempt; unreachable after the configured number closes the case), or
     * reached with the answers. A retried request changes nothing: the attempt number it names is recorded
     * already, or the same answers are on record.
     */
    async recordOutcome(actor: Actor, callbackId: string, input: CallbackOutcomeInput & { attempt?: number | undefined }): Promise<{ duplicate: boolean; value: CallbackView }> {
      if (!can(actor.role, 'callback.work')) throw new AppError('FORBIDDEN');
      const found = await callbackRepository.find(db, callbackId);
      if (!found) throw notFound();
      const duplicate = await cases.change(actor, found.caseId, async (ops) => {
        const cb = (await callbackRepository.pendingOfCase(ops.tx, found.caseId, true)) ?? (await callbackRepository.find(ops.tx, callbackId))!;
        if (cb.id !== callbackId || cb.status !== 'pending') {
          const same = cb.id === callbackId && input.reached && cb.status === 'completed' && cb.channel === 'phone' && cb.overall === input.overall && cb.result === input.result && cb.attitude === input.attitude && cb.efficiency === input.efficiency;
          if (same) return true;
          throw new AppError('ILLEGAL_TRANSITION', { message: CALLBACK_MESSAGES.finished });
        }
        if (!awaitsCallback(ops.case)) throw new AppError('ILLEGAL_TRANSITION', { message: CALLBACK_MESSAGES.no_callback });
        const move = (to: 'closed' | 'investigating', reason: { zh: string }, dissatisfied: boolean) =>
          ops.move(to, { reason: reason.zh, cause: dissatisfied ? 'dissatisfied_callback' : undefined });
        if (!input.reached) {
          if (input.attempt !== undefined && cb.attempts >= input.attempt) return true;
          const max = await maxAttemptsOf(ops.tx);
          const next = afterMissedCall(cb.attempts, max);
          await callbackRepository.update(ops.tx, cb.id, { attempts: next.attempts, lastAttemptAt: ops.now, updatedAt: ops.now });
          await ops.appendEvent(caseEvent.callbackAttempted({ callbackId: cb.id, attempt: next.attempts, maxAttempts: max, note: input.note ?? null }));
          if (next.unreachable) {
            await callbackRepository.update(ops.tx, cb.id, { status: 'unreachable', completedAt: ops.now, completedById: actor.id, nextActionAt: null, surveyTokenHash: null, updatedAt: ops.now });
            await ops.appendEvent(caseEvent.callbackUnreachable({ callbackId: cb.id, attempts: next.attempts }));
            await move('closed', REASONS.unreachable, false);
          }
          return false;
        }
        await applyAnswer(ops, move, cb, 'phone', { overall: input.overall, result: input.result, attitude: input.attitude, efficiency: input.efficiency, comment: input.comment ?? null }, actor.id);
        return false;
      });
      // The case change checked the actor may see and work the case.
      const row = (await callbackRepository.listOfCase(db, found.caseId)).find((r) => r.cb.id === callbackId)!;
      return { duplicate, value: toView(row, actor, await maxAttemptsOf(db), localDate(clock())) };
    },

    /**
     * Sends the customer a fresh survey link now (opening the callback if it is not open yet) and gives it to
     * the agent once, to paste into a chat: the link before it stops working. The token is not kept.
     */
    async sendSurveyLink(actor: Actor, callbackId: string): Promise<{ link: string; expiresAt: string }> {
      if (!can(actor.role, 'callback.work')) throw new AppError('FORBIDDEN');
      const found = await callbackRepository.find(db, callbackId);
      if (!found) throw notFound();
      const token = await cases.change(actor, found.caseId, async (ops) => {
        const cb = await callbackRepository.pendingOfCase(ops.tx, found.caseId, true);
        if (!cb || cb.id !== callbackId || !awaitsCallback(ops.case)) throw new AppError('ILLEGAL_TRANSITION', { message: CALLBACK_MESSAGES.finished });
        return open(ops, cb);
      });
      const cb = (await callbackRepository.find(db, callbackId))!;
      return { link: `${notifications.publicUrl}/portal/survey/${token}`, expiresAt: cb.surveyExpiresAt!.toISOString() };
    },

    /** Seed 004's figures over callbacks finished between two local dates (inclusive). */
    async stats(actor: Actor, q: { from: string; to: string }) {
      if (!can(actor.role, 'callback.stats')) throw new AppError('FORBIDDEN');
      const from = parseIsoDate(q.from);
      const to = parseIsoDate(q.to);
      if (from === null) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'from', message: { zh: '不是有效的日期', en: 'Not a valid date' } }] });
      if (to === null || to < from) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'to', message: { zh: '结束日期不能早于开始日期', en: 'The end date must not be before the start date' } }] });
      const { answers, unreachable } = await callbackRepository.finishedBetween(db, dayStart(q.from), dayStart(formatIsoDate(to + 1)));
      return { from: q.from, to: q.to, ...satisfactionFigures(answers, unreachable) };
    },

    async settings(): Promise<CallbackSettings> {
      return { maxAttempts: await maxAttemptsOf(db) };
    },

    /** The administrator's edit of the calls before unreachable, audited. */
    async setSettings(actor: Actor, input: CallbackSettings): Promise<CallbackSettings> {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      await db.transaction(async (tx) => {
        const before = await callbackMaxAttempts(tx);
        await saveCallbackMaxAttempts(tx, input.maxAttempts, actor.id, clock());
        if (before !== input.maxAttempts) {
          await recordAdminChange(tx, {
            actorId: actor.id,
            entity: 'callback_settings',
            entityId: 'callbackMaxAttempts',
            action: before === null ? 'created' : 'updated',
            changes: { maxAttempts: { from: before ?? DEFAULT_MAX_ATTEMPTS, to: input.maxAttempts } },
          });
        }
      });
      return input;
    },

    /** What the customer's survey page shows: the case number, its category in plain words, the resolve date. */
    async surveyView(token: string) {
      const cb = await surveyCallback(token);
      const v = (await callbackRepository.surveyView(db, cb.id))!;
      return {
        caseNumber: v.caseNumber,
        category: v.categoryZh && v.categoryEn ? { zh: v.categoryZh, en: v.categoryEn } : null,
        resolvedOn: localDate(cb.resolvedAt),
      };
    },

    /** The customer's answer through the survey link: single use. */
    async answerSurvey(token: string, input: SurveyAnswerInput): Promise<void> {
      const cb = await surveyCallback(token);
      await answerAsCustomer(cb.id, cb.caseId, input);
    },

    /** The same answer from the customer portal, for a customer it verified: their case's pending callback. */
    async answerSurveyAsCustomer(customerId: string, caseId: string, input: SurveyAnswerInput): Promise<void> {
      const cb = await callbackRepository.latestOfCustomerCase(db, customerId, caseId);
      if (!cb) throw notFound();
      if (cb.status !== 'pending') throw new AppError('SURVEY_UNAVAILABLE', { message: CALLBACK_MESSAGES.survey_used });
      await answerAsCustomer(cb.id, caseId, input);
    },

    /** The case's pending callback, if any (the demo's replay; no access check). */
    async pendingOf(caseId: string): Promise<{ id: string; attempts: number } | null> {
      const cb = await callbackRepository.pendingOfCase(db, caseId);
      return cb ? { id: cb.id, attempts: cb.attempts } : null;
    },

    /** Whether the customer's case has a callback waiting for their answer (the portal shows the survey then). */
    async surveyPendingFor(customerId: string, caseId: string): Promise<boolean> {
      const cb = await callbackRepository.latestOfCustomerCase(db, customerId, caseId);
      return cb?.status === 'pending';
    },

    /**
     * One sweep (worker): opens callbacks on their earliest date and takes their overdue steps. Each runs as a
     * change of its locked case that re-reads the callback: two workers on one PostgreSQL take each step once.
     * Returns what it did, with the survey tokens it made (never logged; tests follow the link with them).
     */
    async sweep(now: Date = clock()): Promise<{ opened: Array<{ callbackId: string; token: string }>; overdueSteps: number }> {
      const opened: Array<{ callbackId: string; token: string }> = [];
      let overdue = 0;
      for (let round = 0; round < 100; round++) {
        const due = await db.transaction((tx) => callbackRepository.claimDue(tx, now, SWEEP_BATCH));
        if (!due.length) break;
        let progressed = 0;
        for (const candidate of due) {
          await cases.changeAsSystem(candidate.caseId, async (ops) => {
            const cb = await callbackRepository.pendingOfCase(ops.tx, candidate.caseId, true);
            if (!cb || !cb.nextActionAt || cb.nextActionAt > now) return;
            progressed += 1;
            if (!cb.openedAt) {
              if (!awaitsCallback(ops.case)) return;
              opened.push({ callbackId: cb.id, token: await open(ops, cb) });
              overdue += await overdueSteps(ops, (await callbackRepository.find(ops.tx, cb.id))!);
            } else {
              overdue += await overdueSteps(ops, cb);
            }
          }, { now });
        }
        if (due.length < SWEEP_BATCH || progressed === 0) break;
      }
      return { opened, overdueSteps: overdue };
    },
  };
  return service;
}

/** Personal-data erasure (rule 28): the customer's callback comments, for the privacy port. */
export const callbackPersonalText = { redactCase: callbackRedaction.redactCase, texts: callbackRedaction.texts };
