// Approval by authority (审批权限, issue 11 item 5; seeds 001 权限管理 / 超出权限的解决方案需及时上报审批,
// 002 内部审批). Pure: which role must approve an amount, the chain a proposal climbs, who may act on it,
// and the state derived from the decisions recorded so far (nothing but the decisions is stored).
//
// Decisions where the sources are vague:
// - Within the proposer's own limit a remedy needs no approval (001: 权限内决策, 果断处理): the chain is empty.
// - Above it the proposal climbs one level at a time, from the level above the proposer up to the first
//   level whose limit covers the amount. A level below that endorses (转呈) or rejects; the covering level
//   approves or rejects. A rejection anywhere ends it.
// - Who may act on the pending step: anyone whose role is at or above the step's level (a manager may stand
//   in for an absent supervisor), never the proposer, and nobody twice on the same proposal. When the actor's
//   own limit covers the amount their approval is final; otherwise it is an endorsement and the proposal
//   moves on to the first chain step above the actor's level.
// - Agents and handlers are the front line (level 0); they never act on a chain.
// - Two approvers acting at once: each decision carries the step index it was made on; the store keeps one
//   decision per (proposal, step) (a unique key), so the second write fails and is re-read, never both win.
import type { Role } from '../../shared/permissions.ts';
import type { AuthorityLimits } from './authority.schemas.ts';
import { type Fen, requireFen, yuan } from './money.rules.ts';

/** Issue 11 defaults: agent ≤ ¥200, supervisor ≤ ¥2,000, manager ≤ ¥20,000, above that the administrator. */
export const DEFAULT_AUTHORITY_LIMITS: AuthorityLimits = {
  agent: yuan(200),
  handler: 0,
  supervisor: yuan(2_000),
  manager: yuan(20_000),
};

export type ApproverRole = 'supervisor' | 'manager' | 'admin';
/** The levels above the front line, lowest first. */
export const APPROVAL_LADDER: readonly ApproverRole[] = ['supervisor', 'manager', 'admin'];

export const ROLE_LEVEL: Readonly<Record<Role, number>> = { agent: 0, handler: 0, supervisor: 1, manager: 2, admin: 3 };

/** The most a role may grant on its own; null = no limit (the administrator). */
export function limitOf(role: Role, limits: AuthorityLimits): Fen | null {
  return role === 'admin' ? null : limits[role];
}

export function withinAuthority(role: Role, amountFen: Fen, limits: AuthorityLimits): boolean {
  requireFen(amountFen, 'amountFen');
  const limit = limitOf(role, limits);
  return limit === null || amountFen <= limit;
}

/** The lowest role whose limit covers the amount (agent for the front line's own range). */
export function requiredRole(amountFen: Fen, limits: AuthorityLimits): 'agent' | ApproverRole {
  if (withinAuthority('agent', amountFen, limits)) return 'agent';
  return APPROVAL_LADDER.find((r) => withinAuthority(r, amountFen, limits)) ?? 'admin';
}

export type ApprovalStep = {
  /** 0-based position in the chain; a decision names the step it was made on. */
  index: number;
  role: ApproverRole;
  /** That role's own limit; null for the administrator. */
  limitFen: Fen | null;
  /** True for the step whose limit covers the amount: it approves; the others endorse. */
  final: boolean;
};

/** The levels a proposal climbs, from the one above the proposer to the first that covers the amount; [] when the proposer's own limit covers it. */
export function approvalChain(proposerRole: Role, amountFen: Fen, limits: AuthorityLimits): ApprovalStep[] {
  if (withinAuthority(proposerRole, amountFen, limits)) return [];
  const steps: ApprovalStep[] = [];
  for (const role of APPROVAL_LADDER) {
    if (ROLE_LEVEL[role] <= ROLE_LEVEL[proposerRole]) continue;
    const final = withinAuthority(role, amountFen, limits);
    steps.push({ index: steps.length, role, limitFen: limitOf(role, limits), final });
    if (final) break;
  }
  return steps;
}

export type Actor = { id: string; role: Role };

export type ApprovalProposal = {
  proposer: Actor;
  amountFen: Fen;
};

export type DecisionKind = 'endorse' | 'approve' | 'reject';

/** One recorded decision; `step` is the chain index it was made on (the concurrency key). */
export type ApprovalDecision = { step: number; actor: Actor; kind: DecisionKind; at: Date; comment: string };

export type ApprovalState =
  | { status: 'within_authority' }
  | { status: 'pending'; step: ApprovalStep; chain: ApprovalStep[] }
  | { status: 'approved'; by: Actor; chain: ApprovalStep[] }
  | { status: 'rejected'; by: Actor; chain: ApprovalStep[] };

