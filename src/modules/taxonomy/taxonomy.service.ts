// Categories 类别, causes 原因, stages 环节 and the callback window 回访窗口 as company data: filled from
// the industry preset, edited by the administrator, read by triage (effectivePreset) and checked on cases.
import type { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound, type LocalizedText } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { createdFields, diffFields, recordAdminChange, updateAction } from '../audit/audit.service.ts';
import { PRESETS, getPreset, isPresetCode } from '../presets/index.ts';
import type { CallbackWindow, Category, Cause, IndustryPreset, PresetCode, Stage } from '../presets/preset.schema.ts';
import {
  callbackWindow as storedCallbackWindow,
  industryPreset,
  initCallbackWindow,
  priorityRules,
  saveCallbackWindow,
} from '../settings/settings.service.ts';
import type { ConfigCache } from '../settings/config-cache.ts';
import { DEFAULT_CATEGORIES } from './default-categories.ts';
import {
  categoryRepository,
  causeStageRepository,
  type CategoryRow,
  type CauseRow,
  type NewCategoryRow,
  type StageRow,
  type TaxonomyKind,
} from './taxonomy.repository.ts';
import type { CallbackWindowSchema, CreateCategoryBody, CreateCauseBody, CreateStageBody, UpdateCategoryBody, UpdateCauseBody, UpdateStageBody } from './taxonomy.schemas.ts';

export type { CategoryRow, CauseRow, StageRow, TaxonomyKind };

const CALLBACK_WINDOW_KEY = 'callbackWindow';

export const TAXONOMY_MESSAGES = {
  stage_unknown: { zh: '环节不存在或已停用', en: 'Unknown or inactive stage' },
  cause_unknown: { zh: '原因不存在或已停用', en: 'Unknown or inactive cause' },
  keyword_duplicate: { zh: '关键词重复', en: 'This keyword is listed twice' },
  window_order: { zh: '结束天数不能早于开始天数', en: 'The window cannot end before it starts' },
} as const satisfies Record<string, LocalizedText>;

// ---------------------------------------------------------------------------------------------------
// From the preset

const presetOf = (code: string | null): IndustryPreset => PRESETS[code && isPresetCode(code) ? code : 'express'];

async function presetInForce(db: DbOrTx): Promise<IndustryPreset> {
  return presetOf(await industryPreset(db));
}

/** The preset's own items first, then those of the extra presets that it lacks (the demo company carries all five). */
function mergeByCode<T extends { code: string }>(lists: ReadonlyArray<ReadonlyArray<T>>): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) if (!out.some((x) => x.code === item.code)) out.push(item);
  return out;
}

const causeRow = (c: Cause, i: number, now: Date) => ({
  code: c.code,
  nameZh: c.nameZh,
  nameEn: c.nameEn,
  responsibility: c.responsibility,
  sortOrder: (i + 1) * 10,
  active: true,
  updatedAt: now,
});
const stageRow = (s: Stage, i: number, now: Date) => ({
  code: s.code,
  nameZh: s.nameZh,
  nameEn: s.nameEn,
  keywords: s.keywords.map((k) => ({ term: k.term, weight: k.weight })),
  sortOrder: (i + 1) * 10,
  active: true,
  updatedAt: now,
});

/** The categories a new company starts with, stored once on an empty table; safe to run on every start. */
export async function seedDefaultCategories(db: DbOrTx): Promise<void> {
  if ((await categoryRepository.count(db)) === 0) {
    await categoryRepository.upsertNames(
      db,
      DEFAULT_CATEGORIES.map((c, i) => ({ ...c, sortOrder: i })),
    );
  }
}

/**
 * Applying a preset, first step: its categories (with definitions and keywords), plus those of the extra
 * presets it lacks. Existing categories outside the list are deactivated, not deleted (cases refer to them).
 */
export async function applyPresetCategories(tx: Tx, code: PresetCode, opts: { extraCategoriesFrom?: PresetCode[] }): Promise<void> {
  const cats: Category[] = [...getPreset(code).categories];
  for (const extra of opts.extraCategoriesFrom ?? []) {
    for (const c of getPreset(extra).categories) if (!cats.some((x) => x.code === c.code)) cats.push(c);
  }
  for (const [i, c] of cats.entries()) {
    await categoryRepository.upsert(tx, {
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      definitionZh: c.definitionZh,
      definitionEn: c.definitionEn,
      keywords: c.keywords,
      foodSafety: c.foodSafety,
      baseUrgency: c.baseUrgency,
      nature: c.nature ?? null,
      sortOrder: i,
      active: true,
    });
  }
  await categoryRepository.deactivateAllBut(tx, cats.map((c) => c.code));
}

/**
 * Applying a preset, last step: its causes and stages (names, responsibility, keywords, order) become the
 * active lists and its callback window the company's. Codes outside the preset are deactivated, not
 * deleted (cases keep them); definitions an administrator wrote are kept, since the presets carry none.
 */
