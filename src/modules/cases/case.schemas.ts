import { z } from 'zod';
import { normalizePhone } from '../../shared/phone.ts';
import { nonBlank, optionalText } from '../../shared/validation.ts';
import { CaseEventSchema, type CaseEventView } from './case.events.ts';
import { FACT_LIMITS, SERVICE_TYPES } from './case.facts.ts';
import { CASE_STATUSES, CHANNELS, PRIORITIES, URGENCIES } from './case.lifecycle.ts';
import { COMPLAINT_NATURES } from '../presets/preset.schema.ts';
import { PARTNER_KINDS } from '../partners/partner.types.ts';

export const Phone = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(32)
  .transform((v, ctx) => {
    const n = normalizePhone(v);
    if (!n) {
      ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
      return z.NEVER;
    }
    return n;
  });

/**
 * A waybill or order number as carriers print it: read out over the phone or pasted with spaces and
 * in lower case, it is still the same number, so it is stored upper-cased without whitespace.
 */
export const normalizeReferenceNo = (v: string): string => v.replace(/\s+/g, '').toUpperCase();
const ReferenceNo = z
  .string()
  .max(64)
  .transform((v) => normalizeReferenceNo(v) || null)
  .nullish();

const CategoryCode = z
  .string()
  .trim()
  .max(40)
  .regex(/^[a-z0-9_]+$/);

const Instant = z.iso.datetime({ offset: true });

/** The shipment or order facts (case.facts.ts), the same in intake and edit; money in integer fen. */
const facts = {
  shippedAt: Instant.nullish(),
  promisedDeliveryAt: Instant.nullish(),
  serviceType: z.enum(SERVICE_TYPES).nullish(),
  goodsName: optionalText(FACT_LIMITS.goodsName),
  quantity: z.number().int().min(1).max(FACT_LIMITS.quantity).nullish(),
  itemPriceFen: z.number().int().min(0).max(FACT_LIMITS.itemPriceFen).nullish(),
  freightFen: z.number().int().min(0).max(FACT_LIMITS.freightFen).nullish(),
  insured: z.boolean().nullish(),
  /** The waybill's brand (总部) and the company that delivered: both liable (rule 8). */
  brandCompany: optionalText(FACT_LIMITS.company),
  deliveryCompany: optionalText(FACT_LIMITS.company),
  /** The carrier, supplier or outlet involved (GET /api/partners). */
  partnerId: z.uuid().nullish(),
};

