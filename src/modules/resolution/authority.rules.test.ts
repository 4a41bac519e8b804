import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/permissions.ts';
import {
  type Actor,
  type ApprovalDecision,
  type ApprovalProposal,
  type DecisionKind,
  DEFAULT_AUTHORITY_LIMITS,
  approvalChain,
  approvalState,
  awaitingRole,
  decide,
  mayAct,
  requiredRole,
  withinAuthority,
} from './authority.rules.ts';
import { type AuthorityLimits, AuthorityLimitsSchema } from './authority.schemas.ts';
import { yuan } from './money.rules.ts';

// Authority limits are company policy, not a DOMAIN-RULES rule: the sources are seed 001 (权限管理: 超出权限的
// 解决方案需及时上报审批), seed 002 (内部审批) and issue 11 item 5 for the default amounts.
const L = DEFAULT_AUTHORITY_LIMITS;

const agent: Actor = { id: 'u-agent', role: 'agent' };
const agent2: Actor = { id: 'u-agent2', role: 'agent' };
const handler: Actor = { id: 'u-handler', role: 'handler' };
const sup: Actor = { id: 'u-sup', role: 'supervisor' };
const sup2: Actor = { id: 'u-sup2', role: 'supervisor' };
const mgr: Actor = { id: 'u-mgr', role: 'manager' };
const adm: Actor = { id: 'u-adm', role: 'admin' };

const at = new Date('2026-03-10T02:00:00Z');
const dec = (step: number, actor: Actor, kind: DecisionKind, comment = ''): ApprovalDecision => ({ step, actor, kind, at, comment });

describe('defaults (seed 001 权限管理, issue 11 item 5)', () => {
  it('agent ≤ ¥200, supervisor ≤ ¥2,000, manager ≤ ¥20,000, admin unlimited; valid against the schema', () => {
    expect(L).toEqual({ agent: 20000, handler: 0, supervisor: 200000, manager: 2000000 });
    expect(AuthorityLimitsSchema.parse(L)).toEqual(L);
    expect(withinAuthority('admin', Number.MAX_SAFE_INTEGER, L)).toBe(true);
  });
});

describe('requiredRole (seed 001)', () => {
  const rows: Array<[number, Role]> = [
    [0, 'agent'],
    [yuan(200), 'agent'],
    [yuan(200) + 1, 'supervisor'],
    [yuan(800), 'supervisor'],
    [yuan(2000), 'supervisor'],
    [yuan(2000) + 1, 'manager'],
    [yuan(20000), 'manager'],
    [yuan(20000) + 1, 'admin'],
  ];
  it.each(rows)('%i fen → %s', (amount, role) => {
    expect(requiredRole(amount, L)).toBe(role);
  });
  it('rejects a non-fen amount', () => {
    expect(() => requiredRole(12.5, L)).toThrow(RangeError);
  });
});

describe('approvalChain (seed 001: above one’s authority, up one level at a time)', () => {
  const rows: Array<[string, Role, number, string[]]> = [
    ['rule 11 acceptance: ¥800 from an agent → the supervisor approves', 'agent', yuan(800), ['supervisor*']],
    ['¥60 from an agent → within authority, no chain', 'agent', yuan(60), []],
    ['¥200 exactly from an agent → within authority', 'agent', yuan(200), []],
    ['¥5,000 from an agent → supervisor endorses, manager approves', 'agent', yuan(5000), ['supervisor', 'manager*']],
    ['¥50,000 from an agent → supervisor, manager, admin', 'agent', yuan(50000), ['supervisor', 'manager', 'admin*']],
    ['¥1 from a handler (no own authority) → supervisor', 'handler', 100, ['supervisor*']],
    ['¥800 from a supervisor → within authority', 'supervisor', yuan(800), []],
    ['¥5,000 from a supervisor → manager', 'supervisor', yuan(5000), ['manager*']],
    ['¥50,000 from a manager → admin', 'manager', yuan(50000), ['admin*']],
    ['¥1,000,000 from an admin → within authority', 'admin', yuan(1_000_000), []],
  ];
  it.each(rows)('%s', (_name, role, amount, chain) => {
    expect(approvalChain(role, amount, L).map((s) => `${s.role}${s.final ? '*' : ''}`)).toEqual(chain);
  });

  it('follows edited limits', () => {
    const limits: AuthorityLimits = { agent: yuan(1000), handler: yuan(100), supervisor: yuan(5000), manager: yuan(50000) };
    expect(approvalChain('agent', yuan(800), limits)).toEqual([]);
    expect(approvalChain('handler', yuan(800), limits).map((s) => s.role)).toEqual(['supervisor']);
  });
});

