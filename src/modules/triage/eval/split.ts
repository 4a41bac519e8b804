import type { LabelledComplaint } from './labelled-complaints.ts';

export type Split<T> = { train: T[]; test: T[] };

// FNV-1a: a stable order that does not depend on the order the texts were written in.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Stratified by category so every category appears in both halves; the same input always gives the same split.
export function splitLabelled<T extends Pick<LabelledComplaint, 'id' | 'category'>>(items: readonly T[], testShare = 0.3): Split<T> {
  const strata = new Map<string, T[]>();
  for (const item of items) {
    const list = strata.get(item.category) ?? [];
    list.push(item);
    strata.set(item.category, list);
  }
  const train: T[] = [];
  const test: T[] = [];
  for (const list of strata.values()) {
    const ordered = [...list].sort((a, b) => fnv1a(a.id) - fnv1a(b.id) || a.id.localeCompare(b.id));
    const nTest = list.length < 2 ? 0 : Math.max(1, Math.round(list.length * testShare));
    ordered.forEach((item, i) => (i < nTest ? test : train).push(item));
  }
  const byId = (a: T, b: T): number => a.id.localeCompare(b.id);
  return { train: train.sort(byId), test: test.sort(byId) };
}
