// The claims API's payloads: one zod schema each (validation, types and OpenAPI from the same source).
import { z } from 'zod';
import { optionalText } from '../../shared/validation.ts';
import { PARTNER_KINDS } from '../partners/partner.types.ts';
import { FenSchema } from '../resolution/compensation.schemas.ts';
import { CLAIM_STATUSES, CLAIM_TERMS } from './claim.rules.ts';

export { CLAIM_STATUSES, CLAIM_TERMS };

const Text = z.object({ zh: z.string(), en: z.string() });

/** The loss to claim: absent = what the company paid under the accepted remedy; else stated by hand with its basis. */
const LossFields = {
  lossFen: FenSchema.nullish(),
  basis: optionalText(2000),
};
const requireBasis = (b: { lossFen?: number | null | undefined; basis?: string | null | undefined }, ctx: z.RefinementCtx) => {
  if (b.lossFen !== null && b.lossFen !== undefined && !b.basis) ctx.addIssue({ code: 'custom', path: ['basis'], message: 'claim_basis_required' });
};

export const CalculateClaimBody = z.strictObject(LossFields).superRefine(requireBasis);
export type CalculateClaimInput = z.infer<typeof CalculateClaimBody>;

export const FileClaimBody = z.strictObject({ ...LossFields, note: optionalText(2000) }).superRefine(requireBasis);
export type FileClaimInput = z.infer<typeof FileClaimBody>;

export const CLAIM_MOVES = ['accepted', 'rejected', 'paid', 'written_off'] as const;

export const ClaimStatusBody = z
  .strictObject({
    status: z.enum(CLAIM_MOVES),
    /** The claim's version as seen (stale → 409). */
    version: z.number().int().min(1),
    /** accepted: the amount the partner agreed to (absent = the amount claimed). */
    agreedFen: FenSchema.nullish(),
    /** paid: the amount actually recovered (may be less than agreed). */
    recoveredFen: FenSchema.nullish(),
    /** rejected / written off: why. */
    reason: optionalText(2000),
    note: optionalText(2000),
  })
  .superRefine((b, ctx) => {
    if ((b.status === 'rejected' || b.status === 'written_off') && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'claim_reason_required' });
    if (b.status === 'paid' && (b.recoveredFen === null || b.recoveredFen === undefined || b.recoveredFen < 1)) {
      ctx.addIssue({ code: 'custom', path: ['recoveredFen'], message: 'claim_recovered_required' });
    }
  });
export type ClaimStatusInput = z.infer<typeof ClaimStatusBody>;

const LimitSchema = z.object({ term: z.enum(CLAIM_TERMS), ceilingFen: z.number().int(), binding: z.boolean(), explain: Text });

/** The amount and everything it was computed from (frozen onto a claim when filed). */
export const ClaimBasisSchema = z
  .object({
    lossFen: z.number().int(),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('remedy'), remedyId: z.uuid(), items: z.array(z.object({ kind: z.string(), amountFen: z.number().int() })) }),
      z.object({ kind: z.literal('explicit'), basis: z.string() }),
    ]),
    amountFen: z.number().int(),
    /** The term that produced the amount. */
    term: z.enum(CLAIM_TERMS),
    termTitle: Text,
    domainRules: z.array(z.number().int()),
    limits: z.array(LimitSchema),
    explain: Text,
    partner: z.object({
      id: z.uuid(),
      kind: z.enum(PARTNER_KINDS),
      name: z.string(),
      claimMultiple: z.number().nullable(),
      claimCapFen: z.number().int().nullable(),
      compensationTerms: z.string().nullable(),
    }),
    shipment: z.object({ freightFen: z.number().int().nullable(), insured: z.boolean(), declaredValueFen: z.number().int().nullable() }),
  })
  .meta({ id: 'ClaimBasis' });
export type ClaimBasisView = z.infer<typeof ClaimBasisSchema>;

export const ClaimSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerKind: z.enum(PARTNER_KINDS),
    status: z.enum(CLAIM_STATUSES),
    claimedFen: z.number().int(),
    agreedFen: z.number().int().nullable(),
    recoveredFen: z.number().int().nullable(),
    /** Still owed while the claim is open (the agreed amount, else the claimed one); 0 once closed. */
    outstandingFen: z.number().int(),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    basis: ClaimBasisSchema,
    version: z.number().int(),
    filedByName: z.string().nullable(),
    filedAt: z.string(),
    answeredAt: z.string().nullable(),
    paidAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    updatedAt: z.string(),
    /** Whole days since filing. */
    ageDays: z.number().int(),
    /** The moves the caller may make now (empty without `claim.manage`). */
    next: z.array(z.enum(CLAIM_STATUSES)),
  })
  .meta({ id: 'Claim' });
export type ClaimView = z.infer<typeof ClaimSchema>;

export const CaseClaimsSchema = z
  .object({
    items: z.array(ClaimSchema),
    /** Whether the caller may calculate and file a claim on this case now. */
    canFile: z.boolean(),
    /** Why a claim cannot be filed (null when it can): no external responsibility decided, a status, a role. */
    blockedBy: z.enum(['no_external_responsibility', 'case_status', 'role']).nullable(),
  })
  .meta({ id: 'CaseClaims' });

export const ListClaimsQuery = z.object({
  status: z.enum(CLAIM_STATUSES).optional(),
  partnerId: z.uuid().optional(),
});
export type ListClaimsFilter = z.infer<typeof ListClaimsQuery>;

const TotalsSchema = z.object({ count: z.number().int(), claimedFen: z.number().int(), recoveredFen: z.number().int(), outstandingFen: z.number().int() });

export const ClaimListSchema = z
  .object({
    items: z.array(ClaimSchema),
    /** Per partner over the claims listed: claimed, recovered, still outstanding. */
    partners: z.array(TotalsSchema.extend({ partnerId: z.uuid(), partnerName: z.string(), partnerKind: z.enum(PARTNER_KINDS) })),
    total: TotalsSchema,
  })
  .meta({ id: 'ClaimList' });
export type ClaimListView = z.infer<typeof ClaimListSchema>;

export const ClaimIdParams = z.object({ id: z.uuid() });