export async function applyPresetTaxonomy(
  tx: Tx,
  code: PresetCode,
  opts: { by: string | null; now: Date; extraCategoriesFrom?: PresetCode[] },
): Promise<void> {
  const presets = [code, ...(opts.extraCategoriesFrom ?? [])].map((c) => PRESETS[c]);
  const causeList = mergeByCode(presets.map((p) => p.causes));
  const stageList = mergeByCode(presets.map((p) => p.stages));
  for (const [i, c] of causeList.entries()) await causeStageRepository.upsertCause(tx, causeRow(c, i, opts.now));
  await causeStageRepository.deactivateAllBut(tx, 'cause', causeList.map((c) => c.code), opts.now);
  for (const [i, s] of stageList.entries()) await causeStageRepository.upsertStage(tx, stageRow(s, i, opts.now));
  await causeStageRepository.deactivateAllBut(tx, 'stage', stageList.map((s) => s.code), opts.now);
  await saveCallbackWindow(tx, PRESETS[code].callbackWindow, opts.by, opts.now);
}

/** Every cause and stage any preset knows, to name codes found on old cases. */
const knownCause = (code: string) => Object.values(PRESETS).flatMap((p) => p.causes).find((c) => c.code === code);
const knownStage = (code: string) => Object.values(PRESETS).flatMap((p) => p.stages).find((s) => s.code === code);

/** The distinct cause or stage codes stored on cases: a port, because cases sit above taxonomy. */
export type CodesOnCases = (tx: Tx, kind: TaxonomyKind) => Promise<string[]>;

/**
 * Installs from before causes and stages were stored have the preset applied but no rows: fill them
 * from the preset in force, plus (inactive) every other code already on a case, so its history keeps a
 * name. Runs on every start; does nothing once filled, and is safe when two servers start at once.
 */
export async function backfillTaxonomy(db: Db, now: Date, codesOnCases: CodesOnCases): Promise<boolean> {
  const anyCause = await causeStageRepository.anyStored(db, 'cause');
  const anyStage = await causeStageRepository.anyStored(db, 'stage');
  const window = await storedCallbackWindow(db);
  if (anyCause && anyStage && window) return false;
  const preset = await presetInForce(db);
  await db.transaction(async (tx) => {
    if (!anyCause) {
      const rows = preset.causes.map((c, i) => causeRow(c, i, now));
      for (const code of await codesOnCases(tx, 'cause')) {
        if (!code || rows.some((r) => r.code === code)) continue;
        const known = knownCause(code);
        rows.push({ ...causeRow(known ?? { code, nameZh: code, nameEn: code, responsibility: 'internal' }, rows.length, now), active: false });
      }
      await causeStageRepository.insertCausesIfAbsent(tx, rows);
    }
    if (!anyStage) {
      const rows = preset.stages.map((s, i) => stageRow(s, i, now));
      for (const code of await codesOnCases(tx, 'stage')) {
        if (!code || rows.some((r) => r.code === code)) continue;
        const known = knownStage(code);
        rows.push({ ...stageRow(known ?? { code, nameZh: code, nameEn: code, keywords: [] }, rows.length, now), active: false });
      }
      await causeStageRepository.insertStagesIfAbsent(tx, rows);
    }
    if (!window) await initCallbackWindow(tx, preset.callbackWindow, now);
  });
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Reading

/**
 * The causes, stages and callback window in force, in effectivePreset's shape: the stored active rows,
 * or the preset's own lists while nothing is stored yet (a database not yet backfilled).
 */
export async function storedTaxonomy(db: DbOrTx, base: IndustryPreset): Promise<Pick<IndustryPreset, 'causes' | 'stages' | 'callbackWindow'>> {
  // One after the other: inside a transaction the queries share one connection.
  const causeRows = await causeStageRepository.listCauses(db);
  const stageRows = await causeStageRepository.listStages(db);
  const window = await storedCallbackWindow(db);
  return {
    causes: causeRows.length
      ? causeRows.filter((r) => r.active).map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, responsibility: r.responsibility }))
      : base.causes,
    stages: stageRows.length
      ? stageRows.filter((r) => r.active).map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, keywords: r.keywords }))
      : base.stages,
    callbackWindow: window ?? base.callbackWindow,
  };
}

