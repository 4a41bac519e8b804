import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Actor } from '../../shared/actor.ts';
import { caseEvent, type CaseEventInput } from '../cases/case.events.ts';
import { clocksFinished } from '../cases/case.lifecycle.ts';
import type { CaseListener, CasePort, CaseRow, ClockSummaryRow, MoveCause, SlaSummary } from '../cases/case.listeners.ts';
import { caseRecords } from '../cases/case.records.ts';
import { scopeOf } from '../cases/case.service.ts';
import type { NotificationService } from '../notifications/notification.service.ts';
import { outerTarget, workdayMinutes } from './sla-policy-presets.ts';
import { industryPreset } from '../settings/settings.service.ts';
import type { ConfigCache } from '../settings/config-cache.ts';
import type { OuterLimit } from '../presets/preset.schema.ts';
import { isPresetCode, PRESETS } from '../presets/index.ts';
import { isWorkingDay, type BusinessCalendar } from './business-calendar.ts';
import {
  clockEventsForStep,
  computeClockState,
  DEFAULT_SLA_POLICY,
  dueActions,
  immediateEscalation,
  isReopen,
  nextActionAt,
  realignClocks,
  startFixedClock,
  withStatutoryLimit,
  type CaseStep,
  type ClockEvent,
  type ImmediateEscalationReason,
  type SlaAction,
  type SlaPolicy,
  type TargetClockState,
} from './sla-clock.ts';
import { slaRepository, type RecomputeOrigin, type RecomputeRequestRow, type RecomputeScope, type SlaPolicyRow } from './sla.repository.ts';
import { regulatorReplyEvents, type RegulatorReplyCheck } from './regulator-reply.rules.ts';

type SummaryRow = ClockSummaryRow;

type PolicyContext = { id: string | null; name: string | null; policy: SlaPolicy; calendar: BusinessCalendar };

/** What choosing a case's policy needs, read once per operation (a sweep batch reads it once for all its cases). */
type Setup = {
  active: SlaPolicyRow[];
  /** The statutory outer limit of the industry preset (e.g. 7 calendar days for express), or null. */
  statutory: OuterLimit | null;
  calendars: Map<string, BusinessCalendar>;
  defaultCalendar: BusinessCalendar | undefined;
};

const ALWAYS_OPEN: BusinessCalendar = { kind: '24x7' };
const STATUS_RANK: Record<NonNullable<SlaSummary['status']>, number> = {
  breached: 5,
  warning: 4,
  paused: 3,
  running: 2,
  met: 1,
  stopped: 0,
};

/** The most specific active policy wins: category and priority, then category, then priority, then the default. */
export function choosePolicy(rows: readonly SlaPolicyRow[], c: { category: string | null; priority: string }): SlaPolicyRow | undefined {
  let best: { row: SlaPolicyRow; score: number } | undefined;
  for (const row of rows) {
    if (row.category && row.category !== c.category) continue;
    if (row.priority && row.priority !== c.priority) continue;
    const score = (row.category ? 2 : 0) + (row.priority ? 1 : 0);
    if (!best || score > best.score) best = { row, score };
  }
  return best?.row;
}

export function summarise(states: readonly TargetClockState[]): SlaSummary {
  const running = states.filter((s) => s.status !== 'met' && s.status !== 'stopped');
  const due = running.map((s) => s.dueAt?.getTime()).filter((t): t is number => t !== undefined && t !== null);
  const worst = states.reduce<SlaSummary['status']>(
    (acc, s) => (acc === null || STATUS_RANK[s.status] > STATUS_RANK[acc] ? s.status : acc),
    null,
  );
  return {
    targets: states.map((s) => ({
      target: s.target,
      dueAt: s.dueAt?.toISOString() ?? null,
      status: s.status,
      breachedAt: s.breachedAt?.toISOString() ?? null,
      metAt: s.metAt?.toISOString() ?? null,
    })),
    nextDueAt: due.length ? new Date(Math.min(...due)).toISOString() : null,
    status: worst,
  };
}

/** Channels where the customer hears the case number and time limits while filing it. */
const SYNCHRONOUS_CHANNELS: readonly string[] = ['hotline', 'store', 'internal'];

/** The fields of a case that pick its time-limit policy, start a time limit or escalate at once. */
const TIME_LIMIT_INPUTS: readonly string[] = ['priority', 'category', 'urgency', 'regulatorReferral'];

