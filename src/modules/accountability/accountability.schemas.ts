import { z } from 'zod';
import { nonBlank } from '../../shared/validation.ts';
import { DIRECTIONS, RECORD_KINDS } from './accountability.rules.ts';

/** One reward or penalty, with its revocation when it was revoked. */
export const AccountabilityRecordSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(RECORD_KINDS),
    direction: z.enum(DIRECTIONS),
    amountFen: z.number().int().nullable(),
    userId: z.uuid().nullable(),
    userName: z.string().nullable(),
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    caseId: z.uuid().nullable(),
    caseNumber: z.string().nullable(),
    reason: z.string(),
    decidedById: z.uuid(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string(),
    revocation: z.object({ id: z.uuid(), reason: z.string(), byName: z.string().nullable(), at: z.string() }).nullable(),
    /** Whether the viewer may revoke it (it stands and the viewer has the standing for its kind). */
    canRevoke: z.boolean(),
  })
  .meta({ id: 'AccountabilityRecord' });
export type AccountabilityRecordView = z.infer<typeof AccountabilityRecordSchema>;

const MAX_AMOUNT_FEN = 100_000_000; // ¥1,000,000

export const CreateAccountabilityRecordBody = z
  .object({
    kind: z.enum(RECORD_KINDS),
    /** 奖金 / 罚款 in fen; required for those two kinds, refused for the others. */
    amountFen: z.number().int().min(1).max(MAX_AMOUNT_FEN).nullish(),
    /** The person; their department is recorded with them. */
    userId: z.uuid().nullish(),
    /** The department (alone, or the person's: it must then be theirs). */
    departmentId: z.uuid().nullish(),
    /** The case it belongs to, by number (as people say it) or id. */
    caseNumber: z.string().trim().min(1).max(40).nullish(),
    caseId: z.uuid().nullish(),
    reason: nonBlank(1000),
  })
  .strict()
  .meta({ id: 'CreateAccountabilityRecord' });
export type CreateAccountabilityRecordInput = z.infer<typeof CreateAccountabilityRecordBody>;

export const RevokeAccountabilityRecordBody = z.object({ reason: nonBlank(1000) }).strict().meta({ id: 'RevokeAccountabilityRecord' });

export const AccountabilityRecordIdParams = z.object({ id: z.uuid() });
export const CaseIdParams = z.object({ id: z.uuid() });

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date_invalid' });

export const AccountabilityListQuery = z.object({
  /** Calendar days in the company's time zone, `to` included. */
  from: Day.optional(),
  to: Day.optional(),
  userId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  caseNumber: z.string().trim().min(1).max(40).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  includeRevoked: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AccountabilityListFilter = z.infer<typeof AccountabilityListQuery>;

export const AccountabilitySummaryQuery = z.object({ from: Day, to: Day });

const SummaryRowSchema = z.object({
  decidedCases: z.number().int(),
  responsibleCases: z.number().int(),
  responsibleSharePct: z.number().nullable(),
  byRootCause: z.array(z.object({ rootCause: z.string(), cases: z.number().int(), responsible: z.number().int() })),
  rewards: z.number().int(),
  rewardFen: z.number().int(),
  penalties: z.number().int(),
  penaltyFen: z.number().int(),
});

export const AccountabilitySummarySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    departments: z.array(SummaryRowSchema.extend({ departmentId: z.uuid(), departmentName: z.string() })),
    persons: z.array(SummaryRowSchema.extend({ userId: z.uuid(), displayName: z.string(), departmentName: z.string().nullable() })),
  })
  .meta({ id: 'AccountabilitySummary' });
export type AccountabilitySummaryView = z.infer<typeof AccountabilitySummarySchema>;
