// The time-limit (SLA) clock of a case: an append-only list of clock events kept beside the case
// status, and pure functions that derive the clock state and the sweeper's pending actions from it.
// Nothing is stored but the events, so state and actions can always be recomputed (after a restart,
// a policy fix or a calendar override) and an action is "done" exactly when its event is in the log.
import { type BusinessCalendar, addWorkingMs, workingMsBetween } from './business-calendar.ts';
import { MS_PER_MINUTE } from '../../shared/zoned-time.ts';
import { isReopenMove } from '../cases/case.lifecycle.ts';

/** Targets a policy sets as a duration. */
export const POLICY_TARGETS = ['acknowledge', 'first_reply', 'resolution', 'legal_outer_limit', 'appeal_reply'] as const;
/**
 * Targets whose deadline is an instant agreed on the case, carried by their `started` event and in no
 * policy: `execution`, the 执行时限 agreed with the customer when a remedy is accepted (issue 11 item 6).
 * Calendar time, never paused; warned and escalated like the others; met when the case leaves 执行中.
 */
export const FIXED_TARGETS = ['execution'] as const;
export const SLA_TARGETS = [...POLICY_TARGETS, ...FIXED_TARGETS] as const;
/**
 * - `acknowledge`: the customer has the case number and the promised limits (受理确认);
 * - `first_reply`: first substantive contact;
 * - `resolution`: the case is resolved;
 * - `legal_outer_limit`: the statutory hard stop, e.g. 7 calendar days for express complaints
 *   (快递暂行条例 Art. 28/29) — give it calendar time and `pausable: false`;
 * - `appeal_reply`: the reply on an appeal transferred by a regulator (12305 / 12315).
 */
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** `business`: counted in the case's business calendar; `calendar`: elapsed wall time (24x7). */
export type ClockCalendar = 'business' | 'calendar';

export type EscalationLevel = 1 | 2;
export type EscalationRole = 'supervisor' | 'manager';
export const ESCALATION_ROLES: Readonly<Record<EscalationLevel, EscalationRole>> = { 1: 'supervisor', 2: 'manager' };

/** `breach` comes from the clock; the others are raised by the case service through `immediateEscalation`. */
// `dissatisfied_callback`: the customer said 不满意 / 非常不满意 at the satisfaction callback and the case reopened.
export type EscalationReason = 'breach' | 'critical' | 'remedy_rejected' | 'reopened' | 'dissatisfied_callback';
export type ImmediateEscalationReason = Exclude<EscalationReason, 'breach'>;

/**
 * Offsets after the breach, counted in the target's own clock calendar (business minutes for a business
 * target, so a breach at Friday's close does not page a manager at night). null = never this level.
 */
export type EscalationPolicy = {
  supervisorAfterBreachMinutes: number | null;
  managerAfterBreachMinutes: number | null;
};

export type TargetPolicy = {
  target: SlaTarget;
  /** The limit, in minutes of `calendar` time. */
  minutes: number;
  calendar: ClockCalendar;
  /** Whether the pause statuses stop this clock. Legal limits must not be pausable. */
  pausable: boolean;
  /** Overrides the policy-wide escalation for this target. */
  escalation?: EscalationPolicy;
};

export type SlaPolicy = {
  targets: readonly TargetPolicy[];
  /** Case statuses during which pausable clocks stand still, e.g. ['awaiting_customer']. */
  pauseStatuses: readonly string[];
  /** Share of the limit at which to warn, e.g. 0.75; a value ≤ 0 or ≥ 1 disables warnings. */
  warnAtShare: number;
  escalation: EscalationPolicy;
};

type EventOf<T extends string> = { type: T; target: SlaTarget; at: Date };
/** `dueAt`: the agreed instant of a fixed-deadline target (`FIXED_TARGETS`); absent for policy targets. */
export type StartedEvent = EventOf<'started'> & { dueAt?: Date | undefined };
export type PausedEvent = EventOf<'paused'>;
export type ResumedEvent = EventOf<'resumed'>;
/** Written by the sweeper when it has sent the warning; `at` = when the warning fell due. */
export type WarnedEvent = EventOf<'warned'>;
/** Written by the sweeper when it has handled the breach; `at` = the instant the limit was reached. */
export type BreachedEvent = EventOf<'breached'>;
export type MetEvent = EventOf<'met'>;
/** The clock ends without being met or missed (case rejected 不予受理, merged, withdrawn). */
export type StoppedEvent = EventOf<'stopped'>;
export type EscalatedEvent = EventOf<'escalated'> & { level: EscalationLevel; reason: EscalationReason };

