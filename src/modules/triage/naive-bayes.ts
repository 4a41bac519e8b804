import { z } from 'zod';

// Multinomial naive Bayes kept as raw counts (not log-probabilities) so a stored model can be
// extended with new confirmed cases or corrected without the original training texts.

export const NbClassStatsSchema = z.object({
  docs: z.number().nonnegative(),
  tokens: z.number().nonnegative(),
  counts: z.record(z.string(), z.number().nonnegative()),
});
export type NbClassStats = z.infer<typeof NbClassStatsSchema>;

export const NbTableSchema = z.object({
  classes: z.record(z.string(), NbClassStatsSchema),
});
export type NbTable = z.infer<typeof NbTableSchema>;

export function emptyTable(): NbTable {
  return { classes: {} };
}

export function cloneTable(table: NbTable): NbTable {
  const classes: Record<string, NbClassStats> = {};
  for (const [label, s] of Object.entries(table.classes)) classes[label] = { docs: s.docs, tokens: s.tokens, counts: { ...s.counts } };
  return { classes };
}

// weight < 0 removes a document that was learnt before (a relabelled case); counts never go below zero.
export function addDocument(table: NbTable, label: string, tokens: readonly string[], weight: number): void {
  const stats = (table.classes[label] ??= { docs: 0, tokens: 0, counts: {} });
  stats.docs = Math.max(0, stats.docs + weight);
  for (const t of tokens) {
    const before = stats.counts[t] ?? 0;
    const after = Math.max(0, before + weight);
    stats.tokens = Math.max(0, stats.tokens + (after - before));
    if (after === 0) delete stats.counts[t];
    else stats.counts[t] = after;
  }
}

export function totalDocs(table: NbTable): number {
  return Object.values(table.classes).reduce((sum, s) => sum + s.docs, 0);
}

export function vocabulary(table: NbTable): Set<string> {
  const v = new Set<string>();
  for (const s of Object.values(table.classes)) for (const t of Object.keys(s.counts)) v.add(t);
  return v;
}

export type NbScorer = {
  readonly vocabulary: ReadonlySet<string>;
  readonly docs: number;
  logLikelihood(label: string, token: string): number;
  // Log posterior up to a constant, over the given labels; labels the table never saw get only smoothing mass.
  logPosterior<K extends string>(tokens: readonly string[], labels: readonly K[]): Map<K, number>;
};

export function createScorer(table: NbTable, alpha: number): NbScorer {
  const vocab = vocabulary(table);
  const v = Math.max(1, vocab.size);
  const docs = totalDocs(table);
  const logLikelihood = (label: string, token: string): number => {
    const s = table.classes[label];
    const count = s?.counts[token] ?? 0;
    const total = s?.tokens ?? 0;
    return Math.log((count + alpha) / (total + alpha * v));
  };
  return {
    vocabulary: vocab,
    docs,
    logLikelihood,
    logPosterior<K extends string>(tokens: readonly string[], labels: readonly K[]): Map<K, number> {
      const known = tokens.filter((t) => vocab.has(t));
      const out = new Map<K, number>();
      for (const label of labels) {
        const prior = Math.log(((table.classes[label]?.docs ?? 0) + 1) / (docs + labels.length));
        out.set(label, known.reduce((sum, t) => sum + logLikelihood(label, t), prior));
      }
      return out;
    },
  };
}

export function softmax<K extends string>(logScores: Map<K, number>): Map<K, number> {
  const max = Math.max(...logScores.values());
  let sum = 0;
  const exp = new Map<K, number>();
  for (const [k, s] of logScores) {
    const e = Math.exp(s - max);
    exp.set(k, e);
    sum += e;
  }
  const out = new Map<K, number>();
  for (const [k, e] of exp) out.set(k, e / sum);
  return out;
}

export const NbQualitySchema = z.object({
  examples: z.number().nonnegative(),
  looAccuracy: z.number().min(0).max(1),
  baselineAccuracy: z.number().min(0).max(1),
  // Share of the baseline's errors that the model fixes (0 = no better than always guessing the commonest label).
  skill: z.number().min(0).max(1),
});
export type NbQuality = z.infer<typeof NbQualitySchema>;

// Exact leave-one-out for naive Bayes: each training text is scored with its own counts taken out,
// so the estimate costs one pass and needs no held-back data.
export function leaveOneOut(table: NbTable, docs: ReadonlyArray<{ label: string; tokens: readonly string[] }>, alpha: number): NbQuality {
  const labels = Object.keys(table.classes);
  const n = docs.length;
  if (n < 2 || labels.length < 2) return { examples: n, looAccuracy: 0, baselineAccuracy: 1, skill: 0 };
  const v = Math.max(1, vocabulary(table).size);
  const total = totalDocs(table);
  let correct = 0;
  for (const d of docs) {
    let best = '';
    let bestScore = -Infinity;
    for (const label of labels) {
      const s = table.classes[label];
      if (!s) continue;
      const own = label === d.label ? 1 : 0;
      let score = Math.log((s.docs - own + 1) / (total - 1 + labels.length));
      const tokens = s.tokens - own * d.tokens.length;
      for (const t of d.tokens) score += Math.log(((s.counts[t] ?? 0) - own + alpha) / (tokens + alpha * v));
      if (score > bestScore) {
        bestScore = score;
        best = label;
      }
    }
    if (best === d.label) correct++;
  }
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.label, (counts.get(d.label) ?? 0) + 1);
  const baselineAccuracy = Math.max(...counts.values()) / n;
  const looAccuracy = correct / n;
  const skill = baselineAccuracy >= 1 ? 0 : Math.max(0, (looAccuracy - baselineAccuracy) / (1 - baselineAccuracy));
  return { examples: n, looAccuracy, baselineAccuracy, skill };
}
