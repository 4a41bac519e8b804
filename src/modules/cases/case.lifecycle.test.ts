import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  CASE_STATUSES,
  canMerge,
  checkMerge,
  checkTransition,
  CLOCKS_FINISHED_STATUSES,
  GUARDS,
  isReopenMove,
  lifecycleMermaid,
  MERGE_TARGET_STATUSES,
  OPEN_STATUSES,
  REOPENABLE_STATUSES,
  STATUS_ATTRIBUTES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  type CaseStatus,
  type GuardContext,
  type GuardName,
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

  it('should resolve only after 定责 where the preset requires it (responsibilityDecided)', () => {
    const required = { required: true, decided: false };
    expect(checkTransition({ from: 'executing', to: 'resolved', role: 'handler', responsibility: required })).toEqual({ ok: false, code: 'RESPONSIBILITY_REQUIRED' });
    // The reason is checked first on the shortcut from investigating.
    expect(checkTransition({ from: 'investigating', to: 'resolved', role: 'handler', responsibility: required })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(checkTransition({ from: 'investigating', to: 'resolved', role: 'handler', reason: '已解释', responsibility: required })).toEqual({
      ok: false,
      code: 'RESPONSIBILITY_REQUIRED',
    });
    expect(checkTransition({ from: 'executing', to: 'resolved', role: 'handler', responsibility: { required: true, decided: true } }).ok).toBe(true);
    expect(checkTransition({ from: 'executing', to: 'resolved', role: 'handler', responsibility: { required: false, decided: false } }).ok).toBe(true);
    expect(GUARDS.responsibilityDecided.holds({})).toBe(true);
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

describe('status attributes', () => {
  // status, open, terminal, clocksFinished, mergeable, merge target, reopenable
  const TABLE: Array<[CaseStatus, boolean, boolean, boolean, boolean, boolean, boolean]> = [
    ['registered', true, false, false, true, true, false],
    ['acknowledged', true, false, false, true, true, false],
    ['assigned', true, false, false, true, true, false],
    ['investigating', true, false, false, true, true, false],
    ['remedy_proposed', true, false, false, true, true, false],
    ['awaiting_customer', true, false, false, true, true, false],
    ['executing', true, false, false, true, true, false],
    ['resolved', false, false, true, false, true, true],
    ['follow_up', false, false, true, false, true, true],
    ['closed', false, true, true, false, true, true],
    ['rejected', false, true, true, false, false, false],
    ['merged', false, true, true, false, false, false],
  ];

  it('should cover every status once', () => {
    expect(TABLE.map((r) => r[0]).sort()).toEqual([...CASE_STATUSES].sort());
    expect(Object.keys(STATUS_ATTRIBUTES).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it.each(TABLE)('should derive the groups of %s from the table', (s, open, terminal, finished, mergeable, target, reopenable) => {
    expect(OPEN_STATUSES.includes(s)).toBe(open);
    expect(TERMINAL_STATUSES.includes(s)).toBe(terminal);
    expect(CLOCKS_FINISHED_STATUSES.includes(s)).toBe(finished);
    expect(canMerge(s)).toBe(mergeable);
    expect(MERGE_TARGET_STATUSES.includes(s)).toBe(target);
    expect(REOPENABLE_STATUSES.includes(s)).toBe(reopenable);
  });

  it('should keep a terminal status out of open work and with its clocks finished', () => {
    for (const s of CASE_STATUSES) {
      const a = STATUS_ATTRIBUTES[s];
      if (a.terminal) expect({ open: a.open, clocksFinished: a.clocksFinished }).toEqual({ open: false, clocksFinished: true });
    }
  });
});

describe('transition guards', () => {
  const CASES: Array<[GuardName, GuardContext, boolean]> = [
    ['reasonGiven', { reason: '客户要求' }, true],
    ['reasonGiven', { reason: '   ' }, false],
    ['reasonGiven', {}, false],
    ['hasDepartment', { departmentId: 'd1' }, true],
    ['hasDepartment', { departmentId: null }, false],
    ['hasDepartment', {}, false],
    ['approvedRemedyExists', { approvedRemedy: true }, true],
    ['approvedRemedyExists', { approvedRemedy: false }, false],
    // Transitional: no remedy on record (a case moved by bare status) still passes.
    ['approvedRemedyExists', { approvedRemedy: null }, true],
  ];
  it.each(CASES)('should decide %s on %j as %s', (name, ctx, holds) => {
    expect(GUARDS[name].holds(ctx)).toBe(holds);
  });

  it('should keep the error codes and fields of each guard', () => {
    expect(GUARDS.reasonGiven).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(GUARDS.hasDepartment).toMatchObject({ code: 'DEPARTMENT_REQUIRED', field: 'departmentId' });
  });

  it('should let the system pass role checks but not guards', () => {
    expect(checkTransition({ from: 'registered', to: 'assigned', role: 'system', departmentId: 'd1' }).ok).toBe(true);
    expect(checkTransition({ from: 'registered', to: 'assigned', role: 'system' })).toEqual({ ok: false, code: 'DEPARTMENT_REQUIRED' });
    expect(checkTransition({ from: 'closed', to: 'investigating', role: 'system' })).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(checkTransition({ from: 'registered', to: 'closed', role: 'system' })).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('should name only known guards on the transitions', () => {
    for (const t of TRANSITIONS) for (const g of t.guards) expect(Object.keys(GUARDS)).toContain(g);
  });
});

describe('merge and reopen rules', () => {
  it('should merge a case in work into a live one only', () => {
    expect(checkMerge({ from: 'investigating', target: 'closed' })).toEqual({ ok: true });
    expect(checkMerge({ from: 'investigating', target: 'merged' })).toEqual({ ok: false, code: 'MERGE_TARGET_INVALID' });
    expect(checkMerge({ from: 'investigating', target: 'rejected' })).toEqual({ ok: false, code: 'MERGE_TARGET_INVALID' });
    expect(checkMerge({ from: 'resolved', target: 'registered' })).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });

  it('should see a reopen in the reopen moves only', () => {
    expect(isReopenMove('closed', 'investigating')).toBe(true);
    expect(isReopenMove('follow_up', 'investigating')).toBe(true);
    expect(isReopenMove('remedy_proposed', 'investigating')).toBe(false);
    expect(isReopenMove(null, 'investigating')).toBe(false);
    expect(isReopenMove('bogus', 'investigating')).toBe(false);
  });
});

describe('noOpenAction (issue 11 item 7: a case cannot resolve while an execution action is open)', () => {
  it.each([
    { openActions: 2, ok: false },
    { openActions: 1, ok: false },
    { openActions: 0, ok: true },
    { openActions: undefined, ok: true },
  ])('executing → resolved with $openActions open actions: $ok', ({ openActions, ok }) => {
    const r = checkTransition({ from: 'executing', to: 'resolved', role: 'handler', openActions, responsibility: { required: true, decided: true } });
    expect(r.ok).toBe(ok);
    if (!ok) expect(r).toEqual({ ok: false, code: 'OPEN_ACTIONS' });
  });

  it('should name the open actions before the responsibility decision', () => {
    expect(checkTransition({ from: 'executing', to: 'resolved', role: 'agent', openActions: 1, responsibility: { required: true, decided: false } })).toEqual({
      ok: false,
      code: 'OPEN_ACTIONS',
    });
    expect(GUARDS.noOpenAction).toMatchObject({ field: 'actions', message: 'open_actions' });
  });
});
