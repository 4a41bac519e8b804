import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, notFound, type LocalizedText } from '../../shared/errors.ts';
import { localizeIssue } from '../../shared/validation.ts';
import { categories } from '../cases/case.table.ts';
import { routingRules } from '../routing/routing.table.ts';
import { describeYearCoverage, validateCalendar, type BusinessCalendar } from '../sla/business-calendar.ts';
import { validateSlaPolicy, type SlaPolicy } from '../sla/sla-clock.ts';
import { businessCalendars, slaPolicies } from '../sla/sla.table.ts';
import { PRESETS } from '../triage/presets/index.ts';
import type { PriorityRules } from '../triage/preset.schema.ts';
import { PriorityRulesSchema } from '../triage/preset.schema.ts';
import { departments } from '../users/user.table.ts';
import { applyPreset, settingsRepository, toPresetCode } from './settings.service.ts';
import type {
  CalendarDefinition,
  SlaPolicyBody,
  CreateCategoryBody,
  CreateSlaPolicyBody,
  RoutingRuleBody,
  UpdateCalendarBody,
  UpdateCategoryBody,
  UpdateRoutingRuleBody,
  UpdateSlaPolicyBody,
} from './settings.schemas.ts';

type Problems = Array<{ path: string; message: LocalizedText }>;

// The domain types use readonly arrays and numeric weekday keys; the JSON schemas describe the same data.
type PolicyJson = z.infer<typeof SlaPolicyBody>;
type CalendarJson = z.infer<typeof CalendarDefinition>;
const policyView = (r: typeof slaPolicies.$inferSelect) => ({ ...r, policy: r.policy as unknown as PolicyJson });

function invalid(problems: Problems, prefix: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: problems.map((p) => ({ path: [prefix, p.path].filter(Boolean).join('.'), message: p.message })),
  });
}

export type AdminConfigService = ReturnType<typeof createAdminConfigService>;

