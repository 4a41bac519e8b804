// Trains the triage model on the training split of the hand-labelled complaints and measures it on the
// held-back split.  Run: npx tsx scripts/eval-classifier.ts [--mistakes]
import { LABELLED_COMPLAINTS } from '../src/modules/triage/eval/labelled-complaints.ts';
import { topConfusions, type Metrics } from '../src/modules/triage/eval/metrics.ts';
import { runEvaluation } from '../src/modules/triage/eval/run-eval.ts';
import { splitLabelled } from '../src/modules/triage/eval/split.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (name: string, m: Metrics): string => `  ${name.padEnd(10)} accuracy ${pct(m.accuracy).padStart(6)}   macro-F1 ${m.macroF1.toFixed(3)}`;

const { train, test } = splitLabelled(LABELLED_COMPLAINTS);
const report = runEvaluation(train, test);

console.log(`labelled complaints: ${LABELLED_COMPLAINTS.length} (train ${report.trainSize}, held-back test ${report.testSize}; stratified by category)`);
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

if (process.argv.includes('--mistakes')) {
  console.log('\ncategory mistakes, combined');
  for (const m of report.mistakes) console.log(`  ${m.id} ${m.gold} → ${m.predicted}: ${m.text}`);
}
