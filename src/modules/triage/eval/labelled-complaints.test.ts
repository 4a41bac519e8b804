import { describe, expect, it } from 'vitest';
import { getPreset } from '../../presets/index.ts';
import { LABELLED_COMPLAINTS } from './labelled-complaints.ts';
import { BLIND_COMPLAINTS } from './blind-complaints.ts';
import { runBlindEvaluation, runHeldOutEvaluation } from './run-eval.ts';
import { splitLabelled } from './split.ts';

describe('labelled complaints', () => {
  it('should hold at least 150 distinct texts with unique ids', () => {
    expect(LABELLED_COMPLAINTS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(LABELLED_COMPLAINTS.map((e) => e.id)).size).toBe(LABELLED_COMPLAINTS.length);
    expect(new Set(LABELLED_COMPLAINTS.map((e) => e.text)).size).toBe(LABELLED_COMPLAINTS.length);
  });

  it("should label every text with a category of its industry's preset", () => {
    for (const e of LABELLED_COMPLAINTS) {
      expect(getPreset(e.industry).categories.map((c) => c.code), e.id).toContain(e.category);
    }
  });

  it('should split deterministically, about 70/30, with every category on both sides', () => {
    const a = splitLabelled(LABELLED_COMPLAINTS);
    const b = splitLabelled([...LABELLED_COMPLAINTS].reverse());
    expect(a.test.map((e) => e.id)).toEqual(b.test.map((e) => e.id));
    expect(a.test.length / LABELLED_COMPLAINTS.length).toBeGreaterThan(0.25);
    expect(a.test.length / LABELLED_COMPLAINTS.length).toBeLessThan(0.35);
    const trainCats = new Set(a.train.map((e) => e.category));
    for (const e of a.test) expect(trainCats.has(e.category)).toBe(true);
    expect(new Set(a.test.map((e) => e.category))).toEqual(trainCats);
  });
});

// The held-back split of labelled-complaints.ts is NOT a fair test: the preset keywords were tuned on its
// texts (it measures 81.8% combined). The honest figures come from the blind set (blind-complaints.ts),
// measured by scripts/eval-classifier.ts: category rules 0.597, model 0.617, combined 0.752 (macro-F1
// 0.764); urgency combined 0.872; upset 0.872. The floors below are regression guards set well under
// those figures, not targets: never tune keywords or the classifier on the blind texts to meet them.
describe('classifier on the blind set (trained on all labelled texts)', () => {
  const report = runBlindEvaluation();

  it('should train on every labelled text and test on every blind text', () => {
    expect(report.trainSize).toBe(LABELLED_COMPLAINTS.length);
    expect(report.testSize).toBe(BLIND_COMPLAINTS.length);
    expect(report.items.map((i) => i.id)).toEqual(BLIND_COMPLAINTS.map((e) => e.id));
  });

  it('should do far better than always guessing the most common category', () => {
    const counts = new Map<string, number>();
    for (const e of BLIND_COMPLAINTS) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    const majority = Math.max(...counts.values()) / BLIND_COMPLAINTS.length;
    expect(report.category.combined.accuracy).toBeGreaterThan(3 * majority);
  });

  it('should do better combined than either layer alone', () => {
    expect(report.category.combined.accuracy).toBeGreaterThan(report.category.rules.accuracy);
    expect(report.category.combined.accuracy).toBeGreaterThan(report.category.model.accuracy);
  });

  it('should stay above the regression guards', () => {
    expect(report.category.combined.accuracy).toBeGreaterThanOrEqual(0.65);
    expect(report.category.combined.macroF1).toBeGreaterThanOrEqual(0.65);
    expect(report.urgency.combined.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.upset.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});

// Kept for comparison only (keywords were tuned on this split): no accuracy floors here.
describe('classifier on the tuned held-back split (not a fair estimate)', () => {
  const report = runHeldOutEvaluation();

  it('should still do at least as well combined as either layer alone', () => {
    expect(report.category.combined.accuracy).toBeGreaterThanOrEqual(report.category.rules.accuracy);
    expect(report.category.combined.accuracy).toBeGreaterThanOrEqual(report.category.model.accuracy);
  });
});
