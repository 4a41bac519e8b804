// What an administrator configures across modules: the industry preset, priority weights, routing
// rules, time-limit policies and calendars. Categories, causes and stages are taxonomy's own routes.
import type { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, notFound, type LocalizedText } from '../../shared/errors.ts';
import { FIELD_MESSAGES, localizeIssue } from '../../shared/validation.ts';
import { createdFields, diffFields, recordAdminChange, updateAction } from '../audit/audit.service.ts';
import { CASE_STATUSES, CHANNELS } from '../cases/case.lifecycle.ts';
import { PRESETS } from '../presets/index.ts';
import { PriorityRulesSchema } from '../presets/preset.schema.ts';
import { industryPreset, priorityRules, savePriorityRules } from '../settings/settings.service.ts';
import { describeYearCoverage, validateCalendar, type BusinessCalendar } from '../sla/business-calendar.ts';
import { validateSlaPolicy, type SlaPolicy } from '../sla/sla-clock.ts';
import {
  activeSlaPolicyIds,
  calendarExists,
  deleteSlaPolicy,
  findCalendar,
  findSlaPolicy,
  insertSlaPolicy,
  listCalendars,
  listSlaPolicies,
  slaPolicyIdsOnCalendar,
  updateCalendar,
  updateSlaPolicy,
  type CalendarRow,
  type SlaPolicyRow,
} from '../sla/sla-config.service.ts';
import { requestRecompute } from '../sla/sla.service.ts';
import { deleteRoutingRule, findRoutingRule, insertRoutingRule, listRoutingRules, updateRoutingRule } from '../routing/routing.service.ts';
import { effectivePreset } from '../taxonomy/taxonomy.service.ts';
import { findDepartment } from '../users/user.service.ts';
import type {
  CalendarDefinition,
  SlaPolicyBody,
  CreateSlaPolicyBody,
  RoutingRuleBody,
  UpdateCalendarBody,
  UpdateRoutingRuleBody,
  UpdateSlaPolicyBody,
} from './admin-config.schemas.ts';
import { applyPreset, toPresetCode } from './preset-application.service.ts';

type Problems = Array<{ path: string; message: LocalizedText }>;

// The domain types use readonly arrays and numeric weekday keys; the JSON schemas describe the same data.
type PolicyJson = z.infer<typeof SlaPolicyBody>;
type CalendarJson = z.infer<typeof CalendarDefinition>;
const policyView = (r: SlaPolicyRow) => ({ ...r, policy: r.policy as unknown as PolicyJson });

function invalid(problems: Problems, prefix: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: problems.map((p) => ({ path: [prefix, p.path].filter(Boolean).join('.'), message: p.message })),
  });
}

// Codes and ids the configuration refers to must exist: a bad one is refused field by field (the stored
// configuration stays as it was), never stored to match nothing or to fail later on a foreign key.
const REFERENCE_MESSAGES = {
  calendar_unknown: { zh: '工作日历不存在', en: 'Unknown calendar' },
  category_unknown: { zh: '投诉类别不存在或已停用', en: 'Unknown or inactive category' },
  stage_unknown: { zh: '环节不在当前行业模板中', en: 'Unknown stage: not in the industry preset' },
  channel_unknown: { zh: '未知的受理渠道', en: 'Unknown channel' },
  status_unknown: { zh: '未知的工单状态', en: 'Unknown case status' },
} as const satisfies Record<string, LocalizedText>;

const CHANNEL_CODES: readonly string[] = CHANNELS;
const STATUS_CODES: readonly string[] = CASE_STATUSES;

async function activeCategoryCodes(db: DbOrTx): Promise<Set<string>> {
  return new Set((await effectivePreset(db)).categories.map((c) => c.code));
}

async function calendarProblems(db: DbOrTx, calendarId: string | null | undefined): Promise<Problems> {
  if (!calendarId) return [];
  return (await calendarExists(db, calendarId)) ? [] : [{ path: 'calendarId', message: REFERENCE_MESSAGES.calendar_unknown }];
}

async function departmentProblems(db: DbOrTx, departmentId: string | undefined): Promise<Problems> {
  if (!departmentId) return [];
  const d = await findDepartment(db, departmentId);
  return d?.active ? [] : [{ path: 'departmentId', message: FIELD_MESSAGES.department_unknown }];
}

/** What a policy refers to: its calendar, its category, its pause statuses (only the fields given). */
async function policyReferenceProblems(
  db: DbOrTx,
  input: { calendarId?: string | null | undefined; category?: string | null | undefined; policy?: { pauseStatuses: readonly string[] } | undefined },
): Promise<Problems> {
  const problems = await calendarProblems(db, input.calendarId);
  if (input.category && !(await activeCategoryCodes(db)).has(input.category)) {
    problems.push({ path: 'category', message: REFERENCE_MESSAGES.category_unknown });
  }
  input.policy?.pauseStatuses.forEach((status, i) => {
    if (!STATUS_CODES.includes(status)) problems.push({ path: `policy.pauseStatuses.${i}`, message: REFERENCE_MESSAGES.status_unknown });
  });
  return problems;
}