/**
 * One entry of a case's clock log. Each `started` opens a new cycle for its target (e.g. the resolution
 * clock again after a reopen); everything before the latest `started` of a target is history.
 */
export type ClockEvent =
  | StartedEvent
  | PausedEvent
  | ResumedEvent
  | WarnedEvent
  | BreachedEvent
  | MetEvent
  | StoppedEvent
  | EscalatedEvent;

export type ClockEventType = ClockEvent['type'];

/** Precedence when several apply: met / stopped > breached > paused > warning > running. */
export type ClockStatus = 'running' | 'paused' | 'warning' | 'breached' | 'met' | 'stopped';

export type TargetClockState = {
  target: SlaTarget;
  calendar: ClockCalendar;
  limitMinutes: number;
  startedAt: Date;
  status: ClockStatus;
  /** Also true for a paused clock that is already breached. */
  paused: boolean;
  /**
   * When the limit is (or was) reached. For a paused clock that has not reached it: null, because the
   * due time moves for as long as the pause lasts. For a met clock: the due time in force when it was met.
   */
  dueAt: Date | null;
  /** When the warning is (or was) due; null when warnings are off or the clock is paused before it. */
  warnAt: Date | null;
  /** Limit minus elapsed clock time, in clock minutes (fractional); negative once overdue. Frozen while paused. */
  remainingMinutes: number;
  /** Clock time consumed so far (until met/stopped), in clock minutes. */
  elapsedMinutes: number;
  /** elapsed / limit (1 for a zero limit); above 1 once overdue. */
  elapsedShare: number;
  /** Clock time spent paused, i.e. how far the due time has moved. */
  pausedMinutes: number;
  /** When the limit was reached, if it has been (before `now` and before the clock ended). */
  breachedAt: Date | null;
  metAt: Date | null;
  /** For a met clock: whether it was met by its due time; otherwise null. */
  metOnTime: boolean | null;
  stoppedAt: Date | null;
};

type ActionOf<K extends string, E extends ClockEvent> = {
  kind: K;
  target: SlaTarget;
  /** When the action fell due; it is also the `at` of `event`. */
  dueAt: Date;
  /** Append this to the log once the action has been carried out. */
  event: E;
};
export type WarnAction = ActionOf<'warn', WarnedEvent>;
export type BreachAction = ActionOf<'breach', BreachedEvent>;
export type EscalateAction = ActionOf<'escalate', EscalatedEvent> & {
  level: EscalationLevel;
  role: EscalationRole;
  reason: EscalationReason;
};
export type SlaAction = WarnAction | BreachAction | EscalateAction;

export type PolicyProblem = { path: string; message: { zh: string; en: string } };

/**
 * Default levels for `immediateEscalation`: a critical (特急) case goes to the manager at once,
 * a rejected remedy or a reopen to the supervisor (the next level up).
 */
export const IMMEDIATE_ESCALATION_LEVELS: Readonly<Record<ImmediateEscalationReason, EscalationLevel>> = {
  critical: 2,
  remedy_rejected: 1,
  reopened: 1,
  dissatisfied_callback: 1,
};

/**
 * The tiers proposed in DOMAIN-RULES C (configurable defaults, not law): acknowledge within 2 business
 * hours, first contact within 24 h, resolution within 72 h, the 7-calendar-day legal stop, and transferred
 * appeals within 3 working days (3 × 8 business hours on an 8-hour day).
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  targets: [
    { target: 'acknowledge', minutes: 120, calendar: 'business', pausable: false },
    { target: 'first_reply', minutes: 24 * 60, calendar: 'calendar', pausable: true },
    { target: 'resolution', minutes: 72 * 60, calendar: 'calendar', pausable: true },
    {
      target: 'legal_outer_limit',
      minutes: 7 * 24 * 60,
      calendar: 'calendar',
      pausable: false,
      escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 0 },
    },
    { target: 'appeal_reply', minutes: 3 * 8 * 60, calendar: 'business', pausable: false },
  ],
  pauseStatuses: ['awaiting_customer'],
  warnAtShare: 0.75,
  escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 240 },
};

// ---------------------------------------------------------------------------------------------
// Reading the log.

const ALWAYS_OPEN: BusinessCalendar = { kind: '24x7' };

type Segment = { from: number; to: number | null };

type Cycle = {
  startedMs: number;
  /** Running stretches; the last one has `to: null` while the clock runs. */
  running: Segment[];
  /** Paused stretches; the last one has `to: null` while the clock is paused. */
  pauses: Segment[];
  endedBy: 'met' | 'stopped' | null;
  endedMs: number | null;
  /** Whether the clock was running (not paused) when it ended. */
  runningAtEnd: boolean;
  warned: boolean;
  breached: boolean;
  escalatedLevels: Set<EscalationLevel>;
};

