// The cost ledger API's payloads: one zod schema each (validation, types and OpenAPI from the same source).
import { z } from 'zod';
import { nonBlank, optionalText } from '../../shared/validation.ts';
import { MAX_ENTRY_FEN, MAX_LABOUR_MINUTES, MAX_REPORT_MONTHS } from './costs.rules.ts';
import { BUDGET_SCOPES, COST_KINDS, COST_SOURCES, MANUAL_COST_KINDS, REPORT_GROUPINGS } from './costs.types.ts';

export { BUDGET_SCOPES, COST_KINDS, COST_SOURCES, MANUAL_COST_KINDS, REPORT_GROUPINGS, MAX_REPORT_MONTHS };

const Instant = z.iso.datetime({ offset: true });
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'month_invalid' });
/** A signed amount of one entry in fen: an integer, never zero, at most ¥10,000,000 either way. */
const SignedFen = z.number().int({ error: 'fen_integer' }).min(-MAX_ENTRY_FEN).max(MAX_ENTRY_FEN);
const BudgetFen = z.number().int({ error: 'fen_integer' }).min(0).max(Number.MAX_SAFE_INTEGER);

export const CostEntrySchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    kind: z.enum(COST_KINDS),
    /** Signed fen: positive a cost, negative money back (a recovery, a reversal of a cost). */
    amountFen: z.number().int(),
    source: z.enum(COST_SOURCES),
    /** The execution action or claim it came from (null for labour and manual entries). */
    sourceId: z.string().nullable(),
    /** A reversal: the entry it reverses. */
    reversesId: z.uuid().nullable(),
    /** The reversal of this entry, when there is one. */
    reversedById: z.uuid().nullable(),
    note: z.string().nullable(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    occurredAt: z.string(),
    postedAt: z.string(),
    /** The month it is reported in (YYYY-MM, company time). */
    month: z.string(),
    /** The case's category and department when posted (snapshots). */
    category: z.string().nullable(),
    departmentId: z.uuid().nullable(),
    labourMinutes: z.number().int().nullable(),
    rateFenPerHour: z.number().int().nullable(),
    can: z.object({ reverse: z.boolean() }),
  })
  .meta({ id: 'CostEntry' });
export type CostEntryView = z.infer<typeof CostEntrySchema>;

export const CostTotalsSchema = z
  .object({ grossFen: z.number().int(), recoveriesFen: z.number().int(), netFen: z.number().int() })
  .meta({ id: 'CostTotals' });

export const CaseCostsSchema = z
  .object({
    entries: z.array(CostEntrySchema),
    totals: CostTotalsSchema,
    /** The rate a labour entry posted now would use, fen per hour. */
    labourRateFenPerHour: z.number().int(),
    can: z.object({ labour: z.boolean(), post: z.boolean(), reverse: z.boolean() }),
  })
  .meta({ id: 'CaseCosts' });
export type CaseCostsView = z.infer<typeof CaseCostsSchema>;

export const LabourBody = z
  .strictObject({
    minutes: z.number().int().min(1).max(MAX_LABOUR_MINUTES),
    note: optionalText(500),
    /** When the work was done (default: now); not in the future. */
    occurredAt: Instant.nullish(),
  })
  .meta({ id: 'LabourEntryBody' });
export type LabourInput = z.infer<typeof LabourBody>;

export const ManualEntryBody = z
  .strictObject({
    kind: z.enum(MANUAL_COST_KINDS),
    /** Signed fen: positive for a cost, negative for a recovery. */
    amountFen: SignedFen,
    note: nonBlank(500),
    occurredAt: Instant.nullish(),
  })
  .superRefine((b, ctx) => {
    if (b.amountFen === 0) ctx.addIssue({ code: 'custom', path: ['amountFen'], message: 'cost_amount_zero' });
    else if ((b.kind === 'recovery') !== b.amountFen < 0) ctx.addIssue({ code: 'custom', path: ['amountFen'], message: 'cost_amount_sign' });
  })
  .meta({ id: 'ManualCostEntryBody' });
export type ManualEntryInput = z.infer<typeof ManualEntryBody>;

export const ReverseBody = z.strictObject({ reason: nonBlank(500) }).meta({ id: 'ReverseCostEntryBody' });
export type ReverseInput = z.infer<typeof ReverseBody>;

export const LedgerQuery = z.object({
  month: Month.optional(),
  kind: z.enum(COST_KINDS).optional(),
  category: z.string().max(64).optional(),
  departmentId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type LedgerQueryInput = z.infer<typeof LedgerQuery>;

export const LedgerSchema = z.object({ items: z.array(CostEntrySchema), nextCursor: z.string().nullable() }).meta({ id: 'CostLedger' });

export const ReportQuery = z.object({ from: Month, to: Month, by: z.enum(REPORT_GROUPINGS).default('category') });
export type ReportQueryInput = z.infer<typeof ReportQuery>;

const BudgetLineFields = {
  grossFen: z.number().int(),
  recoveriesFen: z.number().int(),
  netFen: z.number().int(),
  budgetFen: z.number().int().nullable(),
  /** budget − net: positive under budget, negative over. */
  varianceFen: z.number().int().nullable(),
  /** net / budget in %, one decimal, half away from zero; null without a budget (or a budget of 0). */
  percentUsed: z.number().nullable(),
  status: z.enum(['no_budget', 'within', 'near', 'over']),
};

export const CostReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    by: z.enum(REPORT_GROUPINGS),
    months: z.array(z.string()),
    /** Per month and group (category code, department id or kind; null = none on the case). */
    rows: z.array(z.object({ month: z.string(), group: z.string().nullable(), ...BudgetLineFields })),
    /** Per month for the whole company, against the company budget. */
    company: z.array(z.object({ month: z.string(), ...BudgetLineFields })),
  })
  .meta({ id: 'CostReport' });
export type CostReportView = z.infer<typeof CostReportSchema>;

export const BudgetSchema = z
  .object({
    id: z.uuid(),
    month: z.string(),
    scope: z.enum(BUDGET_SCOPES),
    /** '' for the company, a category code, or a department id. */
    scopeKey: z.string(),
    amountFen: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CostBudget' });
export type BudgetView = z.infer<typeof BudgetSchema>;

export const BudgetsQuery = z.object({ from: Month, to: Month });

export const BudgetBody = z
  .strictObject({
    month: Month,
    scope: z.enum(BUDGET_SCOPES),
    scopeKey: z.string().trim().max(64).default(''),
    /** null removes the budget. */
    amountFen: BudgetFen.nullable(),
  })
  .superRefine((b, ctx) => {
    if (b.scope === 'company' && b.scopeKey !== '') ctx.addIssue({ code: 'custom', path: ['scopeKey'], message: 'budget_scope_key' });
    if (b.scope !== 'company' && b.scopeKey === '') ctx.addIssue({ code: 'custom', path: ['scopeKey'], message: 'required' });
  })
  .meta({ id: 'CostBudgetBody' });
export type BudgetInput = z.infer<typeof BudgetBody>;

export const CostSettingsSchema = z
  .object({
    labourRateFenPerHour: z.number().int(),
    /** The preset's default, which applies until an administrator saves a rate. */
    defaultLabourRateFenPerHour: z.number().int(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'CostSettings' });
export type CostSettingsView = z.infer<typeof CostSettingsSchema>;

export const CostSettingsBody = z
  .strictObject({ labourRateFenPerHour: z.number().int().min(1).max(10_000_000) })
  .meta({ id: 'CostSettingsBody' });
export type CostSettingsInput = z.infer<typeof CostSettingsBody>;