/** What a routing rule refers to: category, stage, channel, department (only the fields given). */
async function ruleReferenceProblems(
  db: DbOrTx,
  input: { category?: string | null | undefined; stage?: string | null | undefined; channel?: string | null | undefined; departmentId?: string | undefined },
): Promise<Problems> {
  const problems: Problems = [];
  if (input.category || input.stage) {
    const preset = await effectivePreset(db);
    if (input.category && !preset.categories.some((c) => c.code === input.category)) {
      problems.push({ path: 'category', message: REFERENCE_MESSAGES.category_unknown });
    }
    if (input.stage && !preset.stages.some((s) => s.code === input.stage)) problems.push({ path: 'stage', message: REFERENCE_MESSAGES.stage_unknown });
  }
  if (input.channel && !CHANNEL_CODES.includes(input.channel)) problems.push({ path: 'channel', message: REFERENCE_MESSAGES.channel_unknown });
  problems.push(...(await departmentProblems(db, input.departmentId)));
  return problems;
}

const prefixed = (problems: readonly { path: string; message: LocalizedText }[], prefix: string): Problems =>
  problems.map((p) => ({ path: [prefix, p.path].filter(Boolean).join('.'), message: p.message }));

export type AdminConfigService = ReturnType<typeof createAdminConfigService>;

