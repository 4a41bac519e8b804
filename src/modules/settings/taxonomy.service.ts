// Causes 原因, stages 环节 and the callback window 回访窗口 as company data: filled from the industry
// preset, edited by the administrator, read by triage (effectivePreset) and checked on cases.
import { asc, eq, isNotNull, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { createdFields, diffFields, recordAdminChange, updateAction } from '../audit/audit.service.ts';
import { AppError, notFound, type LocalizedText } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { cases } from '../cases/case.table.ts';
import { PRESETS, isPresetCode } from '../presets/index.ts';
import type { CallbackWindow, Cause, IndustryPreset, PresetCode, Stage } from '../presets/preset.schema.ts';
import { companySettings } from './settings.table.ts';
import { causes, stages } from './taxonomy.table.ts';
import type { CallbackWindowSchema, CreateCauseBody, CreateStageBody, UpdateCauseBody, UpdateStageBody } from './taxonomy.schemas.ts';

export type CauseRow = typeof causes.$inferSelect;
export type StageRow = typeof stages.$inferSelect;

const CALLBACK_WINDOW_KEY = 'callbackWindow';

export const TAXONOMY_MESSAGES = {
  stage_unknown: { zh: '环节不存在或已停用', en: 'Unknown or inactive stage' },
  cause_unknown: { zh: '原因不存在或已停用', en: 'Unknown or inactive cause' },
  keyword_duplicate: { zh: '关键词重复', en: 'This keyword is listed twice' },
  window_order: { zh: '结束天数不能早于开始天数', en: 'The window cannot end before it starts' },
} as const satisfies Record<string, LocalizedText>;

// ---------------------------------------------------------------------------------------------------
// From the preset

const presetOf = (code: string | undefined): IndustryPreset => PRESETS[code && isPresetCode(code) ? code : 'express'];

async function presetInForce(db: DbOrTx): Promise<IndustryPreset> {
  const [row] = await db.select({ value: companySettings.value }).from(companySettings).where(eq(companySettings.key, 'industryPreset'));
  return presetOf(typeof row?.value === 'string' ? row.value : undefined);
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

async function setCallbackWindow(db: DbOrTx, window: CallbackWindow, by: string | null, now: Date): Promise<void> {
  const value = { fromDays: window.fromDays, toDays: window.toDays, dayKind: window.dayKind };
  await db
    .insert(companySettings)
    .values({ key: CALLBACK_WINDOW_KEY, value, updatedById: by, updatedAt: now })
    .onConflictDoUpdate({ target: companySettings.key, set: { value, updatedById: by, updatedAt: now } });
}

/**
 * Applying a preset: its causes and stages (names, responsibility, keywords, order) become the active
 * lists and its callback window the company's. Codes outside the preset are deactivated, not deleted
 * (cases keep them); definitions an administrator wrote are kept, since the presets carry none.
 */
export async function applyPresetTaxonomy(
  tx: Tx,
  code: PresetCode,
  opts: { by: string | null; now: Date; extraCategoriesFrom?: PresetCode[] },
): Promise<void> {
  const presets = [code, ...(opts.extraCategoriesFrom ?? [])].map((c) => PRESETS[c]);
  const causeList = mergeByCode(presets.map((p) => p.causes));
  const stageList = mergeByCode(presets.map((p) => p.stages));
  for (const [i, c] of causeList.entries()) {
    const row = causeRow(c, i, opts.now);
    await tx.insert(causes).values(row).onConflictDoUpdate({ target: causes.code, set: row });
  }
  await tx.update(causes).set({ active: false, updatedAt: opts.now }).where(notInArray(causes.code, causeList.map((c) => c.code)));
  for (const [i, s] of stageList.entries()) {
    const row = stageRow(s, i, opts.now);
    await tx.insert(stages).values(row).onConflictDoUpdate({ target: stages.code, set: row });
  }
  await tx.update(stages).set({ active: false, updatedAt: opts.now }).where(notInArray(stages.code, stageList.map((s) => s.code)));
  await setCallbackWindow(tx, PRESETS[code].callbackWindow, opts.by, opts.now);
}

/** Every cause and stage any preset knows, to name codes found on old cases. */
const knownCause = (code: string) => Object.values(PRESETS).flatMap((p) => p.causes).find((c) => c.code === code);
const knownStage = (code: string) => Object.values(PRESETS).flatMap((p) => p.stages).find((s) => s.code === code);

/**
 * Installs from before causes and stages were stored have the preset applied but no rows: fill them
 * from the preset in force, plus (inactive) every other code already on a case, so its history keeps a
 * name. Runs on every start; does nothing once filled, and is safe when two servers start at once.
 */
export async function backfillTaxonomy(db: Db, now: Date): Promise<boolean> {
  const [anyCause] = await db.select({ code: causes.code }).from(causes).limit(1);
  const [anyStage] = await db.select({ code: stages.code }).from(stages).limit(1);
  const [window] = await db.select({ key: companySettings.key }).from(companySettings).where(eq(companySettings.key, CALLBACK_WINDOW_KEY));
  if (anyCause && anyStage && window) return false;
  const preset = await presetInForce(db);
  await db.transaction(async (tx) => {
    if (!anyCause) {
      const rows = preset.causes.map((c, i) => causeRow(c, i, now));
      const used = await tx.selectDistinct({ code: cases.cause }).from(cases).where(isNotNull(cases.cause));
      for (const { code } of used) {
        if (!code || rows.some((r) => r.code === code)) continue;
        const known = knownCause(code);
        rows.push({ ...causeRow(known ?? { code, nameZh: code, nameEn: code, responsibility: 'internal' }, rows.length, now), active: false });
      }
      if (rows.length) await tx.insert(causes).values(rows).onConflictDoNothing();
    }
    if (!anyStage) {
      const rows = preset.stages.map((s, i) => stageRow(s, i, now));
      const used = await tx.selectDistinct({ code: cases.stage }).from(cases).where(isNotNull(cases.stage));
      for (const { code } of used) {
        if (!code || rows.some((r) => r.code === code)) continue;
        const known = knownStage(code);
        rows.push({ ...stageRow(known ?? { code, nameZh: code, nameEn: code, keywords: [] }, rows.length, now), active: false });
      }
      if (rows.length) await tx.insert(stages).values(rows).onConflictDoNothing();
    }
    if (!window) {
      const w = preset.callbackWindow;
      await tx
        .insert(companySettings)
        .values({ key: CALLBACK_WINDOW_KEY, value: { fromDays: w.fromDays, toDays: w.toDays, dayKind: w.dayKind }, updatedById: null, updatedAt: now })
        .onConflictDoNothing();
    }
  });
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Reading

async function storedCallbackWindow(db: DbOrTx): Promise<CallbackWindow | null> {
  const [row] = await db.select({ value: companySettings.value }).from(companySettings).where(eq(companySettings.key, CALLBACK_WINDOW_KEY));
  return (row?.value as CallbackWindow | undefined) ?? null;
}

/**
 * The causes, stages and callback window in force, in effectivePreset's shape: the stored active rows,
 * or the preset's own lists while nothing is stored yet (a database not yet backfilled).
 */
export async function storedTaxonomy(db: DbOrTx, base: IndustryPreset): Promise<Pick<IndustryPreset, 'causes' | 'stages' | 'callbackWindow'>> {
  // One after the other: inside a transaction the queries share one connection.
  const causeRows = await db.select().from(causes).orderBy(asc(causes.sortOrder), asc(causes.code));
  const stageRows = await db.select().from(stages).orderBy(asc(stages.sortOrder), asc(stages.code));
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
  const check = async (path: 'stage' | 'cause', code: string | null | undefined) => {
    if (code === null || code === undefined || code === keep[path]) return;
    const table = path === 'stage' ? stages : causes;
    const rows = await db.select({ code: table.code, active: table.active }).from(table).where(eq(table.code, code));
    let ok = rows[0]?.active === true;
    if (!rows.length) {
      // Nothing stored yet (before the backfill): the preset in force decides.
      const [any] = await db.select({ code: table.code }).from(table).limit(1);
      if (!any) {
        const preset = await presetInForce(db);
        ok = (path === 'stage' ? preset.stages : preset.causes).some((x) => x.code === code);
      }
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
    listCauses: () => db.select().from(causes).orderBy(asc(causes.sortOrder), asc(causes.code)),
    async createCause(actor: Actor, input: z.infer<typeof CreateCauseBody>): Promise<CauseRow> {
      return db.transaction(async (tx) => {
        // ON CONFLICT keeps a concurrent duplicate a 409, never a unique-violation 500.
        const values = { ...input, definitionZh: blankToNull(input.definitionZh) ?? null, definitionEn: blankToNull(input.definitionEn) ?? null };
        const [row] = await tx.insert(causes).values({ ...values, updatedAt: clock() }).onConflictDoNothing().returning();
        if (!row) throw taken();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'cause', entityId: row.code, action: 'created', changes: createdFields(values) });
        return row;
      });
    },
    async updateCause(actor: Actor, code: string, input: z.infer<typeof UpdateCauseBody>): Promise<CauseRow> {
      const patch = defined({ ...input, definitionZh: blankToNull(input.definitionZh), definitionEn: blankToNull(input.definitionEn) });
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(causes).where(eq(causes.code, code));
        if (!before) throw notFound();
        if (!Object.keys(patch).length) return before;
        const [row] = await tx.update(causes).set({ ...patch, updatedAt: clock() }).where(eq(causes.code, code)).returning();
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'cause', entityId: code, action: updateAction(changes), changes });
        return row!;
      });
    },

    listStages: () => db.select().from(stages).orderBy(asc(stages.sortOrder), asc(stages.code)),
    async createStage(actor: Actor, input: z.infer<typeof CreateStageBody>): Promise<StageRow> {
      assertKeywords(input.keywords);
      return db.transaction(async (tx) => {
        const values = { ...input, definitionZh: blankToNull(input.definitionZh) ?? null, definitionEn: blankToNull(input.definitionEn) ?? null };
        const [row] = await tx.insert(stages).values({ ...values, updatedAt: clock() }).onConflictDoNothing().returning();
        if (!row) throw taken();
        await recordAdminChange(tx, { actorId: actor.id, entity: 'stage', entityId: row.code, action: 'created', changes: createdFields(values) });
        return row;
      });
    },
    async updateStage(actor: Actor, code: string, input: z.infer<typeof UpdateStageBody>): Promise<StageRow> {
      assertKeywords(input.keywords);
      const patch = defined({ ...input, definitionZh: blankToNull(input.definitionZh), definitionEn: blankToNull(input.definitionEn) });
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(stages).where(eq(stages.code, code));
        if (!before) throw notFound();
        if (!Object.keys(patch).length) return before;
        const [row] = await tx.update(stages).set({ ...patch, updatedAt: clock() }).where(eq(stages.code, code)).returning();
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
        await setCallbackWindow(tx, input, actor.id, clock());
        const changes = diffFields(before, { fromDays: input.fromDays, toDays: input.toDays, dayKind: input.dayKind });
        if (Object.keys(changes).length) {
          await recordAdminChange(tx, { actorId: actor.id, entity: 'callback_window', entityId: CALLBACK_WINDOW_KEY, action: before ? 'updated' : 'created', changes });
        }
      });
      return input;
    },

    /** For every signed-in user: inactive ones too, so that a case's old code keeps its name. */
    async publicCauses() {
      const rows = await db.select().from(causes).orderBy(asc(causes.sortOrder), asc(causes.code));
      if (!rows.length) return (await presetInForce(db)).causes.map((c) => ({ ...c, active: true }));
      return rows.map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, responsibility: r.responsibility, active: r.active }));
    },
    async publicStages() {
      const rows = await db.select().from(stages).orderBy(asc(stages.sortOrder), asc(stages.code));
      if (!rows.length) return (await presetInForce(db)).stages.map((s) => ({ code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, active: true }));
      return rows.map((r) => ({ code: r.code, nameZh: r.nameZh, nameEn: r.nameEn, active: r.active }));
    },
  };
}
