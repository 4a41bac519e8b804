import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { caseEvent } from '../cases/case.events.ts';
import { CHANNEL_NAMES, type Channel } from '../cases/case.lifecycle.ts';
import type { CaseChangeContext, CaseListener, CaseRow, TriagePatch } from '../cases/case.listeners.ts';
import type { CreateCaseInput } from '../cases/case.schemas.ts';
import { scopeOf } from '../cases/case.service.ts';
import { matchRule, describeRule, type RuleVocabulary } from '../routing/routing.rules.ts';
import type { RoutingRuleRow, RoutingService } from '../routing/routing.service.ts';
import type { ConfigCache } from '../settings/config-cache.ts';
import { effectivePreset } from '../taxonomy/taxonomy.service.ts';
import { createClassifier, parseModel, trainModel, type Classifier, type Suggestion } from './classifier.ts';
import { findDuplicates, type DuplicateCandidate } from './duplicates.ts';
import type { IndustryPreset, Urgency } from '../presets/preset.schema.ts';
import { computePriority, priorityInputFromSuggestion, type PriorityResult, type RegulatorReferral } from './priority.ts';
import { triageRepository } from './triage.repository.ts';

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
  /** The key flag on the customer's record, when the caller has just read it (intake): no look-up. */
  storedKeyFlag?: boolean | undefined;
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

/** Which cases a reader may see (the cases module's rule). */
type CaseScope = ReturnType<typeof scopeOf>;
type TriageSetup = { preset: IndustryPreset; classifier: Classifier; rules: RoutingRuleRow[] };

export type TriageService = ReturnType<typeof createTriageService>;

