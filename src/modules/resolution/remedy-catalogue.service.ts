// The company's remedy catalogue 方案目录: the stored one, else the preset's defaults; saved with the
// resolution settings (one row) and audited.
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { isPresetCode } from '../presets/index.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { DEFAULT_AUTHORITY_LIMITS } from './authority.rules.ts';
import { defaultCompensationPolicy } from './compensation.rules.ts';
import { defaultRemedyCatalogue, type RemedyCatalogue } from './remedy-catalogue.rules.ts';
import { resolutionRepository } from './resolution.repository.ts';
import type { PresetCode } from '../presets/preset.schema.ts';

export async function companyPreset(db: DbOrTx): Promise<PresetCode> {
  const preset = await industryPreset(db);
  return preset && isPresetCode(preset) ? preset : 'express';
}

/** The preset's catalogue, with any kind a stored catalogue lacks appended (switched off). */
function complete(stored: RemedyCatalogue, preset: PresetCode): RemedyCatalogue {
  const have = new Set(stored.map((e) => e.kind));
  return [...stored, ...defaultRemedyCatalogue(preset).filter((e) => !have.has(e.kind)).map((e) => ({ ...e, enabled: false }))];
}

export async function remedyCatalogueOf(db: DbOrTx): Promise<{ items: RemedyCatalogue; isDefault: boolean }> {
  const row = await resolutionRepository.settings(db);
  const preset = await companyPreset(db);
  if (row?.remedyCatalogue) return { items: complete(row.remedyCatalogue, preset), isDefault: false };
  return { items: defaultRemedyCatalogue(preset), isDefault: true };
}

export type RemedyCatalogueService = ReturnType<typeof createRemedyCatalogueService>;

export function createRemedyCatalogueService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** Everyone who proposes remedies reads it (the propose form offers the enabled kinds). */
    get: (_actor: Actor) => remedyCatalogueOf(db),

    async save(actor: Actor, items: RemedyCatalogue) {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      const now = clock();
      await db.transaction(async (tx) => {
        const before = await remedyCatalogueOf(tx);
        if (!before.isDefault && JSON.stringify(before.items) === JSON.stringify(items)) return;
        const row = await resolutionRepository.settings(tx);
        const preset = await companyPreset(tx);
        await resolutionRepository.saveSettings(tx, {
          compensationPolicy: row?.compensationPolicy ?? defaultCompensationPolicy(preset),
          authorityLimits: row?.authorityLimits ?? structuredClone(DEFAULT_AUTHORITY_LIMITS),
          remedyCatalogue: items,
          updatedById: actor.id,
          updatedAt: now,
        });
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        const was = new Map(before.items.map((e, i) => [e.kind, { ...e, position: i }]));
        items.forEach((e, i) => {
          const b = was.get(e.kind);
          const now_ = { ...e, position: i };
          if (JSON.stringify(b) !== JSON.stringify(now_)) changes[e.kind] = { from: b ?? null, to: now_ };
        });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'remedy_catalogue', entityId: 'company', action: 'updated', changes });
      });
      return remedyCatalogueOf(db);
    },
  };
}