/**
 * The statutory outer limit of the preset in force. Read from the preset itself, as effectivePreset()
 * does (administrators edit categories, causes, stages and the callback window, not the law), with one
 * query instead of effectivePreset's several: this runs at every intake, transition and sweep batch.
 */
async function statutoryLimit(tx: DbOrTx): Promise<OuterLimit | null> {
  const code = (await industryPreset(tx)) ?? 'express';
  return PRESETS[isPresetCode(code) ? code : 'express'].legalOuterLimitDays.direct;
}

async function loadSetup(tx: DbOrTx): Promise<Setup> {
  const active = await slaRepository.activePolicies(tx);
  const statutory = await statutoryLimit(tx);
  const rows = await slaRepository.listCalendars(tx);
  return {
    active,
    statutory,
    calendars: new Map(rows.map((r) => [r.id, r.definition])),
    defaultCalendar: rows.find((r) => r.isDefault)?.definition,
  };
}

/** The policy a case runs on under `row` (null = no policy fits: the default), with the statutory outer limit always in it. */
function contextFrom(setup: Setup, row: SlaPolicyRow | undefined): PolicyContext {
  const calendar = (row?.calendarId ? setup.calendars.get(row.calendarId) : setup.defaultCalendar) ?? ALWAYS_OPEN;
  const statutory = setup.statutory ? outerTarget('legal_outer_limit', setup.statutory, workdayMinutes(calendar)) : null;
  return { id: row?.id ?? null, name: row?.name ?? null, policy: withStatutoryLimit(row?.policy ?? DEFAULT_SLA_POLICY, statutory), calendar };
}

/** The policy a case keeps: the one it runs on while that stays active, else the one that fits now (docs/decisions/006). */
function keptPolicy(setup: Setup, c: CaseRow): SlaPolicyRow | undefined {
  return (c.slaPolicyId ? setup.active.find((r) => r.id === c.slaPolicyId) : undefined) ?? choosePolicy(setup.active, c);
}

function intakeStep(c: CaseRow): CaseStep {
  return { kind: 'created', at: c.createdAt, acknowledgedOnTheSpot: SYNCHRONOUS_CHANNELS.includes(c.channel), referral: c.regulatorReferral !== null };
}

function summaryRow(c: CaseRow, ctx: PolicyContext, events: readonly ClockEvent[], now: Date): SummaryRow {
  return {
    caseId: c.id,
    slaSummary: summarise(computeClockState(ctx.policy, ctx.calendar, events, now)),
    slaNextActionAt: nextActionAt(ctx.policy, ctx.calendar, events, now),
    slaPolicyId: ctx.id,
    escalationLevel: events.reduce((max, e) => (e.type === 'escalated' ? Math.max(max, e.level) : max), 0),
  };
}

function policyChangedEvent(c: CaseRow, ctx: PolicyContext, cause: 'edit' | 'config'): CaseEventInput {
  return caseEvent.slaPolicyChanged({ fromPolicyId: c.slaPolicyId, toPolicyId: ctx.id, toPolicyName: ctx.name, priority: c.priority, category: c.category, cause });
}

/** Cases per recomputation transaction: short enough that requests on the embedded database barely wait. */
export const RECOMPUTE_BATCH = 200;

/**
 * Brings a batch of open cases (locked by the caller) in step with the configuration in `setup`. Each
 * case keeps its policy while that stays active, else moves to the one that fits (with a
 * `sla_policy_changed` timeline event); its log is realigned (`realignClocks`: running clocks keep their
 * start, new targets count from intake, dropped ones are stopped) and its summary and next action time
 * are stored. Idempotent: a case already in step gets no new events. Per batch one read of the logs, of
 * the timelines when a target must be replayed, one insert and one update.
 */
