import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  CASE_STATUSES,
  canMerge,
  checkTransition,
  lifecycleMermaid,
  TERMINAL_STATUSES,
  TRANSITIONS,
  type CaseStatus,
} from './case.lifecycle.ts';

describe('case lifecycle', () => {
  it('should allow the main loop from registered to closed', () => {
    const loop: CaseStatus[] = [
      'registered', 'acknowledged', 'assigned', 'investigating', 'remedy_proposed',
      'awaiting_customer', 'executing', 'resolved', 'follow_up', 'closed',
    ];
    for (let i = 1; i < loop.length; i++) {
      const r = checkTransition({ from: loop[i - 1]!, to: loop[i]!, role: 'supervisor', departmentId: 'd1' });
      expect(r.ok, `${loop[i - 1]} → ${loop[i]}`).toBe(true);
    }
  });

  it('should refuse skipping steps', () => {
    expect(checkTransition({ from: 'registered', to: 'closed', role: 'admin' })).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(checkTransition({ from: 'acknowledged', to: 'resolved', role: 'admin' })).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(checkTransition({ from: 'registered', to: 'registered', role: 'admin' }).ok).toBe(false);
  });

  it('should require a reason to reject, to reopen and to close without a callback', () => {
    expect(checkTransition({ from: 'registered', to: 'rejected', role: 'agent' })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(checkTransition({ from: 'registered', to: 'rejected', role: 'agent', reason: '  ' })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(checkTransition({ from: 'registered', to: 'rejected', role: 'agent', reason: '重复投诉' }).ok).toBe(true);
    expect(checkTransition({ from: 'follow_up', to: 'investigating', role: 'agent' })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(checkTransition({ from: 'resolved', to: 'closed', role: 'agent' })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('should require a department to assign', () => {
    expect(checkTransition({ from: 'acknowledged', to: 'assigned', role: 'agent' })).toEqual({ ok: false, code: 'DEPARTMENT_REQUIRED' });
    expect(checkTransition({ from: 'acknowledged', to: 'assigned', role: 'agent', departmentId: 'd' }).ok).toBe(true);
  });

  it('should keep reopening an archived case to management', () => {
    expect(checkTransition({ from: 'closed', to: 'investigating', role: 'agent', reason: '客户再次来电' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    const r = checkTransition({ from: 'closed', to: 'investigating', role: 'supervisor', reason: '客户再次来电' });
    expect(r.ok && r.rule.reopen).toBe(true);
  });

  it('should not let handlers acknowledge, reject or close', () => {
    expect(checkTransition({ from: 'registered', to: 'acknowledged', role: 'handler' }).ok).toBe(false);
    expect(checkTransition({ from: 'follow_up', to: 'closed', role: 'handler' }).ok).toBe(false);
    expect(checkTransition({ from: 'assigned', to: 'investigating', role: 'handler' }).ok).toBe(true);
  });

  it('should offer no move out of rejected or merged', () => {
    for (const role of ['agent', 'handler', 'supervisor', 'manager', 'admin'] as const) {
      expect(allowedTransitions('rejected', role)).toEqual([]);
      expect(allowedTransitions('merged', role)).toEqual([]);
    }
  });

  it('should list what the action panel offers, with reason flags', () => {
    expect(allowedTransitions('awaiting_customer', 'handler')).toEqual([
      { to: 'executing', requiresReason: false, requiresDepartment: false, reopen: false },
      { to: 'remedy_proposed', requiresReason: true, requiresDepartment: false, reopen: false },
    ]);
  });

  it('should only merge cases that are still early or in work', () => {
    expect(canMerge('registered')).toBe(true);
    expect(canMerge('investigating')).toBe(true);
    for (const s of TERMINAL_STATUSES) expect(canMerge(s)).toBe(false);
  });

  it('should reach every status from registered', () => {
    const reached = new Set<CaseStatus>(['registered', 'merged']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (t.from.some((f) => reached.has(f)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('should render the diagram from the table', () => {
    const m = lifecycleMermaid();
    expect(m).toContain('registered --> acknowledged');
    expect(m).toContain('closed --> investigating : reason, reopen');
  });
});
