import { z } from 'zod';
import {
  NbQualitySchema,
  NbTableSchema,
  addDocument,
  cloneTable,
  createScorer,
  emptyTable,
  leaveOneOut,
  softmax,
  totalDocs,
  type NbQuality,
  type NbScorer,
} from './naive-bayes.ts';
import { URGENCIES, type Category, type IndustryPreset, type Keyword, type Urgency } from '../presets/preset.schema.ts';
import { PRESETS } from '../presets/index.ts';
import { addUserWords, normalizeText, tokenize } from './segmenter.ts';

// Training and suggesting must cut text the same way, so every built-in preset's words are loaded before
// either can run. A custom preset that brings new words changes tokenization: retrain after adding them.
addUserWords(Object.values(PRESETS).flatMap((p) => p.userDictionary));

// ---------------------------------------------------------------------------------------------
// How the two layers are combined
//
// Rules: the preset's weighted keywords are matched as substrings of the normalised text (robust to
// segmentation), negated matches ("没有破损", "差点滑倒") are dropped, and a keyword lying inside a longer
// hit of any category is not counted ("找不到人" is about service, not a lost "找不到"). Scores become a distribution by additive smoothing, with
// extra mass on "other" so that a text without any evidence falls back to "other".
//
// Model: multinomial naive Bayes over jieba tokens (each token counted once per text), Laplace
// smoothed, trained on the company's confirmed cases.
//
// Combined: a log-linear pool  log P(c) = (1-λ)·log P_rules(c) + λ·log P_model(c),  λ = 0.85 · skill,
// where skill is the model's own leave-one-out accuracy on its training texts, rescaled so that 0 means
// "no better than always answering the commonest label" and 1 means perfect. The model therefore earns
// its say from the company's confirmed cases: with a handful per category the curated keywords
// dominate, and a model that has learnt nothing (the urgency model on the labelled set, where three in
// four cases are "normal") gets no weight at all. λ is capped so the rules never vanish, which keeps rare categories
// reachable. Below MIN_MODEL_EXAMPLES the model is ignored. When no keyword fires at all the model
// alone decides, because a flat rule distribution carries no information except its bias towards
// "other".
// ---------------------------------------------------------------------------------------------

const MODEL_FORMAT = 'closeloop-triage-nb';
const MIN_MODEL_EXAMPLES = 20;
const MAX_MODEL_WEIGHT = 0.85;
// Naive Bayes multiplies dozens of token likelihoods and is badly over-confident; dividing the
// log-likelihood by this temperature calibrates it enough to pool with the rule layer.
const NB_TEMPERATURE = 2;
const RULE_SMOOTHING = 0.25;
const RULE_OTHER_MASS = 1;
const DEFAULT_CORRECTION_WEIGHT = 3;
// How much a food-safety or valuables signal counts towards "urgent" (a strong urgent keyword is 2.5).
const SIGNAL_URGENCY = 2;

export const ClassifierModelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(1),
  alpha: z.number().positive(),
  trainedAt: z.string(),
  examples: z.number().nonnegative(),
  category: NbTableSchema,
  urgency: NbTableSchema,
  // Estimated on a full training run; retrain() with a few corrections keeps the previous estimate.
  quality: z.object({ category: NbQualitySchema, urgency: NbQualitySchema }),
});
export type ClassifierModel = z.infer<typeof ClassifierModelSchema>;

export type TrainingExample = { text: string; category: string; urgency?: Urgency | undefined };
// `replaces` names the labels this same text was learnt with before, so they are unlearnt first.
export type Correction = TrainingExample & { replaces?: { category: string; urgency?: Urgency | undefined } | undefined };
export type TrainOptions = { alpha?: number; now?: Date };
export type RetrainOptions = { correctionWeight?: number; now?: Date };

export type ClassifierMode = 'combined' | 'rules' | 'model';
export type ClassifierOptions = { mode?: ClassifierMode };

export type ReasonSource = 'rule' | 'model' | 'category' | 'signal' | 'punctuation';
export type Reason = { term: string; contribution: number; source: ReasonSource };
export type DecidedBy = 'rules' | 'model' | 'combined' | 'fallback';

