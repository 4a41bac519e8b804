import { describe, expect, it } from 'vitest';
import {
  actionsForRemedy,
  checkCompletion,
  defaultActionDepartments,
  DEFAULT_ACTION_DEPARTMENTS,
  inboxOrder,
  isOverdue,
  mayActOn,
  type ActionKind,
} from './execution.rules.ts';

const due = new Date('2026-12-10T10:00:00Z');

describe('execution rules', () => {
  // Seed 001 财务部门及时赔付; seed 004 補發 / 退款 / 優惠券, 倉庫協助換貨退貨, 維修記錄.
  it.each([
    { item: 'compensation', kind: 'compensation', dept: 'finance', amountFen: 80_000 },
    { item: 'refund', kind: 'refund', dept: 'finance', amountFen: 3_000 },
    { item: 'fee_waiver', kind: 'fee_waiver', dept: 'finance', amountFen: 1_200 },
    { item: 'voucher', kind: 'voucher', dept: 'service', amountFen: 3_000 },
    { item: 'resend', kind: 'resend', dept: 'warehouse', amountFen: null },
    { item: 'replace', kind: 'replace', dept: 'warehouse', amountFen: null },
    { item: 'repair', kind: 'repair', dept: 'quality', amountFen: null },
  ] as const)('should turn a $item item into a $kind action for $dept (express, seeds 001 / 004)', ({ item, kind, dept, amountFen }) => {
    const planned = actionsForRemedy([{ kind: item, amountFen, note: null }], defaultActionDepartments('express'), due);
    expect(planned).toEqual([{ kind, departmentCode: dept, amountFen, dueAt: due, note: null }]);
  });

  it('should create no action for an apology, a search, discipline or a process fix', () => {
    const items = (['apology', 'search_recover', 'discipline', 'process_fix'] as const).map((kind) => ({ kind, amountFen: null, note: null }));
    expect(actionsForRemedy(items, defaultActionDepartments('express'), due)).toEqual([]);
  });

  it('should give every preset an owner for every kind, the store handing out vouchers in the supermarket', () => {
    for (const mapping of Object.values(DEFAULT_ACTION_DEPARTMENTS)) expect(Object.keys(mapping)).toHaveLength(10);
    expect(defaultActionDepartments('supermarket').voucher).toBe('store');
    // A copy: editing it never changes the defaults.
    const m = defaultActionDepartments('express');
    m.refund = 'store';
    expect(defaultActionDepartments('express').refund).toBe('finance');
  });

  it('should let a handler act only on their own department’s actions', () => {
    expect(mayActOn({ role: 'handler', departmentId: 'fin' }, { departmentId: 'fin' })).toBe(true);
    expect(mayActOn({ role: 'handler', departmentId: 'wh' }, { departmentId: 'fin' })).toBe(false);
    expect(mayActOn({ role: 'handler', departmentId: null }, { departmentId: 'fin' })).toBe(false);
    for (const role of ['agent', 'supervisor', 'manager', 'admin']) expect(mayActOn({ role, departmentId: null }, { departmentId: 'fin' })).toBe(true);
  });

  it.each([
    { kind: 'compensation', status: 'open', amountFen: 80_000, input: {}, out: { ok: true, amountFen: 80_000 } },
    { kind: 'compensation', status: 'open', amountFen: 80_000, input: { amountFen: 79_000 }, out: { ok: true, amountFen: 79_000 } },
    { kind: 'compensation', status: 'done', amountFen: 80_000, input: {}, out: { ok: false, reason: 'not_open' } },
    { kind: 'refund', status: 'open', amountFen: null, input: {}, out: { ok: false, reason: 'amount_required' } },
    { kind: 'repair', status: 'open', amountFen: null, input: {}, out: { ok: false, reason: 'repair_record_required' } },
    { kind: 'repair', status: 'open', amountFen: null, input: { repair: { fault: '排线松动', method: ' ' } }, out: { ok: false, reason: 'repair_record_required' } },
    { kind: 'repair', status: 'open', amountFen: null, input: { repair: { fault: '排线松动', method: '重新压接' }, amountFen: 2_500 }, out: { ok: true, amountFen: 2_500 } },
    { kind: 'keep_wrong_item', status: 'open', amountFen: null, input: { amountFen: 100 }, out: { ok: false, reason: 'amount_not_allowed' } },
    { kind: 'resend', status: 'open', amountFen: null, input: {}, out: { ok: true, amountFen: null } },
  ] as const)('should check completing a $status $kind with $input', ({ kind, status, amountFen, input, out }) => {
    expect(checkCompletion({ kind: kind as ActionKind, status, amountFen }, input)).toEqual(out);
  });

  it('should list overdue actions first, then by due date, undated last', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    const at = (d: string | null, id: string, created = '2026-12-01T00:00:00Z') => ({ id, status: 'open' as const, dueAt: d ? new Date(d) : null, createdAt: new Date(created) });
    const rows = [at(null, 'none'), at('2026-12-09T00:00:00Z', 'later'), at('2026-12-04T00:00:00Z', 'late'), at('2026-12-01T00:00:00Z', 'latest')];
    expect(inboxOrder(rows, now).map((r) => r.id)).toEqual(['latest', 'late', 'later', 'none']);
    expect(isOverdue(rows[2]!, now)).toBe(true);
    expect(isOverdue({ status: 'done', dueAt: new Date('2026-12-01T00:00:00Z') }, now)).toBe(false);
  });
});