export const CreateCaseBody = z
  .object({
    channel: z.enum(CHANNELS),
    customer: z.object({
      name: nonBlank(64),
      phone: Phone,
      email: z.email().max(200).nullish(),
      isKey: z.boolean().optional(),
    }),
    description: nonBlank(5000),
    waybillNo: ReferenceNo,
    orderNo: ReferenceNo,
    category: CategoryCode.nullish(),
    urgency: z.enum(URGENCIES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    demand: optionalText(2000),
    occurredAt: Instant.nullish(),
    store: optionalText(200),
    route: optionalText(200),
    stage: CategoryCode.nullish(),
    cause: CategoryCode.nullish(),
    /** The case was transferred by a regulator: 12305 (postal) or 12315 (market regulation). */
    regulatorReferral: z.enum(['12305', '12315', 'other']).nullish(),
    declaredValueYuan: z.number().int().min(0).max(100_000_000).nullish(),
    ...facts,
  })
  .meta({ id: 'CreateCase' });
export type CreateCaseInput = z.infer<typeof CreateCaseBody>;

export const UpdateCaseBody = z
  .object({
    version: z.number().int().positive(),
    category: CategoryCode.nullish(),
    urgency: z.enum(URGENCIES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    waybillNo: ReferenceNo,
    orderNo: ReferenceNo,
    store: optionalText(200),
    route: optionalText(200),
    occurredAt: Instant.nullish(),
    description: nonBlank(5000).optional(),
    demand: optionalText(2000),
    departmentId: z.uuid().nullish(),
    assigneeId: z.uuid().nullish(),
    stage: CategoryCode.nullish(),
    cause: CategoryCode.nullish(),
    upset: z.boolean().optional(),
    regulatorReferral: z.enum(['12305', '12315', 'other']).nullish(),
    declaredValueYuan: z.number().int().min(0).max(100_000_000).nullish(),
    ...facts,
    /** Why the case moves to another department or member (kept on the timeline). */
    reason: z.string().trim().max(2000).optional(),
  })
  // A field this edit cannot change (status, caseNumber …) is refused, not silently ignored.
  .strict()
  .meta({ id: 'UpdateCase' });
export type UpdateCaseInput = z.infer<typeof UpdateCaseBody>;

export const TransitionBody = z
  .object({
    to: z.enum(CASE_STATUSES),
    reason: z.string().trim().max(2000).optional(),
    version: z.number().int().positive().optional(),
    departmentId: z.uuid().optional(),
    assigneeId: z.uuid().nullish(),
  })
  .strict()
  .meta({ id: 'Transition' });
export type TransitionInput = z.infer<typeof TransitionBody>;

export const MergeBody = z.object({
  intoId: z.string().trim().min(1).max(64),
  reason: z.string().trim().max(2000).optional(),
});

export const CommentBody = z.object({
  body: nonBlank(10000),
  visibility: z.enum(['internal', 'public']).default('internal'),
});

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

export const SORT_FIELDS = ['createdAt', 'updatedAt', 'occurredAt', 'priority', 'caseNumber', 'dueAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const ListCasesQuery = z.object({
  status: csv(CASE_STATUSES),
  urgency: csv(URGENCIES),
  priority: csv(PRIORITIES),
  channel: csv(CHANNELS),
  category: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(CategoryCode))
    .optional(),
  departmentId: z.uuid().optional(),
  assigneeId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  /** Received from: an instant, or a date meaning that day's start in the company's time zone. */
  from: z.union([Instant, z.iso.date()]).optional(),
  /** Received until: an instant, or a date meaning up to that day's end (inclusive). */
  to: z.union([Instant, z.iso.date()]).optional(),
  q: z.string().trim().max(200).optional(),
  /** Only cases escalated to at least this level (1 supervisor, 2 manager). */
  minEscalation: z.coerce.number().int().min(1).max(2).optional(),
  /** Time-limit state of the case: running, warning, breached, paused, met. */
  sla: csv(['running', 'warning', 'breached', 'paused', 'met', 'stopped'] as const),
  view: z.enum(['mine', 'department', 'unassigned', 'all']).default('all'),
  /** Only open cases flagged 彻底延误 (rule 10) by the worker. */
  completeDelay: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  sort: z.enum(SORT_FIELDS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListCasesFilter = z.infer<typeof ListCasesQuery>;

export const CaseRefParams = z.object({ idOrCaseNumber: z.string().trim().min(1).max(64) });
export const CaseIdParams = z.object({ id: z.uuid() });

const CustomerSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  phone: z.string(),
  phoneMasked: z.boolean(),
  email: z.string().nullable(),
  isKey: z.boolean(),
  caseCount: z.number().int(),
}).meta({ id: 'CaseCustomer' });

export const CaseSchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    status: z.enum(CASE_STATUSES),
    channel: z.enum(CHANNELS),
    category: z.string().nullable(),
    urgency: z.enum(URGENCIES),
    priority: z.enum(PRIORITIES),
    waybillNo: z.string().nullable(),
    orderNo: z.string().nullable(),
    store: z.string().nullable(),
    route: z.string().nullable(),
    occurredAt: z.string().nullable(),
    description: z.string(),
    demand: z.string().nullable(),
    customer: CustomerSummary,
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    receivedById: z.uuid().nullable(),
    receivedByName: z.string().nullable(),
    mergedIntoId: z.uuid().nullable(),
    rejectReason: z.string().nullable(),
    stage: z.string().nullable(),
    cause: z.string().nullable(),
    upset: z.boolean(),
    publicExposure: z.boolean(),
    regulatorReferral: z.string().nullable(),
    declaredValueYuan: z.number().nullable(),
    /** 投诉性质 of the case's category (seed 002), null without a category or when it has none. */
    nature: z.enum(COMPLAINT_NATURES).nullable(),
    shippedAt: z.string().nullable(),
    promisedDeliveryAt: z.string().nullable(),
    serviceType: z.enum(SERVICE_TYPES).nullable(),
    goodsName: z.string().nullable(),
    quantity: z.number().int().nullable(),
    itemPriceFen: z.number().int().nullable(),
    freightFen: z.number().int().nullable(),
    insured: z.boolean().nullable(),
    brandCompany: z.string().nullable(),
    deliveryCompany: z.string().nullable(),
    partnerId: z.uuid().nullable(),
    partnerName: z.string().nullable(),
    partnerKind: z.enum(PARTNER_KINDS).nullable(),
    /**
     * 彻底延误 (DOMAIN-RULES 10), computed from serviceType, promisedDeliveryAt and now for a delay complaint:
     * `treatAsLoss` once 3 calendar days (same city) or 7 (otherwise) have passed without delivery. Null when
     * the facts are missing or the case is not about a delay.
     */
    completeDelay: z
      .object({
        status: z.enum(['on_time', 'delayed', 'complete_delay']),
        completeDelayAt: z.string(),
        thresholdDays: z.number().int(),
        treatAsLoss: z.boolean(),
      })
      .nullable()
      .meta({ id: 'CompleteDelay' }),
    categoryConfirmed: z.boolean(),
    priorityReasons: z.array(z.object({ factor: z.string(), points: z.number(), labelZh: z.string(), labelEn: z.string() })),
    suggestion: z.record(z.string(), z.unknown()).nullable(),
    escalationLevel: z.number().int(),
    sla: z
      .object({
        targets: z.array(
          z.object({ target: z.string(), dueAt: z.string().nullable(), status: z.string(), breachedAt: z.string().nullable(), metAt: z.string().nullable() }),
        ),
        nextDueAt: z.string().nullable(),
        status: z.string().nullable(),
      })
      .nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
    allowedTransitions: z.array(
      z.object({
        to: z.enum(CASE_STATUSES),
        requiresReason: z.boolean(),
        requiresDepartment: z.boolean(),
        reopen: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Case' });
export type CaseView = z.infer<typeof CaseSchema>;

// The timeline event: one member per kind with its typed payload (case.events.ts).
export const EventSchema = CaseEventSchema;
export type EventView = CaseEventView;

export const AttachmentSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    /** Computed while the upload streamed in, stored with the file: the evidence's fingerprint. */
    sha256: z.string(),
    uploadedById: z.uuid().nullable(),
    uploadedByName: z.string().nullable(),
    createdAt: z.string(),
    url: z.string(),
    /** Hidden by an administrator (never deleted): not served to anyone else. */
    hidden: z.boolean(),
    hiddenReason: z.string().nullable(),
    hiddenAt: z.string().nullable(),
    hiddenByName: z.string().nullable(),
  })
  .meta({ id: 'Attachment' });
export type AttachmentView = z.infer<typeof AttachmentSchema>;

export const CaseDetailSchema = CaseSchema.extend({
  events: z.array(EventSchema),
  attachments: z.array(AttachmentSchema),
  collaborators: z.array(z.object({ departmentId: z.uuid(), name: z.string() })),
  links: z.array(z.object({ id: z.uuid(), caseNumber: z.string(), status: z.string() })),
}).meta({ id: 'CaseDetail' });

export const CaseListSchema = z.object({ items: z.array(CaseSchema), nextCursor: z.string().nullable() });

/** A customer found by phone, with the cases of theirs the caller may see (newest first). */
export const CustomerLookupSchema = z
  .object({ customer: CustomerSummary, cases: z.array(CaseSchema) })
  .meta({ id: 'CustomerLookup' });
/** The same, or `{ customer: null, cases: [] }` when no customer the caller may know of has this phone. */
export const CustomerLookupResultSchema = z
  .object({ customer: CustomerSummary.nullable(), cases: z.array(CaseSchema) })
  .meta({ id: 'CustomerLookupResult' });
export const CaseCountsSchema = z.object({
  mine: z.number().int(),
  department: z.number().int(),
  unassigned: z.number().int(),
  all: z.number().int(),
});