export type RefusalReason =
  | 'own_proposal'
  | 'not_pending'
  | 'stale_step'
  | 'insufficient_role'
  | 'already_acted'
  | 'comment_required';

/** The step after an endorsement by `actor`: the first chain step above the actor's level. */
function nextStepAfter(chain: readonly ApprovalStep[], actorRole: Role): ApprovalStep | undefined {
  return chain.find((s) => ROLE_LEVEL[s.role] > ROLE_LEVEL[actorRole]);
}

/** What `actor` may do on the proposal now, or why not. */
export function mayAct(
  proposal: ApprovalProposal,
  state: ApprovalState,
  actor: Actor,
  decisions: readonly ApprovalDecision[],
  limits: AuthorityLimits,
): { ok: true; kinds: DecisionKind[] } | { ok: false; reason: RefusalReason } {
  if (actor.id === proposal.proposer.id) return { ok: false, reason: 'own_proposal' };
  if (state.status !== 'pending') return { ok: false, reason: 'not_pending' };
  if (ROLE_LEVEL[actor.role] < ROLE_LEVEL[state.step.role]) return { ok: false, reason: 'insufficient_role' };
  if (decisions.some((d) => d.actor.id === actor.id)) return { ok: false, reason: 'already_acted' };
  const covers = withinAuthority(actor.role, proposal.amountFen, limits);
  return { ok: true, kinds: covers ? ['approve', 'reject'] : ['endorse', 'reject'] };
}

function check(proposal: ApprovalProposal, state: ApprovalState, d: ApprovalDecision, prior: readonly ApprovalDecision[], limits: AuthorityLimits): RefusalReason | null {
  const may = mayAct(proposal, state, d.actor, prior, limits);
  if (!may.ok) return may.reason;
  if (state.status === 'pending' && d.step !== state.step.index) return 'stale_step';
  if (!may.kinds.includes(d.kind)) return 'insufficient_role';
  // A rejection must say why (issue 11: approves or rejects it with a comment).
  if (d.kind === 'reject' && d.comment.trim() === '') return 'comment_required';
  return null;
}

function advance(state: Extract<ApprovalState, { status: 'pending' }>, d: ApprovalDecision): ApprovalState {
  if (d.kind === 'reject') return { status: 'rejected', by: d.actor, chain: state.chain };
  if (d.kind === 'approve') return { status: 'approved', by: d.actor, chain: state.chain };
  const next = nextStepAfter(state.chain, d.actor.role);
  // The chain always ends at a covering level and only a covering actor can skip past it, so an endorsement has a next step.
  if (!next) throw new Error('an endorsement past the end of the chain');
  return { status: 'pending', step: next, chain: state.chain };
}

function initialState(proposal: ApprovalProposal, limits: AuthorityLimits): ApprovalState {
  const chain = approvalChain(proposal.proposer.role, proposal.amountFen, limits);
  const first = chain[0];
  return first ? { status: 'pending', step: first, chain } : { status: 'within_authority' };
}

/**
 * The state after the recorded decisions, in order. Throws on a decision that was not allowed when made —
 * the store must only hold decisions accepted by `decide`.
 */
export function approvalState(proposal: ApprovalProposal, decisions: readonly ApprovalDecision[], limits: AuthorityLimits): ApprovalState {
  let state = initialState(proposal, limits);
  decisions.forEach((d, i) => {
    const refused = check(proposal, state, d, decisions.slice(0, i), limits);
    if (refused !== null || state.status !== 'pending') throw new Error(`decision ${i} was not allowed: ${refused ?? 'not_pending'}`);
    state = advance(state, d);
  });
  return state;
}

/** Validates a new decision against the recorded ones; on success the decision to append and the state after it. */
export function decide(
  proposal: ApprovalProposal,
  decisions: readonly ApprovalDecision[],
  decision: ApprovalDecision,
  limits: AuthorityLimits,
): { ok: true; state: ApprovalState } | { ok: false; reason: RefusalReason } {
  const state = approvalState(proposal, decisions, limits);
  const refused = check(proposal, state, decision, decisions, limits);
  if (refused !== null || state.status !== 'pending') return { ok: false, reason: refused ?? 'not_pending' };
  return { ok: true, state: advance(state, decision) };
}

/** For the approvals inbox: the role whose members should see the proposal now, or null when nobody need act. */
export function awaitingRole(state: ApprovalState): ApproverRole | null {
  return state.status === 'pending' ? state.step.role : null;
}
