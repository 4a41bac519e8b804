// The resolution API's payloads: one zod schema each (validation, types and OpenAPI from the same source).
import { z } from 'zod';
import { optionalText } from '../../shared/validation.ts';
import { AuthorityLimitsSchema } from './authority.schemas.ts';
import { CompensationPolicySchema, FenSchema } from './compensation.schemas.ts';
import { REMEDY_KINDS, REMEDY_STATUSES } from './resolution.types.ts';

export { REMEDY_KINDS, REMEDY_STATUSES };

/** Catalogue items that move money by default (the company's catalogue may say otherwise). */
export const MONEY_KINDS: ReadonlySet<string> = new Set(['refund', 'fee_waiver', 'compensation', 'voucher']);

export const INCIDENT_KINDS = ['delay', 'loss', 'damage', 'no_reason_return', 'quality_defect', 'performance_fault', 'other'] as const;

const Days = z.number().int().min(0).max(3650);
const Instant = z.iso.datetime({ offset: true });

/** The incident the calculator prices; the shipment and goods facts come from the case. */
export const CalculateBody = z
  .strictObject({
    kind: z.enum(INCIDENT_KINDS),
    /** delay: when it was delivered (null / absent = not yet). */
    deliveredAt: Instant.nullish(),
    /** delay: the delay destroyed the value (fresh food spoiled). */
    valueDestroyed: z.boolean().optional(),
    excuse: z.enum(['wrong_address', 'recipient_unreachable']).nullish(),
    /** damage: damaged parts of total parts (3 of 10, or 30 of 100 for an assessed 30 %). */
    damagedParts: z.number().int().min(1).max(1_000_000).optional(),
    totalParts: z.number().int().min(1).max(1_000_000).optional(),
    daysSinceReceipt: Days.optional(),
    daysSinceSale: Days.optional(),
    intact: z.boolean().optional(),
    returnFreightFen: FenSchema.optional(),
    choice: z.enum(['return', 'exchange', 'repair']).nullish(),
    /** The customer's stated actual loss, fen, and whether it is proven (invoice, valuation). */
    claimedFen: FenSchema.nullish(),
    proven: z.boolean().optional(),
    /** 保价费 and other add-on fees of the shipment, fen (never waived). */
    addOnFeesFen: FenSchema.optional(),
    freshFood: z.boolean().optional(),
    threeGuaranteesListed: z.boolean().optional(),
    foodSafety: z.boolean().optional(),
    fraud: z.boolean().optional(),
    exemption: z.enum(['force_majeure', 'natural_properties', 'customer_fault']).nullish(),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'damage' && b.damagedParts !== undefined && b.totalParts !== undefined && b.damagedParts > b.totalParts) {
      ctx.addIssue({ code: 'custom', path: ['damagedParts'], message: 'remedy_damage_parts' });
    }
  });
export type CalculateInput = z.infer<typeof CalculateBody>;

const Text = z.object({ zh: z.string(), en: z.string() });
const RuleRefSchema = z.object({ code: z.string(), domainRules: z.array(z.number()), seeds: z.array(z.string()), title: Text });

/** The calculator's answer: lines with the rule that produced each, options and flags. */
export const CalculationSchema = z
  .object({
    lines: z.array(z.object({ kind: z.string(), amountFen: z.number().int(), rule: RuleRefSchema, explain: Text })),
    totalFen: z.number().int(),
    options: z.array(z.object({ choice: z.string(), rule: RuleRefSchema, explain: Text })),
    flags: z.array(z.looseObject({ kind: z.string(), rule: RuleRefSchema.nullable(), explain: Text })),
    manualReview: z.boolean(),
    delay: z.looseObject({ status: z.string(), completeDelayAt: z.string() }).nullable(),
    policy: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'RemedyCalculation' });
export type CalculationView = z.infer<typeof CalculationSchema>;

// whether a kind is offered and carries money is the company's catalogue (remedy-catalogue.rules.ts),
// checked by the service against the catalogue in force.
export const RemedyItemSchema = z.strictObject({
  kind: z.enum(REMEDY_KINDS),
  amountFen: FenSchema.nullish(),
  note: optionalText(500),
});

export const ProposeBody = z.strictObject({
  items: z.array(RemedyItemSchema).min(1).max(20),
  /** The calculator's input it was based on (the server recomputes the proposal from it and the case's facts). */
  basedOn: CalculateBody.nullish(),
  note: optionalText(2000),
});
export type ProposeInput = z.infer<typeof ProposeBody>;

export const DecisionBody = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    comment: optionalText(2000),
    /** The chain step the approver saw (stale → 409). */
    step: z.number().int().min(0).max(10),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'reject' && !d.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'remedy_comment_required' });
  });
export type DecisionInput = z.infer<typeof DecisionBody>;

export const AnswerBody = z
  .strictObject({
    answer: z.enum(['accepted', 'countered', 'rejected']),
    counterOffer: optionalText(2000),
    counterOfferFen: FenSchema.nullish(),
    note: optionalText(2000),
    executionDueAt: Instant.nullish(),
  })
  .superRefine((a, ctx) => {
    if (a.answer === 'countered' && !a.counterOffer && (a.counterOfferFen === null || a.counterOfferFen === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['counterOffer'], message: 'remedy_counter_required' });
    }
    if (a.answer === 'accepted' && !a.executionDueAt) ctx.addIssue({ code: 'custom', path: ['executionDueAt'], message: 'remedy_due_required' });
  });
export type AnswerInput = z.infer<typeof AnswerBody>;

export const RemedyIdParams = z.object({ id: z.uuid() });

const StepSchema = z.object({ index: z.number().int(), role: z.string(), limitFen: z.number().int().nullable(), final: z.boolean() });

export const RemedySchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    status: z.enum(REMEDY_STATUSES),
    items: z.array(z.object({ kind: z.enum(REMEDY_KINDS), amountFen: z.number().int().nullable(), note: z.string().nullable() })),
    totalFen: z.number().int(),
    note: z.string().nullable(),
    proposer: z.object({ id: z.uuid(), name: z.string().nullable(), role: z.string() }),
    calculation: CalculationSchema.nullable(),
    policy: z.record(z.string(), z.unknown()),
    /** The approval chain: empty when within the proposer's limit. */
    chain: z.array(StepSchema),
    /** The step awaiting a decision, null when none. */
    pendingStep: StepSchema.nullable(),
    decisions: z.array(
      z.object({ step: z.number().int(), kind: z.enum(['endorse', 'approve', 'reject']), actorId: z.uuid(), actorName: z.string().nullable(), actorRole: z.string(), comment: z.string(), createdAt: z.string() }),
    ),
    /** What the caller may do now (for the buttons). */
    can: z.object({ decide: z.boolean(), offer: z.boolean(), answer: z.boolean() }),
    offeredAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    customerNote: z.string().nullable(),
    counterOffer: z.string().nullable(),
    counterOfferFen: z.number().int().nullable(),
    executionDueAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Remedy' });
export type RemedyView = z.infer<typeof RemedySchema>;

export const ResolutionSettingsSchema = z
  .object({
    compensationPolicy: CompensationPolicySchema,
    authorityLimits: AuthorityLimitsSchema,
    /** True until an administrator saves: the preset's defaults apply. */
    isDefault: z.boolean(),
  })
  .meta({ id: 'ResolutionSettings' });

export const ResolutionSettingsBody = z.strictObject({ compensationPolicy: CompensationPolicySchema, authorityLimits: AuthorityLimitsSchema });
export type ResolutionSettingsInput = z.infer<typeof ResolutionSettingsBody>;
