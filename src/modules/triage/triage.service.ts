import { and, desc, eq, gte, isNotNull, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { caseRepository, type CaseRow } from '../cases/case.repository.ts';
import { cases } from '../cases/case.table.ts';
import type { CreateCaseInput } from '../cases/case.schemas.ts';
import { customers } from '../customers/customer.table.ts';
import { matchRule, describeRule, type RuleVocabulary } from '../routing/routing.rules.ts';
import { CHANNEL_NAMES, type Channel } from '../cases/case.lifecycle.ts';
import { routingRepository, type RoutingService } from '../routing/routing.service.ts';
import { effectivePreset } from '../taxonomy/taxonomy.service.ts';
import type { SlaService } from '../sla/sla.service.ts';
import { departments } from '../users/user.table.ts';
import { createClassifier, parseModel, trainModel, type Classifier, type Suggestion } from './classifier.ts';
import { findDuplicates, type DuplicateCandidate } from './duplicates.ts';
import type { IndustryPreset, Urgency } from '../presets/preset.schema.ts';
import { computePriority, priorityInputFromSuggestion, type PriorityResult, type RegulatorReferral } from './priority.ts';
import { classifierModels } from './triage.table.ts';

export type TriageInput = {
  text: string;
  phone?: string | null | undefined;
  waybillNo?: string | null | undefined;
  category?: string | null | undefined;
  urgency?: Urgency | undefined;
  channel: string;
  store?: string | null | undefined;
  stage?: string | null | undefined;
  isKeyCustomer?: boolean | undefined;
  regulatorReferral?: '12305' | '12315' | 'other' | null | undefined;
  declaredValueYuan?: number | null | undefined;
  /** The case itself, when it exists already (left out of repeats and duplicates). */
  caseId?: string | undefined;
};

export type TriageResult = {
  suggestion: Suggestion;
  category: string;
  urgency: Urgency;
  stage: string | null;
  priority: PriorityResult;
  route: { departmentId: string; departmentName: string; ruleId: string; reasonZh: string; reasonEn: string } | null;
  duplicates: Array<DuplicateCandidate & { status: string | undefined; createdAt: string }>;
  repeatCount: number;
};

const REFERRAL: Record<string, RegulatorReferral | null> = { '12305': 'postal_12305', '12315': 'consumer_12315', other: null };
const DAY = 24 * 3600_000;

/** What is kept on the case of a suggestion: enough to show why, and to learn from a correction. */
export function suggestionSnapshot(r: TriageResult) {
  const s = r.suggestion;
  return {
    category: { code: s.category.code, confidence: s.category.confidence, decidedBy: s.category.decidedBy, reasons: s.category.reasons.slice(0, 6) },
    urgency: { level: s.urgency.level, confidence: s.urgency.confidence, reasons: s.urgency.reasons.slice(0, 6) },
    upset: { upset: s.upset.upset, confidence: s.upset.confidence, reasons: s.upset.reasons.slice(0, 6) },
    stage: s.stage ? { code: s.stage.code, confidence: s.stage.confidence } : null,
    route: r.route ? { departmentId: r.route.departmentId, reasonZh: r.route.reasonZh, reasonEn: r.route.reasonEn } : null,
  };
}

const namesOf = (items: ReadonlyArray<{ code: string; nameZh: string; nameEn: string }>) => {
  const byCode = new Map(items.map((i) => [i.code, { zh: i.nameZh, en: i.nameEn }]));
  return (code: string) => byCode.get(code);
};
const vocabularyOf = (preset: IndustryPreset): RuleVocabulary => ({
  category: namesOf(preset.categories),
  stage: namesOf(preset.stages),
  channel: (code) => CHANNEL_NAMES[code as Channel],
});

export type TriageService = ReturnType<typeof createTriageService>;

export function createTriageService(deps: { db: Db; clock: Clock; routing: RoutingService; sla: SlaService }) {
  const { db, clock } = deps;
  let cached: { key: string; classifier: Classifier } | null = null;

  async function classifierFor(tx: DbOrTx, preset: IndustryPreset): Promise<Classifier> {
    // Only the id is read on each intake; the model itself (large JSON) only when it changed.
    const [active] = await tx
      .select({ id: classifierModels.id })
      .from(classifierModels)
      .where(eq(classifierModels.active, true))
      .orderBy(desc(classifierModels.trainedAt))
      .limit(1);
    const key = `${active?.id ?? 'none'}|${JSON.stringify([preset.categories, preset.stages])}|${preset.code}`;
    if (cached?.key !== key) {
      const [row] = active ? await tx.select({ model: classifierModels.model }).from(classifierModels).where(eq(classifierModels.id, active.id)) : [];
      cached = { key, classifier: createClassifier(preset, row ? parseModel(row.model) : null) };
    }
    return cached.classifier;
  }

  async function recentCases(tx: DbOrTx, input: TriageInput, since: Date) {
    const conditions = [];
    if (input.waybillNo) conditions.push(eq(cases.waybillNo, input.waybillNo));
    if (input.phone) conditions.push(eq(customers.phone, input.phone));
    if (!conditions.length) return [];
    return tx
      .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status, category: cases.category, waybillNo: cases.waybillNo, phone: customers.phone, createdAt: cases.createdAt })
      .from(cases)
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .where(and(or(...conditions), or(gte(cases.createdAt, since), input.waybillNo ? eq(cases.waybillNo, input.waybillNo) : sql`false`)))
      .orderBy(desc(cases.createdAt))
      .limit(50);
  }

  async function storedKeyFlag(tx: DbOrTx, phone: string): Promise<boolean> {
    const [row] = await tx.select({ isKey: customers.isKey }).from(customers).where(eq(customers.phone, phone)).limit(1);
    return row?.isKey ?? false;
  }

  async function analyse(tx: DbOrTx, input: TriageInput, now: Date): Promise<TriageResult> {
    const preset = await effectivePreset(tx);
    const suggestion = (await classifierFor(tx, preset)).suggest(input.text);
    const category = input.category ?? suggestion.category.code;
    const urgency = input.urgency ?? suggestion.urgency.level;
    const stage = input.stage ?? suggestion.stage?.code ?? null;
    const windowDays = preset.priorityRules.repeat.windowDays;
    const history = (await recentCases(tx, input, new Date(now.getTime() - Math.max(windowDays, 3) * DAY))).filter((h) => h.id !== input.caseId);
    const repeatCount = history.filter((h) => h.createdAt.getTime() >= now.getTime() - windowDays * DAY).length;
    // A customer marked key on their record counts as key whether or not the agent ticked it this time.
    const isKeyCustomer = input.isKeyCustomer || (input.phone ? await storedKeyFlag(tx, input.phone) : false);
    const priority = computePriority(
      preset,
      priorityInputFromSuggestion(suggestion, {
        isKeyCustomer,
        declaredValueYuan: input.declaredValueYuan ?? null,
        repeatCount,
        regulatorReferral: input.regulatorReferral ? REFERRAL[input.regulatorReferral] ?? null : null,
        category,
        urgency,
      }),
    );
    const rule = matchRule(await routingRepository.active(tx), { category, stage, channel: input.channel, store: input.store ?? null });
    let route: TriageResult['route'] = null;
    if (rule) {
      const [dep] = await tx.select().from(departments).where(eq(departments.id, rule.departmentId));
      if (dep?.active) route = { departmentId: dep.id, departmentName: dep.name, ruleId: rule.id, ...(({ zh, en }) => ({ reasonZh: zh, reasonEn: en }))(describeRule(rule, dep.name, vocabularyOf(preset))) };
    }
    const byId = new Map(history.map((h) => [h.id, h]));
    const duplicates = findDuplicates(
      { waybillNo: input.waybillNo, phone: input.phone, category, receivedAt: now },
      history.map((h) => ({ id: h.id, caseNumber: h.caseNumber, status: h.status, waybillNo: h.waybillNo, phone: h.phone, category: h.category, receivedAt: h.createdAt })),
    ).map((d) => ({ ...d, status: byId.get(d.caseId)?.status, createdAt: byId.get(d.caseId)?.createdAt.toISOString() ?? '' }));
    return { suggestion, category, urgency, stage, priority, route, duplicates, repeatCount };
  }

  return {
    /** Suggestions while an agent types: nothing is written. */
    preview: (input: TriageInput) => analyse(db, input, clock()),

    /**
     * Inside the intake transaction: classify, prioritise, route to a department and member, start
     * the clocks. What the agent chose explicitly stays; the rest comes from the suggestion.
     */
    async onCaseCreated(tx: Tx, created: CaseRow, input: CreateCaseInput, now: Date, opts: { route: boolean }): Promise<void> {
      const result = await analyse(
        tx,
        {
          text: [input.description, input.demand].filter(Boolean).join('\n'),
          phone: input.customer.phone,
          waybillNo: input.waybillNo,
          category: input.category ?? null,
          urgency: input.urgency,
          channel: input.channel,
          store: input.store,
          stage: input.stage,
          isKeyCustomer: input.customer.isKey,
          regulatorReferral: input.regulatorReferral,
          declaredValueYuan: input.declaredValueYuan,
          caseId: created.id,
        },
        now,
      );
      const s = result.suggestion;
      const patch: Partial<CaseRow> = {
        category: result.category,
        categoryConfirmed: !!input.category,
        urgency: result.urgency,
        priority: input.priority ?? result.priority.priority,
        priorityReasons: result.priority.reasons,
        stage: result.stage,
        upset: s.upset.upset,
        publicExposure: s.signals.publicExposure.detected,
        regulatorReferral: input.regulatorReferral ?? null,
        declaredValueYuan: input.declaredValueYuan ?? null,
        suggestion: suggestionSnapshot(result),
      };
      await caseRepository.insertEvent(tx, {
        caseId: created.id,
        actorId: null,
        kind: 'triaged',
        createdAt: now,
        payload: {
          category: result.category,
          categorySuggested: s.category.code,
          confidence: s.category.confidence,
          urgency: result.urgency,
          priority: patch.priority,
          priorityReasons: result.priority.reasons,
          upset: s.upset.upset,
          repeatCount: result.repeatCount,
          duplicates: result.duplicates.map((d) => d.caseNumber),
        },
      });
      if (opts.route && result.route) {
        const assigneeId = await deps.routing.pickAssignee(tx, result.route.departmentId);
        patch.status = 'assigned';
        patch.departmentId = result.route.departmentId;
        patch.assigneeId = assigneeId;
        await caseRepository.insertEvent(tx, {
          caseId: created.id,
          actorId: null,
          kind: 'status_changed',
          fromStatus: created.status,
          toStatus: 'assigned',
          createdAt: now,
          payload: { auto: true, reason: result.route.reasonZh, reasonEn: result.route.reasonEn },
        });
        await caseRepository.insertEvent(tx, {
          caseId: created.id,
          actorId: null,
          kind: 'assigned',
          createdAt: now,
          payload: {
            auto: true,
            ruleId: result.route.ruleId,
            ...(await caseRepository.assignmentPayload(tx, { fromDepartmentId: null, toDepartmentId: result.route.departmentId, fromAssigneeId: null, toAssigneeId: assigneeId })),
          },
        });
      }
      const [updated] = await tx.update(cases).set(patch).where(eq(cases.id, created.id)).returning();
      await deps.sla.onCreated(tx, updated!, now);
    },

    /** The priority of an existing case from what is on it now (an agent edited urgency, category, upset …). */
    async reprioritise(tx: Tx, c: CaseRow): Promise<{ priority: CaseRow['priority']; reasons: PriorityResult['reasons'] }> {
      const [customer] = await tx.select({ phone: customers.phone, isKey: customers.isKey }).from(customers).where(eq(customers.id, c.customerId));
      const preset = await effectivePreset(tx);
      const suggestion = (await classifierFor(tx, preset)).suggest([c.description, c.demand].filter(Boolean).join('\n'));
      const windowDays = preset.priorityRules.repeat.windowDays;
      const history = await recentCases(tx, { text: '', channel: c.channel, phone: customer?.phone, waybillNo: c.waybillNo ?? undefined }, new Date(c.createdAt.getTime() - windowDays * DAY));
      // Repeats are the earlier complaints, as at intake; later ones do not raise this case.
      const repeatCount = history.filter((h) => h.id !== c.id && h.createdAt < c.createdAt).length;
      const priority = computePriority(preset, {
        ...priorityInputFromSuggestion(suggestion, {
          isKeyCustomer: customer?.isKey ?? false,
          declaredValueYuan: c.declaredValueYuan,
          repeatCount,
          regulatorReferral: c.regulatorReferral ? REFERRAL[c.regulatorReferral] ?? null : null,
          category: c.category ?? undefined,
          urgency: c.urgency,
        }),
        // The agent's judgement of the customer's mood beats the text's.
        upset: c.upset,
      });
      return { priority: priority.priority, reasons: priority.reasons };
    },

    /** Trains a new model from the cases whose category an agent confirmed or corrected. */
    async retrain(now = clock()): Promise<{ examples: number; trained: boolean }> {
      const rows = await db
        .select({ description: cases.description, demand: cases.demand, category: cases.category, urgency: cases.urgency })
        .from(cases)
        .where(and(eq(cases.categoryConfirmed, true), isNotNull(cases.category)))
        .orderBy(desc(cases.createdAt))
        .limit(20000);
      if (rows.length < 20) return { examples: rows.length, trained: false };
      const model = trainModel(
        rows.map((r) => ({ text: [r.description, r.demand].filter(Boolean).join('\n'), category: r.category!, urgency: r.urgency })),
        { now },
      );
      await db.transaction(async (tx) => {
        await tx.update(classifierModels).set({ active: false }).where(eq(classifierModels.active, true));
        await tx.insert(classifierModels).values({ trainedAt: now, examples: rows.length, model, metrics: { quality: model.quality }, active: true });
      });
      return { examples: rows.length, trained: true };
    },

    /** Retrains when at least `every` cases were confirmed since the last model. */
    async retrainIfDue(every = 20): Promise<boolean> {
      const [last] = await db.select({ examples: classifierModels.examples }).from(classifierModels).where(eq(classifierModels.active, true)).limit(1);
      const confirmed = await db.$count(cases, eq(cases.categoryConfirmed, true));
      if (confirmed - (last?.examples ?? 0) < every) return false;
      return (await this.retrain()).trained;
    },

    async modelInfo() {
      const [m] = await db
        .select({ id: classifierModels.id, trainedAt: classifierModels.trainedAt, examples: classifierModels.examples, metrics: classifierModels.metrics })
        .from(classifierModels)
        .where(eq(classifierModels.active, true))
        .limit(1);
      return m ? { id: m.id, trainedAt: m.trainedAt.toISOString(), examples: m.examples, metrics: m.metrics } : null;
    },
  };
}
