import { z } from 'zod';
import { KEYWORD_MAX_GAPS, nonBlank } from '../../shared/validation.ts';
import { COMPLAINT_NATURES, DAY_KINDS, RESPONSIBILITIES } from '../presets/preset.schema.ts';

/** A code stored on cases and matched by routing rules: categories, causes and stages. */
export const Code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/);
export const Keyword = z.object({
  term: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .refine((t) => t.split('*').length - 1 <= KEYWORD_MAX_GAPS, { error: 'keyword_gaps' }),
  weight: z.number().positive().max(5),
});

export const CategoryAdminSchema = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    definitionZh: z.string().nullable(),
    definitionEn: z.string().nullable(),
    keywords: z.array(z.object({ term: z.string(), weight: z.number() })),
    foodSafety: z.boolean(),
    baseUrgency: z.enum(['normal', 'urgent', 'critical']),
    nature: z.enum(COMPLAINT_NATURES).nullable(),
    sortOrder: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: 'CategoryAdmin' });

export const CreateCategoryBody = z.object({
  code: Code,
  nameZh: nonBlank(40),
  nameEn: nonBlank(60),
  definitionZh: z.string().trim().max(500).nullish(),
  definitionEn: z.string().trim().max(500).nullish(),
  keywords: z.array(Keyword).max(200).default([]),
  foodSafety: z.boolean().default(false),
  baseUrgency: z.enum(['normal', 'urgent', 'critical']).default('normal'),
  /** 投诉性质 (seed 002); null when none of the four fits. */
  nature: z.enum(COMPLAINT_NATURES).nullish(),
  sortOrder: z.number().int().min(0).max(10000).default(100),
});
export const UpdateCategoryBody = CreateCategoryBody.omit({ code: true }).partial().extend({ active: z.boolean().optional() });

// Causes and stages take the same code and keyword rules as categories.
const Definition = z.string().trim().max(500).nullish();
const SortOrder = z.number().int().min(0).max(10000);

// Causes and stages share their shape; each adds one field (a cause its responsibility, a stage its keywords).
const AdminItem = {
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  definitionZh: z.string().nullable(),
  definitionEn: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
};
const CreateItem = {
  code: Code,
  nameZh: nonBlank(40),
  nameEn: nonBlank(60),
  definitionZh: Definition,
  definitionEn: Definition,
  sortOrder: SortOrder.default(100),
  active: z.boolean().default(true),
};
const UpdateItem = {
  nameZh: nonBlank(40).optional(),
  nameEn: nonBlank(60).optional(),
  definitionZh: Definition,
  definitionEn: Definition,
  sortOrder: SortOrder.optional(),
  active: z.boolean().optional(),
};

export const CauseAdminSchema = z.object({ ...AdminItem, responsibility: z.enum(RESPONSIBILITIES) }).meta({ id: 'CauseAdmin' });
export const CreateCauseBody = z
  .object({ ...CreateItem, responsibility: z.enum(RESPONSIBILITIES).default('internal') })
  .meta({ id: 'CreateCause' });
export const UpdateCauseBody = z.object({ ...UpdateItem, responsibility: z.enum(RESPONSIBILITIES).optional() }).meta({ id: 'UpdateCause' });

export const StageAdminSchema = z
  .object({ ...AdminItem, keywords: z.array(z.object({ term: z.string(), weight: z.number() })) })
  .meta({ id: 'StageAdmin' });
export const CreateStageBody = z.object({ ...CreateItem, keywords: z.array(Keyword).max(200).default([]) }).meta({ id: 'CreateStage' });
export const UpdateStageBody = z.object({ ...UpdateItem, keywords: z.array(Keyword).max(200).optional() }).meta({ id: 'UpdateStage' });

/** 回访窗口: the satisfaction callback is due between fromDays and toDays after resolution. */
export const CallbackWindowSchema = z
  .object({
    fromDays: z.number().int().min(0).max(90),
    toDays: z.number().int().min(1).max(90),
    dayKind: z.enum(DAY_KINDS),
  })
  .meta({ id: 'CallbackWindow' });

/** What every signed-in user may read, to offer and label the choices on a case. */
export const CauseItemSchema = z
  .object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), responsibility: z.enum(RESPONSIBILITIES), active: z.boolean() })
  .meta({ id: 'Cause' });
export const StageItemSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), active: z.boolean() }).meta({ id: 'Stage' });

export const TaxonomyCodeParams = z.object({ code: z.string().min(1).max(40) });