function byTime(events: readonly ClockEvent[], target: SlaTarget, untilMs: number | null): ClockEvent[] {
  // Array.prototype.sort is stable, so events at the same instant keep their log order.
  return events
    .filter((e) => e.target === target && (untilMs === null || e.at.getTime() <= untilMs))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

function readCycle(events: readonly ClockEvent[], target: SlaTarget, pausable: boolean, untilMs: number | null): Cycle | null {
  const list = byTime(events, target, untilMs);
  let startIndex = -1;
  list.forEach((e, i) => {
    if (e.type === 'started') startIndex = i;
  });
  const started = list[startIndex];
  if (!started) return null;
  const startedMs = started.at.getTime();
  const cycle: Cycle = {
    startedMs,
    running: [{ from: startedMs, to: null }],
    pauses: [],
    endedBy: null,
    endedMs: null,
    runningAtEnd: false,
    warned: false,
    breached: false,
    escalatedLevels: new Set(),
  };
  const open = (segments: Segment[]): Segment | undefined => {
    const last = segments.at(-1);
    return last && last.to === null ? last : undefined;
  };
  for (const e of list.slice(startIndex + 1)) {
    if (cycle.endedBy) break;
    const t = e.at.getTime();
    switch (e.type) {
      case 'paused': {
        const run = open(cycle.running);
        if (pausable && run) {
          run.to = t;
          cycle.pauses.push({ from: t, to: null });
        }
        break;
      }
      case 'resumed': {
        const pause = open(cycle.pauses);
        if (pause) {
          pause.to = t;
          cycle.running.push({ from: t, to: null });
        }
        break;
      }
      case 'met':
      case 'stopped': {
        const run = open(cycle.running);
        const pause = open(cycle.pauses);
        cycle.runningAtEnd = run !== undefined;
        if (run) run.to = t;
        if (pause) pause.to = t;
        cycle.endedBy = e.type;
        cycle.endedMs = t;
        break;
      }
      case 'warned':
        cycle.warned = true;
        break;
      case 'breached':
        cycle.breached = true;
        break;
      case 'escalated':
        if (e.reason === 'breach') cycle.escalatedLevels.add(e.level);
        break;
      case 'started':
        break;
    }
  }
  return cycle;
}

function isPaused(cycle: Cycle): boolean {
  return cycle.endedBy === null && cycle.pauses.at(-1)?.to === null;
}

/** Clock time within segments, open ones counted up to `untilMs`. */
function measure(cal: BusinessCalendar, segments: readonly Segment[], untilMs: number): number {
  let total = 0;
  for (const s of segments) {
    const to = Math.min(s.to ?? untilMs, untilMs);
    if (to > s.from) total += workingMsBetween(cal, s.from, to);
  }
  return total;
}

/** The instant at which `thresholdMs` of clock time has run, treating an open segment as unbounded; null if never. */
function crossing(cal: BusinessCalendar, segments: readonly Segment[], thresholdMs: number): number | null {
  let acc = 0;
  for (const s of segments) {
    if (s.to === null) return addWorkingMs(cal, s.from, thresholdMs - acc);
    const len = workingMsBetween(cal, s.from, s.to);
    if (acc + len >= thresholdMs) return addWorkingMs(cal, s.from, thresholdMs - acc);
    acc += len;
  }
  return null;
}

function clockCalendar(tp: TargetPolicy, calendar: BusinessCalendar): BusinessCalendar {
  return tp.calendar === 'business' ? calendar : ALWAYS_OPEN;
}

function limitMsOf(tp: TargetPolicy): number {
  return Math.round(tp.minutes * MS_PER_MINUTE);
}

function warnThresholdMs(policy: SlaPolicy, tp: TargetPolicy): number | null {
  const share = policy.warnAtShare;
  return share > 0 && share < 1 ? Math.round(limitMsOf(tp) * share) : null;
}

function requireMs(d: Date, what: string): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) throw new RangeError(`${what} is an invalid Date`);
  return t;
}