/** What an administrator edits here: preset, priority weights, routing rules, time-limit policies, calendars. */
export function createAdminConfigService(deps: { db: Db; clock: Clock; timezone: string }) {
  const { db, clock, timezone } = deps;

  /** Open cases on these policies, and those without a live policy, are brought in step with the change. */
  async function recomputeFor(tx: Tx, policyIds: readonly string[], now: Date, origin: { cause: 'policy' | 'calendar'; by: string }): Promise<void> {
    await requestRecompute(tx, { policyIds, activePolicyIds: await activeSlaPolicyIds(tx) }, now, origin);
  }

  const withCoverage = (row: CalendarRow) => {
    // The year as the company counts it: its configured time zone decides when a new year begins.
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: timezone, year: 'numeric' }).format(clock()));
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
      const current = await industryPreset(db);
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
      const now = clock();
      await db.transaction(async (tx) => {
        const before = await industryPreset(tx);
        await applyPreset(tx, presetCode, { by: actor.id, now, timezone });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'preset', entityId: presetCode, action: 'applied', changes: { preset: { from: before, to: presetCode } } });
        // Every policy was replaced: each open case moves to the preset's policy that fits it.
        await requestRecompute(tx, { all: true }, now, { cause: 'preset', by: actor.id });
      });
    },

    priorityRules: () => priorityRules(db),
    async setPriorityRules(actor: Actor, rules: unknown) {
      const parsed = PriorityRulesSchema.safeParse(rules);
      if (!parsed.success) {
        const issues = parsed.error.issues as unknown as Parameters<typeof localizeIssue>[0][];
        throw invalid(issues.map((i) => ({ path: i.path.map(String).join('.'), message: { zh: localizeIssue(i, 'zh'), en: localizeIssue(i, 'en') } })), '');
      }
      await db.transaction(async (tx) => {
        const before = (await priorityRules(tx)) as Record<string, unknown> | null;
        await savePriorityRules(tx, parsed.data, actor.id, clock());
        const changes = diffFields(before, parsed.data as unknown as Record<string, unknown>);
        if (Object.keys(changes).length) {
          await recordAdminChange(tx, { actorId: actor.id, entity: 'priority_rules', entityId: 'priorityRules', action: before ? 'updated' : 'created', changes });
        }
      });
      return parsed.data;
    },

    listRules: () => listRoutingRules(db),
    async createRule(actor: Actor, input: z.infer<typeof RoutingRuleBody>) {
      const problems = await ruleReferenceProblems(db, input);
      if (problems.length) throw invalid(problems, '');
      return db.transaction(async (tx) => {
        const row = await insertRoutingRule(tx, {
            position: input.position,
            category: input.category ?? null,
            stage: input.stage ?? null,
            channel: input.channel ?? null,
            storePrefix: input.storePrefix ?? null,
            departmentId: input.departmentId,
            active: input.active,
            createdAt: clock(),
        });
        const { id: _id, createdAt: _at, ...fields } = row;
        await recordAdminChange(tx, { actorId: actor.id, entity: 'routing_rule', entityId: row.id, action: 'created', changes: createdFields(fields) });
        return row;
      });
    },
    async updateRule(actor: Actor, id: string, input: z.infer<typeof UpdateRoutingRuleBody>) {
      const problems = await ruleReferenceProblems(db, input);
      if (problems.length) throw invalid(problems, '');
      const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      return db.transaction(async (tx) => {
        const before = await findRoutingRule(tx, id);
        if (!before) throw notFound();
        if (!Object.keys(patch).length) return before;
        const row = await updateRoutingRule(tx, id, patch);
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'routing_rule', entityId: id, action: updateAction(changes), changes });
        return row!;
      });
    },
    async deleteRule(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const deleted = await deleteRoutingRule(tx, id);
        if (!deleted) throw notFound();
        const { id: _id, createdAt: _at, ...fields } = deleted;
        const changes = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { from: v }]));
        await recordAdminChange(tx, { actorId: actor.id, entity: 'routing_rule', entityId: id, action: 'deleted', changes });
      });
    },

    listPolicies: async () => (await listSlaPolicies(db)).map(policyView),
    async createPolicy(actor: Actor, input: z.infer<typeof CreateSlaPolicyBody>) {
      const now = clock();
      return db.transaction(async (tx) => {
        const problems = [...prefixed(validateSlaPolicy(input.policy as SlaPolicy), 'policy'), ...(await policyReferenceProblems(tx, input))];
        if (problems.length) throw invalid(problems, '');
        const row = await insertSlaPolicy(tx, {
          ...input,
          category: input.category ?? null,
          priority: input.priority ?? null,
          calendarId: input.calendarId ?? null,
          policy: input.policy as SlaPolicy,
          updatedAt: now,
        });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'sla_policy', entityId: row.id, action: 'created', changes: createdFields(input) });
        // Cases keep their policy; only those without a live one may take the new policy.
        await recomputeFor(tx, [], now, { cause: 'policy', by: actor.id });
        return policyView(row);
      });
    },
    async updatePolicy(actor: Actor, id: string, input: z.infer<typeof UpdateSlaPolicyBody>) {
      const now = clock();
      return db.transaction(async (tx) => {
        const problems = [...(input.policy ? prefixed(validateSlaPolicy(input.policy as SlaPolicy), 'policy') : []), ...(await policyReferenceProblems(tx, input))];
        if (problems.length) throw invalid(problems, '');
        const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
        const before = await findSlaPolicy(tx, id);
        const row = await updateSlaPolicy(tx, id, { ...patch, updatedAt: now });
        if (!row) throw notFound();
        const changes = diffFields(before, patch);
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'sla_policy', entityId: id, action: updateAction(changes), changes });
        // A new name changes no clock; anything else may (targets, calendar, pause statuses, or which policy fits).
        if (Object.keys(patch).some((k) => k !== 'name')) await recomputeFor(tx, [id], now, { cause: 'policy', by: actor.id });
        return policyView(row);
      });
    },
    async deletePolicy(actor: Actor, id: string) {
      const now = clock();
      await db.transaction(async (tx) => {
        const deleted = await deleteSlaPolicy(tx, id);
        if (!deleted) throw notFound();
        const { name, priority, category, calendarId, position, active } = deleted;
        const changes = Object.fromEntries(Object.entries({ name, priority, category, calendarId, position, active }).map(([k, v]) => [k, { from: v }]));
        await recordAdminChange(tx, { actorId: actor.id, entity: 'sla_policy', entityId: id, action: 'deleted', changes });
        // Its cases move to the policy that fits now (docs/decisions/006).
        await recomputeFor(tx, [id], now, { cause: 'policy', by: actor.id });
      });
    },

    async listCalendars() {
      const rows = await listCalendars(db);
      return rows.map(withCoverage);
    },
    async updateCalendar(actor: Actor, id: string, input: z.infer<typeof UpdateCalendarBody>) {
      if (input.definition) {
        const problems = validateCalendar(input.definition as BusinessCalendar);
        if (problems.length) throw invalid(problems, 'definition');
      }
      const now = clock();
      return db.transaction(async (tx) => {
        const before = await findCalendar(tx, id);
        const row = await updateCalendar(tx, id, {
          ...(input.name ? { name: input.name } : {}),
          ...(input.definition ? { definition: input.definition as BusinessCalendar } : {}),
          updatedAt: now,
        });
        if (!row) throw notFound();
        const changes = diffFields(before, { ...(input.name ? { name: input.name } : {}), ...(input.definition ? { definition: input.definition } : {}) });
        if (Object.keys(changes).length) await recordAdminChange(tx, { actorId: actor.id, entity: 'calendar', entityId: id, action: 'updated', changes });
        if (input.definition) {
          // The policies counting on this calendar (those without one count on the default calendar).
          await recomputeFor(tx, await slaPolicyIdsOnCalendar(tx, id, row.isDefault), now, { cause: 'calendar', by: actor.id });
        }
        return withCoverage(row);
      });
    },
  };
}
