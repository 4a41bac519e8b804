import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/permissions.ts';
import { carriesAmount, directionOf, mayRecord, mayRevoke, mayView, RECORD_KINDS, summarise, type RecordKind } from './accountability.rules.ts';

// Seed 004 六.3 奖励 (奖金、荣誉证书) and 六.4 惩罚 (警告、罚款、降职, 视情节轻重); seed 002 批评教育或处罚.
describe('kinds of reward and penalty (seed 004 六.3–4, seed 002)', () => {
  it.each([
    ['bonus', 'reward', true],
    ['honour_certificate', 'reward', false],
    ['commendation', 'reward', false],
    ['criticism', 'penalty', false],
    ['warning', 'penalty', false],
    ['fine', 'penalty', true],
    ['demotion', 'penalty', false],
  ] as const)('%s is a %s; carries money: %s', (kind, direction, money) => {
    expect(directionOf(kind)).toBe(direction);
    expect(carriesAmount(kind)).toBe(money);
  });
});

describe('who may record which kind (seed 004 视情节轻重)', () => {
  const table: Array<[Role, RecordKind[]]> = [
    ['agent', []],
    ['handler', []],
    ['supervisor', ['commendation', 'criticism', 'warning']],
    ['manager', [...RECORD_KINDS]],
    ['admin', [...RECORD_KINDS]],
  ];
  it.each(table)('%s records %j', (role, kinds) => {
    expect(RECORD_KINDS.filter((k) => mayRecord(role, k))).toEqual(RECORD_KINDS.filter((k) => kinds.includes(k)));
  });
  it('should not let anyone revoke a measure about themselves, nor a supervisor a fine', () => {
    expect(mayRevoke({ id: 'm', role: 'manager' }, { kind: 'fine', userId: 'm' })).toBe(false);
    expect(mayRevoke({ id: 'm', role: 'manager' }, { kind: 'fine', userId: 'x' })).toBe(true);
    expect(mayRevoke({ id: 's', role: 'supervisor' }, { kind: 'fine', userId: 'x' })).toBe(false);
    expect(mayRevoke({ id: 's', role: 'supervisor' }, { kind: 'warning', userId: null })).toBe(true);
  });
  it('should show a record to those who assess and to the person concerned only', () => {
    expect(mayView({ id: 'u', readsAll: true }, { userId: 'x' })).toBe(true);
    expect(mayView({ id: 'u', readsAll: false }, { userId: 'u' })).toBe(true);
    expect(mayView({ id: 'u', readsAll: false }, { userId: 'x' })).toBe(false);
    expect(mayView({ id: 'u', readsAll: false }, { userId: null })).toBe(false);
  });
});

describe('summarise', () => {
  it('should fold decision and record groups into one row per key, causes in order, most responsible first', () => {
    const rows = summarise(
      [
        { key: 'b', rootCause: 'partner', cases: 3, responsible: 0 },
        { key: 'a', rootCause: 'process', cases: 1, responsible: 1 },
        { key: 'a', rootCause: 'people', cases: 2, responsible: 1 },
      ],
      [
        { key: 'a', direction: 'penalty', count: 2, amountFen: 5_000 },
        { key: 'c', direction: 'reward', count: 1, amountFen: 30_000 },
      ],
    );
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ decidedCases: 3, responsibleCases: 2, responsibleSharePct: 66.7, penalties: 2, penaltyFen: 5_000, rewards: 0 });
    expect(rows[0]!.byRootCause.map((c) => c.rootCause)).toEqual(['people', 'process']);
    expect(rows[1]).toMatchObject({ responsibleSharePct: 0 });
    expect(rows[2]).toMatchObject({ decidedCases: 0, responsibleSharePct: null, rewards: 1, rewardFen: 30_000 });
  });
});
