// When the demo team did what on a case: a working team's past, planned from the case's own time limits.
// Pure (the calendar arithmetic of the sla module, no I/O): the seed asks the case's due times after
// intake and replays the moves this returns, with the sweeper running in between.
import type { CaseStatus } from '../cases/case.lifecycle.ts';
import { addWorkingMs, workingMsBetween, type BusinessCalendar } from '../sla/business-calendar.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Due times of the case's running clocks at intake (null when none runs, e.g. acknowledged at the phone). */
export type DueTimes = { acknowledge: number | null; firstReply: number | null; resolution: number | null };

export type TimingInput = {
  receivedAt: number;
  now: number;
  /** The moves that bring the case from 已登记 to its demo status, in order. */
  path: readonly CaseStatus[];
  due: DueTimes;
  /** Which of the case's limits the team missed, if any (a minority of the cases). */
  late: 'acknowledge' | 'resolution' | null;
  /** The working-hours calendar the acknowledge limit counts in. */
  calendar: BusinessCalendar;
  /** Uniform numbers in [0, 1), deterministic per case. */
  random: () => number;
};

export type TimingPlan = { replyAt: number | null; moves: Array<{ at: number; to: CaseStatus }> };

/** Which demo cases ran late: about one in fourteen, their acknowledgement or their resolution. */
export function lateness(index: number): TimingInput['late'] {
  const slot = (index * 37 + 11) % 100;
  if (slot < 3) return 'acknowledge';
  if (slot < 7) return 'resolution';
  return null;
}

const AFTER_RESOLVED: readonly CaseStatus[] = ['follow_up', 'closed'];

/**
 * Plans a case's moves:
 * - 确认 inside working time, within the acknowledge limit (a late case: up to twice past it);
 * - the first public reply within its limit (before the acknowledgement when that limit is shorter);
 * - the work moves spread evenly between the acknowledgement and 已解决, which falls at 35–85 % of the
 *   resolution limit (a late case: 10–60 % past it); cases still open end their moves before now;
 * - the callback (回访) one to two working days after resolving, closing a few hours later.
 * Every move is strictly after the previous one and before now.
 */
export function planCaseTiming(input: TimingInput): TimingPlan {
  const { receivedAt, now, path, due, late, calendar, random } = input;
  const latest = now - 5 * MIN;
  const clamp = (t: number, floor: number) => Math.max(floor + MIN, Math.min(t, latest));
  const moves: TimingPlan['moves'] = [];
  if (path.length === 0) return { replyAt: null, moves };

  // 确认 (or 不予受理): inside working time, as a share of the working time the limit allows.
  let ackAt: number;
  if (due.acknowledge !== null && due.acknowledge > receivedAt) {
    const allowed = Math.max(workingMsBetween(calendar, receivedAt, due.acknowledge), MIN);
    const share = late === 'acknowledge' ? 1.2 + random() * 0.8 : 0.15 + random() * 0.6;
    ackAt = addWorkingMs(calendar, receivedAt, allowed * share);
  } else {
    ackAt = receivedAt + (2 + random() * 10) * MIN;
  }
  ackAt = clamp(ackAt, receivedAt);
  moves.push({ at: ackAt, to: path[0]! });

  let replyAt: number | null = null;
  if (path[0] === 'acknowledged') {
    replyAt = ackAt;
    if (late === null && due.firstReply !== null && due.firstReply < ackAt) {
      replyAt = clamp(receivedAt + (due.firstReply - receivedAt) * (0.3 + random() * 0.5), receivedAt);
    }
  }

  const work = path.slice(1).filter((s) => !AFTER_RESOLVED.includes(s));
  const resolves = work.includes('resolved');
  let endAt: number;
  const resolutionSpan = due.resolution !== null ? Math.max(due.resolution - receivedAt, HOUR) : 72 * HOUR;
  if (resolves) {
    endAt = receivedAt + resolutionSpan * (late === 'resolution' ? 1.1 + random() * 0.5 : 0.35 + random() * 0.5);
  } else {
    // Still open: the last move lies in the recent past, inside the limit where the limit is still ahead.
    endAt = Math.min(latest - random() * 2 * HOUR, receivedAt + resolutionSpan * (0.5 + random() * 0.3));
  }
  endAt = Math.max(endAt, ackAt + work.length * 10 * MIN);
  let prev = ackAt;
  work.forEach((to, i) => {
    const at = clamp(ackAt + ((endAt - ackAt) * (i + 1)) / work.length, prev);
    moves.push({ at, to });
    prev = at;
  });

  const after = path.filter((s) => AFTER_RESOLVED.includes(s));
  if (after.length) {
    // 回访 after one to two working days; closing the same day.
    const followUp = clamp(addWorkingMs(calendar, prev, (8 + random() * 8) * HOUR), prev);
    moves.push({ at: followUp, to: after[0]! });
    prev = followUp;
    if (after[1]) moves.push({ at: clamp(prev + (1 + random() * 4) * HOUR, prev), to: after[1] });
  }
  return { replyAt, moves };
}
