import { describe, expect, it } from 'vitest';
import { KNOWN_CATEGORY_CODES, PRESET_CODES, URGENCIES } from '../../presets/preset.schema.ts';
import { getPreset } from '../../presets/index.ts';
import { BLIND_COMPLAINTS } from './blind-complaints.ts';
import { LABELLED_COMPLAINTS } from './labelled-complaints.ts';

describe('blind complaints', () => {
  it('should hold at least 140 distinct texts with unique ids', () => {
    expect(BLIND_COMPLAINTS.length).toBeGreaterThanOrEqual(140);
    expect(new Set(BLIND_COMPLAINTS.map((e) => e.id)).size).toBe(BLIND_COMPLAINTS.length);
    expect(new Set(BLIND_COMPLAINTS.map((e) => e.text)).size).toBe(BLIND_COMPLAINTS.length);
  });

  it('should share no id and no text with the training texts', () => {
    const ids = new Set(LABELLED_COMPLAINTS.map((e) => e.id));
    const texts = new Set(LABELLED_COMPLAINTS.map((e) => e.text));
    for (const e of BLIND_COMPLAINTS) {
      expect(ids.has(e.id), e.id).toBe(false);
      expect(texts.has(e.text), e.id).toBe(false);
    }
  });

  it('should carry valid labels, each category one of its own industry preset', () => {
    for (const e of BLIND_COMPLAINTS) {
      expect(PRESET_CODES, e.id).toContain(e.industry);
      expect(URGENCIES, e.id).toContain(e.urgency);
      expect(typeof e.upset, e.id).toBe('boolean');
      expect(e.text.trim().length, e.id).toBeGreaterThanOrEqual(8);
      expect(getPreset(e.industry).categories.map((c) => c.code), e.id).toContain(e.category);
    }
  });

  it('should cover every category, every industry and every urgency level', () => {
    expect(new Set(BLIND_COMPLAINTS.map((e) => e.category))).toEqual(new Set(KNOWN_CATEGORY_CODES));
    expect(new Set(BLIND_COMPLAINTS.map((e) => e.industry))).toEqual(new Set(PRESET_CODES));
    expect(new Set(BLIND_COMPLAINTS.map((e) => e.urgency))).toEqual(new Set(URGENCIES));
    expect(BLIND_COMPLAINTS.some((e) => e.upset)).toBe(true);
    expect(BLIND_COMPLAINTS.some((e) => !e.upset)).toBe(true);
  });

  it('should have at least 6 texts for every category', () => {
    const counts = new Map<string, number>();
    for (const e of BLIND_COMPLAINTS) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    for (const code of KNOWN_CATEGORY_CODES) expect(counts.get(code) ?? 0, code).toBeGreaterThanOrEqual(6);
  });
});
