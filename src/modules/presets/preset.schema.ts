import { z } from 'zod';

export const PRESET_CODES = ['express', 'logistics', 'fresh-food', 'supermarket', 'delivery-after-sales'] as const;
export type PresetCode = (typeof PRESET_CODES)[number];

// Vocabulary the API's schemas reuse; the web reads it from the generated contract (web/src/api/contract.gen.ts).
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = ['hotline', 'web', 'h5', 'app', 'api', 'email', 'wechat', 'social', 'store', 'qr', 'internal'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DEPARTMENT_CODES = ['service', 'dispatch', 'quality', 'warehouse', 'logistics', 'finance', 'store'] as const;
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

// Codes the presets use; an administrator may add others, so the schema accepts any snake_case code.
export const KNOWN_CATEGORY_CODES = [
  'delay',
  'damage',
  'loss',
  'wrong_item',
  'attitude',
  'info_lag',
  'fee_dispute',
  'delivery_service',
  'food_quality',
  'price_dispute',
  'hygiene',
  'product_quality',
  'system_error',
  'other',
] as const;
export type KnownCategoryCode = (typeof KNOWN_CATEGORY_CODES)[number];

export const RESPONSIBILITIES = ['internal', 'external_partner', 'force_majeure', 'customer'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

/**
 * Seed 002's four natures of a complaint (投诉性质): 服务质量类, 操作失误类, 信息沟通类, 费用争议类. A fixed set, so
 * reports and remedies can rely on it; each category carries one (or none).
 */
export const COMPLAINT_NATURES = ['service_quality', 'operation_error', 'information', 'fee_dispute'] as const;
export type ComplaintNature = (typeof COMPLAINT_NATURES)[number];

const CodeSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case code');

export const KeywordSchema = z.object({
  term: z.string().min(1),
  weight: z.number().positive().max(5),
});
export type Keyword = z.infer<typeof KeywordSchema>;

export const NatureSchema = z.object({
  code: z.enum(COMPLAINT_NATURES),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});
export type Nature = z.infer<typeof NatureSchema>;

export const CategorySchema = z.object({
  code: CodeSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  definitionZh: z.string().min(1),
  definitionEn: z.string().min(1),
  // Seed file numbers ("000".."004") the definition comes from; empty when it is our own wording.
  sourceSeeds: z.array(z.string().regex(/^\d{3}$/)),
  nature: z.enum(COMPLAINT_NATURES).optional(),
  keywords: z.array(KeywordSchema),
  // Seed 000: food-quality complaints are urgent by definition and count as a food-safety factor in priority.
  foodSafety: z.boolean(),
  baseUrgency: z.enum(URGENCIES),
});
export type Category = z.infer<typeof CategorySchema>;

export const CauseSchema = z.object({
  code: CodeSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  responsibility: z.enum(RESPONSIBILITIES),
});
export type Cause = z.infer<typeof CauseSchema>;

export const StageSchema = z.object({
  code: CodeSchema,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  keywords: z.array(KeywordSchema),
});
export type Stage = z.infer<typeof StageSchema>;

export const RoutingRuleSchema = z
  .object({
    category: CodeSchema.optional(),
    stage: CodeSchema.optional(),
    channel: z.enum(CHANNELS).optional(),
    storePrefix: z.string().min(1).optional(),
    departmentCode: z.enum(DEPARTMENT_CODES),
  })
  .refine((r) => r.category !== undefined || r.stage !== undefined || r.channel !== undefined || r.storePrefix !== undefined, {
    message: 'a routing rule needs at least one condition',
  });
export type RoutingRule = z.infer<typeof RoutingRuleSchema>;

export const TimeLimitSchema = z
  .object({
    acknowledgeMinutes: z.number().int().positive(),
    firstReplyMinutes: z.number().int().positive(),
    resolutionMinutes: z.number().int().positive(),
  })
  .refine((t) => t.acknowledgeMinutes <= t.firstReplyMinutes && t.firstReplyMinutes <= t.resolutionMinutes, {
    message: 'acknowledge <= first reply <= resolution',
  });
export type TimeLimit = z.infer<typeof TimeLimitSchema>;

export const DAY_KINDS = ['calendar', 'working'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export const OuterLimitSchema = z.object({
  days: z.number().int().positive(),
  dayKind: z.enum(DAY_KINDS),
  // statutory = set by law; internal = our own limit where the legal one is unconfirmed (DOMAIN-RULES A1 rule 5).
  binding: z.enum(['statutory', 'internal']),
  basis: z.string().min(1),
});
export type OuterLimit = z.infer<typeof OuterLimitSchema>;

export const CallbackWindowSchema = z
  .object({
    fromDays: z.number().int().nonnegative(),
    toDays: z.number().int().positive(),
    dayKind: z.enum(DAY_KINDS),
  })
  .refine((w) => w.fromDays <= w.toDays, { message: 'fromDays <= toDays' });
export type CallbackWindow = z.infer<typeof CallbackWindowSchema>;

export const PriorityRulesSchema = z
  .object({
    urgencyPoints: z.object({ normal: z.number().nonnegative(), urgent: z.number().nonnegative(), critical: z.number().nonnegative() }),
    keyCustomer: z.number().nonnegative(),
    foodSafety: z.number().nonnegative(),
    upset: z.number().nonnegative(),
    publicExposure: z.number().nonnegative(),
    regulatorReferral: z.number().nonnegative(),
    // A threat to go to 12305/12315 that has not happened yet.
    regulatorThreat: z.number().nonnegative(),
    valuables: z.object({
      points: z.number().nonnegative(),
      declaredValueYuan: z.number().positive(),
      highValuePoints: z.number().nonnegative(),
      highDeclaredValueYuan: z.number().positive(),
    }),
    repeat: z.object({
      windowDays: z.number().int().positive(),
      pointsPerCase: z.number().nonnegative(),
      maxPoints: z.number().nonnegative(),
    }),
    // Minimum score for each level; below P3 is P4.
    thresholds: z.object({ P1: z.number(), P2: z.number(), P3: z.number() }),
  })
  .refine((p) => p.thresholds.P1 > p.thresholds.P2 && p.thresholds.P2 > p.thresholds.P3, { message: 'thresholds must fall from P1 to P3' })
  .refine((p) => p.valuables.highDeclaredValueYuan >= p.valuables.declaredValueYuan, { message: 'high value threshold below value threshold' });
export type PriorityRules = z.infer<typeof PriorityRulesSchema>;

export const SignalKeywordsSchema = z.object({
  upset: z.array(KeywordSchema).min(1),
  // Tagged by regulator so priority can tell 12305 (postal) from 12315 (market regulation).
  postalRegulator: z.array(KeywordSchema),
  consumerRegulator: z.array(KeywordSchema),
  publicExposure: z.array(KeywordSchema),
  foodSafety: z.array(KeywordSchema),
  valuables: z.array(KeywordSchema),
  urgent: z.array(KeywordSchema).min(1),
  critical: z.array(KeywordSchema).min(1),
});
export type SignalKeywords = z.infer<typeof SignalKeywordsSchema>;

export const IndustryPresetSchema = z
  .object({
    code: z.enum(PRESET_CODES),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
    sourceSeeds: z.array(z.string().regex(/^\d{3}$/)).min(1),
    /**
     * The lifecycle guard `responsibilityDecided`: a case resolves only after its root cause and responsibility
     * (定责) are recorded. Seeds 002/004 make it part of the process where a carrier, supplier or member pays.
     */
    responsibilityRequiredToResolve: z.boolean(),
    natures: z.array(NatureSchema),
    categories: z.array(CategorySchema).min(2),
    causes: z.array(CauseSchema).min(1),
    stages: z.array(StageSchema).min(1),
    routing: z.object({
      rules: z.array(RoutingRuleSchema).min(1),
      defaultDepartmentCode: z.enum(DEPARTMENT_CODES),
    }),
    timeLimits: z.object({ P1: TimeLimitSchema, P2: TimeLimitSchema, P3: TimeLimitSchema, P4: TimeLimitSchema }),
    legalOuterLimitDays: z.object({
      // A complaint made straight to the company.
      direct: OuterLimitSchema.nullable(),
      // Appeal transferred by the postal regulator (12305).
      postalRegulator: OuterLimitSchema.nullable(),
      // Complaint transferred by market regulation (12315) or a consumer association.
      consumerRegulator: OuterLimitSchema.nullable(),
    }),
    callbackWindow: CallbackWindowSchema,
    priorityRules: PriorityRulesSchema,
    signals: SignalKeywordsSchema,
    // Extra words for the segmenter so domain terms stay whole.
    userDictionary: z.array(z.string().min(2)),
  })
  .superRefine((p, ctx) => {
    const categoryCodes = new Set<string>();
    p.categories.forEach((c, i) => {
      if (categoryCodes.has(c.code)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'code'], message: `duplicate category ${c.code}` });
      categoryCodes.add(c.code);
      if (c.nature !== undefined && !p.natures.some((n) => n.code === c.nature)) {
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'nature'], message: `unknown nature ${c.nature}` });
      }
      const terms = new Set<string>();
      for (const k of c.keywords) {
        if (terms.has(k.term)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'keywords'], message: `duplicate keyword ${k.term} in ${c.code}` });
        terms.add(k.term);
      }
      if (c.code !== 'other' && c.keywords.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'keywords'], message: `category ${c.code} has no keywords` });
      }
    });
    if (!categoryCodes.has('other')) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'an "other" category is required as the fallback' });
    const stageCodes = new Set(p.stages.map((s) => s.code));
    p.routing.rules.forEach((r, i) => {
      if (r.category !== undefined && !categoryCodes.has(r.category)) {
        ctx.addIssue({ code: 'custom', path: ['routing', 'rules', i, 'category'], message: `unknown category ${r.category}` });
      }
      if (r.stage !== undefined && !stageCodes.has(r.stage)) {
        ctx.addIssue({ code: 'custom', path: ['routing', 'rules', i, 'stage'], message: `unknown stage ${r.stage}` });
      }
    });
    // Every category must reach a department on its own, without depending on stage or channel being known.
    for (const code of categoryCodes) {
      const covered = p.routing.rules.some(
        (r) => r.category === code && r.stage === undefined && r.channel === undefined && r.storePrefix === undefined,
      );
      if (!covered) ctx.addIssue({ code: 'custom', path: ['routing', 'rules'], message: `no category-only routing rule for ${code}` });
    }
    const limits = [p.timeLimits.P1, p.timeLimits.P2, p.timeLimits.P3, p.timeLimits.P4];
    for (let i = 1; i < limits.length; i++) {
      const prev = limits[i - 1];
      const cur = limits[i];
      if (prev && cur && prev.resolutionMinutes > cur.resolutionMinutes) {
        ctx.addIssue({ code: 'custom', path: ['timeLimits'], message: `P${i} resolution is longer than P${i + 1}` });
      }
    }
    const direct = p.legalOuterLimitDays.direct;
    if (direct && direct.dayKind === 'calendar') {
      const outer = direct.days * 24 * 60;
      for (const [level, limit] of Object.entries(p.timeLimits)) {
        if (limit.resolutionMinutes > outer) {
          ctx.addIssue({ code: 'custom', path: ['timeLimits', level], message: `${level} resolution exceeds the legal outer limit` });
        }
      }
    }
  });
export type IndustryPreset = z.infer<typeof IndustryPresetSchema>;
