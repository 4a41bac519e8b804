// Applying an industry preset touches several modules: taxonomy (categories, causes, stages, callback
// window), routing (rules), sla (calendars, policies) and settings. This top-level module orchestrates
// them in one transaction; none of those modules knows about the others' part.
import type { Db, Tx } from '../../db/client.ts';
import { PRESETS, getPreset, isPresetCode } from '../presets/index.ts';
import type { PresetCode } from '../presets/preset.schema.ts';
import { industryPreset, saveIndustryPreset, savePriorityRules } from '../settings/settings.service.ts';
import { codesOnCases } from '../cases/case.service.ts';
import { replaceRoutingRules } from '../routing/routing.service.ts';
import { defaultCalendar, insertCalendar, replaceSlaPolicies } from '../sla/sla-config.service.ts';
import { ALWAYS_OPEN_CALENDAR, defaultWorkingCalendar, policiesFromPreset } from '../sla/sla-policy-presets.ts';
import { applyPresetCategories, applyPresetTaxonomy, backfillTaxonomy } from '../taxonomy/taxonomy.service.ts';
import { listDepartments } from '../users/user.service.ts';

/** Config codes use underscores (fresh_food); preset codes use hyphens (fresh-food). */
export function toPresetCode(code: string): PresetCode {
  const c = code.replace(/_/g, '-');
  if (!isPresetCode(c)) throw new Error(`unknown industry preset ${code}`);
  return c;
}

export type ApplyPresetOptions = {
  by: string | null;
  now: Date;
  /** The company's time zone (AppConfig.timezone), for the working calendar a first preset creates. */
  timezone: string;
  extraCategoriesFrom?: PresetCode[];
};

/**
 * Applies an industry preset: its categories (with definitions and keywords), routing rules, time-limit
 * policies per priority and the default calendars. Existing categories outside the preset are kept
 * (cases refer to them); rules and policies are replaced.
 */
export async function applyPreset(tx: Tx, code: PresetCode, opts: ApplyPresetOptions): Promise<void> {
  const preset = getPreset(code);
  await applyPresetCategories(tx, code, opts);

  const deps = await listDepartments(tx);
  const depByCode = new Map(deps.map((d) => [d.code, d.id]));
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
  await replaceRoutingRules(tx, ruleRows);

  let workCal = await defaultCalendar(tx);
  if (!workCal) {
    workCal = await insertCalendar(tx, {
      name: '工作日历（周一至周五 9:00–18:00，含法定节假日与调休）',
      definition: defaultWorkingCalendar(opts.timezone),
      isDefault: true,
    });
    await insertCalendar(tx, { name: '全天候（7×24）', definition: ALWAYS_OPEN_CALENDAR, isDefault: false });
  }
  const calendarId = workCal.id;
  await replaceSlaPolicies(
    tx,
    policiesFromPreset(preset, workCal.definition).map((p, i) => ({
      name: p.name,
      priority: p.priority,
      category: null,
      policy: p.policy,
      calendarId,
      position: i,
      updatedAt: opts.now,
    })),
  );
  await saveIndustryPreset(tx, code, opts.by, opts.now);
  await savePriorityRules(tx, preset.priorityRules, opts.by, opts.now);
  await applyPresetTaxonomy(tx, code, opts); // causes, stages, callback window
}

/**
 * On first start: applies the configured industry preset. The demo company also gets the categories of
 * the other presets, because its synthetic complaints come from all five kinds of company.
 */
export async function ensureConfiguration(db: Db, presetCode: string, opts: { demo: boolean; now: Date; timezone: string }): Promise<boolean> {
  if (await industryPreset(db)) {
    // Installs from before causes and stages were stored; the codes on cases come from the cases module.
    await backfillTaxonomy(db, opts.now, codesOnCases);
    return false;
  }
  const code = toPresetCode(presetCode);
  const others = opts.demo ? (Object.keys(PRESETS) as PresetCode[]).filter((c) => c !== code) : [];
  await db.transaction((tx) => applyPreset(tx, code, { by: null, now: opts.now, timezone: opts.timezone, extraCategoriesFrom: others }));
  return true;
}
