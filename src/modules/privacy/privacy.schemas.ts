import { z } from 'zod';
import { CaseSchema, EventSchema } from '../cases/case.schemas.ts';
import { RETENTION_MAX_DAYS, RETENTION_MIN_DAYS } from './privacy.rules.ts';
import { CASE_REDACTION_KINDS, DATA_KINDS, REDACTION_CAUSES } from './privacy.types.ts';

export const CustomerIdParams = z.object({ id: z.uuid() });

const Days = z.number().int().min(RETENTION_MIN_DAYS).max(RETENTION_MAX_DAYS);

export const RetentionPeriodsSchema = z
  .object(Object.fromEntries(DATA_KINDS.map((k) => [k, Days])) as Record<(typeof DATA_KINDS)[number], typeof Days>)
  .meta({ id: 'RetentionPeriods' });

export const RetentionSchema = z
  .object({
    periods: RetentionPeriodsSchema,
    /** A regulator's file is kept at least this long after closure whatever the period (rule 27 with rule 4). */
    regulatorFileDays: z.number().int(),
  })
  .meta({ id: 'PrivacyRetention' });

export const RetentionBody = z.object({ periods: RetentionPeriodsSchema.partial() }).meta({ id: 'PrivacyRetentionUpdate' });

export const EraseBody = z.object({ reason: z.string().trim().min(1).max(500) }).meta({ id: 'CustomerErasureRequest' });

export const ErasureResultSchema = z
  .object({
    customerId: z.uuid(),
    erasedAt: z.string(),
    /** True when the customer had been erased already: nothing was changed. */
    alreadyErased: z.boolean(),
    cases: z.number().int(),
    eventsRedacted: z.number().int(),
    attachmentsRedacted: z.number().int(),
    /** Rows of the other modules (remedies, tasks, actions, costs, claims, replies, records) whose text was redacted. */
    recordsRedacted: z.number().int(),
  })
  .meta({ id: 'CustomerErasure' });

export const CustomerExportSchema = z
  .object({
    exportedAt: z.string(),
    customer: z.object({
      id: z.uuid(),
      name: z.string(),
      phone: z.string(),
      email: z.string().nullable(),
      isKey: z.boolean(),
      createdAt: z.string(),
      erasedAt: z.string().nullable(),
    }),
    cases: z.array(
      z.object({
        case: CaseSchema,
        events: z.array(EventSchema),
        attachments: z.array(z.object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int(), createdAt: z.string() })),
        /** The free text other modules keep about the case, by module (remedies, investigation, execution, …). */
        texts: z.record(z.string(), z.unknown()),
        redactions: z.array(z.object({ kind: z.enum(CASE_REDACTION_KINDS), cause: z.enum(REDACTION_CAUSES), redactedAt: z.string() })),
      }),
    ),
  })
  .meta({ id: 'CustomerExport' });

export const PhoneReadsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(40).optional(),
});

export const PhoneReadsPageSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        at: z.string(),
        actorId: z.uuid(),
        actorName: z.string().nullable(),
        source: z.string(),
        /** Names of the filters used, never their values. */
        filters: z.array(z.string()),
        phoneCount: z.number().int(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'PhoneReadsPage' });