/** What an administrator edits: preset, categories, routing rules, time-limit policies, calendars. */
export function createAdminConfigService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function assertDepartment(id: string) {
    const [d] = await db.select().from(departments).where(eq(departments.id, id));
    if (!d || !d.active) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'departmentId', message: { zh: '部门不存在或已停用', en: 'Unknown or inactive department' } }] });
    }
  }

  const withCoverage = (row: typeof businessCalendars.$inferSelect) => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(clock()));
    return {
      id: row.id,
      name: row.name,
      isDefault: row.isDefault,
      definition: row.definition as unknown as CalendarJson,
      coverage: [year, year + 1].map((y) => {
        const c = describeYearCoverage(row.definition, y);
        return { year: y, covered: c.covered, warning: c.warning };
      }),
    };
  };

  return {
    async presets() {
      const current = await settingsRepository.get<string>(db, 'industryPreset');
      return {
        current: current ?? null,
        items: Object.values(PRESETS).map((p) => ({ code: p.code, nameZh: p.nameZh, nameEn: p.nameEn, categories: p.categories.length })),
      };
    },
    async applyPreset(actor: Actor, code: string) {
      let presetCode;
      try {
        presetCode = toPresetCode(code);
      } catch {
        throw notFound();
      }
      await db.transaction((tx) => applyPreset(tx, presetCode, { by: actor.id, now: clock() }));
    },

    priorityRules: async () => (await settingsRepository.get<PriorityRules>(db, 'priorityRules')) ?? null,
    async setPriorityRules(actor: Actor, rules: unknown) {
      const parsed = PriorityRulesSchema.safeParse(rules);
      if (!parsed.success) {
        const issues = parsed.error.issues as unknown as Parameters<typeof localizeIssue>[0][];
        throw invalid(issues.map((i) => ({ path: i.path.map(String).join('.'), message: { zh: localizeIssue(i, 'zh'), en: localizeIssue(i, 'en') } })), '');
      }
      await settingsRepository.set(db, 'priorityRules', parsed.data, actor.id, clock());
      return parsed.data;
    },

    listCategories: () => db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.code)),
    async createCategory(input: z.infer<typeof CreateCategoryBody>) {
      const [exists] = await db.select().from(categories).where(eq(categories.code, input.code));
      if (exists) throw new AppError('ALREADY_EXISTS', { fields: [{ path: 'code', message: { zh: '编码已存在', en: 'This code is taken' } }] });
      const [row] = await db.insert(categories).values({ ...input, definitionZh: input.definitionZh ?? null, definitionEn: input.definitionEn ?? null }).returning();
      return row!;
    },
    async updateCategory(code: string, input: z.infer<typeof UpdateCategoryBody>) {
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (!Object.keys(patch).length) {
        const [row] = await db.select().from(categories).where(eq(categories.code, code));
        if (!row) throw notFound();
        return row;
      }
      const [row] = await db.update(categories).set(patch).where(eq(categories.code, code)).returning();
      if (!row) throw notFound();
      return row;
    },

    listRules: () => db.select().from(routingRules).orderBy(asc(routingRules.position)),
    async createRule(input: z.infer<typeof RoutingRuleBody>) {
      await assertDepartment(input.departmentId);
      const [row] = await db
        .insert(routingRules)
        .values({
          position: input.position,
          category: input.category ?? null,
          stage: input.stage ?? null,
          channel: input.channel ?? null,
          storePrefix: input.storePrefix ?? null,
          departmentId: input.departmentId,
          active: input.active,
          createdAt: clock(),
        })
        .returning();
      return row!;
    },
    async updateRule(id: string, input: z.infer<typeof UpdateRoutingRuleBody>) {
      if (input.departmentId) await assertDepartment(input.departmentId);
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const [row] = Object.keys(patch).length
        ? await db.update(routingRules).set(patch).where(eq(routingRules.id, id)).returning()
        : await db.select().from(routingRules).where(eq(routingRules.id, id));
      if (!row) throw notFound();
      return row;
    },
    async deleteRule(id: string) {
      const rows = await db.delete(routingRules).where(eq(routingRules.id, id)).returning();
      if (!rows.length) throw notFound();
    },

    listPolicies: async () => (await db.select().from(slaPolicies).orderBy(asc(slaPolicies.position))).map(policyView),
    async createPolicy(input: z.infer<typeof CreateSlaPolicyBody>) {
      const problems = validateSlaPolicy(input.policy as SlaPolicy);
      if (problems.length) throw invalid(problems, 'policy');
      const [row] = await db
        .insert(slaPolicies)
        .values({ ...input, category: input.category ?? null, priority: input.priority ?? null, calendarId: input.calendarId ?? null, policy: input.policy as SlaPolicy, updatedAt: clock() })
        .returning();
      return policyView(row!);
    },
    async updatePolicy(id: string, input: z.infer<typeof UpdateSlaPolicyBody>) {
      if (input.policy) {
        const problems = validateSlaPolicy(input.policy as SlaPolicy);
        if (problems.length) throw invalid(problems, 'policy');
      }
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const [row] = await db.update(slaPolicies).set({ ...patch, updatedAt: clock() }).where(eq(slaPolicies.id, id)).returning();
      if (!row) throw notFound();
      return policyView(row);
    },
    async deletePolicy(id: string) {
      const rows = await db.delete(slaPolicies).where(eq(slaPolicies.id, id)).returning();
      if (!rows.length) throw notFound();
    },

    async listCalendars() {
      const rows = await db.select().from(businessCalendars).orderBy(asc(businessCalendars.name));
      return rows.map(withCoverage);
    },
    async updateCalendar(id: string, input: z.infer<typeof UpdateCalendarBody>) {
      if (input.definition) {
        const problems = validateCalendar(input.definition as BusinessCalendar);
        if (problems.length) throw invalid(problems, 'definition');
      }
      const [row] = await db
        .update(businessCalendars)
        .set({
          ...(input.name ? { name: input.name } : {}),
          ...(input.definition ? { definition: input.definition as BusinessCalendar } : {}),
          updatedAt: clock(),
        })
        .where(eq(businessCalendars.id, id))
        .returning();
      if (!row) throw notFound();
      return withCoverage(row);
    },
  };
}
