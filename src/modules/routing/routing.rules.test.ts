import { describe, expect, it } from 'vitest';
import { matchRule, pickMember } from './routing.rules.ts';

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
