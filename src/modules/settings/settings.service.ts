import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { categories } from '../cases/case.table.ts';
import { routingRules } from '../routing/routing.table.ts';
import { businessCalendars, slaPolicies } from '../sla/sla.table.ts';
import { PRESETS, getPreset, isPresetCode } from '../presets/index.ts';
import type { Category, IndustryPreset, PresetCode, PriorityRules } from '../presets/preset.schema.ts';
import { departments } from '../users/user.table.ts';
import { ALWAYS_OPEN_CALENDAR, DEFAULT_WORKING_CALENDAR, policiesFromPreset } from './preset-apply.ts';
import { companySettings } from './settings.table.ts';
import { applyPresetTaxonomy, backfillTaxonomy, storedTaxonomy } from './taxonomy.service.ts';

export const SETTING_KEYS = ['industryPreset', 'priorityRules', 'autoApplyConfidence'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Config codes use underscores (fresh_food); preset codes use hyphens (fresh-food). */
export function toPresetCode(code: string): PresetCode {
  const c = code.replace(/_/g, '-');
  if (!isPresetCode(c)) throw new Error(`unknown industry preset ${code}`);
  return c;
}

export const settingsRepository = {
  async get<T>(db: DbOrTx, key: SettingKey): Promise<T | undefined> {
    const [row] = await db.select().from(companySettings).where(eq(companySettings.key, key));
    return row?.value as T | undefined;
  },
  async set(db: DbOrTx, key: SettingKey, value: unknown, by: string | null, now: Date): Promise<void> {
    await db
      .insert(companySettings)
      .values({ key, value, updatedById: by, updatedAt: now })
      .onConflictDoUpdate({ target: companySettings.key, set: { value, updatedById: by, updatedAt: now } });
  },
};

/**
 * Applies an industry preset: its categories (with definitions and keywords), routing rules, time-limit
 * policies per priority and the default calendars. Existing categories outside the preset are kept
 * (cases refer to them); rules and policies are replaced.
 */
export async function applyPreset(tx: Tx, code: PresetCode, opts: { by: string | null; now: Date; extraCategoriesFrom?: PresetCode[] }): Promise<void> {
  const preset = getPreset(code);
  const deps = await tx.select().from(departments);
  const depByCode = new Map(deps.map((d) => [d.code, d.id]));

  const cats: Category[] = [...preset.categories];
  for (const extra of opts.extraCategoriesFrom ?? []) {
    for (const c of getPreset(extra).categories) if (!cats.some((x) => x.code === c.code)) cats.push(c);
  }
  for (const [i, c] of cats.entries()) {
    const row = {
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      definitionZh: c.definitionZh,
      definitionEn: c.definitionEn,
      keywords: c.keywords,
      foodSafety: c.foodSafety,
      baseUrgency: c.baseUrgency,
      sortOrder: i,
      active: true,
    };
    await tx.insert(categories).values(row).onConflictDoUpdate({ target: categories.code, set: row });
  }
  await tx.update(categories).set({ active: false }).where(notInArray(categories.code, cats.map((c) => c.code)));

  await tx.delete(routingRules);
  const rules = [...preset.routing.rules];
  for (const extra of opts.extraCategoriesFrom ?? []) {
    for (const r of getPreset(extra).routing.rules) {
      if (r.category && !rules.some((x) => x.category === r.category) && r.stage === undefined && r.channel === undefined && r.storePrefix === undefined) rules.push(r);
    }
  }
  const ruleRows = rules
    .map((r, i) => ({
      position: i + 1,
      category: r.category ?? null,
      stage: r.stage ?? null,
      channel: r.channel ?? null,
      storePrefix: r.storePrefix ?? null,
      departmentId: depByCode.get(r.departmentCode) ?? '',
      createdAt: opts.now,
    }))
    .filter((r) => r.departmentId);
  if (ruleRows.length) await tx.insert(routingRules).values(ruleRows);

  let [workCal] = await tx.select().from(businessCalendars).where(eq(businessCalendars.isDefault, true));
  if (!workCal) {
    [workCal] = await tx
      .insert(businessCalendars)
      .values({ name: '工作日历（周一至周五 9:00–18:00，含法定节假日与调休）', definition: DEFAULT_WORKING_CALENDAR, isDefault: true })
      .returning();
    await tx.insert(businessCalendars).values({ name: '全天候（7×24）', definition: ALWAYS_OPEN_CALENDAR, isDefault: false });
  }
  await tx.delete(slaPolicies);
  await tx.insert(slaPolicies).values(
    policiesFromPreset(preset, workCal!.definition).map((p, i) => ({
      name: p.name,
      priority: p.priority,
      category: null,
      policy: p.policy,
      calendarId: workCal!.id,
      position: i,
      updatedAt: opts.now,
    })),
  );
  await settingsRepository.set(tx, 'industryPreset', code, opts.by, opts.now);
  await settingsRepository.set(tx, 'priorityRules', preset.priorityRules, opts.by, opts.now);
  await applyPresetTaxonomy(tx, code, opts); // causes, stages, callback window
}

/**
 * On first start: applies the configured industry preset. The demo company also gets the categories of
 * the other presets, because its synthetic complaints come from all five kinds of company.
 */
export async function ensureConfiguration(db: Db, presetCode: string, opts: { demo: boolean; now: Date }): Promise<boolean> {
  if (await settingsRepository.get(db, 'industryPreset')) {
    await backfillTaxonomy(db, opts.now); // installs from before causes and stages were stored
    return false;
  }
  const code = toPresetCode(presetCode);
  const others = opts.demo ? (Object.keys(PRESETS) as PresetCode[]).filter((c) => c !== code) : [];
  await db.transaction((tx) => applyPreset(tx, code, { by: null, now: opts.now, extraCategoriesFrom: others }));
  return true;
}

/** The preset in force, with the categories, priority weights, causes, stages and callback window as the administrator has edited them. */
export async function effectivePreset(db: DbOrTx): Promise<IndustryPreset> {
  const code = (await settingsRepository.get<string>(db, 'industryPreset')) ?? 'express';
  const base = PRESETS[isPresetCode(code) ? code : 'express'];
  const rows = await db.select().from(categories).where(eq(categories.active, true)).orderBy(asc(categories.sortOrder));
  const priorityRules = (await settingsRepository.get<PriorityRules>(db, 'priorityRules')) ?? base.priorityRules;
  const cats: Category[] = rows.map((r) => {
    const known = base.categories.find((c) => c.code === r.code);
    return {
      code: r.code,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      definitionZh: r.definitionZh ?? known?.definitionZh ?? r.nameZh,
      definitionEn: r.definitionEn ?? known?.definitionEn ?? r.nameEn,
      sourceSeeds: known?.sourceSeeds ?? [],
      ...(known?.nature ? { nature: known.nature } : {}),
      keywords: r.keywords,
      foodSafety: r.foodSafety,
      baseUrgency: r.baseUrgency,
    };
  });
  if (!cats.some((c) => c.code === 'other')) {
    cats.push({ code: 'other', nameZh: '其他', nameEn: 'Other', definitionZh: '其他', definitionEn: 'Other', sourceSeeds: [], keywords: [], foodSafety: false, baseUrgency: 'normal' });
  }
  return { ...base, categories: cats, priorityRules, ...(await storedTaxonomy(db, base)) };
}

export function createSettingsService(deps: { db: Db }) {
  return {
    effectivePreset: () => effectivePreset(deps.db),
    presetCode: async () => (await settingsRepository.get<string>(deps.db, 'industryPreset')) ?? null,
    categoriesByCodes: (codes: string[]) => deps.db.select().from(categories).where(and(inArray(categories.code, codes))),
  };
}