describe('mayAct / decide (seed 002 内部审批; nobody approves their own proposal)', () => {
  const p800: ApprovalProposal = { proposer: agent, amountFen: yuan(800) };
  const p5000: ApprovalProposal = { proposer: agent, amountFen: yuan(5000) };
  const pSup: ApprovalProposal = { proposer: sup, amountFen: yuan(5000) };

  type Row = [string, ApprovalProposal, ApprovalDecision[], Actor, string];
  const rows: Row[] = [
    ['the supervisor may approve or reject ¥800', p800, [], sup, 'approve,reject'],
    ['another agent may not', p800, [], agent2, 'insufficient_role'],
    ['a handler may not', p800, [], handler, 'insufficient_role'],
    ['the proposer may not act on their own proposal', pSup, [], sup, 'own_proposal'],
    ['a manager may stand in for the supervisor and approve ¥800', p800, [], mgr, 'approve,reject'],
    ['the supervisor may only endorse ¥5,000', p5000, [], sup, 'endorse,reject'],
    ['after the endorsement a supervisor can no longer act', p5000, [dec(0, sup, 'endorse')], sup2, 'insufficient_role'],
    ['after the endorsement the manager approves', p5000, [dec(0, sup, 'endorse')], mgr, 'approve,reject'],
    ['nothing is pending after approval', p800, [dec(0, sup, 'approve')], mgr, 'not_pending'],
    ['nothing is pending within authority', { proposer: agent, amountFen: yuan(60) }, [], sup, 'not_pending'],
  ];
  it.each(rows)('%s', (_name, proposal, decisions, actor, expected) => {
    const state = approvalState(proposal, decisions, L);
    const r = mayAct(proposal, state, actor, decisions, L);
    expect(r.ok ? r.kinds.join(',') : r.reason).toBe(expected);
  });

  it('rule 11 acceptance: the agent’s ¥800 waits for the supervisor, who approves it', () => {
    expect(awaitingRole(approvalState(p800, [], L))).toBe('supervisor');
    const r = decide(p800, [], dec(0, sup, 'approve', '客户已提供发票'), L);
    expect(r.ok && r.state.status).toBe('approved');
    expect(r.ok && r.state.status === 'approved' && r.state.by.id).toBe(sup.id);
  });

  it('walks a ¥5,000 proposal supervisor → manager', () => {
    const d1 = dec(0, sup, 'endorse');
    const r1 = decide(p5000, [], d1, L);
    expect(r1.ok && awaitingRole(r1.state)).toBe('manager');
    const r2 = decide(p5000, [d1], dec(1, mgr, 'approve'), L);
    expect(r2.ok && r2.state.status).toBe('approved');
  });

  it('a manager standing in at the supervisor step of a ¥50,000 proposal moves it straight to the admin', () => {
    const p: ApprovalProposal = { proposer: agent, amountFen: yuan(50000) };
    const r = decide(p, [], dec(0, mgr, 'endorse'), L);
    expect(r.ok && r.state.status === 'pending' && r.state.step).toMatchObject({ index: 2, role: 'admin', final: true });
  });

  it('a rejection needs a comment and ends the chain', () => {
    expect(decide(p5000, [], dec(0, sup, 'reject', '  '), L)).toEqual({ ok: false, reason: 'comment_required' });
    const r = decide(p5000, [], dec(0, sup, 'reject', '证据不足'), L);
    expect(r.ok && r.state.status).toBe('rejected');
  });

  it('an approval by someone without the authority is refused (they may only endorse)', () => {
    expect(decide(p5000, [], dec(0, sup, 'approve'), L)).toEqual({ ok: false, reason: 'insufficient_role' });
  });

  it('two approvers at once: the second decision on the same step is stale', () => {
    const first = dec(0, sup, 'approve');
    expect(decide(p800, [], first, L).ok).toBe(true);
    // sup2 decided on step 0 too, but the store already holds sup's decision.
    expect(decide(p800, [first], dec(0, sup2, 'reject', 'no'), L)).toEqual({ ok: false, reason: 'not_pending' });
    const endorsed = dec(0, sup, 'endorse');
    expect(decide(p5000, [endorsed], dec(0, sup2, 'endorse'), L)).toEqual({ ok: false, reason: 'insufficient_role' });
    expect(decide(p5000, [endorsed], dec(0, mgr, 'approve'), L)).toEqual({ ok: false, reason: 'stale_step' });
  });

  it('nobody acts twice on one proposal', () => {
    const p: ApprovalProposal = { proposer: agent, amountFen: yuan(50000) };
    // An admin covers everything, so an admin cannot endorse: they approve instead.
    expect(decide(p, [], dec(0, adm, 'endorse'), L)).toEqual({ ok: false, reason: 'insufficient_role' });
    // An endorser's next step is always above their level, so they cannot act again through the chain …
    const m1 = dec(0, mgr, 'endorse');
    expect(decide(p, [m1], dec(2, mgr, 'approve'), L)).toEqual({ ok: false, reason: 'insufficient_role' });
    // … and the check holds on its own: a prior decision by the same person refuses them.
    const state = approvalState(p, [], L);
    expect(mayAct(p, state, mgr, [m1], L)).toEqual({ ok: false, reason: 'already_acted' });
  });

  it('replaying a log with a forbidden decision throws', () => {
    expect(() => approvalState(pSup, [dec(0, sup, 'approve')], L)).toThrow(/own_proposal/);
  });
});

describe('AuthorityLimitsSchema (admin edits)', () => {
  const bad: Array<[string, unknown]> = [
    ['not ascending (supervisor below agent)', { ...L, supervisor: yuan(100) }],
    ['manager equal to supervisor', { ...L, manager: L.supervisor }],
    ['handler at the supervisor limit', { ...L, handler: L.supervisor }],
    ['a fractional fen', { ...L, agent: 20000.5 }],
    ['a zero agent limit', { ...L, agent: 0 }],
    ['a negative handler limit', { ...L, handler: -1 }],
    ['an admin limit (admins have none)', { ...L, admin: yuan(1_000_000) }],
    ['a missing role', { agent: L.agent, supervisor: L.supervisor, manager: L.manager }],
  ];
  it.each(bad)('rejects %s', (_name, value) => {
    expect(AuthorityLimitsSchema.safeParse(value).success).toBe(false);
  });
});
