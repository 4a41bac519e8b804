import { z } from 'zod';
import { nonBlank, optionalText } from '../../shared/validation.ts';
import { AttachmentSchema } from '../cases/case.schemas.ts';
import { RESPONSIBLE_PARTIES, ROOT_CAUSE_KINDS, TASK_STATUSES } from './investigation.rules.ts';

const Instant = z.iso.datetime({ offset: true });

export const TaskIdParams = z.object({ id: z.uuid() });

export const CreateTaskBody = z
  .object({
    departmentId: z.uuid(),
    /** A member of that department; left empty, the department's handlers share it. */
    ownerId: z.uuid().nullish(),
    dueAt: Instant.nullish(),
    instructions: nonBlank(2000),
  })
  .strict()
  .meta({ id: 'CreateInvestigationTask' });
export type CreateTaskInput = z.infer<typeof CreateTaskBody>;

export const UpdateTaskBody = z
  .object({
    findings: optionalText(5000),
    status: z.enum(TASK_STATUSES).optional(),
    ownerId: z.uuid().nullish(),
    dueAt: Instant.nullish(),
  })
  .strict()
  .meta({ id: 'UpdateInvestigationTask' });
export type UpdateTaskInput = z.infer<typeof UpdateTaskBody>;

export const TaskSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    departmentId: z.uuid(),
    departmentName: z.string(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    dueAt: z.string().nullable(),
    instructions: z.string(),
    findings: z.string().nullable(),
    status: z.enum(TASK_STATUSES),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
    /** Whether the caller may change it (a handler: only their department's task or their department's case). */
    canEdit: z.boolean(),
  })
  .meta({ id: 'InvestigationTask' });
export type TaskView = z.infer<typeof TaskSchema>;

export const TaskListSchema = z.object({ items: z.array(TaskSchema) });

export const EvidenceMarkBody = z
  .object({
    itemCode: z.string().trim().min(1).max(40),
    attachmentId: z.uuid().optional(),
    notApplicableReason: nonBlank(500).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    // Exactly one of the two: a file that proves it, or why none is needed.
    if ((b.attachmentId === undefined) === (b.notApplicableReason === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['attachmentId'], message: 'evidence_file_or_reason' });
    }
  })
  .meta({ id: 'EvidenceMark' });
export type EvidenceMarkInput = z.infer<typeof EvidenceMarkBody>;

export const ChecklistItemSchema = z
  .object({
    code: z.string(),
    labelZh: z.string(),
    labelEn: z.string(),
    /** Ticked: a visible file is linked, or it was marked not applicable. */
    done: z.boolean(),
    files: z.array(AttachmentSchema.extend({ linkedByName: z.string().nullable(), linkedAt: z.string() })),
    notApplicableReason: z.string().nullable(),
    // the company's checklist says whether the item is required; a retired item was removed from
    // the checklist after this case had marks on it (they are kept).
    required: z.boolean(),
    retired: z.boolean(),
  })
  .meta({ id: 'EvidenceChecklistItem' });

export const ResponsibilityBody = z
  .object({
    rootCause: z.enum(ROOT_CAUSE_KINDS),
    rootCauseText: nonBlank(2000),
    party: z.enum(RESPONSIBLE_PARTIES),
    /** internal: the department at fault (required) and, where known, the person. */
    departmentId: z.uuid().nullish(),
    personId: z.uuid().nullish(),
    /** carrier / outlet / supplier: the partner (GET /api/partners) of that kind (required). */
    partnerId: z.uuid().nullish(),
    note: optionalText(2000),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.party === 'internal' && !b.departmentId) ctx.addIssue({ code: 'custom', path: ['departmentId'], message: 'required' });
    if (['carrier', 'outlet', 'supplier'].includes(b.party) && !b.partnerId) ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'required' });
  })
  .meta({ id: 'ResponsibilityDecision' });
export type ResponsibilityInput = z.infer<typeof ResponsibilityBody>;

export const ResponsibilitySchema = z
  .object({
    rootCause: z.enum(ROOT_CAUSE_KINDS),
    rootCauseText: z.string(),
    party: z.enum(RESPONSIBLE_PARTIES),
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    personId: z.uuid().nullable(),
    personName: z.string().nullable(),
    partnerId: z.uuid().nullable(),
    partnerName: z.string().nullable(),
    note: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string(),
  })
  .meta({ id: 'Responsibility' });
export type ResponsibilityView = z.infer<typeof ResponsibilitySchema>;

export const InvestigationSchema = z
  .object({
    caseId: z.uuid(),
    tasks: z.array(TaskSchema),
    checklist: z.array(ChecklistItemSchema),
    responsibility: ResponsibilitySchema.nullable(),
    /** The preset requires the decision before the case may resolve (the `responsibilityDecided` guard). */
    responsibilityRequired: z.boolean(),
    /** Whether the caller may add tasks, link evidence and decide responsibility on this case. */
    canManage: z.boolean(),
  })
  .meta({ id: 'Investigation' });
export type InvestigationView = z.infer<typeof InvestigationSchema>;

// Issue 11 item 2: the evidence checklists an administrator edits per category.
export const ChecklistEditItemSchema = z.strictObject({
  code: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'checklist_code_invalid' }),
  zh: nonBlank(60),
  en: nonBlank(100),
  required: z.boolean(),
});

export const ChecklistBody = z.strictObject({
  items: z
    .array(ChecklistEditItemSchema)
    .max(30)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((i, n) => {
        if (seen.has(i.code)) ctx.addIssue({ code: 'custom', path: [n, 'code'], message: 'checklist_code_duplicate' });
        seen.add(i.code);
      });
    }),
});
export type ChecklistInput = z.infer<typeof ChecklistBody>;

export const CategoryChecklistSchema = z
  .object({
    category: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    items: z.array(ChecklistEditItemSchema),
    /** The preset's list (no company edit saved). */
    isDefault: z.boolean(),
    /** The preset's list, for "restore the defaults". */
    defaults: z.array(ChecklistEditItemSchema),
  })
  .meta({ id: 'CategoryEvidenceChecklist' });
export type CategoryChecklistView = z.infer<typeof CategoryChecklistSchema>;

export const ChecklistCategoryParams = z.object({ category: z.string().trim().min(1).max(64) });
