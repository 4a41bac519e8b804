// The administrator's side of the resolution settings: the preset's defaults to restore, and
// the pure calculator run on a sample incident with an edited policy — nothing is written.
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { DEFAULT_AUTHORITY_LIMITS } from './authority.rules.ts';
import { calculateCompensation, COMPENSATION_RULES, defaultCompensationPolicy } from './compensation.rules.ts';
import { defaultRemedyCatalogue } from './remedy-catalogue.rules.ts';
import { companyPreset } from './remedy-catalogue.service.ts';
import type { PreviewInput } from './resolution-admin.schemas.ts';
import type { CalculationView } from './resolution.schemas.ts';
import { factsFor } from './resolution.service.ts';

export type ResolutionAdminService = ReturnType<typeof createResolutionAdminService>;

export function createResolutionAdminService(deps: { db: Db; clock: Clock; timezone: string }) {
  const { db, clock, timezone } = deps;
  const requireAdmin = (actor: Actor) => {
    if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
  };
  return {
    /** The current preset's defaults (the "restore defaults" action fills the form with them; saving is audited). */
    async defaults(actor: Actor) {
      requireAdmin(actor);
      const preset = await companyPreset(db);
      return {
        preset,
        compensationPolicy: defaultCompensationPolicy(preset),
        authorityLimits: structuredClone(DEFAULT_AUTHORITY_LIMITS),
        remedyCatalogue: defaultRemedyCatalogue(preset),
        rules: Object.values(COMPENSATION_RULES).map((r) => ({
          code: r.code,
          title: r.title,
          domainRules: [...r.source.domainRules],
          seeds: [...r.source.seeds],
          basis: r.source.basis,
        })),
      };
    },

    /** The calculator on sample facts with the policy as edited: which rule produced which amount. */
    preview(actor: Actor, input: PreviewInput): CalculationView {
      requireAdmin(actor);
      const f = input.facts;
      const sample = {
        serviceType: f.serviceType ?? null,
        freightFen: f.freightFen ?? null,
        insured: f.insured ?? false,
        declaredValueYuan: f.declaredValueFen !== null && f.declaredValueFen !== undefined ? f.declaredValueFen / 100 : null,
        itemPriceFen: f.itemPriceFen ?? null,
        quantity: f.quantity ?? null,
        promisedDeliveryAt: f.promisedDeliveryAt ?? null,
      };
      try {
        const proposal = calculateCompensation(factsFor(sample, input.incident, clock(), timezone), input.compensationPolicy);
        return JSON.parse(JSON.stringify(proposal)) as CalculationView;
      } catch (err) {
        if (err instanceof AppError) {
          // A fact the sample lacks is named on the sample's field.
          throw new AppError(err.code, { ...(err.userMessage ? { message: err.userMessage } : {}), ...(err.fields ? { fields: err.fields.map((x) => ({ ...x, path: `facts.${x.path}` })) } : {}) });
        }
        if (err instanceof RangeError) throw fieldError('incident.kind', { zh: `无法计算：${err.message}`, en: `Cannot calculate: ${err.message}` });
        throw err;
      }
    },
  };
}