const isFixed = (t: SlaTarget): boolean => (FIXED_TARGETS as readonly string[]).includes(t);

/**
 * The policy's targets plus each fixed-deadline target started in the log (its latest cycle), as a
 * calendar-time, unpausable target whose limit is the span from its start to the agreed instant.
 */
function targetsOf(policy: SlaPolicy, events: readonly ClockEvent[], untilMs: number | null): TargetPolicy[] {
  const out = policy.targets.filter((tp) => !isFixed(tp.target));
  for (const target of FIXED_TARGETS) {
    const started = byTime(events, target, untilMs).filter((e): e is StartedEvent => e.type === 'started').at(-1);
    if (!started?.dueAt) continue;
    const minutes = Math.max(0, started.dueAt.getTime() - started.at.getTime()) / MS_PER_MINUTE;
    out.push({ target, minutes, calendar: 'calendar', pausable: false });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing events: each function returns the events to append (possibly none), never a new log.

/**
 * Starts the clocks of `targets` (default: every target of the policy) at `at`. Calling it again for a
 * target opens a new cycle — use that for the resolution clock on a reopen, or for `appeal_reply` when a
 * regulator transfers an appeal; do not restart `legal_outer_limit`, which runs from receipt.
 */
export function startClocks(policy: SlaPolicy, at: Date, targets?: readonly SlaTarget[]): StartedEvent[] {
  requireMs(at, 'at');
  const wanted = targets ?? policy.targets.map((t) => t.target);
  for (const t of wanted) {
    if (!policy.targets.some((tp) => tp.target === t)) throw new RangeError(`target ${t} is not in the policy`);
  }
  return policy.targets.filter((tp) => wanted.includes(tp.target)).map((tp) => ({ type: 'started', target: tp.target, at }));
}

/**
 * Starts the clock of a fixed-deadline target (the 执行时限 `execution`) at `at`, due at the agreed instant
 * `dueAt` (a deadline already past counts as breached at once). Calling it again opens a new cycle.
 */
export function startFixedClock(target: (typeof FIXED_TARGETS)[number], at: Date, dueAt: Date): StartedEvent[] {
  requireMs(at, 'at');
  requireMs(dueAt, 'dueAt');
  return [{ type: 'started', target, at, dueAt }];
}

/**
 * The events to append when the case moves to `toStatus`: entering a pause status pauses every running
 * pausable clock, any other status resumes every paused one. The decision is taken from the log, not
 * from the previous status, so a repeated or lost transition cannot pause twice or leave a clock stuck.
 */
export function onStatusChange(
  events: readonly ClockEvent[],
  policy: SlaPolicy,
  toStatus: string,
  at: Date,
): Array<PausedEvent | ResumedEvent> {
  requireMs(at, 'at');
  const pause = policy.pauseStatuses.includes(toStatus);
  const out: Array<PausedEvent | ResumedEvent> = [];
  for (const tp of policy.targets) {
    if (!tp.pausable) continue;
    const cycle = readCycle(events, tp.target, true, null);
    if (!cycle || cycle.endedBy) continue;
    const paused = isPaused(cycle);
    if (pause && !paused) out.push({ type: 'paused', target: tp.target, at });
    if (!pause && paused) out.push({ type: 'resumed', target: tp.target, at });
  }
  return out;
}

/** The event that marks `target` met at `at`; none if its clock is not running or already ended. */
export function markMet(events: readonly ClockEvent[], target: SlaTarget, at: Date): MetEvent[] {
  requireMs(at, 'at');
  const cycle = readCycle(events, target, true, null);
  return cycle && !cycle.endedBy ? [{ type: 'met', target, at }] : [];
}

/** Ends the clocks of `targets` (default: all) without meeting them, e.g. when a case is rejected or merged. */
export function stopClocks(events: readonly ClockEvent[], at: Date, targets: readonly SlaTarget[] = SLA_TARGETS): StoppedEvent[] {
  requireMs(at, 'at');
  return targets
    .filter((t) => {
      const cycle = readCycle(events, t, true, null);
      return cycle !== null && !cycle.endedBy;
    })
    .map((target) => ({ type: 'stopped', target, at }));
}

/**
 * An escalation that does not wait for a clock: a critical case, a remedy the customer rejected, a reopen.
 * Default level per `IMMEDIATE_ESCALATION_LEVELS` (pass `level: 2` e.g. for a second reopen); default
 * target `resolution`. Carry it out and append `event`. It does not count as the breach escalation of
 * the same level, which still follows if the clock breaches.
 */
export function immediateEscalation(
  reason: ImmediateEscalationReason,
  at: Date,
  options: { level?: EscalationLevel; target?: SlaTarget } = {},
): EscalateAction {
  requireMs(at, 'at');
  const level = options.level ?? IMMEDIATE_ESCALATION_LEVELS[reason];
  const target = options.target ?? 'resolution';
  return {
    kind: 'escalate',
    target,
    dueAt: at,
    level,
    role: ESCALATION_ROLES[level],
    reason,
    event: { type: 'escalated', target, at, level, reason },
  };
}

// ---------------------------------------------------------------------------------------------
// What happens to a case, as the clocks see it, and keeping the log in step with a changed policy.

/**
 * One thing that happened to a case that the clocks react to: its intake, a status change or a
 * customer-visible reply. The case-change listener of the time limits feeds these in as they happen; `realignClocks`
 * replays them from the case's history when a policy gains a target the case never ran.
 */
export type CaseStep =
  | { kind: 'created'; at: Date; acknowledgedOnTheSpot: boolean; referral: boolean }
  | { kind: 'status'; from: string | null; to: string; at: Date }
  | { kind: 'public_reply'; at: Date };

/** Whether a status change is a reopen (back to work after the case was finished): the lifecycle's reopen moves. */
export function isReopen(from: string | null, to: string): boolean {
  return isReopenMove(from, to);
}

/**
 * The clock events one step causes under `policy`: intake starts the clocks (the appeal reply only
 * with a regulator referral) and meets the acknowledgement on the spot where the customer hears the
 * case number; `acknowledged` meets the acknowledgement; a pause status pauses the pausable clocks and
 * any other resumes them; `resolved` meets every clock; `rejected` / `merged` stop them; a reopen
 * starts a new resolution cycle; a public reply meets the first reply and the acknowledgement.
 */
export function clockEventsForStep(events: readonly ClockEvent[], policy: SlaPolicy, step: CaseStep): ClockEvent[] {
  const log = [...events];
  const out: ClockEvent[] = [];
  const add = (fresh: readonly ClockEvent[]): void => {
    out.push(...fresh);
    log.push(...fresh);
  };
  const at = step.at;
  switch (step.kind) {
    case 'created': {
      const targets = policy.targets.map((t) => t.target).filter((t) => t !== 'appeal_reply' || step.referral);
      add(startClocks(policy, at, targets));
      if (step.acknowledgedOnTheSpot) add(markMet(log, 'acknowledge', at));
      break;
    }
    case 'status': {
      if (step.to === 'acknowledged') add(markMet(log, 'acknowledge', at));
      add(onStatusChange(log, policy, step.to, at));
      if (step.to === 'resolved') for (const t of SLA_TARGETS) add(markMet(log, t, at));
      if (step.to === 'rejected' || step.to === 'merged') add(stopClocks(log, at));
      // The 执行时限 is met when the case leaves 执行中 (resolved meets it above; merged stops it).
      if (step.from === 'executing' && step.to !== 'executing') add(markMet(log, 'execution', at));
      if (isReopen(step.from, step.to) && policy.targets.some((t) => t.target === 'resolution')) add(startClocks(policy, at, ['resolution']));
      break;
    }
    case 'public_reply':
      add(markMet(log, 'first_reply', at));
      add(markMet(log, 'acknowledge', at));
      break;
  }
  return out;
}

/** Where the latest cycle of a target stands in the log: never started, running (or paused), met or stopped. */
export function cycleState(events: readonly ClockEvent[], target: SlaTarget): 'none' | 'open' | 'met' | 'stopped' {
  const cycle = readCycle(events, target, true, null);
  return cycle === null ? 'none' : (cycle.endedBy ?? 'open');
}

/**
 * The statutory outer limit always applies, whatever the policy (a category-only policy written for
 * one target must not drop it): a policy without a legal target gets `statutory`, and a longer legal
 * target of the policy is cut to it. `statutory` null = the industry has no such limit.
 */
export function withStatutoryLimit(policy: SlaPolicy, statutory: TargetPolicy | null): SlaPolicy {
  if (!statutory) return policy;
  const own = policy.targets.find((t) => t.target === 'legal_outer_limit');
  if (!own) return { ...policy, targets: [...policy.targets, statutory] };
  if (own.calendar === statutory.calendar && own.minutes <= statutory.minutes) return policy;
  return { ...policy, targets: policy.targets.map((t) => (t === own ? { ...own, minutes: statutory.minutes, calendar: statutory.calendar, pausable: false } : t)) };
}

export type RealignInput = {
  events: readonly ClockEvent[];
  /** The policy the case runs on from now (with the statutory limit already applied). */
  policy: SlaPolicy;
  /** The case's status now. */
  status: string;
  /** Whether the case has a regulator referral now (the appeal reply runs only then). */
  referral: boolean;
  /** The case's steps from intake on, oldest first; null when not loaded yet. */
  history: readonly CaseStep[] | null;
  now: Date;
};

/**
 * Brings a case's clock log in step with the policy it now runs on (after the case moved to another
 * policy, or an administrator edited its policy, its calendar or the preset):
 *
 * - a clock that keeps running keeps its start: deadlines count from intake (or from the reopen, or
 *   from the referral), never from the edit — a case raised to P1 owes its first reply 60 minutes
 *   after intake (docs/decisions/004, 006); the new limits, calendar and pause statuses apply to the
 *   whole of it when state and actions are next derived;
 * - a target of the policy the case never ran is started as if the policy had applied from intake:
 *   its events are replayed from the case's history (pauses while waiting for the customer, an
 *   acknowledgement or public reply that already met it), so the legal outer limit counts from intake
 *   and is never paused; this needs `history` (the result says so when it is missing);
 * - the appeal reply starts now when the case has a referral but no appeal clock (when the referral
 *   came is not in the log); a target stopped by an earlier move starts a new cycle now (a stopped
 *   cycle cannot be reopened in the past);
 * - a running clock the policy no longer has (or an appeal clock without a referral) is stopped now;
 * - pausable clocks are paused or resumed to match the status under the policy's pause statuses.
 *
 * Met clocks stay met. Returns the events to append (none when the log is already in step).
 */
export function realignClocks(input: RealignInput): { needsHistory: true } | { needsHistory: false; events: ClockEvent[] } {
  const { policy, now } = input;
  requireMs(now, 'now');
  const log = [...input.events];
  const out: ClockEvent[] = [];
  const add = (fresh: readonly ClockEvent[]): void => {
    out.push(...fresh);
    log.push(...fresh);
  };
  const has = (t: SlaTarget) => policy.targets.some((tp) => tp.target === t);
  // Fixed-deadline targets are in no policy: a policy change never stops them.
  const dropped = POLICY_TARGETS.filter((t) => (!has(t) || (t === 'appeal_reply' && !input.referral)) && cycleState(log, t) === 'open');
  add(stopClocks(log, now, dropped));
  for (const tp of policy.targets) {
    const state = cycleState(log, tp.target);
    if (state === 'open' || state === 'met') continue;
    if (tp.target === 'appeal_reply') {
      if (input.referral) add(startClocks(policy, now, ['appeal_reply']));
      continue;
    }
    if (state === 'stopped') {
      add(startClocks(policy, now, [tp.target]));
      continue;
    }
    if (input.history === null) return { needsHistory: true };
    const only: SlaPolicy = { ...policy, targets: [tp] };
    const replay: ClockEvent[] = [];
    for (const step of input.history) {
      if (step.at.getTime() > now.getTime()) break;
      replay.push(...clockEventsForStep(replay, only, step));
    }
    add(replay);
  }
  add(onStatusChange(log, policy, input.status, now));
  return { needsHistory: false, events: out };
}

// ---------------------------------------------------------------------------------------------
// Deriving state and actions.

/**
 * The state of every started clock of the policy as of `now`; events after `now` are ignored, so this
 * also answers "what did it look like then". Targets in the log but not in the policy are left out.
 */
export function computeClockState(
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  events: readonly ClockEvent[],
  now: Date,
): TargetClockState[] {
  const nowMs = requireMs(now, 'now');
  const out: TargetClockState[] = [];
  for (const tp of targetsOf(policy, events, nowMs)) {
    const cycle = readCycle(events, tp.target, tp.pausable, nowMs);
    if (!cycle) continue;
    const cal = clockCalendar(tp, calendar);
    const limitMs = limitMsOf(tp);
    const untilMs = cycle.endedMs ?? nowMs;
    const elapsedMs = measure(cal, cycle.running, untilMs);
    const pausedMs = measure(cal, cycle.pauses, untilMs);
    const paused = isPaused(cycle);
    const breachMs = crossing(cal, cycle.running, limitMs);
    const breached = breachMs !== null && breachMs <= untilMs && (cycle.endedBy === null || breachMs < untilMs);
    // A clock that ended while running shows the due time it was running towards.
    const projected =
      cycle.endedBy && cycle.runningAtEnd
        ? cycle.running.map((s, i) => (i === cycle.running.length - 1 ? { from: s.from, to: null } : s))
        : cycle.running;
    const dueMs = crossing(cal, projected, limitMs);
    const warnThreshold = warnThresholdMs(policy, tp);
    const warnMs = warnThreshold === null ? null : crossing(cal, projected, warnThreshold);
    let status: ClockStatus;
    if (cycle.endedBy === 'met') status = 'met';
    else if (cycle.endedBy === 'stopped') status = 'stopped';
    else if (breached) status = 'breached';
    else if (paused) status = 'paused';
    else if (warnMs !== null && warnMs <= nowMs) status = 'warning';
    else status = 'running';
    out.push({
      target: tp.target,
      calendar: tp.calendar,
      limitMinutes: tp.minutes,
      startedAt: new Date(cycle.startedMs),
      status,
      paused,
      dueAt: dueMs === null ? null : new Date(dueMs),
      warnAt: warnMs === null ? null : new Date(warnMs),
      remainingMinutes: (limitMs - elapsedMs) / MS_PER_MINUTE,
      elapsedMinutes: elapsedMs / MS_PER_MINUTE,
      elapsedShare: limitMs === 0 ? 1 : elapsedMs / limitMs,
      pausedMinutes: pausedMs / MS_PER_MINUTE,
      breachedAt: breached && breachMs !== null ? new Date(breachMs) : null,
      metAt: cycle.endedBy === 'met' && cycle.endedMs !== null ? new Date(cycle.endedMs) : null,
      metOnTime: cycle.endedBy === 'met' ? !breached : null,
      stoppedAt: cycle.endedBy === 'stopped' && cycle.endedMs !== null ? new Date(cycle.endedMs) : null,
    });
  }
  return out;
}

const KIND_ORDER: Record<SlaAction['kind'], number> = { warn: 0, breach: 1, escalate: 2 };

/** Every action not yet in the log, including future ones projected on the assumption that nothing else happens. */
function pendingActions(policy: SlaPolicy, calendar: BusinessCalendar, events: readonly ClockEvent[], nowMs: number): SlaAction[] {
  const out: Array<{ action: SlaAction; order: number }> = [];
  targetsOf(policy, events, null).forEach((tp, order) => {
    const cycle = readCycle(events, tp.target, tp.pausable, nowMs);
    // A met or stopped clock owes nothing, not even a warning or breach that was missed while down.
    if (!cycle || cycle.endedBy) return;
    const cal = clockCalendar(tp, calendar);
    const target = tp.target;
    const push = (action: SlaAction): void => {
      out.push({ action, order });
    };
    const warnThreshold = warnThresholdMs(policy, tp);
    const warnMs = warnThreshold === null ? null : crossing(cal, cycle.running, warnThreshold);
    if (!cycle.warned && warnMs !== null) {
      const at = new Date(warnMs);
      push({ kind: 'warn', target, dueAt: at, event: { type: 'warned', target, at } });
    }
    const breachMs = crossing(cal, cycle.running, limitMsOf(tp));
    if (breachMs === null) return;
    if (!cycle.breached) {
      const at = new Date(breachMs);
      push({ kind: 'breach', target, dueAt: at, event: { type: 'breached', target, at } });
    }
    const esc = tp.escalation ?? policy.escalation;
    const levels: Array<[EscalationLevel, number | null]> = [
      [1, esc.supervisorAfterBreachMinutes],
      [2, esc.managerAfterBreachMinutes],
    ];
    for (const [level, minutes] of levels) {
      if (minutes === null || cycle.escalatedLevels.has(level)) continue;
      const at = new Date(addWorkingMs(cal, breachMs, Math.round(minutes * MS_PER_MINUTE)));
      push({
        kind: 'escalate',
        target,
        dueAt: at,
        level,
        role: ESCALATION_ROLES[level],
        reason: 'breach',
        event: { type: 'escalated', target, at, level, reason: 'breach' },
      });
    }
  });
  out.sort(
    (a, b) =>
      a.action.dueAt.getTime() - b.action.dueAt.getTime() ||
      KIND_ORDER[a.action.kind] - KIND_ORDER[b.action.kind] ||
      (a.action.kind === 'escalate' ? a.action.level : 0) - (b.action.kind === 'escalate' ? b.action.level : 0) ||
      a.order - b.order,
  );
  return out.map((o) => o.action);
}

/**
 * What a sweeper must do now: every warn / breach / escalate action that has fallen due by `now` and
 * whose event is not yet in the current cycle of the log, oldest first (a breach before the escalations
 * it causes). After downtime, everything missed comes out once, in order. Carry out each action and
 * append its `event` (ideally in the same transaction as queuing the notification); the next sweep
 * then no longer returns it.
 */
export function dueActions(
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  events: readonly ClockEvent[],
  now: Date,
): SlaAction[] {
  const nowMs = requireMs(now, 'now');
  return pendingActions(policy, calendar, events, nowMs).filter((a) => a.dueAt.getTime() <= nowMs);
}

/**
 * When the next action falls due if nothing else happens to the case (≤ `now` if one is due already),
 * or null if none can: store it beside the case so the sweeper only loads cases that are due.
 * Recompute after every appended event.
 */
export function nextActionAt(
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  events: readonly ClockEvent[],
  now: Date,
): Date | null {
  const first = pendingActions(policy, calendar, events, requireMs(now, 'now'))[0];
  return first ? first.dueAt : null;
}

/** Everything wrong with a policy, for the admin form; an empty list means it is usable. */
export function validateSlaPolicy(policy: SlaPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const add = (path: string, zh: string, en: string) => problems.push({ path, message: { zh, en } });
  const seen = new Set<SlaTarget>();
  const checkEscalation = (esc: EscalationPolicy, path: string): void => {
    const { supervisorAfterBreachMinutes: s, managerAfterBreachMinutes: m } = esc;
    if (s !== null && !(Number.isFinite(s) && s >= 0)) add(`${path}.supervisorAfterBreachMinutes`, '必须 ≥ 0 或留空', 'must be ≥ 0 or empty');
    if (m !== null && !(Number.isFinite(m) && m >= 0)) add(`${path}.managerAfterBreachMinutes`, '必须 ≥ 0 或留空', 'must be ≥ 0 or empty');
    if (s !== null && m !== null && m < s) add(`${path}.managerAfterBreachMinutes`, '经理不应早于主管收到升级', 'the manager should not hear before the supervisor');
  };
  policy.targets.forEach((tp, i) => {
    const path = `targets.${i}`;
    if (!(POLICY_TARGETS as readonly string[]).includes(tp.target)) add(`${path}.target`, `未知的时限类型 ${String(tp.target)}`, `unknown target ${String(tp.target)}`);
    if (seen.has(tp.target)) add(`${path}.target`, `时限类型 ${tp.target} 重复`, `${tp.target} appears twice`);
    seen.add(tp.target);
    if (!(Number.isFinite(tp.minutes) && tp.minutes >= 0)) add(`${path}.minutes`, '必须是 ≥ 0 的数字', 'must be a number ≥ 0');
    if (tp.target === 'legal_outer_limit' && (tp.pausable || tp.calendar !== 'calendar')) {
      add(path, '法定时限按自然日计算，且不能暂停', 'the legal outer limit runs in calendar time and never pauses');
    }
    if (tp.escalation) checkEscalation(tp.escalation, `${path}.escalation`);
  });
  if (!(policy.warnAtShare > 0 && policy.warnAtShare < 1)) {
    add('warnAtShare', '预警比例须大于 0 且小于 1', 'the warning share must be greater than 0 and less than 1');
  }
  checkEscalation(policy.escalation, 'escalation');
  return problems;
}