async function recomputeCases(tx: Tx, setup: Setup, batch: readonly CaseRow[], now: Date): Promise<void> {
  if (!batch.length) return;
  const logs = await slaRepository.clockEventsOf(tx, batch.map((c) => c.id));
  const plans = batch.map((c) => {
    const ctx = contextFrom(setup, keptPolicy(setup, c));
    const events = logs.get(c.id) ?? [];
    const input = { events, policy: ctx.policy, status: c.status, referral: c.regulatorReferral !== null, history: null, now };
    return { c, ctx, events, input, plan: realignClocks(input) };
  });
  const needHistory = plans.filter((p) => p.plan.needsHistory).map((p) => p.c.id);
  const steps = await slaRepository.stepsOf(tx, needHistory);
  const fresh: Array<{ caseId: string; event: ClockEvent }> = [];
  const moves: Array<{ caseId: string; actorId: null; at: Date; event: CaseEventInput }> = [];
  const summaries: SummaryRow[] = [];
  for (const p of plans) {
    let plan = p.plan;
    if (plan.needsHistory) plan = realignClocks({ ...p.input, history: [intakeStep(p.c), ...(steps.get(p.c.id) ?? [])] });
    if (plan.needsHistory) throw new Error('realignClocks asked for history twice');
    for (const event of plan.events) fresh.push({ caseId: p.c.id, event });
    if (p.ctx.id !== p.c.slaPolicyId) moves.push({ caseId: p.c.id, actorId: null, at: now, event: policyChangedEvent(p.c, p.ctx, 'config') });
    summaries.push(summaryRow(p.c, p.ctx, [...p.events, ...plan.events], now));
  }
  for (let i = 0; i < fresh.length; i += 1000) await slaRepository.appendClockEventsOfMany(tx, fresh.slice(i, i + 1000), now);
  await caseRecords.appendEvents(tx, moves);
  await caseRecords.saveClockSummaries(tx, summaries);
}

/**
 * After an administrator changed what open cases' clocks depend on (a policy, a calendar, the preset):
 * records, in the caller's transaction, that the affected open cases must be brought in step. The
 * worker does it in batches (`recomputeStep`); the sweeper brings a case it claims in step first, so it
 * never acts on a stale summary meanwhile.
 */
export async function requestRecompute(tx: Tx, scope: RecomputeScope, now: Date, origin?: RecomputeOrigin): Promise<void> {
  await slaRepository.insertRecomputeRequest(tx, scope, now, origin);
}

/** Whether a pending recomputation still has to reach this case (mirrors the repository's scope query). */
function awaitsRecompute(requests: readonly RecomputeRequestRow[], c: CaseRow): boolean {
  if (clocksFinished(c.status)) return false;
  return requests.some((r) => {
    if (r.afterCaseId !== null && c.id <= r.afterCaseId) return false;
    if ('all' in r.scope) return true;
    return c.slaPolicyId === null || r.scope.policyIds.includes(c.slaPolicyId) || !r.scope.activePolicyIds.includes(c.slaPolicyId);
  });
}