export type CategorySuggestion = {
  code: string;
  nameZh: string;
  nameEn: string;
  confidence: number;
  decidedBy: DecidedBy;
  reasons: Reason[];
  alternatives: Array<{ code: string; confidence: number }>;
};
export type UrgencySuggestion = { level: Urgency; confidence: number; decidedBy: DecidedBy; reasons: Reason[] };
export type UpsetSuggestion = { upset: boolean; confidence: number; score: number; reasons: Reason[] };
export type StageSuggestion = { code: string; nameZh: string; nameEn: string; confidence: number; reasons: Reason[] };
export type Signal = { detected: boolean; score: number; reasons: Reason[] };
export type Signals = {
  foodSafety: Signal;
  valuables: Signal;
  publicExposure: Signal;
  postalRegulator: Signal;
  consumerRegulator: Signal;
};
export type Suggestion = {
  category: CategorySuggestion;
  urgency: UrgencySuggestion;
  upset: UpsetSuggestion;
  stage: StageSuggestion | null;
  signals: Signals;
  tokens: string[];
};
export type Classifier = {
  readonly preset: IndustryPreset;
  readonly mode: ClassifierMode;
  readonly modelInUse: boolean;
  suggest(text: string): Suggestion;
};

// ----------------------------------------------------------------------------- training

function features(text: string): string[] {
  // Each token counts once per text: on the labelled set this scored the same as raw counts, it keeps a
  // repeated word ("快点快点快点") from dominating, and it makes the exact leave-one-out estimate valid.
  return [...new Set(tokenize(text))];
}

function emptyModel(alpha: number, now: Date): ClassifierModel {
  const none: NbQuality = { examples: 0, looAccuracy: 0, baselineAccuracy: 1, skill: 0 };
  return {
    format: MODEL_FORMAT,
    version: 1,
    alpha,
    trainedAt: now.toISOString(),
    examples: 0,
    category: emptyTable(),
    urgency: emptyTable(),
    quality: { category: none, urgency: none },
  };
}

function learn(model: ClassifierModel, example: TrainingExample, weight: number): void {
  const tokens = features(example.text);
  addDocument(model.category, example.category, tokens, weight);
  if (example.urgency !== undefined) addDocument(model.urgency, example.urgency, tokens, weight);
}

export function trainModel(examples: ReadonlyArray<TrainingExample>, options: TrainOptions = {}): ClassifierModel {
  const model = emptyModel(options.alpha ?? 1, options.now ?? new Date());
  const docs = examples.map((e) => ({ e, tokens: features(e.text) }));
  for (const { e, tokens } of docs) {
    addDocument(model.category, e.category, tokens, 1);
    if (e.urgency !== undefined) addDocument(model.urgency, e.urgency, tokens, 1);
  }
  model.examples = totalDocs(model.category);
  model.quality = {
    category: leaveOneOut(model.category, docs.map(({ e, tokens }) => ({ label: e.category, tokens })), model.alpha),
    urgency: leaveOneOut(
      model.urgency,
      docs.flatMap(({ e, tokens }) => (e.urgency === undefined ? [] : [{ label: e.urgency, tokens }])),
      model.alpha,
    ),
  };
  return model;
}

// Corrections are an agent overruling a suggestion, so they count more than an ordinary confirmed case.
export function retrain(existing: ClassifierModel, corrections: ReadonlyArray<Correction>, options: RetrainOptions = {}): ClassifierModel {
  const weight = options.correctionWeight ?? DEFAULT_CORRECTION_WEIGHT;
  const model: ClassifierModel = {
    ...existing,
    trainedAt: (options.now ?? new Date()).toISOString(),
    category: cloneTable(existing.category),
    urgency: cloneTable(existing.urgency),
  };
  for (const c of corrections) {
    if (c.replaces !== undefined) {
      const tokens = features(c.text);
      addDocument(model.category, c.replaces.category, tokens, -1);
      if (c.replaces.urgency !== undefined) addDocument(model.urgency, c.replaces.urgency, tokens, -1);
    }
    learn(model, c, weight);
  }
  model.examples = totalDocs(model.category);
  return model;
}

