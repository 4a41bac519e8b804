// The execution API's payloads: one zod schema each (validation, types and OpenAPI from the same source).
import { z } from 'zod';
import { nonBlank, optionalText } from '../../shared/validation.ts';
import { FenSchema } from './compensation.schemas.ts';
import { ACTION_KINDS, ACTION_STATUSES, DEPARTMENT_CODES, MONEY_ACTION_KINDS, mayCarryAmount } from './execution.rules.ts';

export { ACTION_KINDS, ACTION_STATUSES };

const Instant = z.iso.datetime({ offset: true });

export const ActionIdParams = z.object({ id: z.uuid() });

export const RepairRecordSchema = z.strictObject({
  fault: nonBlank(1000),
  method: nonBlank(1000),
  partsReplaced: optionalText(1000),
});

/** An action added by hand (or the retry of a failed one). */
export const CreateActionBody = z
  .strictObject({
    kind: z.enum(ACTION_KINDS),
    /** The owner department; absent = the default department of the kind. */
    departmentId: z.uuid().nullish(),
    /** A member of that department. */
    assigneeId: z.uuid().nullish(),
    /** Absent = the agreed 执行时限 of the accepted remedy. */
    dueAt: Instant.nullish(),
    amountFen: FenSchema.nullish(),
    note: optionalText(2000),
    /** A failed action this one retries. */
    retryOfId: z.uuid().nullish(),
  })
  .superRefine((b, ctx) => {
    const has = b.amountFen !== null && b.amountFen !== undefined;
    if ((MONEY_ACTION_KINDS as readonly string[]).includes(b.kind) && !has) ctx.addIssue({ code: 'custom', path: ['amountFen'], message: 'action_amount_required' });
    if (!mayCarryAmount(b.kind) && has) ctx.addIssue({ code: 'custom', path: ['amountFen'], message: 'remedy_amount_not_allowed' });
  })
  .meta({ id: 'CreateExecutionAction' });
export type CreateActionInput = z.infer<typeof CreateActionBody>;

export const CompleteActionBody = z
  .strictObject({
    /** The amount actually paid / spent, fen (default: the planned amount). */
    amountFen: FenSchema.nullish(),
    note: optionalText(2000),
    /** Required for a repair (seed 004 维修记录). */
    repair: RepairRecordSchema.nullish(),
  })
  .meta({ id: 'CompleteExecutionAction' });
export type CompleteActionInput = z.infer<typeof CompleteActionBody>;

export const FailActionBody = z.strictObject({ note: nonBlank(2000) }).meta({ id: 'FailExecutionAction' });
export type FailActionInput = z.infer<typeof FailActionBody>;

export const CancelActionBody = z.strictObject({ reason: nonBlank(2000) }).meta({ id: 'CancelExecutionAction' });
export type CancelActionInput = z.infer<typeof CancelActionBody>;

export const ActionSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    caseStatus: z.string(),
    remedyId: z.uuid().nullable(),
    kind: z.enum(ACTION_KINDS),
    status: z.enum(ACTION_STATUSES),
    departmentId: z.uuid(),
    departmentName: z.string(),
    departmentCode: z.string(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    dueAt: z.string().nullable(),
    /** Open and past its due date. */
    overdue: z.boolean(),
    amountFen: z.number().int().nullable(),
    note: z.string().nullable(),
    resultNote: z.string().nullable(),
    repair: z.object({ fault: z.string(), method: z.string(), partsReplaced: z.string().nullable() }).nullable(),
    cancelReason: z.string().nullable(),
    retryOfId: z.uuid().nullable(),
    finishedAt: z.string().nullable(),
    createdAt: z.string(),
    /** What the caller may do (a handler: only their department's actions). */
    can: z.object({ complete: z.boolean(), fail: z.boolean(), cancel: z.boolean(), retry: z.boolean() }),
  })
  .meta({ id: 'ExecutionAction' });
export type ActionView = z.infer<typeof ActionSchema>;

export const CaseActionsSchema = z
  .object({
    items: z.array(ActionSchema),
    /** The agreed 执行时限 of the accepted remedy, if any. */
    executionDueAt: z.string().nullable(),
    openCount: z.number().int(),
    /** Whether the caller may add an action (the case is 执行中). */
    canAdd: z.boolean(),
  })
  .meta({ id: 'CaseExecutionActions' });

export const InboxQuery = z.object({
  /** Comma-separated kinds. */
  kind: z.string().max(300).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

export const InboxSchema = z.object({ items: z.array(ActionSchema), count: z.number().int(), overdue: z.number().int() }).meta({ id: 'ExecutionInbox' });
export const InboxCountSchema = z.object({ count: z.number().int(), overdue: z.number().int() });

export const ActionDepartmentsSchema = z.strictObject(Object.fromEntries(ACTION_KINDS.map((k) => [k, z.enum(DEPARTMENT_CODES)])) as Record<(typeof ACTION_KINDS)[number], z.ZodEnum<{ [K in (typeof DEPARTMENT_CODES)[number]]: K }>>);

export const ExecutionSettingsSchema = z
  .object({ departments: ActionDepartmentsSchema, isDefault: z.boolean() })
  .meta({ id: 'ExecutionSettings' });
export const ExecutionSettingsBody = z.strictObject({ departments: ActionDepartmentsSchema });
export type ExecutionSettingsInput = z.infer<typeof ExecutionSettingsBody>;
