import type { Db, Tx } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { caseRepository, type CaseRow } from '../cases/case.repository.ts';
import type { SlaSummary } from '../cases/case.table.ts';
import { notificationRepository, ownersOf } from '../notifications/notification.service.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import {
  computeClockState,
  DEFAULT_SLA_POLICY,
  dueActions,
  immediateEscalation,
  markMet,
  nextActionAt,
  onStatusChange,
  startClocks,
  stopClocks,
  type ClockEvent,
  type ImmediateEscalationReason,
  type SlaAction,
  type SlaPolicy,
  type SlaTarget,
  type TargetClockState,
} from './sla-clock.ts';
import { slaRepository, type SlaPolicyRow } from './sla.repository.ts';

type PolicyContext = { id: string | null; policy: SlaPolicy; calendar: BusinessCalendar };

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

const ESCALATION_LABEL: Record<string, string> = { supervisor: '主管', manager: '经理' };

export type SlaService = ReturnType<typeof createSlaService>;

export function createSlaService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;

  async function contextFor(tx: Tx | Db, c: CaseRow): Promise<PolicyContext> {
    const rows = await slaRepository.activePolicies(tx);
    const chosen = c.slaPolicyId ? rows.find((r) => r.id === c.slaPolicyId) ?? choosePolicy(rows, c) : choosePolicy(rows, c);
    const calendarRow = await slaRepository.calendar(tx, chosen?.calendarId ?? null);
    return { id: chosen?.id ?? null, policy: chosen?.policy ?? DEFAULT_SLA_POLICY, calendar: calendarRow?.definition ?? ALWAYS_OPEN };
  }

  /** Carries out one clock action: timeline event, notifications, escalation level; then logs it. */
  async function carryOut(tx: Tx, c: CaseRow, action: SlaAction, now: Date): Promise<void> {
    const payload = { target: action.target, dueAt: action.dueAt.toISOString() };
    if (action.kind === 'warn') {
      await caseRepository.insertEvent(tx, { caseId: c.id, kind: 'sla_warning', payload, createdAt: now });
      const owners = await ownersOf(tx, c);
      await notificationRepository.insertMany(tx, owners.map((userId) => ({ userId, caseId: c.id, kind: 'sla_warning', payload, createdAt: now })));
    } else if (action.kind === 'breach') {
      await caseRepository.insertEvent(tx, { caseId: c.id, kind: 'sla_breached', payload, createdAt: now });
      const owners = await ownersOf(tx, c);
      await notificationRepository.insertMany(tx, owners.map((userId) => ({ userId, caseId: c.id, kind: 'sla_breached', payload, createdAt: now })));
    } else {
      const escalation = { ...payload, level: action.level, role: action.role, reason: action.reason, roleLabel: ESCALATION_LABEL[action.role] };
      await caseRepository.insertEvent(tx, { caseId: c.id, kind: 'escalated', payload: escalation, createdAt: now });
      const recipients = new Set([
        ...(await notificationRepository.activeUserIdsWithRole(tx, [action.role])),
        ...(await ownersOf(tx, c)),
      ]);
      await notificationRepository.insertMany(
        tx,
        [...recipients].map((userId) => ({ userId, caseId: c.id, kind: 'escalated', payload: escalation, createdAt: now })),
      );
    }
    await slaRepository.appendClockEvents(tx, c.id, [action.event], now);
  }

  async function refresh(tx: Tx, c: CaseRow, ctx: PolicyContext, events: readonly ClockEvent[], now: Date): Promise<void> {
    const states = computeClockState(ctx.policy, ctx.calendar, events, now);
    const level = events.reduce((max, e) => (e.type === 'escalated' ? Math.max(max, e.level) : max), 0);
    await slaRepository.saveSummary(tx, c.id, {
      slaSummary: summarise(states),
      slaNextActionAt: nextActionAt(ctx.policy, ctx.calendar, events, now),
      slaPolicyId: ctx.id,
      escalationLevel: level,
    });
  }

  async function append(tx: Tx, c: CaseRow, events: ClockEvent[], fresh: readonly ClockEvent[], now: Date) {
    await slaRepository.appendClockEvents(tx, c.id, fresh, now);
    events.push(...fresh);
  }

  async function escalateNow(tx: Tx, c: CaseRow, events: ClockEvent[], reason: ImmediateEscalationReason, now: Date) {
    const action = immediateEscalation(reason, now);
    await carryOut(tx, c, action, now);
    events.push(action.event);
  }

  return {
    contextFor,

    /** Starts the clocks of a new case (inside the intake transaction). */
    async onCreated(tx: Tx, c: CaseRow, now: Date): Promise<void> {
      const ctx = await contextFor(tx, c);
      const events: ClockEvent[] = [];
      const targets = ctx.policy.targets
        .map((t) => t.target)
        .filter((t) => t !== 'appeal_reply' || c.regulatorReferral !== null);
      await append(tx, c, events, startClocks(ctx.policy, now, targets), now);
      // On the phone or at the desk the agent reads the case number back: acknowledged on the spot.
      if (SYNCHRONOUS_CHANNELS.includes(c.channel)) await append(tx, c, events, markMet(events, 'acknowledge', now), now);
      if (c.urgency === 'critical') await escalateNow(tx, c, events, 'critical', now);
      await refresh(tx, c, ctx, events, now);
    },

    /** Keeps the clocks in step with a status change (inside the transition's transaction). */
    async onTransition(tx: Tx, c: CaseRow, from: string, now: Date): Promise<void> {
      const ctx = await contextFor(tx, c);
      const events = await slaRepository.clockEvents(tx, c.id);
      if (c.status === 'acknowledged') await append(tx, c, events, markMet(events, 'acknowledge', now), now);
      await append(tx, c, events, onStatusChange(events, ctx.policy, c.status, now), now);
      if (c.status === 'resolved') {
        for (const t of ['acknowledge', 'first_reply', 'resolution', 'legal_outer_limit', 'appeal_reply'] as SlaTarget[]) {
          await append(tx, c, events, markMet(events, t, now), now);
        }
      }
      if (c.status === 'rejected' || c.status === 'merged') await append(tx, c, events, stopClocks(events, now), now);
      const reopened = ['resolved', 'follow_up', 'closed'].includes(from) && c.status === 'investigating';
      if (reopened) {
        await append(tx, c, events, startClocks(ctx.policy, now, ['resolution']), now);
        await escalateNow(tx, c, events, 'reopened', now);
      }
      // The customer disputed the remedy: management hears of it at once.
      if (from === 'awaiting_customer' && c.status === 'remedy_proposed') await escalateNow(tx, c, events, 'remedy_rejected', now);
      await refresh(tx, c, ctx, events, now);
    },

    /**
     * After an edit of what decides the time limits (priority, category, urgency, regulator referral):
     * the case moves to the policy that now fits, counting from the clocks' original starts; a new
     * regulator referral starts its reply clock; a case made critical escalates at once.
     */
    async onEdited(tx: Tx, c: CaseRow, before: CaseRow, now: Date): Promise<void> {
      if (['resolved', 'follow_up', 'closed', 'rejected', 'merged'].includes(c.status)) return;
      const fits = choosePolicy(await slaRepository.activePolicies(tx), c);
      const ctx: PolicyContext = {
        id: fits?.id ?? null,
        policy: fits?.policy ?? DEFAULT_SLA_POLICY,
        calendar: (await slaRepository.calendar(tx, fits?.calendarId ?? null))?.definition ?? ALWAYS_OPEN,
      };
      const events = await slaRepository.clockEvents(tx, c.id);
      if (ctx.id !== c.slaPolicyId) {
        await caseRepository.insertEvent(tx, {
          caseId: c.id,
          kind: 'sla_policy_changed',
          createdAt: now,
          payload: { fromPolicyId: c.slaPolicyId, toPolicyId: ctx.id, toPolicyName: fits?.name ?? null, priority: c.priority, category: c.category },
        });
      }
      const started = new Set(events.filter((e) => e.type === 'started').map((e) => e.target));
      if (c.regulatorReferral !== null && !started.has('appeal_reply') && ctx.policy.targets.some((t) => t.target === 'appeal_reply')) {
        await append(tx, c, events, startClocks(ctx.policy, now, ['appeal_reply']), now);
        await append(tx, c, events, onStatusChange(events, ctx.policy, c.status, now), now);
      }
      if (c.urgency === 'critical' && before.urgency !== 'critical') await escalateNow(tx, c, events, 'critical', now);
      await refresh(tx, c, ctx, events, now);
    },

    /** A customer-visible reply meets the first-reply time limit. */
    async onPublicReply(tx: Tx, c: CaseRow, now: Date): Promise<void> {
      const ctx = await contextFor(tx, c);
      const events = await slaRepository.clockEvents(tx, c.id);
      const met = [...markMet(events, 'first_reply', now), ...markMet(events, 'acknowledge', now)];
      if (!met.length) return;
      await append(tx, c, events, met, now);
      await refresh(tx, c, ctx, events, now);
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
    async sweep(now: Date, batch = 50): Promise<Array<{ caseId: string; action: SlaAction['kind']; target: string; level?: number }>> {
      const done: Array<{ caseId: string; action: SlaAction['kind']; target: string; level?: number }> = [];
      // Bounded: a sweep never spins, whatever the data looks like.
      for (let round = 0; round < 1000; round++) {
        const handled = await db.transaction(async (tx) => {
          const due = await slaRepository.claimDue(tx, now, batch);
          for (const c of due) {
            const ctx = await contextFor(tx, c);
            const events = await slaRepository.clockEvents(tx, c.id);
            for (const action of dueActions(ctx.policy, ctx.calendar, events, now)) {
              await carryOut(tx, c, action, now);
              events.push(action.event);
              done.push({ caseId: c.id, action: action.kind, target: action.target, ...(action.kind === 'escalate' ? { level: action.level } : {}) });
            }
            await refresh(tx, c, ctx, events, now);
          }
          return due.length;
        });
        if (handled < batch) break;
      }
      return done;
    },
  };
}