export function parseModel(json: unknown): ClassifierModel {
  return ClassifierModelSchema.parse(typeof json === 'string' ? JSON.parse(json) : json);
}

// ----------------------------------------------------------------------------- keyword matching

type Hit = { term: string; weight: number; start: number; end: number };
type Matcher = { keyword: Keyword; parts: string[]; negatable: boolean };

// "差点滑倒" is a near miss, so it is treated like a negation.
const NEGATION_BEFORE = /(没有|不是|并非|差点|差一点|没|无|未|不|别|非)$/;
const NEGATION_START = /^(没|无|未|不|别|非)/;
// "*" in a keyword stands for up to four characters within one clause: "少*件" matches 少了3件 / 少一件.
const GAP_MAX = 4;
const CLAUSE_BREAK = /[，。！？、；,.!?;\s]/;

/**
 * The first match of a keyword's parts (split at "*") in a text: its start, and the furthest end of a
 * match from that start. A backtracking regular expression tries every split of every gap and stalls
 * on a keyword with many gaps; this keeps the set of positions each part can end at instead, so one
 * start costs parts × positions × gap width and a whole text at most its length times that.
 */
export function matchKeyword(text: string, parts: readonly string[]): { start: number; end: number } | null {
  const first = parts[0] ?? '';
  for (let start = text.indexOf(first); start !== -1; start = text.indexOf(first, start + 1)) {
    let ends = new Set<number>([start + first.length]);
    for (let p = 1; p < parts.length && ends.size > 0; p++) {
      const part = parts[p] ?? '';
      const next = new Set<number>();
      for (const end of ends) {
        for (let gap = 0; gap <= GAP_MAX && end + gap <= text.length; gap++) {
          if (gap > 0 && CLAUSE_BREAK.test(text[end + gap - 1] ?? '')) break;
          if (text.startsWith(part, end + gap)) next.add(end + gap + part.length);
        }
      }
      ends = next;
    }
    if (ends.size > 0) return { start, end: Math.max(...ends) };
    if (first === '' && start >= text.length) break;
  }
  return null;
}

const matcherCache = new WeakMap<readonly Keyword[], Matcher[]>();
function matchers(keywords: readonly Keyword[]): Matcher[] {
  let m = matcherCache.get(keywords);
  if (!m) {
    m = keywords.map((keyword) => {
      const term = normalizeText(keyword.term);
      return { keyword, parts: term.split('*'), negatable: !NEGATION_START.test(term) };
    });
    matcherCache.set(keywords, m);
  }
  return m;
}

function rawHits(text: string, keywords: readonly Keyword[]): Hit[] {
  const hits: Hit[] = [];
  for (const { keyword, parts, negatable } of matchers(keywords)) {
    // The first match not preceded by a negation; counted once per text: repeating a word is emphasis, not new evidence.
    for (let from = 0; from <= text.length; ) {
      const found = matchKeyword(text.slice(from), parts);
      if (!found) break;
      const at = from + found.start;
      if (!(negatable && NEGATION_BEFORE.test(text.slice(Math.max(0, at - 3), at)))) {
        hits.push({ term: keyword.term, weight: keyword.weight, start: at, end: from + found.end });
        break;
      }
      from = Math.max(from + found.end, at + 1);
    }
  }
  return hits;
}

// A hit inside a longer hit is not evidence of its own ("找不到人" is about service, not a lost "找不到").
function covered(hit: Hit, others: readonly Hit[]): boolean {
  return others.some((o) => o !== hit && o.end - o.start > hit.end - hit.start && o.start <= hit.start && o.end >= hit.end);
}

function findHits(text: string, keywords: readonly Keyword[]): Hit[] {
  const hits = rawHits(text, keywords);
  return hits.filter((h) => !covered(h, hits));
}

// Per group, with shorter hits covered by a longer hit of any group removed.
function findGroupHits(text: string, groups: ReadonlyArray<readonly Keyword[]>): Hit[][] {
  const perGroup = groups.map((g) => rawHits(text, g));
  const all = perGroup.flat();
  return perGroup.map((hits) => hits.filter((h) => !covered(h, all)));
}