/** The preset in force, with the categories, priority weights, causes, stages and callback window as the administrator has edited them. */
export async function effectivePreset(db: DbOrTx): Promise<IndustryPreset> {
  const base = presetOf(await industryPreset(db));
  const rows = await categoryRepository.listActive(db);
  const rules = (await priorityRules(db)) ?? base.priorityRules;
  const cats: Category[] = rows.map((r) => {
    const known = base.categories.find((c) => c.code === r.code);
    return {
      code: r.code,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      definitionZh: r.definitionZh ?? known?.definitionZh ?? r.nameZh,
      definitionEn: r.definitionEn ?? known?.definitionEn ?? r.nameEn,
      sourceSeeds: known?.sourceSeeds ?? [],
      ...(r.nature ? { nature: r.nature } : {}),
      keywords: r.keywords,
      foodSafety: r.foodSafety,
      baseUrgency: r.baseUrgency,
    };
  });
  if (!cats.some((c) => c.code === 'other')) {
    cats.push({ code: 'other', nameZh: '其他', nameEn: 'Other', definitionZh: '其他', definitionEn: 'Other', sourceSeeds: [], keywords: [], foodSafety: false, baseUrgency: 'normal' });
  }
  return { ...base, categories: cats, priorityRules: rules, ...(await storedTaxonomy(db, base)) };
}

/** Whether a category code is stored and active (a case may be filed under it). */
export function categoryExists(db: DbOrTx, code: string): Promise<boolean> {
  return categoryRepository.isActive(db, code);
}

/**
 * Refuses a category that is not stored and active (400 on `path`). Null and undefined pass. With a
 * configuration cache the active codes are read from it (intake checks a category on every case).
 */
export async function assertCategory(db: DbOrTx, code: string | null | undefined, path = 'category', config?: ConfigCache): Promise<void> {
  if (!code) return;
  const known = config
    ? (await config.read(db, 'taxonomy.activeCategoryCodes', async (d) => new Set((await categoryRepository.listActive(d)).map((r) => r.code)))).has(code)
    : await categoryExists(db, code);
  if (!known) throw fieldError(path, FIELD_MESSAGES.category_unknown);
}

/** The active categories, for every signed-in user's pickers. */
export async function activeCategories(db: DbOrTx): Promise<Array<{ code: string; nameZh: string; nameEn: string }>> {
  const rows = await categoryRepository.listActive(db);
  return rows.map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn }));
}

/**
 * Refuses a stage or cause code that is not an active stored one (400, field `stage` / `cause`, both
 * languages). Null and undefined pass; so does a code equal to `keep` — the value the case already
 * has, which may have been deactivated since. Call it before writing a case's stage or cause.
 */
export async function assertCaseTaxonomy(
  db: DbOrTx,
  input: { stage?: string | null | undefined; cause?: string | null | undefined },
  keep: { stage?: string | null | undefined; cause?: string | null | undefined } = {},
): Promise<void> {
  const fields: Array<{ path: string; message: LocalizedText }> = [];
  const check = async (path: TaxonomyKind, code: string | null | undefined) => {
    if (code === null || code === undefined || code === keep[path]) return;
    const active = await causeStageRepository.activeFlag(db, path, code);
    let ok = active === true;
    if (active === undefined && !(await causeStageRepository.anyStored(db, path))) {
      // Nothing stored yet (before the backfill): the preset in force decides.
      const preset = await presetInForce(db);
      ok = (path === 'stage' ? preset.stages : preset.causes).some((x) => x.code === code);
    }
    if (!ok) fields.push({ path, message: path === 'stage' ? TAXONOMY_MESSAGES.stage_unknown : TAXONOMY_MESSAGES.cause_unknown });
  };
  await check('stage', input.stage);
  await check('cause', input.cause);
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
}

// ---------------------------------------------------------------------------------------------------
// Administration

const taken = () => new AppError('ALREADY_EXISTS', { fields: [{ path: 'code', message: FIELD_MESSAGES.code_taken }] });
const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());
const defined = <T extends Record<string, unknown>>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

function assertKeywords(keywords: ReadonlyArray<{ term: string }> | undefined): void {
  if (!keywords) return;
  const seen = new Set<string>();
  const fields: Array<{ path: string; message: LocalizedText }> = [];
  keywords.forEach((k, i) => {
    if (seen.has(k.term)) fields.push({ path: `keywords.${i}.term`, message: TAXONOMY_MESSAGES.keyword_duplicate });
    seen.add(k.term);
  });
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
}

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;

