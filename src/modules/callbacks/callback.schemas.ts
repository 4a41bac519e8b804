import { z } from 'zod';
import { optionalText } from '../../shared/validation.ts';
import { CALLBACK_CHANNELS, CALLBACK_STATUSES, SATISFACTION_LEVELS } from './callback.rules.ts';

const Level = z.enum(SATISFACTION_LEVELS);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_invalid' });

export const CallbackSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    caseStatus: z.string(),
    category: z.string().nullable(),
    customer: z.object({
      name: z.string(),
      /** Masked (138****1234) for roles that do not call customers back. */
      phone: z.string(),
      phoneMasked: z.boolean(),
    }),
    status: z.enum(CALLBACK_STATUSES),
    /** The queue tab it is in today. */
    bucket: z.enum(['due_today', 'overdue', 'upcoming', 'done']),
    resolvedAt: z.string(),
    earliestOn: z.string(),
    dueOn: z.string(),
    dueAt: z.string(),
    openedAt: z.string().nullable(),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastAttemptAt: z.string().nullable(),
    channel: z.enum(CALLBACK_CHANNELS).nullable(),
    overall: Level.nullable(),
    result: Level.nullable(),
    attitude: Level.nullable(),
    efficiency: Level.nullable(),
    comment: z.string().nullable(),
    completedAt: z.string().nullable(),
    completedByName: z.string().nullable(),
    overdueLevel: z.number().int(),
  })
  .meta({ id: 'Callback' });
export type CallbackView = z.infer<typeof CallbackSchema>;

export const CallbackQueueQuery = z.strictObject({
  bucket: z.enum(['due_today', 'overdue', 'upcoming', 'done']).default('due_today'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const CallbackQueueSchema = z
  .object({
    items: z.array(CallbackSchema),
    counts: z.object({ dueToday: z.number().int(), overdue: z.number().int(), upcoming: z.number().int(), done: z.number().int() }),
    today: z.string(),
  })
  .meta({ id: 'CallbackQueue' });

export const CaseCallbacksSchema = z
  .object({
    items: z.array(CallbackSchema),
    /** Whether the caller may record a call's outcome (callback.work). */
    canWork: z.boolean(),
  })
  .meta({ id: 'CaseCallbacks' });

/** A call's outcome: not reached (an attempt), or reached with the answers (seed 002's three dimensions, seed 004's scale). */
export const CallbackOutcomeBody = z.discriminatedUnion('reached', [
  z.strictObject({ reached: z.literal(false), note: optionalText(1000) }),
  z.strictObject({
    reached: z.literal(true),
    overall: Level,
    result: Level,
    attitude: Level,
    efficiency: Level,
    comment: optionalText(2000),
  }),
]);
export type CallbackOutcomeInput = z.infer<typeof CallbackOutcomeBody>;

export const CallbackStatsQuery = z.strictObject({ from: IsoDate, to: IsoDate });

const LevelCounts = z.object({
  very_satisfied: z.number().int(),
  satisfied: z.number().int(),
  neutral: z.number().int(),
  dissatisfied: z.number().int(),
  very_dissatisfied: z.number().int(),
});
const DimensionFigures = z.object({ counts: LevelCounts, answered: z.number().int(), satisfied: z.number().int(), rate: z.number().nullable() });

export const CallbackStatsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    counts: LevelCounts,
    answered: z.number().int(),
    unreachable: z.number().int(),
    satisfied: z.number().int(),
    /** Seed 004: (非常满意 + 满意) / answered, as the exact fraction and its value (null with no answers). */
    rate: z.object({ numerator: z.number().int(), denominator: z.number().int(), value: z.number().nullable() }),
    dimensions: z.object({ result: DimensionFigures, attitude: DimensionFigures, efficiency: DimensionFigures }),
  })
  .meta({ id: 'CallbackStats' });

export const CallbackSettingsSchema = z.object({ maxAttempts: z.number().int().min(1).max(10) }).meta({ id: 'CallbackSettings' });
export type CallbackSettings = z.infer<typeof CallbackSettingsSchema>;

/** What the customer's survey page shows: nothing internal. */
export const SurveyViewSchema = z
  .object({
    caseNumber: z.string(),
    category: z.object({ zh: z.string(), en: z.string() }).nullable(),
    resolvedOn: z.string(),
  })
  .meta({ id: 'SurveyView' });

export const SurveyAnswerBody = z.strictObject({
  overall: Level,
  result: Level.optional(),
  attitude: Level.optional(),
  efficiency: Level.optional(),
  comment: optionalText(2000),
});
export type SurveyAnswerInput = z.infer<typeof SurveyAnswerBody>;

export const SurveyAnsweredSchema = z.object({ ok: z.literal(true) }).meta({ id: 'SurveyAnswered' });

export const SurveyTokenParams = z.object({ token: z.string().min(1).max(200) });

/** A survey link given to the agent once (the token is not kept). */
export const SurveyLinkSchema = z.object({ link: z.string(), expiresAt: z.string() }).meta({ id: 'SurveyLink' });