const sumWeights = (hits: readonly Hit[]): number => hits.reduce((s, h) => s + h.weight, 0);
const ruleReasons = (hits: readonly Hit[], source: ReasonSource = 'rule'): Reason[] =>
  [...hits].sort((a, b) => b.weight - a.weight).map((h) => ({ term: h.term, contribution: h.weight, source }));

function signal(text: string, keywords: readonly Keyword[], threshold: number): Signal {
  const hits = findHits(text, keywords);
  const score = sumWeights(hits);
  return { detected: score >= threshold, score, reasons: ruleReasons(hits, 'signal') };
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 几: 3 };
const UNIT: Record<string, number> = { 千: 1000, 万: 10000 };

// Amounts the customer names: "保价了8000", "价值三万", "值两千", "一万多", "货值两万多", "6000块".
export function mentionedAmountsYuan(text: string): Array<{ term: string; yuan: number }> {
  const out: Array<{ term: string; yuan: number }> = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(千|万)?\s*(元|块|rmb)/g)) {
    out.push({ term: m[0], yuan: Number(m[1]) * (m[2] ? (UNIT[m[2]] ?? 1) : 1) });
  }
  for (const m of text.matchAll(/(保价|价值|货值|值|价格|赔)[了约近]?(\d{3,})/g)) out.push({ term: m[0], yuan: Number(m[2]) });
  for (const m of text.matchAll(/([一二两三四五六七八九几]?十?[一二两三四五六七八九几]?)(千|万)/g)) {
    const digits = m[1] ?? '';
    if (digits === '') continue;
    let n = 0;
    if (digits.includes('十')) {
      const [tens, ones] = digits.split('十');
      n = (tens ? (CN_DIGITS[tens] ?? 1) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
    } else n = CN_DIGITS[digits] ?? 0;
    if (n > 0) out.push({ term: m[0], yuan: n * (UNIT[m[2] ?? ''] ?? 1) });
  }
  return out;
}

// ----------------------------------------------------------------------------- helpers

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

function normalise<K extends string>(scores: Map<K, number>): Map<K, number> {
  const sum = [...scores.values()].reduce((a, b) => a + b, 0);
  const out = new Map<K, number>();
  for (const [k, v] of scores) out.set(k, v / sum);
  return out;
}

function pool<K extends string>(rules: Map<K, number>, model: Map<K, number>, lambda: number): Map<K, number> {
  const log = new Map<K, number>();
  for (const [k, p] of rules) log.set(k, (1 - lambda) * Math.log(p) + lambda * Math.log(model.get(k) ?? 1e-9));
  return softmax(log);
}

function ranked<K extends string>(dist: Map<K, number>): Array<[K, number]> {
  return [...dist.entries()].sort((a, b) => b[1] - a[1]);
}

function modelDistribution<K extends string>(scorer: NbScorer, tokens: readonly string[], labels: readonly K[]): Map<K, number> {
  const log = scorer.logPosterior(tokens, labels);
  for (const [k, v] of log) log.set(k, v / NB_TEMPERATURE);
  return softmax(log);
}

// Tokens that most favour the winner over the runner-up, in nats.
function modelReasons(scorer: NbScorer, tokens: readonly string[], winner: string, runnerUp: string | undefined, limit = 5): Reason[] {
  if (runnerUp === undefined) return [];
  return tokens
    .filter((t) => scorer.vocabulary.has(t))
    .map((t) => ({ term: t, contribution: round(scorer.logLikelihood(winner, t) - scorer.logLikelihood(runnerUp, t)), source: 'model' as const }))
    .filter((r) => r.contribution > 0.05)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, limit);
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

// ----------------------------------------------------------------------------- classifier

