// Satisfaction callbacks 回访 as pure data and functions (seeds 002, 003, 004): the window's dates, the
// five-level scale, what an answer does to the case, the overdue steps and the satisfaction figures.
import { formatIsoDate, parseIsoDate } from '../../shared/zoned-time.ts';

/** 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 (seed 004), best first. */
export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];

export const SATISFACTION_LABELS: Record<SatisfactionLevel, { zh: string; en: string }> = {
  very_satisfied: { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  neutral: { zh: '一般', en: 'Neutral' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  very_dissatisfied: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** The three things seed 002 asks about: 处理结果, 服务态度, 处理效率. */
export const DIMENSIONS = ['result', 'attitude', 'efficiency'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const CALLBACK_STATUSES = ['pending', 'completed', 'unreachable', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const CALLBACK_CHANNELS = ['phone', 'survey'] as const;
export type CallbackChannel = (typeof CALLBACK_CHANNELS)[number];

/** How many unanswered calls before the customer is recorded as unreachable, when the administrator set none. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** How long a survey link stays valid after it is sent. */
export const SURVEY_TTL_DAYS = 14;

export type CallbackWindowRule = { fromDays: number; toDays: number; dayKind: 'working' | 'calendar' };

/**
 * The local date `days` days after `from` ('YYYY-MM-DD'): calendar days, or working days on the calendar
 * `isWorkingDay` answers for. As in 民法典 Art. 201 the starting day is not counted, so "within 3 working days
 * of a Wednesday" ends on the third working day after it; 0 days is the day itself.
 */
export function addDays(from: string, days: number, dayKind: 'working' | 'calendar', isWorkingDay: (date: string) => boolean): string {
  const start = parseIsoDate(from);
  if (start === null) throw new RangeError(`not a date: ${from}`);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be an integer ≥ 0, got ${days}`);
  if (dayKind === 'calendar' || days === 0) return formatIsoDate(start + days);
  let day = start;
  let counted = 0;
  // Bounded: a calendar without any working day in ten years is a configuration error, not a loop.
  for (let i = 0; i < 3660; i++) {
    day += 1;
    if (isWorkingDay(formatIsoDate(day)) && ++counted === days) return formatIsoDate(day);
  }
  throw new RangeError('the calendar has no working day in ten years');
}

/** When a callback opens (earliest) and when it is due, from the local date the case was resolved. */
export function callbackDates(resolvedOn: string, window: CallbackWindowRule, isWorkingDay: (date: string) => boolean): { earliestOn: string; dueOn: string } {
  return {
    earliestOn: addDays(resolvedOn, window.fromDays, window.dayKind, isWorkingDay),
    dueOn: addDays(resolvedOn, Math.max(window.fromDays, window.toDays), window.dayKind, isWorkingDay),
  };
}

/** What an answer does to the case: satisfied or neutral closes it, dissatisfied reopens it (and escalates). */
export function outcomeOf(overall: SatisfactionLevel): 'close' | 'reopen' {
  return overall === 'dissatisfied' || overall === 'very_dissatisfied' ? 'reopen' : 'close';
}

/** After a call nobody answered: give up (unreachable) once the attempts reach the maximum. */
export function afterMissedCall(attemptsBefore: number, maxAttempts: number): { attempts: number; unreachable: boolean } {
  const attempts = attemptsBefore + 1;
  return { attempts, unreachable: attempts >= Math.max(1, maxAttempts) };
}

/**
 * Which queue tab a callback belongs in, by the local date today. A callback is to be made any day of its
 * window (seed 002: 1–3 个工作日内回访), so "today" holds every open one from its earliest day to its due day,
 * most urgent first; upcoming ones have not opened yet; overdue ones are past their due day.
 */
export function queueBucket(c: { status: CallbackStatus; earliestOn: string; dueOn: string }, today: string): 'due_today' | 'overdue' | 'upcoming' | 'done' {
  if (c.status !== 'pending') return 'done';
  if (c.dueOn < today) return 'overdue';
  return c.earliestOn <= today ? 'due_today' : 'upcoming';
}

/**
 * A callback is a clock too: overdue at its due instant the owners are warned (step 1), a day later the
 * supervisor hears of it (step 2), two days later the manager (step 3). Returns the steps now due that
 * were not yet taken, in order; each is taken once (the stored level only rises).
 */
export const OVERDUE_STEPS = [
  { level: 1, afterMs: 0, role: null },
  { level: 2, afterMs: 24 * 3600_000, role: 'supervisor' },
  { level: 3, afterMs: 48 * 3600_000, role: 'manager' },
] as const;
export type OverdueStep = (typeof OVERDUE_STEPS)[number];

export function dueOverdueSteps(dueAt: Date, levelTaken: number, now: Date): OverdueStep[] {
  return OVERDUE_STEPS.filter((s) => s.level > levelTaken && now.getTime() >= dueAt.getTime() + s.afterMs);
}

/** When the next overdue step falls due, or null when all were taken. */
export function nextOverdueAt(dueAt: Date, levelTaken: number): Date | null {
  const next = OVERDUE_STEPS.find((s) => s.level > levelTaken);
  return next ? new Date(dueAt.getTime() + next.afterMs) : null;
}

export type LevelCounts = Record<SatisfactionLevel, number>;
export type SatisfactionFigures = {
  counts: LevelCounts;
  answered: number;
  unreachable: number;
  /** 非常满意 + 满意 (seed 004's numerator). */
  satisfied: number;
  /** satisfied / answered as an exact fraction, and its value (null when nothing was answered). */
  rate: { numerator: number; denominator: number; value: number | null };
  dimensions: Record<Dimension, { counts: LevelCounts; answered: number; satisfied: number; rate: number | null }>;
};

const emptyCounts = (): LevelCounts => ({ very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0, very_dissatisfied: 0 });
const goodOf = (c: LevelCounts) => c.very_satisfied + c.satisfied;
const total = (c: LevelCounts) => SATISFACTION_LEVELS.reduce((n, l) => n + c[l], 0);

/**
 * Seed 004: satisfaction rate = (非常满意 + 满意) / callbacks answered × 100%. Counted in integers; an
 * unreachable customer answered nothing and is counted beside, never in the denominator. Each dimension
 * has its own rate over the answers that rated it.
 */
export function satisfactionFigures(
  answers: ReadonlyArray<{ overall: SatisfactionLevel; result?: SatisfactionLevel | null; attitude?: SatisfactionLevel | null; efficiency?: SatisfactionLevel | null }>,
  unreachable: number,
): SatisfactionFigures {
  const counts = emptyCounts();
  const dims = { result: emptyCounts(), attitude: emptyCounts(), efficiency: emptyCounts() };
  for (const a of answers) {
    counts[a.overall] += 1;
    for (const d of DIMENSIONS) {
      const v = a[d];
      if (v) dims[d][v] += 1;
    }
  }
  const answered = total(counts);
  const satisfied = goodOf(counts);
  const dimension = (c: LevelCounts) => ({ counts: c, answered: total(c), satisfied: goodOf(c), rate: total(c) ? goodOf(c) / total(c) : null });
  return {
    counts,
    answered,
    unreachable,
    satisfied,
    rate: { numerator: satisfied, denominator: answered, value: answered ? satisfied / answered : null },
    dimensions: { result: dimension(dims.result), attitude: dimension(dims.attitude), efficiency: dimension(dims.efficiency) },
  };
}
