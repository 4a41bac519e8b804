export type ClassMetrics = { label: string; support: number; precision: number; recall: number; f1: number };
export type Metrics = { n: number; accuracy: number; macroF1: number; perClass: ClassMetrics[]; confusion: Map<string, Map<string, number>> };

// Macro-F1 averages over the labels present in the gold data, so a never-predicted label counts as 0.
export function evaluate(pairs: ReadonlyArray<{ gold: string; predicted: string }>): Metrics {
  const labels = [...new Set(pairs.map((p) => p.gold))].sort();
  const confusion = new Map<string, Map<string, number>>();
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    if (gold === predicted) correct++;
    const row = confusion.get(gold) ?? new Map<string, number>();
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
    confusion.set(gold, row);
  }
  const perClass = labels.map((label) => {
    const tp = pairs.filter((p) => p.gold === label && p.predicted === label).length;
    const predicted = pairs.filter((p) => p.predicted === label).length;
    const support = pairs.filter((p) => p.gold === label).length;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, support, precision, recall, f1 };
  });
  const macroF1 = perClass.length === 0 ? 0 : perClass.reduce((s, c) => s + c.f1, 0) / perClass.length;
  return { n: pairs.length, accuracy: pairs.length === 0 ? 0 : correct / pairs.length, macroF1, perClass, confusion };
}

// The off-diagonal cells, largest first: "gold → predicted ×n".
export function topConfusions(m: Metrics, limit = 10): Array<{ gold: string; predicted: string; count: number }> {
  const out: Array<{ gold: string; predicted: string; count: number }> = [];
  for (const [gold, row] of m.confusion) for (const [predicted, count] of row) if (gold !== predicted) out.push({ gold, predicted, count });
  return out.sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold)).slice(0, limit);
}