export function createClassifier(preset: IndustryPreset, model?: ClassifierModel | null, options: ClassifierOptions = {}): Classifier {
  addUserWords(preset.userDictionary);
  const mode = options.mode ?? 'combined';
  const categoryCodes = preset.categories.map((c) => c.code);
  const categoryByCode = new Map<string, Category>(preset.categories.map((c) => [c.code, c]));
  const categoryScorer = model && totalDocs(model.category) >= MIN_MODEL_EXAMPLES ? createScorer(model.category, model.alpha) : undefined;
  const urgencyScorer = model && totalDocs(model.urgency) >= MIN_MODEL_EXAMPLES ? createScorer(model.urgency, model.alpha) : undefined;
  const modelWeight = (quality: NbQuality): number => MAX_MODEL_WEIGHT * quality.skill;

  function suggestCategory(text: string, tokens: readonly string[]): CategorySuggestion {
    const hitsByCategory = new Map<string, Hit[]>();
    const ruleScores = new Map<string, number>();
    const groupHits = findGroupHits(text, preset.categories.map((c) => c.keywords));
    preset.categories.forEach((c, i) => {
      const hits = groupHits[i] ?? [];
      hitsByCategory.set(c.code, hits);
      ruleScores.set(c.code, sumWeights(hits) + (c.code === 'other' ? RULE_OTHER_MASS : RULE_SMOOTHING));
    });
    const anyRuleEvidence = [...hitsByCategory.values()].some((h) => h.length > 0);
    const rules = normalise(ruleScores);

    const knownTokens = categoryScorer ? tokens.filter((t) => categoryScorer.vocabulary.has(t)) : [];
    const modelApplies = mode !== 'rules' && categoryScorer !== undefined && knownTokens.length > 0;
    const nb = modelApplies ? modelDistribution(categoryScorer, tokens, categoryCodes) : undefined;

    let dist: Map<string, number>;
    let decidedBy: DecidedBy;
    if (nb && (mode === 'model' || !anyRuleEvidence)) {
      dist = nb;
      decidedBy = 'model';
    } else if (mode === 'model') {
      // Model-only mode never borrows from the rules, so its measured accuracy is the model's own.
      dist = new Map([['other', 1]]);
      decidedBy = 'fallback';
    } else if (nb && model) {
      dist = pool(rules, nb, modelWeight(model.quality.category));
      decidedBy = 'combined';
    } else {
      dist = rules;
      decidedBy = anyRuleEvidence ? 'rules' : 'fallback';
    }

    const order = ranked(dist);
    const [code, confidence] = order[0] ?? ['other', 0];
    const runnerUp = order[1]?.[0];
    const reasons: Reason[] = [];
    if (decidedBy !== 'model') reasons.push(...ruleReasons(hitsByCategory.get(code) ?? []));
    if (nb && categoryScorer) reasons.push(...modelReasons(categoryScorer, knownTokens, code, runnerUp));
    const cat = categoryByCode.get(code);
    return {
      code,
      nameZh: cat?.nameZh ?? code,
      nameEn: cat?.nameEn ?? code,
      confidence: round(confidence),
      decidedBy,
      reasons,
      alternatives: order.slice(1, 4).map(([c, p]) => ({ code: c, confidence: round(p) })),
    };
  }

  function suggestUrgency(text: string, tokens: readonly string[], category: CategorySuggestion, signals: Signals): UrgencySuggestion {
    const urgentHits = findHits(text, preset.signals.urgent);
    const criticalHits = findHits(text, preset.signals.critical);
    const reasons: Reason[] = [...ruleReasons(criticalHits), ...ruleReasons(urgentHits)];
    let urgent = sumWeights(urgentHits);
    const critical = sumWeights(criticalHits);
    const base = categoryByCode.get(category.code)?.baseUrgency ?? 'normal';
    if (base !== 'normal' && category.confidence >= 0.4) {
      urgent += 2.5;
      reasons.push({ term: category.nameZh, contribution: 2.5, source: 'category' });
    }
    for (const s of [signals.foodSafety, signals.valuables]) {
      if (s.detected) {
        urgent += SIGNAL_URGENCY;
        const shown = s.reasons.slice(0, 2);
        reasons.push(...shown.map((r) => ({ ...r, contribution: round(SIGNAL_URGENCY / shown.length) })));
      }
    }
    // Critical keywords are rarer and more specific than urgent ones, and a critical text usually also
    // carries urgent words, so critical evidence is weighted up to win against them.
    const rules = normalise(new Map<Urgency, number>([['normal', 2], ['urgent', urgent + 0.3], ['critical', 1.5 * critical + 0.1]]));
    const anyRuleEvidence = urgent + critical > 0;

    const modelApplies = mode !== 'rules' && urgencyScorer !== undefined && tokens.some((t) => urgencyScorer.vocabulary.has(t));
    const nb = modelApplies ? modelDistribution(urgencyScorer, tokens, URGENCIES) : undefined;
    let dist: Map<Urgency, number>;
    let decidedBy: DecidedBy;
    if (nb && mode === 'model') {
      dist = nb;
      decidedBy = 'model';
    } else if (mode === 'model') {
      dist = new Map<Urgency, number>([['normal', 1]]);
      decidedBy = 'fallback';
    } else if (nb && model) {
      dist = pool(rules, nb, modelWeight(model.quality.urgency));
      decidedBy = 'combined';
    } else {
      dist = rules;
      decidedBy = anyRuleEvidence ? 'rules' : 'fallback';
    }
    const order = ranked(dist);
    const [level, confidence]: [Urgency, number] = order[0] ?? ['normal', 0];
    const modelPart = nb && urgencyScorer ? modelReasons(urgencyScorer, tokens.filter((t) => urgencyScorer.vocabulary.has(t)), level, order[1]?.[0], 3) : [];
    return {
      level,
      confidence: round(confidence),
      decidedBy,
      reasons: decidedBy === 'model' ? modelPart : [...(level === 'normal' ? [] : reasons), ...modelPart],
    };
  }

  function suggestUpset(raw: string, text: string): UpsetSuggestion {
    const hits = findHits(text, preset.signals.upset);
    const reasons = ruleReasons(hits);
    let score = sumWeights(hits);
    // A run of three or more marks reads as shouting; two is emphasis.
    for (const m of raw.matchAll(/[!！?？]{2,}/g)) {
      const points = m[0].length >= 3 ? 2.5 : 1.5;
      score += points;
      reasons.push({ term: m[0], contribution: points, source: 'punctuation' });
    }
    const threshold = 2;
    const p = logistic(1.5 * (score - (threshold - 0.5)));
    const upset = score >= threshold;
    return { upset, confidence: round(Math.min(0.99, upset ? Math.max(p, 0.5) : Math.max(1 - p, 0.5))), score: round(score), reasons };
  }

  function suggestStage(text: string): StageSuggestion | null {
    const scores = preset.stages.map((s) => {
      const hits = findHits(text, s.keywords);
      return { stage: s, hits, score: sumWeights(hits) };
    });
    const total = scores.reduce((sum, s) => sum + s.score, 0);
    const best = [...scores].sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < 1.5) return null;
    return {
      code: best.stage.code,
      nameZh: best.stage.nameZh,
      nameEn: best.stage.nameEn,
      confidence: round(best.score / (total + 1.5)),
      reasons: ruleReasons(best.hits),
    };
  }

  return {
    preset,
    mode,
    modelInUse: mode !== 'rules' && categoryScorer !== undefined,
    suggest(raw: string): Suggestion {
      const text = normalizeText(raw);
      const tokens = features(raw);
      const valuables = signal(text, preset.signals.valuables, 2);
      const amounts = mentionedAmountsYuan(text).filter((a) => a.yuan >= preset.priorityRules.valuables.declaredValueYuan);
      for (const a of amounts) valuables.reasons.push({ term: a.term, contribution: 2, source: 'signal' });
      if (amounts.length > 0) {
        valuables.score += 2;
        valuables.detected = true;
      }
      const signals: Signals = {
        foodSafety: signal(text, preset.signals.foodSafety, 2.5),
        valuables,
        publicExposure: signal(text, preset.signals.publicExposure, 2.5),
        postalRegulator: signal(text, preset.signals.postalRegulator, 2.5),
        consumerRegulator: signal(text, preset.signals.consumerRegulator, 2.5),
      };
      const category = suggestCategory(text, tokens);
      return {
        category,
        urgency: suggestUrgency(text, tokens, category, signals),
        upset: suggestUpset(raw, text),
        stage: suggestStage(text),
        signals,
        tokens,
      };
    },
  };
}