/** Back-off after the sweeper failed on a case: 5 minutes, doubling per attempt, at most 6 hours. */
export function sweepRetryDelayMs(attempts: number): number {
  return Math.min(5 * 60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** What is kept of an error: its type and a short message; a database error keeps only its code (its detail may quote values). */
function failureText(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const code = (err.cause as { code?: unknown } | undefined)?.code ?? (err as { code?: unknown }).code;
  if (typeof (err as { query?: unknown }).query === 'string' || typeof code === 'string') {
    return `${err.name}: database error ${typeof code === 'string' ? code : ''}`.trim();
  }
  return `${err.name}: ${err.message}`.slice(0, 300);
}

export type SweepAction = { caseId: string; action: SlaAction['kind']; target: string; level?: number };
export type SweepFailure = { caseId: string; attempts: number; error: string; retryAt: Date };

const ESCALATION_LABEL: Record<string, string> = { supervisor: '主管', manager: '经理' };

export type SlaService = ReturnType<typeof createSlaService>;

/** Appends a timeline event of the time limits: through the listener's port, or the cases records in a sweep. */
type Append = (event: CaseEventInput) => Promise<unknown>;

export function createSlaService(deps: { db: Db; clock: Clock; notifications: NotificationService; config?: ConfigCache }) {
  const { db, notifications } = deps;

  async function contextFor(tx: Tx | Db, c: CaseRow): Promise<PolicyContext> {
    // Cached in the process under the configuration stamp when a cache is given.
    const setup = await (deps.config ? deps.config.read(tx, 'sla.setup', loadSetup) : loadSetup(tx));
    return contextFrom(setup, keptPolicy(setup, c));
  }

  /** Carries out one clock action: timeline event, notifications, escalation level; then logs it. */
  async function carryOut(tx: Tx, append: Append, c: CaseRow, action: SlaAction, now: Date): Promise<void> {
    await append(actionEvent(action));
    await notifyAction(tx, c, action, now);
    await slaRepository.appendClockEvents(tx, c.id, [action.event], now);
  }

  function actionPayload(action: SlaAction) {
    const payload = { target: action.target, dueAt: action.dueAt.toISOString() };
    return action.kind === 'escalate' ? { ...payload, level: action.level, role: action.role, reason: action.reason, roleLabel: ESCALATION_LABEL[action.role] } : payload;
  }

  /** The timeline event of a clock action. */
  function actionEvent(action: SlaAction): CaseEventInput {
    const payload = actionPayload(action);
    if (action.kind === 'warn') return caseEvent.slaWarning(payload);
    if (action.kind === 'breach') return caseEvent.slaBreached(payload);
    return caseEvent.escalated(payload as Parameters<typeof caseEvent.escalated>[0]);
  }

  /** The in-app notifications of a clock action: the case's owners, and for an escalation the role's people. */
  async function notifyAction(tx: Tx, c: CaseRow, action: SlaAction, now: Date): Promise<void> {
    const payload = actionPayload(action);
    if (action.kind !== 'escalate') {
      await notifications.notify(tx, await notifications.ownersOf(tx, c), { caseId: c.id, kind: action.kind === 'warn' ? 'sla_warning' : 'sla_breached', payload, at: now });
      return;
    }
    const recipients = new Set([
      ...(await notifications.escalationRecipients(tx, action.role, c.departmentId)),
      ...(await notifications.ownersOf(tx, c)),
    ]);
    await notifications.notify(tx, recipients, { caseId: c.id, kind: 'escalated', payload, at: now });
  }

  async function refresh(tx: Tx, c: CaseRow, ctx: PolicyContext, events: readonly ClockEvent[], now: Date): Promise<void> {
    const row = summaryRow(c, ctx, events, now);
    await caseRecords.saveClockSummary(tx, c.id, row);
  }

  /** Logs fresh clock events and adds them to the in-memory log. */
  async function logClockEvents(tx: Tx, c: CaseRow, events: ClockEvent[], fresh: readonly ClockEvent[], now: Date) {
    await slaRepository.appendClockEvents(tx, c.id, fresh, now);
    events.push(...fresh);
  }

  /** Realigns an open case's log with the policy it now runs on (see `realignClocks`), reading its timeline only when needed. */
  async function realign(tx: Tx, c: CaseRow, ctx: PolicyContext, events: ClockEvent[], now: Date): Promise<void> {
    if (clocksFinished(c.status)) return;
    const input = { events, policy: ctx.policy, status: c.status, referral: c.regulatorReferral !== null, history: null, now };
    let plan = realignClocks(input);
    if (plan.needsHistory) {
      const steps = (await slaRepository.stepsOf(tx, [c.id])).get(c.id) ?? [];
      plan = realignClocks({ ...input, history: [intakeStep(c), ...steps] });
    }
    if (!plan.needsHistory) await logClockEvents(tx, c, events, plan.events, now);
  }

  async function escalateNow(tx: Tx, append: Append, c: CaseRow, events: ClockEvent[], reason: ImmediateEscalationReason, now: Date) {
    const action = immediateEscalation(reason, now);
    await carryOut(tx, append, c, action, now);
    events.push(action.event);
  }

  /** One claimed case of a sweep: brought in step with a pending recomputation first, then its due actions. */
  async function sweepCase(tx: Tx, setup: Setup, pending: readonly RecomputeRequestRow[], c: CaseRow, now: Date): Promise<SweepAction[]> {
    if (awaitsRecompute(pending, c)) await recomputeCases(tx, setup, [c], now);
    const done: SweepAction[] = [];
    const ctx = contextFrom(setup, keptPolicy(setup, c));
    const events = await slaRepository.clockEvents(tx, c.id);
    const append: Append = (event) => caseRecords.appendEvent(tx, { caseId: c.id, actorId: null, at: now, event });
    for (const action of dueActions(ctx.policy, ctx.calendar, events, now)) {
      await carryOut(tx, append, c, action, now);
      events.push(action.event);
      done.push({ caseId: c.id, action: action.kind, target: action.target, ...(action.kind === 'escalate' ? { level: action.level } : {}) });
    }
    await refresh(tx, c, ctx, events, now);
    return done;
  }

  const service = {
    contextFor,

    /**
     * Starts the clocks of a new case (inside the intake transaction): the summary is part of the case's
     * one insert and the clock log goes with it; an escalation's notifications are written once the row exists.
     */
    async onCreated(tx: Tx, cases: CasePort, c: CaseRow, now: Date): Promise<void> {
      const ctx = await contextFor(tx, c);
      // On the phone or at the desk the agent reads the case number back: acknowledged on the spot.
      const events: ClockEvent[] = clockEventsForStep([], ctx.policy, { ...intakeStep(c), at: now });
      const escalation = c.urgency === 'critical' ? immediateEscalation('critical', now) : null;
      if (escalation) {
        await cases.appendEvent(actionEvent(escalation));
        events.push(escalation.event);
      }
      await cases.saveClockSummary(summaryRow(c, ctx, events, now));
      const log = slaRepository.clockEventsInsert(tx, c.id, events, now);
      if (log) await cases.insertWithCase(log);
      if (escalation) await cases.afterInsert(() => notifyAction(tx, cases.current(), escalation, now));
    },

    /** Keeps the clocks in step with a status change (inside the transition's transaction). */
    async onTransition(tx: Tx, append: Append, c: CaseRow, from: string, now: Date, cause?: MoveCause): Promise<void> {
      const ctx = await contextFor(tx, c);
      const events = await slaRepository.clockEvents(tx, c.id);
      if (ctx.id !== c.slaPolicyId) await append(policyChangedEvent(c, ctx, 'config'));
      await logClockEvents(tx, c, events, clockEventsForStep(events, ctx.policy, { kind: 'status', from, to: c.status, at: now }), now);
      // Then whatever the policy has that the log lacks (the timeline already holds this move).
      await realign(tx, c, ctx, events, now);
      // A reopen escalates; one caused by a dissatisfied callback says so.
      if (isReopen(from, c.status)) await escalateNow(tx, append, c, events, cause === 'dissatisfied_callback' ? 'dissatisfied_callback' : 'reopened', now);
      // The customer disputed the remedy: management hears of it at once.
      // A counter-offer is a negotiation, not a rejection: no escalation.
      if (from === 'awaiting_customer' && c.status === 'remedy_proposed' && cause !== 'counter_offer') await escalateNow(tx, append, c, events, 'remedy_rejected', now);
      await refresh(tx, c, ctx, events, now);
    },

    /**
     * After an edit of what decides the time limits (priority, category, urgency, regulator referral):
     * the case moves to the policy that now fits. Its running clocks keep their starts (counting from
     * intake); every target of the new policy it lacks is started as if that policy had applied from
     * intake (the legal outer limit from intake, never paused; the appeal reply from now, at the
     * referral); targets the new policy lacks are stopped. A case made critical escalates at once.
     */
    async onEdited(tx: Tx, append: Append, c: CaseRow, before: CaseRow, now: Date): Promise<void> {
      if (clocksFinished(c.status)) return;
      const setup = await loadSetup(tx);
      const ctx = contextFrom(setup, choosePolicy(setup.active, c));
      const events = await slaRepository.clockEvents(tx, c.id);
      if (ctx.id !== c.slaPolicyId) await append(policyChangedEvent(c, ctx, 'edit'));
      await realign(tx, c, ctx, events, now);
      if (c.urgency === 'critical' && before.urgency !== 'critical') await escalateNow(tx, append, c, events, 'critical', now);
      await refresh(tx, c, ctx, events, now);
    },

    /**
     * The customer accepted a remedy: the 执行时限 runs from now to the agreed instant (inside the answer's
     * transaction, after the move to 执行中); the sweeper warns and escalates it like any time limit.
     */
    async startExecutionClock(tx: Tx, c: CaseRow, dueAt: Date, now: Date): Promise<void> {
      const ctx = await contextFor(tx, c);
      const events = await slaRepository.clockEvents(tx, c.id);
      await logClockEvents(tx, c, events, startFixedClock('execution', now, dueAt), now);
      await refresh(tx, c, ctx, events, now);
    },

    /** A customer-visible reply meets the first-reply time limit. */
    async onPublicReply(tx: Tx, append: Append, c: CaseRow, now: Date): Promise<void> {
      const ctx = await contextFor(tx, c);
      const events = await slaRepository.clockEvents(tx, c.id);
      if (ctx.id !== c.slaPolicyId) await append(policyChangedEvent(c, ctx, 'config'));
      await logClockEvents(tx, c, events, clockEventsForStep(events, ctx.policy, { kind: 'public_reply', at: now }), now);
      await realign(tx, c, ctx, events, now);
      await refresh(tx, c, ctx, events, now);
    },

    /**
     * A reply to the regulator (regulator-reply.service, inside its case change): meets the appeal-reply clock
     * at the time the reply was sent, checked by the pure rules; the stored summary and next action follow, so
     * the sweeper no longer warns or escalates it. Returns the check (refused: nothing logged).
     */
    async onRegulatorReply(tx: Tx, c: CaseRow, repliedAt: Date, now: Date): Promise<RegulatorReplyCheck & { onTime: boolean | null }> {
      const ctx = await contextFor(tx, c);
      const events = await slaRepository.clockEvents(tx, c.id);
      const check = regulatorReplyEvents(events, { repliedAt, now, caseCreatedAt: c.createdAt });
      if (!check.ok || !check.events.length) return { ...check, onTime: null };
      await logClockEvents(tx, c, events, check.events, now);
      await refresh(tx, c, ctx, events, now);
      const appeal = computeClockState(ctx.policy, ctx.calendar, events, now).find((s) => s.target === 'appeal_reply');
      return { ...check, onTime: appeal?.metOnTime ?? null };
    },

    /** The time limits' part in a case change: clocks start, follow moves and edits, meet replies. */
    listener(): CaseListener {
      return {
        onCreated: (ctx, change) => service.onCreated(ctx.tx, ctx.cases, change.case, ctx.now),
        onTransitioned: (ctx, change) => service.onTransition(ctx.tx, ctx.cases.appendEvent, change.case, change.from, ctx.now, change.cause),
        onEdited: async (ctx, change) => {
          if (change.changed.some((k) => TIME_LIMIT_INPUTS.includes(k))) {
            await service.onEdited(ctx.tx, ctx.cases.appendEvent, change.case, change.before, ctx.now);
          }
        },
        onPublicReply: (ctx, change) => service.onPublicReply(ctx.tx, ctx.cases.appendEvent, change.case, ctx.now),
      };
    },

    /** Escalations newest first with where each case stands now, and counts over all that match. */
    async escalations(actor: Actor, opts: { openOnly: boolean; limit: number }) {
      const filter = { scope: scopeOf(actor), openOnly: opts.openOnly };
      const [items, summary] = await Promise.all([slaRepository.escalations(db, filter, opts.limit), slaRepository.escalationSummary(db, filter)]);
      return { items, summary };
    },

    /** Records that open cases must be brought in step after a configuration change (see `requestRecompute`). */
    requestRecompute,

    /**
     * One batch of the oldest pending recomputation, in its own transaction: at most RECOMPUTE_BATCH
     * cases, its progress stored with them (a crash loses nothing, a restart goes on from there).
     * Returns the cases handled, or null when nothing is pending (or another worker holds it).
     */
    async recomputeStep(now: Date, batch = RECOMPUTE_BATCH): Promise<{ requestId: string; cases: number; finished: boolean } | null> {
      return db.transaction(async (tx) => {
        const request = await slaRepository.claimRecomputeRequest(tx);
        if (!request) return null;
        const setup = await loadSetup(tx);
        const rows: CaseRow[] = await slaRepository.lockOpenCases(tx, request.scope, request.afterCaseId, batch);
        await recomputeCases(tx, setup, rows, now);
        const finished = rows.length < batch;
        await slaRepository.advanceRecomputeRequest(tx, request.id, {
          afterCaseId: rows.at(-1)?.id ?? request.afterCaseId,
          casesDone: request.casesDone + rows.length,
          finishedAt: finished ? now : null,
        });
        return { requestId: request.id, cases: rows.length, finished };
      });
    },

    /**
     * Runs pending recomputations batch by batch until none is left (or `maxBatches`), letting other
     * work in between batches: on the embedded database each transaction holds the one connection.
     */
    async runRecomputes(now: Date, opts: { maxBatches?: number; batch?: number } = {}): Promise<number> {
      let cases = 0;
      for (let i = 0; i < (opts.maxBatches ?? 100_000); i++) {
        const step = await service.recomputeStep(now, opts.batch);
        if (!step) break;
        cases += step.cases;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return cases;
    },

    /** How many open cases still wait for a recomputation. */
    pendingRecomputeCases: () => slaRepository.pendingRecomputeCases(db),

    /**
     * Pending recomputations (oldest first, with how many cases each still has to reach) and the latest
     * finished ones, for the administrator's background-work screen.
     */
    async recomputeRequests(finishedLimit = 20) {
      const rows = await slaRepository.recentRecomputeRequests(db, finishedLimit);
      return Promise.all(rows.map(async (r) => ({ ...r, casesLeft: r.finishedAt ? 0 : await slaRepository.recomputeCasesLeft(db, r) })));
    },

    /** Cases the sweeper failed on, latest first, and how many there are. */
    async sweepFailures(limit = 100) {
      const [items, total] = await Promise.all([slaRepository.sweepFailures(db, limit), slaRepository.sweepFailureCount(db)]);
      return { items, total };
    },

    /**
     * The case's working-day calendar as a predicate over local dates ('YYYY-MM-DD'), with 调休: the
     * callbacks count their window on it. An always-open policy calendar has no working days to speak of,
     * so the company's default working calendar counts then.
     */
    async workingDayOf(tx: Tx | Db, c: CaseRow): Promise<(date: string) => boolean> {
      const ctx = await contextFor(tx, c);
      const calendar = ctx.calendar.kind === 'working_hours' ? ctx.calendar : ((await loadSetup(tx)).defaultCalendar ?? ctx.calendar);
      return (date) => isWorkingDay(calendar, date);
    },

    /** The clock state as of now, for the case view. */
    async stateOf(c: CaseRow, now: Date): Promise<TargetClockState[]> {
      const ctx = await contextFor(db, c);
      return computeClockState(ctx.policy, ctx.calendar, await slaRepository.clockEvents(db, c.id), now);
    },

    /** When the next time-limit action falls due on any case, or null if none can. */
    nextDueAt: () => slaRepository.nextDueAt(db),

    /**
     * One sweep: claims due cases (skipping those another process holds), carries out their due
     * actions exactly once and stores when each needs looking at next. Returns the actions carried out.
     */
    async sweep(now: Date, batch = 50): Promise<SweepAction[]> {
      return (await service.sweepReport(now, batch)).actions;
    },

    /**
     * The sweep, with the cases it failed on. Each case runs in its own savepoint: one that throws is
     * rolled back alone, recorded (sla_sweep_failures) and postponed with a growing back-off, so it never
     * holds back the escalations of the others.
     */
    async sweepReport(now: Date, batch = 50): Promise<{ actions: SweepAction[]; failed: SweepFailure[] }> {
      const actions: SweepAction[] = [];
      const failed: SweepFailure[] = [];
      // Pending recomputations first: a shortened limit must move a case's next action time before the
      // sweep picks the due ones (a case claimed meanwhile is brought in step in `sweepCase`).
      await service.runRecomputes(now);
      // Bounded: a sweep never spins, whatever the data looks like.
      for (let round = 0; round < 1000; round++) {
        const handled = await db.transaction(async (tx) => {
          const due = await slaRepository.claimDue(tx, now, batch);
          if (!due.length) return 0;
          const setup = await loadSetup(tx);
          const pending = await slaRepository.pendingRecomputeRequests(tx);
          const succeeded: string[] = [];
          for (const c of due) {
            try {
              const done = await tx.transaction((sp) => sweepCase(sp, setup, pending, c, now));
              actions.push(...done);
              succeeded.push(c.id);
            } catch (err) {
              const error = failureText(err);
              const f = await slaRepository.recordSweepFailure(tx, { caseId: c.id, error, at: now, retryAt: (n) => new Date(now.getTime() + sweepRetryDelayMs(n)) });
              // Postponed, not dropped: the case comes back after the back-off, its summary as it was.
              await caseRecords.saveClockSummary(tx, c.id, { slaSummary: c.slaSummary ?? summarise([]), slaNextActionAt: f.retryAt });
              failed.push({ caseId: c.id, attempts: f.attempts, error, retryAt: f.retryAt });
            }
          }
          await slaRepository.clearSweepFailures(tx, succeeded);
          return due.length;
        });
        if (handled < batch) break;
      }
      return { actions, failed };
    },
  };
  return service;
}
