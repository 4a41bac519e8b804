// The evidence checklists 证据清单 as company data (issue 11 item 2): per category, the items to
// collect with their Chinese and English labels and whether each is required. The preset gives the
// defaults; an administrator's edit replaces a category's list (audited); removing the edit restores them.
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { activeCategories, assertCategory } from '../taxonomy/taxonomy.service.ts';
import { investigationRepository } from './investigation.repository.ts';
import { checklistOf, type EvidenceItem } from './investigation.rules.ts';
import type { CategoryChecklistView, ChecklistInput } from './investigation.schemas.ts';

/** The checklist of a category: the company's edited list, else the preset's default. */
export async function checklistFor(db: DbOrTx, category: string | null): Promise<readonly EvidenceItem[]> {
  if (!category) return [];
  const row = await investigationRepository.checklist(db, category);
  if (row) return row.items;
  return checklistOf(await industryPreset(db), category);
}

export type EvidenceChecklistService = ReturnType<typeof createEvidenceChecklistService>;

export function createEvidenceChecklistService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const requireAdmin = (actor: Actor) => {
    if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
  };

  async function viewOf(dbx: DbOrTx, c: { code: string; nameZh: string; nameEn: string }, preset: string | null): Promise<CategoryChecklistView> {
    const row = await investigationRepository.checklist(dbx, c.code);
    const defaults = checklistOf(preset, c.code).map((i) => ({ ...i }));
    return { category: c.code, nameZh: c.nameZh, nameEn: c.nameEn, items: row ? row.items : defaults, isDefault: !row, defaults };
  }

  async function one(category: string): Promise<CategoryChecklistView> {
    const c = (await activeCategories(db)).find((x) => x.code === category) ?? { code: category, nameZh: category, nameEn: category };
    return viewOf(db, c, await industryPreset(db));
  }

  return {
    /** Every active category with its checklist. */
    async list(actor: Actor): Promise<CategoryChecklistView[]> {
      requireAdmin(actor);
      const preset = await industryPreset(db);
      const out: CategoryChecklistView[] = [];
      for (const c of await activeCategories(db)) out.push(await viewOf(db, c, preset));
      return out;
    },

    async save(actor: Actor, category: string, input: ChecklistInput): Promise<CategoryChecklistView> {
      requireAdmin(actor);
      await assertCategory(db, category, 'category');
      await db.transaction(async (tx) => {
        const before = await checklistFor(tx, category);
        await investigationRepository.saveChecklist(tx, { category, items: input.items, updatedById: actor.id, updatedAt: clock() });
        if (JSON.stringify(before) !== JSON.stringify(input.items)) {
          await recordAdminChange(tx, { actorId: actor.id, entity: 'evidence_checklist', entityId: category, action: 'updated', changes: { items: { from: before, to: input.items } } });
        }
      });
      return one(category);
    },

    /** Back to the preset's list (audited when an edit was in force). */
    async reset(actor: Actor, category: string): Promise<CategoryChecklistView> {
      requireAdmin(actor);
      await db.transaction(async (tx) => {
        const before = await checklistFor(tx, category);
        if (await investigationRepository.deleteChecklist(tx, category)) {
          const after = await checklistFor(tx, category);
          await recordAdminChange(tx, { actorId: actor.id, entity: 'evidence_checklist', entityId: category, action: 'deleted', changes: { items: { from: before, to: after } } });
        }
      });
      return one(category);
    },
  };
}