export function createTriageService(deps: { db: Db; clock: Clock; routing: RoutingService; config?: ConfigCache }) {
  const { db, clock } = deps;
  let cached: { key: string; classifier: Classifier } | null = null;

  async function classifierFor(tx: DbOrTx, preset: IndustryPreset): Promise<Classifier> {
    // Only the id is read on each intake; the model itself (large JSON) only when it changed.
    const activeId = await triageRepository.activeModelId(tx);
    const key = `${activeId ?? 'none'}|${JSON.stringify([preset.categories, preset.stages])}|${preset.code}`;
    if (cached?.key !== key) {
      const model = activeId ? await triageRepository.model(tx, activeId) : undefined;
      cached = { key, classifier: createClassifier(preset, model !== undefined ? parseModel(model) : null) };
    }
    return cached.classifier;
  }

  /** What triage reads of the configuration: the preset as edited, its classifier and the routing rules. */
  async function loadSetup(tx: DbOrTx): Promise<TriageSetup> {
    const preset = await effectivePreset(tx);
    return { preset, classifier: await classifierFor(tx, preset), rules: await deps.routing.activeRules(tx) };
  }
  // Cached in the process under the configuration stamp when a cache is given (read once per change otherwise).
  const setupOf = (tx: DbOrTx): Promise<TriageSetup> => (deps.config ? deps.config.read(tx, 'triage.setup', loadSetup) : loadSetup(tx));
  const departmentOf = async (
    tx: DbOrTx,
    id: string,
  ): Promise<{ id: string; name: string; active: boolean; assignmentStrategy: 'round_robin' | 'least_load' | 'none' } | undefined> => {
    const load = async (d: DbOrTx) => {
      const dep = await triageRepository.department(d, id);
      return dep && { id: dep.id, name: dep.name, active: dep.active, assignmentStrategy: dep.assignmentStrategy };
    };
    return deps.config ? deps.config.read(tx, `triage.department.${id}`, load) : load(tx);
  };

  const recentCases = (tx: DbOrTx, input: TriageInput, since: Date, scope: CaseScope = 'all') => triageRepository.recentCases(tx, input, since, scope);
  const storedKeyFlag = (tx: DbOrTx, phone: string, scope: CaseScope) => triageRepository.customerByPhoneIsKey(tx, phone, scope);

  /**
   * `scope` bounds what the earlier cases and the customer's record may tell: all of them at intake (the
   * system's own analysis), the caller's view in a preview.
   */
  async function analyse(tx: DbOrTx, input: TriageInput, now: Date, scope: CaseScope = 'all'): Promise<TriageResult> {
    const { preset, classifier, rules } = await setupOf(tx);
    const suggestion = classifier.suggest(input.text);
    const category = input.category ?? suggestion.category.code;
    const urgency = input.urgency ?? suggestion.urgency.level;
    const stage = input.stage ?? suggestion.stage?.code ?? null;
    const windowDays = preset.priorityRules.repeat.windowDays;
    const recent = await recentCases(tx, input, new Date(now.getTime() - Math.max(windowDays, 3) * DAY), scope);
    const history = recent.filter((h) => h.id !== input.caseId);
    const repeatCount = history.filter((h) => h.createdAt.getTime() >= now.getTime() - windowDays * DAY).length;
    // A customer marked key on their record counts as key whether or not the agent ticked it this time
    // (the look-up of repeats carries the flag when it found a case of that phone the reader may see).
    const storedKey = input.phone
      ? (recent.find((h) => h.phone === input.phone)?.customerIsKey ?? input.storedKeyFlag ?? (await storedKeyFlag(tx, input.phone, scope)))
      : false;
    const isKeyCustomer = input.isKeyCustomer || storedKey;
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
    const rule = matchRule(rules, { category, stage, channel: input.channel, store: input.store ?? null });
    let route: TriageResult['route'] = null;
    if (rule) {
      const dep = await departmentOf(tx, rule.departmentId);
      if (dep?.active) route = { departmentId: dep.id, departmentName: dep.name, ruleId: rule.id, ...(({ zh, en }) => ({ reasonZh: zh, reasonEn: en }))(describeRule(rule, dep.name, vocabularyOf(preset))) };
    }
    const byId = new Map(history.map((h) => [h.id, h]));
    const duplicates = findDuplicates(
      { waybillNo: input.waybillNo, phone: input.phone, category, receivedAt: now },
      history.map((h) => ({ id: h.id, caseNumber: h.caseNumber, status: h.status, waybillNo: h.waybillNo, phone: h.phone, category: h.category, receivedAt: h.createdAt })),
    ).map((d) => ({ ...d, status: byId.get(d.caseId)?.status, createdAt: byId.get(d.caseId)?.createdAt.toISOString() ?? '' }));
    return { suggestion, category, urgency, stage, priority, route, duplicates, repeatCount };
  }

  /** Trains and stores a model inside the caller's transaction (the training lock's). */
  async function trainIn(tx: Tx, now: Date): Promise<{ examples: number; trained: boolean }> {
    const rows = await triageRepository.confirmedExamples(tx, 20000);
    if (rows.length < 20) return { examples: rows.length, trained: false };
    const model = trainModel(
      rows.map((r) => ({ text: [r.description, r.demand].filter(Boolean).join('\n'), category: r.category!, urgency: r.urgency })),
      { now },
    );
    await triageRepository.replaceActiveModel(tx, { trainedAt: now, examples: rows.length, model, metrics: { quality: model.quality } });
    return { examples: rows.length, trained: true };
  }

  const service = {
    /** Suggestions while an agent types: nothing is written; earlier cases only those the caller may see. */
    preview: (actor: Actor, input: TriageInput) => analyse(db, input, clock(), scopeOf(actor)),

    /**
     * Inside the intake transaction: classify, prioritise, route to a department and member. What the
     * agent chose explicitly stays; the rest comes from the suggestion. The clocks start after this
     * (the time limits' listener comes next), on the priority and status triage settled.
     */
    async onCaseCreated(ctx: CaseChangeContext, created: CaseRow, input: CreateCaseInput, opts: { route: boolean }, customer?: { phone: string; isKey: boolean }): Promise<void> {
      const { tx, now } = ctx;
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
          // The record intake has just written for this phone (scope: all, as at intake).
          storedKeyFlag: customer && customer.phone === input.customer.phone ? customer.isKey : undefined,
          regulatorReferral: input.regulatorReferral,
          declaredValueYuan: input.declaredValueYuan,
          caseId: created.id,
        },
        now,
      );
      const s = result.suggestion;
      const priority = input.priority ?? result.priority.priority;
      const patch: TriagePatch = {
        category: result.category,
        categoryConfirmed: !!input.category,
        urgency: result.urgency,
        priority,
        priorityReasons: result.priority.reasons,
        stage: result.stage,
        upset: s.upset.upset,
        publicExposure: s.signals.publicExposure.detected,
        regulatorReferral: input.regulatorReferral ?? null,
        declaredValueYuan: input.declaredValueYuan ?? null,
        suggestion: suggestionSnapshot(result),
      };
      await ctx.cases.applyTriage(patch);
      await ctx.cases.appendEvent(
        caseEvent.triaged({
          category: result.category,
          categorySuggested: s.category.code,
          confidence: s.category.confidence,
          urgency: result.urgency,
          priority,
          priorityReasons: result.priority.reasons,
          upset: s.upset.upset,
          repeatCount: result.repeatCount,
          duplicates: result.duplicates.flatMap((d) => (d.caseNumber ? [d.caseNumber] : [])),
        }),
      );
      if (opts.route && result.route) {
        // The department's strategy as this intake's configuration read saw it (no statement when cached).
        const strategy = (await departmentOf(tx, result.route.departmentId))?.assignmentStrategy;
        const assignee = await deps.routing.pickAssignee(tx, result.route.departmentId, strategy);
        await ctx.cases.transition({
          to: 'assigned',
          reason: result.route.reasonZh,
          reasonEn: result.route.reasonEn,
          owner: {
            departmentId: result.route.departmentId,
            assigneeId: assignee?.id ?? null,
            ruleId: result.route.ruleId,
            names: { department: result.route.departmentName, assignee: assignee?.name ?? null },
          },
        });
      }
    },

    /** Triage's part in a case change: analyse a new case, and price an edited one. */
    listener(opts: { route: boolean }): CaseListener {
      return {
        onCreated: (ctx, change) => service.onCaseCreated(ctx, change.case, change.input, opts, change.customer),
        prioritise: (ctx, draft) => service.reprioritise(ctx.tx, draft),
      };
    },

    /** The priority of an existing case from what is on it now (an agent edited urgency, category, upset …). */
    async reprioritise(tx: Tx, c: CaseRow): Promise<{ priority: CaseRow['priority']; reasons: PriorityResult['reasons'] }> {
      const customer = await triageRepository.customer(tx, c.customerId);
      const { preset, classifier } = await setupOf(tx);
      const suggestion = classifier.suggest([c.description, c.demand].filter(Boolean).join('\n'));
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
    /** Trains a new model from the cases whose category an agent confirmed or corrected (an admin may ask at any time). */
    async retrain(now = clock()): Promise<{ examples: number; trained: boolean }> {
      const done = await triageRepository.withTrainingLock(db, (tx) => trainIn(tx, now));
      // Another worker is training right now: its model is the one this request would have made.
      return done ?? { examples: 0, trained: false };
    },

    /** Retrains when at least `every` categories were confirmed or corrected since the last model. */
    async retrainIfDue(every = 20): Promise<boolean> {
      const due = async (d: DbOrTx) => {
        const last = await triageRepository.activeModelInfo(d);
        return (await triageRepository.confirmationsSince(d, last?.trainedAt ?? null, every)) >= every;
      };
      if (!(await due(db))) return false;
      const now = clock();
      // Checked again under the lock: another worker may have trained between the first look and now.
      const done = await triageRepository.withTrainingLock(db, async (tx) => ((await due(tx)) ? trainIn(tx, now) : null));
      return done?.trained ?? false;
    },

    async modelInfo() {
      const m = await triageRepository.activeModelInfo(db);
      return m ? { id: m.id, trainedAt: m.trainedAt.toISOString(), examples: m.examples, metrics: m.metrics } : null;
    },
  };
  return service;
}
