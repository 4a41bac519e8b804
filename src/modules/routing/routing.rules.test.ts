import { describe, expect, it } from 'vitest';
import type { IndustryPreset } from '../presets/preset.schema.ts';
import { DELIVERY_AFTER_SALES_PRESET, EXPRESS_PRESET, FRESH_FOOD_PRESET, LOGISTICS_PRESET, SUPERMARKET_PRESET } from '../presets/index.ts';
import { describeRule, matchRule, pickMember } from './routing.rules.ts';

const rule = (p: number, over: Partial<{ category: string; stage: string; channel: string; storePrefix: string }>, dep: string) => ({
  position: p,
  category: over.category ?? null,
  stage: over.stage ?? null,
  channel: over.channel ?? null,
  storePrefix: over.storePrefix ?? null,
  dep,
});

const rules = [
  rule(1, { category: 'delay' }, 'dispatch'),
  rule(2, { category: 'loss' }, 'logistics'),
  rule(3, { category: 'loss', stage: 'warehouse' }, 'warehouse'),
  rule(4, { category: 'attitude', storePrefix: '永辉' }, 'store'),
  rule(5, { category: 'attitude' }, 'service'),
  rule(6, { channel: 'internal' }, 'quality'),
];

describe('routing rules', () => {
  it('should route by category', () => {
    expect(matchRule(rules, { category: 'delay', stage: null, channel: 'hotline', store: null })?.dep).toBe('dispatch');
  });
  it('should prefer the more specific rule', () => {
    expect(matchRule(rules, { category: 'loss', stage: 'warehouse', channel: 'hotline', store: null })?.dep).toBe('warehouse');
    expect(matchRule(rules, { category: 'loss', stage: 'transport', channel: 'hotline', store: null })?.dep).toBe('logistics');
  });
  it('should match a store prefix', () => {
    expect(matchRule(rules, { category: 'attitude', stage: null, channel: 'store', store: '永辉超市(福州店)' })?.dep).toBe('store');
    expect(matchRule(rules, { category: 'attitude', stage: null, channel: 'store', store: '华润万家' })?.dep).toBe('service');
  });
  it('should match by channel and return null when nothing matches', () => {
    expect(matchRule(rules, { category: 'hygiene', stage: null, channel: 'internal', store: null })?.dep).toBe('quality');
    expect(matchRule(rules, { category: 'hygiene', stage: null, channel: 'web', store: null })).toBeNull();
  });
});

describe('member selection', () => {
  const members = [
    { id: 'c', username: 'chen', openCases: 3 },
    { id: 'a', username: 'an', openCases: 5 },
    { id: 'b', username: 'bai', openCases: 1 },
  ];
  it('should take turns in round robin', () => {
    expect(pickMember(members, 'round_robin', null)?.id).toBe('a');
    expect(pickMember(members, 'round_robin', 'a')?.id).toBe('b');
    expect(pickMember(members, 'round_robin', 'c')?.id).toBe('a');
  });
  it('should pick the least loaded member', () => {
    expect(pickMember(members, 'least_load', null)?.id).toBe('b');
  });
  it('should pick nobody when no one is on duty or the strategy is none', () => {
    expect(pickMember([], 'least_load', null)).toBeNull();
    expect(pickMember(members, 'none', null)).toBeNull();
  });
});

// The industry presets' routing tables, as the rules they become when a preset is applied (departments by code).
const presetRules = (preset: IndustryPreset) =>
  preset.routing.rules.map((r, i) => ({
    position: i,
    category: r.category ?? null,
    stage: r.stage ?? null,
    channel: r.channel ?? null,
    storePrefix: r.storePrefix ?? null,
    departmentCode: r.departmentCode,
  }));
const routePreset = (preset: IndustryPreset, f: { category: string; stage?: string; store?: string }) =>
  matchRule(presetRules(preset), { category: f.category, stage: f.stage ?? null, channel: 'hotline', store: f.store ?? null });
const departmentOf = (preset: IndustryPreset, f: { category: string; stage?: string; store?: string }) =>
  routePreset(preset, f)?.departmentCode ?? preset.routing.defaultDepartmentCode;

describe('industry preset routing tables', () => {
  const RAW = [EXPRESS_PRESET, LOGISTICS_PRESET, FRESH_FOOD_PRESET, SUPERMARKET_PRESET, DELIVERY_AFTER_SALES_PRESET];

  it.each(RAW.map((p) => [p.code, p] as const))('should route every category of %s to a department by category alone', (_code, preset) => {
    for (const c of preset.categories) expect(routePreset(preset, { category: c.code })?.category, c.code).toBe(c.code);
  });

  it('should follow the seeds for the main routes', () => {
    expect(departmentOf(FRESH_FOOD_PRESET, { category: 'delay' })).toBe('dispatch');
    expect(departmentOf(FRESH_FOOD_PRESET, { category: 'food_quality' })).toBe('quality');
    expect(departmentOf(EXPRESS_PRESET, { category: 'wrong_item' })).toBe('warehouse');
    expect(departmentOf(EXPRESS_PRESET, { category: 'fee_dispute' })).toBe('finance');
    expect(departmentOf(DELIVERY_AFTER_SALES_PRESET, { category: 'loss', stage: 'transport' })).toBe('logistics');
    expect(departmentOf(DELIVERY_AFTER_SALES_PRESET, { category: 'loss', stage: 'warehouse' })).toBe('warehouse');
    expect(departmentOf(SUPERMARKET_PRESET, { category: 'hygiene' })).toBe('store');
    expect(departmentOf(SUPERMARKET_PRESET, { category: 'attitude' })).toBe('store');
  });

  it('should prefer the more specific rule over the category-only rule', () => {
    const rule = routePreset(LOGISTICS_PRESET, { category: 'damage', stage: 'transport' });
    expect(rule?.departmentCode).toBe('logistics');
    expect(describeRule(rule!, rule!.departmentCode).en).toContain('stage=transport');
  });

  it('should match a store prefix rule when one is configured', () => {
    const preset = { ...SUPERMARKET_PRESET, routing: { ...SUPERMARKET_PRESET.routing, rules: [...SUPERMARKET_PRESET.routing.rules, { category: 'hygiene', storePrefix: 'DC-', departmentCode: 'warehouse' as const }] } };
    expect(departmentOf(preset, { category: 'hygiene', store: 'DC-FZ-01' })).toBe('warehouse');
    expect(departmentOf(preset, { category: 'hygiene', store: 'FZ-0032' })).toBe('store');
  });

  it('should fall back to the default department when nothing matches', () => {
    expect(routePreset(EXPRESS_PRESET, { category: 'made_up' })).toBeNull();
    expect(departmentOf(EXPRESS_PRESET, { category: 'made_up' })).toBe('service');
  });
});
