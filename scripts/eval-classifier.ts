// Measures the triage classifier.  Run: npx tsx scripts/eval-classifier.ts [--mistakes]
//
// 1. Blind set (the figure to quote): trains on every hand-labelled complaint in labelled-complaints.ts and
//    tests on blind-complaints.ts, texts written after the preset keyword rules and without sight of them.
// 2. Tuned set (for comparison only): the old 70/30 split of labelled-complaints.ts. The preset keywords were
//    tuned on its held-back texts, so its figures are inflated and are not a fair estimate.
import { BLIND_COMPLAINTS } from '../src/modules/triage/eval/blind-complaints.ts';
import { LABELLED_COMPLAINTS } from '../src/modules/triage/eval/labelled-complaints.ts';
import { topConfusions, type Metrics } from '../src/modules/triage/eval/metrics.ts';
import { runEvaluation, type EvalReport } from '../src/modules/triage/eval/run-eval.ts';
import { splitLabelled } from '../src/modules/triage/eval/split.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (name: string, m: Metrics): string => `  ${name.padEnd(10)} accuracy ${pct(m.accuracy).padStart(6)}   macro-F1 ${m.macroF1.toFixed(3)}`;
const showMistakes = process.argv.includes('--mistakes');

function printReport(title: string, description: string, report: EvalReport): void {
  console.log(`\n${'='.repeat(100)}\n${title}\n${description}\n${'='.repeat(100)}`);
  console.log('\ncategory');
  console.log(line('rules', report.category.rules));
  console.log(line('model', report.category.model));
  console.log(line('combined', report.category.combined));
  console.log('\nurgency (normal / urgent / critical)');
  console.log(line('rules', report.urgency.rules));
  console.log(line('model', report.urgency.model));
  console.log(line('combined', report.urgency.combined));
  console.log('\nupset flag (rules)');
  console.log(line('rules', report.upset));

  console.log('\ncategory, combined, per class (test)');
  for (const c of report.category.combined.perClass) {
    console.log(`  ${c.label.padEnd(17)} n=${String(c.support).padStart(2)}  P ${c.precision.toFixed(2)}  R ${c.recall.toFixed(2)}  F1 ${c.f1.toFixed(2)}`);
  }
  console.log('\ncategory, combined, per industry (test)');
  for (const industry of [...new Set(report.items.map((i) => i.industry))]) {
    const items = report.items.filter((i) => i.industry === industry);
    const ok = items.filter((i) => i.category[0] === i.category[1]).length;
    console.log(`  ${industry.padEnd(21)} ${ok}/${items.length}  ${pct(ok / items.length)}`);
  }
  console.log('\nurgency, combined, per class (test)');
  for (const c of report.urgency.combined.perClass) {
    console.log(`  ${c.label.padEnd(17)} n=${String(c.support).padStart(2)}  P ${c.precision.toFixed(2)}  R ${c.recall.toFixed(2)}  F1 ${c.f1.toFixed(2)}`);
  }
  console.log('\nconfusions, combined (gold → suggested ×n)');
  for (const c of topConfusions(report.category.combined, 12)) console.log(`  ${c.gold} → ${c.predicted} ×${c.count}`);
  console.log('\nurgency confusions, combined');
  for (const c of topConfusions(report.urgency.combined, 6)) console.log(`  ${c.gold} → ${c.predicted} ×${c.count}`);

  if (showMistakes) {
    console.log('\ncategory mistakes, combined');
    for (const m of report.mistakes) console.log(`  ${m.id} ${m.gold} → ${m.predicted}: ${m.text}`);
  }
}

// Nothing may be tuned on the blind texts (keywords, weights, thresholds): that would make them a second tuned set.
const blind = runEvaluation(LABELLED_COMPLAINTS, BLIND_COMPLAINTS);
printReport(
  'BLIND SET — the honest estimate',
  `train: all ${blind.trainSize} labelled complaints; test: ${blind.testSize} blind complaints (blind-complaints.ts, written without sight of the preset keywords)`,
  blind,
);

const { train, test } = splitLabelled(LABELLED_COMPLAINTS);
const tuned = runEvaluation(train, test);
printReport(
  'TUNED SET (keywords were tuned on it; not a fair estimate)',
  `labelled complaints: ${LABELLED_COMPLAINTS.length} (train ${tuned.trainSize}, held-back test ${tuned.testSize}; stratified by category)`,
  tuned,
);

console.log(`\n${'='.repeat(100)}\nsummary: blind set vs tuned set (tuned figures are inflated)\n${'='.repeat(100)}`);
const row = (name: string, b: Metrics, t: Metrics): string =>
  `  ${name.padEnd(20)} blind ${pct(b.accuracy).padStart(6)} / ${b.macroF1.toFixed(3)}    tuned ${pct(t.accuracy).padStart(6)} / ${t.macroF1.toFixed(3)}`;
console.log(row('category, rules', blind.category.rules, tuned.category.rules));
console.log(row('category, model', blind.category.model, tuned.category.model));
console.log(row('category, combined', blind.category.combined, tuned.category.combined));
console.log(row('urgency, combined', blind.urgency.combined, tuned.urgency.combined));
console.log(row('upset', blind.upset, tuned.upset));