export function createTaxonomyService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    // Categories: moved here from the admin configuration service; same answers and audit entries.
    listCategories: () => categoryRepository.list(db),
    async createCategory(actor: Actor, input: z.infer<typeof CreateCategoryBody>): Promise<CategoryRow> {
      return db.transaction(async (tx) => {
        if (await categoryRepository.find(tx, input.code)) {
          throw new AppError('ALREADY_EXISTS', { fields: [{ path: 'code', message: { zh: '编码已存在', en: 'This code is taken' } }] });
        }
        const row = await categoryRepository.insert(tx, {
          ...input,
          definitionZh: input.definitionZh ?? null,
          definitionEn: input.definitionEn ?? null,
          nature: input.nature ?? null,
        });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'category', entityId: row.code, action: 'created', changes: createdFields(input) });
        return row;
      });
    },
    async updateCategory(actor: Actor, code: string, input: z.infer<typeof UpdateCategoryBody>): Promise<CategoryRow> {
      const patch: Partial<NewCategoryRow> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      return db.transaction(async (tx) => {
        const before = await categoryRepository.find(tx, code);
        if (!before) throw notFound();
        if (!Object.keys(patch).length) return before;
        const row = await categoryRepository.update(tx, code, patch);
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'category', entityId: code, action: updateAction(changes), changes });
        return row!;
      });
    },
    publicCategories: () => activeCategories(db),

    listCauses: () => causeStageRepository.listCauses(db),
    async createCause(actor: Actor, input: z.infer<typeof CreateCauseBody>): Promise<CauseRow> {
      return db.transaction(async (tx) => {
        // ON CONFLICT keeps a concurrent duplicate a 409, never a unique-violation 500.
        const values = { ...input, definitionZh: blankToNull(input.definitionZh) ?? null, definitionEn: blankToNull(input.definitionEn) ?? null };
        const row = await causeStageRepository.insertCause(tx, { ...values, updatedAt: clock() });
        if (!row) throw taken();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'cause', entityId: row.code, action: 'created', changes: createdFields(values) });
        return row;
      });
    },
    async updateCause(actor: Actor, code: string, input: z.infer<typeof UpdateCauseBody>): Promise<CauseRow> {
      const patch = defined({ ...input, definitionZh: blankToNull(input.definitionZh), definitionEn: blankToNull(input.definitionEn) });
      return db.transaction(async (tx) => {
        const before = await causeStageRepository.findCause(tx, code);
        if (!before) throw notFound();
        if (!Object.keys(patch).length) return before;
        const row = await causeStageRepository.updateCause(tx, code, { ...patch, updatedAt: clock() });
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'cause', entityId: code, action: updateAction(changes), changes });
        return row!;
      });
    },

    listStages: () => causeStageRepository.listStages(db),
    async createStage(actor: Actor, input: z.infer<typeof CreateStageBody>): Promise<StageRow> {
      assertKeywords(input.keywords);
      return db.transaction(async (tx) => {
        const values = { ...input, definitionZh: blankToNull(input.definitionZh) ?? null, definitionEn: blankToNull(input.definitionEn) ?? null };
        const row = await causeStageRepository.insertStage(tx, { ...values, updatedAt: clock() });
        if (!row) throw taken();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'stage', entityId: row.code, action: 'created', changes: createdFields(values) });
        return row;
      });
    },
    async updateStage(actor: Actor, code: string, input: z.infer<typeof UpdateStageBody>): Promise<StageRow> {
      assertKeywords(input.keywords);
      const patch = defined({ ...input, definitionZh: blankToNull(input.definitionZh), definitionEn: blankToNull(input.definitionEn) });
      return db.transaction(async (tx) => {
        const before = await causeStageRepository.findStage(tx, code);
        if (!before) throw notFound();
        if (!Object.keys(patch).length) return before;
        const row = await causeStageRepository.updateStage(tx, code, { ...patch, updatedAt: clock() });
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'stage', entityId: code, action: updateAction(changes), changes });
        return row!;
      });
    },

    async callbackWindow(): Promise<CallbackWindow> {
      return (await storedCallbackWindow(db)) ?? (await presetInForce(db)).callbackWindow;
    },
    async setCallbackWindow(actor: Actor, input: z.infer<typeof CallbackWindowSchema>): Promise<CallbackWindow> {
      if (input.fromDays > input.toDays) {
        throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'toDays', message: TAXONOMY_MESSAGES.window_order }] });
      }
      await db.transaction(async (tx) => {
        const before = await storedCallbackWindow(tx);
        await saveCallbackWindow(tx, input, actor.id, clock());
        const changes = diffFields(before, { fromDays: input.fromDays, toDays: input.toDays, dayKind: input.dayKind });
        if (Object.keys(changes).length) {
          await recordAdminChange(tx, { actorId: actor.id, entity: 'callback_window', entityId: CALLBACK_WINDOW_KEY, action: before ? 'updated' : 'created', changes });
        }
      });
      return input;
    },

    /** For every signed-in user: inactive ones too, so that a case's old code keeps its name. */
    async publicCauses() {
      const rows = await causeStageRepository.listCauses(db);
      if (!rows.length) return (await presetInForce(db)).causes.map((c) => ({ ...c, active: true }));
      return rows.map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, responsibility: r.responsibility, active: r.active }));
    },
    async publicStages() {
      const rows = await causeStageRepository.listStages(db);
      if (!rows.length) return (await presetInForce(db)).stages.map((s) => ({ code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, active: true }));
      return rows.map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, active: r.active }));
    },
  };
}
