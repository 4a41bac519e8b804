// The administrator's resolution screens: the remedy catalogue, the preset's defaults, and the
// calculator's preview on a sample incident with an edited, unsaved policy.
import { z } from 'zod';
import { AuthorityLimitsSchema } from './authority.schemas.ts';
import { CompensationPolicySchema, FenSchema, SERVICE_TYPES } from './compensation.schemas.ts';
import { RemedyCatalogueSchema } from './remedy-catalogue.rules.ts';
import { CalculateBody } from './resolution.schemas.ts';

const Text = z.object({ zh: z.string(), en: z.string() });

export const RemedyCatalogueViewSchema = z
  .object({
    items: RemedyCatalogueSchema,
    /** True until an administrator saves: the preset's defaults apply. */
    isDefault: z.boolean(),
  })
  .meta({ id: 'RemedyCatalogue' });

export const RemedyCatalogueBody = z.strictObject({ items: RemedyCatalogueSchema });

/** The rules' catalogue: number, seeds and legal basis of each policy entry, for the editor. */
export const CompensationRuleInfoSchema = z
  .object({
    code: z.string(),
    title: Text,
    domainRules: z.array(z.number().int()),
    seeds: z.array(z.string()),
    basis: z.string(),
  })
  .meta({ id: 'CompensationRuleInfo' });

export const ResolutionDefaultsSchema = z
  .object({
    preset: z.string(),
    compensationPolicy: CompensationPolicySchema,
    authorityLimits: AuthorityLimitsSchema,
    remedyCatalogue: RemedyCatalogueSchema,
    rules: z.array(CompensationRuleInfoSchema),
  })
  .meta({ id: 'ResolutionDefaults' });

const Instant = z.iso.datetime({ offset: true });

/** The facts of a sample case, as the case page stores them (money in fen). */
export const PreviewFactsSchema = z.strictObject({
  serviceType: z.enum(SERVICE_TYPES).nullish(),
  freightFen: FenSchema.nullish(),
  insured: z.boolean().optional(),
  declaredValueFen: FenSchema.nullish(),
  itemPriceFen: FenSchema.nullish(),
  quantity: z.number().int().min(1).max(1_000_000).nullish(),
  promisedDeliveryAt: Instant.nullish(),
});

export const PreviewBody = z.strictObject({
  /** The policy as edited (not saved): validated as a save would be. */
  compensationPolicy: CompensationPolicySchema,
  facts: PreviewFactsSchema,
  incident: CalculateBody,
});
export type PreviewInput = z.infer<typeof PreviewBody>;
