// Remedies (issue 11 items 4–6): the calculator on a case's facts, proposing with the policy frozen on,
// approval by authority, putting the approved offer to the customer and recording the answer. Every change
// to a case runs through the cases module's `change` (one transaction, the case locked, moves through the
// lifecycle, typed timeline events); resolution writes only its own tables.
import crypto from 'node:crypto';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { can, ROLES, type Role } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { caseEvent, type CaseEventInput } from '../cases/case.events.ts';
import type { CaseStatus } from '../cases/case.lifecycle.ts';
import type { CaseRow } from '../cases/case.listeners.ts';
import type { CaseView } from '../cases/case.schemas.ts';
import { assertLeadsCase, leadsCase, type CaseService } from '../cases/case.service.ts';
import { isPresetCode } from '../presets/index.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { findUserView } from '../users/user.service.ts';
import type { RoutingService } from '../routing/routing.service.ts';
import { createExecutionService, type ExecutionClockPort, type ExecutionCostPort } from './execution.service.ts';
import {
  approvalChain,
  approvalState,
  decide,
  DEFAULT_AUTHORITY_LIMITS,
  mayAct,
  type ApprovalDecision,
  type ApprovalProposal,
  type ApprovalState,
  type RefusalReason,
} from './authority.rules.ts';
import type { AuthorityLimits } from './authority.schemas.ts';
import { calculateCompensation, defaultCompensationPolicy, type CompensationFacts, type Incident } from './compensation.rules.ts';
import type { CompensationPolicy } from './compensation.schemas.ts';
import { formatYuan } from './money.rules.ts';
// the company's remedy catalogue decides which kinds may be proposed and which carry money.
import { checkRemedyItems } from './remedy-catalogue.rules.ts';
import { remedyCatalogueOf } from './remedy-catalogue.service.ts';
import { resolutionRepository, type RemedyDecisionRow, type RemedyRow, remedyRedaction } from './resolution.repository.ts';
import {
  type AnswerInput,
  type CalculateInput,
  type CalculationView,
  type DecisionInput,
  type ProposeInput,
  type RemedyView,
  type ResolutionSettingsInput,
} from './resolution.schemas.ts';

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);
const roleOf = (r: string): Role => (isRole(r) ? r : 'agent');

/** Case statuses in which a remedy may be proposed. */
const PROPOSABLE = ['investigating', 'remedy_proposed'];

export const REMEDY_MESSAGES = {
  own_proposal: { zh: '不能审批自己提出的方案', en: 'You cannot decide on your own proposal' },
  insufficient_role: { zh: '您的审批权限不足以处理此方案', en: 'Your approval level cannot act on this remedy' },
  already_acted: { zh: '您已审批过此方案', en: 'You have already decided on this remedy' },
  not_pending: { zh: '该方案已被他人审批，请刷新后查看', en: 'Someone else has decided on this remedy; reload to see it' },
  not_approved: { zh: '方案尚未审批通过，不能提交客户', en: 'The remedy is not approved; it cannot be offered' },
  not_offered: { zh: '方案尚未提交客户', en: 'The remedy has not been offered to the customer' },
  not_latest: { zh: '该方案已被新的方案替代', en: 'A newer remedy replaced this one' },
  case_status: { zh: '只有调查中或方案待定的工单可以提出方案', en: 'A remedy can be proposed only while the case is investigating or awaiting a remedy' },
} as const;

/** A lost idempotency race: the other request committed first; its remedy is the answer. */
class KeyTaken extends Error {}

function requestHash(input: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

const toDecision = (d: RemedyDecisionRow): ApprovalDecision => ({
  step: d.step,
  actor: { id: d.actorId, role: roleOf(d.actorRole) },
  kind: d.kind,
  at: d.createdAt,
  comment: d.comment,
});

const proposalOf = (r: RemedyRow): ApprovalProposal => ({ proposer: { id: r.proposerId, role: roleOf(r.proposerRole) }, amountFen: r.totalFen });

function stateOf(r: RemedyRow, decisions: readonly RemedyDecisionRow[]): ApprovalState {
  return approvalState(proposalOf(r), decisions.map(toDecision), r.authorityLimits);
}

function refusal(reason: RefusalReason, state: ApprovalState): AppError {
  switch (reason) {
    case 'own_proposal':
    case 'insufficient_role':
    case 'already_acted':
      return new AppError('FORBIDDEN', { message: REMEDY_MESSAGES[reason] });
    case 'comment_required':
      return fieldError('comment', FIELD_MESSAGES.remedy_comment_required);
    case 'not_pending':
    case 'stale_step':
      return new AppError('VERSION_CONFLICT', {
        message: REMEDY_MESSAGES.not_pending,
        details: { currentStep: state.status === 'pending' ? state.step.index : null, approval: state.status },
      });
  }
}

/** What the calculator reads of a case (a sample of them in the admin's preview). */
export type FactsOfCase = Pick<CaseView, 'serviceType' | 'freightFen' | 'insured' | 'declaredValueYuan' | 'itemPriceFen' | 'quantity' | 'promisedDeliveryAt'>;

/** The case's facts and the incident as the pure calculator's input; a missing fact is a 400 on it. */
export function factsFor(c: FactsOfCase, input: CalculateInput, now: Date, timeZone: string): CompensationFacts {
  const shipment =
    c.serviceType && c.freightFen !== null
      ? {
          serviceType: c.serviceType,
          freightFen: c.freightFen,
          addOnFeesFen: input.addOnFeesFen ?? 0,
          insured: c.insured === true,
          declaredValueFen: c.declaredValueYuan !== null ? Math.round(c.declaredValueYuan * 100) : null,
        }
      : null;
  const goods =
    c.itemPriceFen !== null
      ? {
          unitPriceFen: c.itemPriceFen,
          quantity: c.quantity ?? 1,
          freshFood: input.freshFood ?? false,
          noReasonExclusion: null,
          threeGuaranteesListed: input.threeGuaranteesListed ?? false,
        }
      : null;
  const missing = (path: string) => fieldError(path, FIELD_MESSAGES.remedy_fact_missing);
  let incident: Incident;
  switch (input.kind) {
    case 'delay':
      if (!c.promisedDeliveryAt) throw missing('promisedDeliveryAt');
      incident = {
        kind: 'delay',
        promisedAt: new Date(c.promisedDeliveryAt),
        deliveredAt: input.deliveredAt ? new Date(input.deliveredAt) : null,
        valueDestroyed: input.valueDestroyed ?? false,
        excuse: input.excuse ?? null,
      };
      break;
    case 'damage':
      incident = { kind: 'damage', damagedParts: input.damagedParts ?? 1, totalParts: input.totalParts ?? input.damagedParts ?? 1 };
      break;
    case 'no_reason_return':
      incident = { kind: 'no_reason_return', daysSinceReceipt: input.daysSinceReceipt ?? 0, intact: input.intact ?? true, returnFreightFen: input.returnFreightFen ?? 0 };
      break;
    case 'quality_defect':
      incident = { kind: 'quality_defect', daysSinceReceipt: input.daysSinceReceipt ?? 0, returnFreightFen: input.returnFreightFen ?? 0, choice: input.choice ?? null };
      break;
    case 'performance_fault':
      incident = { kind: 'performance_fault', daysSinceSale: input.daysSinceSale ?? 0, returnFreightFen: input.returnFreightFen ?? 0, choice: input.choice ?? null };
      break;
    case 'loss':
      incident = { kind: 'loss' };
      break;
    default:
      incident = { kind: 'other' };
  }
  return {
    now,
    timeZone,
    shipment,
    goods,
    claim: input.claimedFen !== null && input.claimedFen !== undefined ? { claimedFen: input.claimedFen, proven: input.proven ?? false } : null,
    incident,
    foodSafety: input.foodSafety ?? false,
    fraud: input.fraud ?? false,
    exemption: input.exemption ?? null,
  };
}

export type ResolutionService = ReturnType<typeof createResolutionService>;

/** The company's policy and limits: the stored ones, else the preset's defaults. */
export async function resolutionSettingsOf(db: DbOrTx): Promise<{ compensationPolicy: CompensationPolicy; authorityLimits: AuthorityLimits; isDefault: boolean }> {
  const row = await resolutionRepository.settings(db);
  if (row) return { compensationPolicy: row.compensationPolicy, authorityLimits: row.authorityLimits, isDefault: false };
  const preset = await industryPreset(db);
  return {
    compensationPolicy: defaultCompensationPolicy(preset && isPresetCode(preset) ? preset : 'express'),
    authorityLimits: structuredClone(DEFAULT_AUTHORITY_LIMITS),
    isDefault: true,
  };
}

/**
 * The remedy put to the customer and waiting for their answer (the portal shows it): the kinds and
 * amounts only — the proposer's note, the approval chain and the calculation stay inside.
 */
export async function offeredRemedyOf(db: DbOrTx, caseId: string): Promise<{ id: string; totalFen: number; items: Array<{ kind: string; amountFen: number | null }>; offeredAt: Date | null } | undefined> {
  const latest = await resolutionRepository.latestOfCase(db, caseId);
  if (!latest || latest.status !== 'offered') return undefined;
  return { id: latest.id, totalFen: latest.totalFen, items: latest.items.map((i) => ({ kind: i.kind, amountFen: i.amountFen })), offeredAt: latest.offeredAt };
}

/** For the cases port (`approvedRemedyExists`): the latest remedy approved (or further), not approved, or none. */
export async function approvedRemedyOf(db: DbOrTx, caseId: string): Promise<boolean | null> {
  const latest = await resolutionRepository.latestOfCase(db, caseId);
  if (!latest) return null;
  return ['approved', 'offered', 'accepted'].includes(latest.status);
}

/** The latest remedy's total in fen, or null when none is recorded (customer messages name it). */
export async function latestRemedyTotal(db: DbOrTx, caseId: string): Promise<number | null> {
  return (await resolutionRepository.latestOfCase(db, caseId))?.totalFen ?? null;
}

export function createResolutionService(deps: {
  db: Db;
  clock: Clock;
  timezone: string;
  cases: CaseService;
  /** Execution: the owner department of an action joins the case through routing's joint team. */
  routing: RoutingService;
  /** The cost ledger's port for money actions marked done (default: none). */
  costs?: ExecutionCostPort | undefined;
  /** Starts the 执行时限 clock when a remedy is accepted. */
  executionClock?: ExecutionClockPort | undefined;
}) {
  const { db, clock, timezone, cases } = deps;
  const execution = createExecutionService({ db, clock, cases, routing: deps.routing, costs: deps.costs, executionClock: deps.executionClock });

  function calculation(c: CaseView, input: CalculateInput, policy: CompensationPolicy, now: Date): CalculationView {
    let proposal;
    try {
      proposal = calculateCompensation(factsFor(c, input, now, timezone), policy);
    } catch (err) {
      // The pure calculator refuses impossible facts with a RangeError: bad input, never a 500.
      if (err instanceof RangeError) throw fieldError('kind', { zh: `无法计算：${err.message}`, en: `Cannot calculate: ${err.message}` });
      throw err;
    }
    // Dates become ISO strings, as on the wire.
    return JSON.parse(JSON.stringify(proposal)) as CalculationView;
  }

  async function names(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) {
      const u = await findUserView(db, id);
      if (u) out.set(id, u.displayName);
    }
    return out;
  }

  async function toViews(actor: Actor, rows: readonly RemedyRow[], caseOf: (id: string) => { caseNumber: string; status: string; departmentId?: string | null }): Promise<RemedyView[]> {
    const decisions = await resolutionRepository.decisionsOf(db, rows.map((r) => r.id));
    const who = await names([...rows.map((r) => r.proposerId), ...decisions.map((d) => d.actorId)]);
    return rows.map((r) => {
      const own = decisions.filter((d) => d.remedyId === r.id);
      const state = stateOf(r, own);
      const chain = approvalChain(roleOf(r.proposerRole), r.totalFen, r.authorityLimits);
      const may = r.status === 'pending_approval' ? mayAct(proposalOf(r), state, { id: actor.id, role: actor.role }, own.map(toDecision), r.authorityLimits) : { ok: false };
      const c = caseOf(r.caseId);
      // Offering and recording the answer move the case: the lead department's (a collaborator only reads).
      const leads = leadsCase(actor, { departmentId: c.departmentId ?? null });
      return {
        id: r.id,
        caseId: r.caseId,
        caseNumber: c.caseNumber,
        status: r.status,
        items: r.items,
        totalFen: r.totalFen,
        note: r.note,
        proposer: { id: r.proposerId, name: who.get(r.proposerId) ?? null, role: r.proposerRole },
        calculation: (r.calculation as CalculationView | null) ?? null,
        policy: r.policy as unknown as Record<string, unknown>,
        chain,
        pendingStep: state.status === 'pending' ? state.step : null,
        decisions: own.map((d) => ({
          step: d.step,
          kind: d.kind,
          actorId: d.actorId,
          actorName: who.get(d.actorId) ?? null,
          actorRole: d.actorRole,
          comment: d.comment,
          createdAt: d.createdAt.toISOString(),
        })),
        can: {
          decide: may.ok && can(actor.role, 'remedy.approve'),
          offer: leads && r.status === 'approved' && c.status === 'remedy_proposed',
          answer: leads && r.status === 'offered' && c.status === 'awaiting_customer',
        },
        offeredAt: r.offeredAt?.toISOString() ?? null,
        answeredAt: r.answeredAt?.toISOString() ?? null,
        customerNote: r.customerNote,
        counterOffer: r.counterOffer,
        counterOfferFen: r.counterOfferFen,
        executionDueAt: r.executionDueAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  async function viewOne(actor: Actor, id: string): Promise<RemedyView> {
    const row = await resolutionRepository.findRemedy(db, id);
    if (!row) throw notFound();
    const c = await cases.loadView({ id: row.caseId }, actor);
    return (await toViews(actor, [row], () => c))[0]!;
  }

  /** The remedy, if its case is visible to the actor (404 otherwise). */
  type AnswerOps = {
    tx: Tx;
    case: CaseRow;
    now: Date;
    appendEvent(event: CaseEventInput): Promise<void>;
    move(to: CaseStatus, opts?: { reason?: string | undefined; cause?: 'counter_offer' | undefined }): Promise<CaseRow>;
  };

  /** The answer to an offered remedy, by an agent recording it or by the customer in the portal. */
  async function recordAnswer(ops: AnswerOps, remedyId: string, input: AnswerInput, by: { actor: Actor } | { customer: true; offeredById: string | null }): Promise<void> {
    const r = (await resolutionRepository.findRemedy(ops.tx, remedyId, true))!;
    if (r.status !== 'offered') throw new AppError('ILLEGAL_TRANSITION', { message: REMEDY_MESSAGES.not_offered, details: { status: r.status } });
    const due = input.answer === 'accepted' && input.executionDueAt ? new Date(input.executionDueAt) : null;
    const counter = input.answer === 'countered' ? { text: input.counterOffer ?? null, fen: input.counterOfferFen ?? null } : { text: null, fen: null };
    await ops.appendEvent(
      caseEvent.remedyAnswered({
        remedyId: r.id,
        answer: input.answer,
        note: input.note ?? null,
        counterOffer: counter.text,
        counterOfferFen: counter.fen,
        executionDueAt: due?.toISOString() ?? null,
        ...('customer' in by ? { by: 'customer' as const } : {}),
      }),
    );
    if (input.answer === 'accepted') {
      const moved = await ops.move('executing');
      // The default actions (finance pays, the warehouse resends …) and the 执行时限 clock.
      const owner = 'actor' in by ? by.actor : by.offeredById ? { id: by.offeredById } : null;
      if (!owner) throw new AppError('ILLEGAL_TRANSITION', { message: REMEDY_MESSAGES.not_offered });
      await execution.onRemedyAccepted({ ...ops, case: moved }, owner, r, due);
    } else if (input.answer === 'countered') {
      const what = [counter.text, counter.fen !== null ? formatYuan(counter.fen) : null].filter(Boolean).join(' ');
      // Back to 方案待定 with the counter-offer; a negotiation, so no escalation.
      await ops.move('remedy_proposed', { reason: `客户还价：${what}`, cause: 'counter_offer' });
    } else {
      // A rejected remedy escalates: the time-limit listener does it on this move (awaiting_customer → remedy_proposed).
      await ops.move('remedy_proposed', { reason: input.note ?? '客户拒绝方案' });
    }
    await resolutionRepository.updateRemedy(ops.tx, r.id, {
      status: input.answer === 'accepted' ? 'accepted' : input.answer === 'countered' ? 'countered' : 'declined',
      answeredAt: ops.now,
      answeredById: 'actor' in by ? by.actor.id : null,
      customerNote: input.note ?? null,
      counterOffer: counter.text,
      counterOfferFen: counter.fen,
      executionDueAt: due,
      updatedAt: ops.now,
    });
  }

  async function visibleRemedy(actor: Actor, id: string): Promise<RemedyRow> {
    const row = await resolutionRepository.findRemedy(db, id);
    if (!row) throw notFound();
    await cases.loadView({ id: row.caseId }, actor);
    return row;
  }

  /** Remedies awaiting a level the actor may act on, in cases they may see. */
  async function inboxRows(actor: Actor): Promise<Array<{ row: RemedyRow; c: CaseView }>> {
    if (!can(actor.role, 'remedy.approve')) throw new AppError('FORBIDDEN');
    const pending = await resolutionRepository.byStatus(db, 'pending_approval');
    const decisions = await resolutionRepository.decisionsOf(db, pending.map((r) => r.id));
    const out: Array<{ row: RemedyRow; c: CaseView }> = [];
    for (const r of pending) {
      const own = decisions.filter((d) => d.remedyId === r.id);
      const may = mayAct(proposalOf(r), stateOf(r, own), { id: actor.id, role: actor.role }, own.map(toDecision), r.authorityLimits);
      if (!may.ok) continue;
      try {
        out.push({ row: r, c: await cases.loadView({ id: r.caseId }, actor) });
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
      }
    }
    return out;
  }

  return {
    /** Execution 执行: the actions of accepted remedies (execution.service.ts). */
    execution,

    async calculate(actor: Actor, caseId: string, input: CalculateInput): Promise<CalculationView> {
      if (!can(actor.role, 'remedy.propose')) throw new AppError('FORBIDDEN');
      const c = await cases.loadView({ id: caseId }, actor);
      const { compensationPolicy } = await resolutionSettingsOf(db);
      return calculation(c, input, compensationPolicy, clock());
    },

    async propose(actor: Actor, caseId: string, input: ProposeInput, key?: string): Promise<{ duplicate: boolean; value: RemedyView }> {
      if (!can(actor.role, 'remedy.propose')) throw new AppError('FORBIDDEN');
      const hash = requestHash({ caseId, input });
      const replay = async (row: RemedyRow) => {
        if (row.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { duplicate: true, value: await viewOne(actor, row.id) };
      };
      if (key) {
        const seen = await resolutionRepository.findByIdempotencyKey(db, actor.id, key);
        if (seen) return replay(seen);
      }
      const view = await cases.loadView({ id: caseId }, actor);
      const settings = await resolutionSettingsOf(db);
      const now = clock();
      const calc = input.basedOn ? calculation(view, input.basedOn, settings.compensationPolicy, now) : null;
      // only the kinds the catalogue offers; money as the catalogue says (400 on the item otherwise).
      const catalogue = (await remedyCatalogueOf(db)).items;
      const refused = checkRemedyItems(input.items, catalogue);
      if (refused.length) throw new AppError('VALIDATION_FAILED', { fields: refused.map((r) => ({ path: `items.${r.index}.${r.field}`, message: FIELD_MESSAGES[r.message] })) });
      const money = new Set(catalogue.filter((e) => e.carriesMoney).map((e) => e.kind));
      const items = input.items.map((i) => ({ kind: i.kind, amountFen: money.has(i.kind) ? (i.amountFen ?? 0) : null, note: i.note ?? null }));
      const totalFen = items.reduce((s, i) => s + (i.amountFen ?? 0), 0);
      if (!Number.isSafeInteger(totalFen)) throw fieldError('items', FIELD_MESSAGES.remedy_amount_required);
      const chain = approvalChain(actor.role, totalFen, settings.authorityLimits);
      try {
        const id = await cases.change(actor, caseId, async (ops) => {
          // The remedy is the lead department's decision; a collaborating department comments on it.
          assertLeadsCase(actor, ops.case);
          if (!PROPOSABLE.includes(ops.case.status)) {
            throw new AppError('ILLEGAL_TRANSITION', { message: REMEDY_MESSAGES.case_status, details: { from: ops.case.status, to: 'remedy_proposed' } });
          }
          await resolutionRepository.supersedeOpen(ops.tx, caseId, now);
          const row = await resolutionRepository.insertRemedy(ops.tx, {
            caseId,
            proposerId: actor.id,
            proposerRole: actor.role,
            status: chain.length ? 'pending_approval' : 'approved',
            items,
            totalFen,
            calculation: calc as unknown as Record<string, unknown> | null,
            policy: settings.compensationPolicy,
            authorityLimits: settings.authorityLimits,
            note: input.note ?? null,
            idempotencyKey: key ?? null,
            requestHash: key ? hash : null,
            createdAt: now,
            updatedAt: now,
          });
          if (!row) throw new KeyTaken();
          if (ops.case.status === 'investigating') await ops.move('remedy_proposed');
          await ops.appendEvent(
            caseEvent.remedyProposed({
              remedyId: row.id,
              totalFen,
              items: items.map((i) => ({ kind: i.kind, amountFen: i.amountFen })),
              approval: chain.length ? 'pending' : 'approved',
              awaitingRole: chain[0]?.role ?? null,
            }),
          );
          return row.id;
        });
        return { duplicate: false, value: await viewOne(actor, id) };
      } catch (err) {
        if (err instanceof KeyTaken && key) {
          const seen = await resolutionRepository.findByIdempotencyKey(db, actor.id, key);
          if (seen) return replay(seen);
        }
        throw err;
      }
    },

    async listForCase(actor: Actor, caseId: string): Promise<RemedyView[]> {
      const c = await cases.loadView({ id: caseId }, actor);
      return toViews(actor, await resolutionRepository.remediesOfCase(db, caseId), () => c);
    },

    async decide(actor: Actor, remedyId: string, input: DecisionInput): Promise<RemedyView> {
      if (!can(actor.role, 'remedy.approve')) throw new AppError('FORBIDDEN');
      const found = await visibleRemedy(actor, remedyId);
      await cases.change(actor, found.caseId, async (ops) => {
        // The case row is locked first (every writer takes it), then the remedy: two approvers queue here.
        const r = (await resolutionRepository.findRemedy(ops.tx, remedyId, true))!;
        const prior = await resolutionRepository.decisionsOf(ops.tx, [r.id]);
        const state = stateOf(r, prior);
        if (r.status !== 'pending_approval') throw refusal('not_pending', state);
        const may = mayAct(proposalOf(r), state, { id: actor.id, role: actor.role }, prior.map(toDecision), r.authorityLimits);
        if (!may.ok) throw refusal(may.reason, state);
        const kind = input.decision === 'reject' ? 'reject' : may.kinds.includes('approve') ? 'approve' : 'endorse';
        const decision: ApprovalDecision = { step: input.step, actor: { id: actor.id, role: actor.role }, kind, at: ops.now, comment: input.comment ?? '' };
        const result = decide(proposalOf(r), prior.map(toDecision), decision, r.authorityLimits);
        if (!result.ok) throw refusal(result.reason, state);
        const stored = await resolutionRepository.insertDecision(ops.tx, {
          remedyId: r.id,
          step: input.step,
          actorId: actor.id,
          actorRole: actor.role,
          kind,
          comment: decision.comment,
          createdAt: ops.now,
        });
        // The unique (remedy, step) key: another approver's decision on this step committed first.
        if (!stored) throw refusal('not_pending', state);
        const next = result.state;
        if (next.status === 'approved') {
          await resolutionRepository.updateRemedy(ops.tx, r.id, { status: 'approved', updatedAt: ops.now });
          await ops.appendEvent(caseEvent.remedyApproved({ remedyId: r.id, step: input.step, role: actor.role, totalFen: r.totalFen, comment: decision.comment }));
        } else if (next.status === 'rejected') {
          await resolutionRepository.updateRemedy(ops.tx, r.id, { status: 'rejected', updatedAt: ops.now });
          await ops.appendEvent(caseEvent.remedyRejected({ remedyId: r.id, step: input.step, role: actor.role, comment: decision.comment }));
        } else if (next.status === 'pending') {
          await resolutionRepository.updateRemedy(ops.tx, r.id, { updatedAt: ops.now });
          await ops.appendEvent(caseEvent.remedyEndorsed({ remedyId: r.id, step: input.step, role: actor.role, nextRole: next.step.role, comment: decision.comment }));
        }
      });
      return viewOne(actor, remedyId);
    },

    async offer(actor: Actor, remedyId: string): Promise<RemedyView> {
      const found = await visibleRemedy(actor, remedyId);
      await cases.change(actor, found.caseId, async (ops) => {
        const r = (await resolutionRepository.findRemedy(ops.tx, remedyId, true))!;
        if (r.status === 'superseded') throw new AppError('ILLEGAL_TRANSITION', { message: REMEDY_MESSAGES.not_latest });
        if (r.status !== 'approved') throw new AppError('ILLEGAL_TRANSITION', { message: REMEDY_MESSAGES.not_approved, details: { status: r.status } });
        // The move checks `approvedRemedyExists` through the cases port before the remedy changes.
        await ops.move('awaiting_customer');
        await resolutionRepository.updateRemedy(ops.tx, r.id, { status: 'offered', offeredAt: ops.now, offeredById: actor.id, updatedAt: ops.now });
        await ops.appendEvent(caseEvent.remedyOffered({ remedyId: r.id, totalFen: r.totalFen }));
      });
      return viewOne(actor, remedyId);
    },

    async answer(actor: Actor, remedyId: string, input: AnswerInput): Promise<RemedyView> {
      const found = await visibleRemedy(actor, remedyId);
      await cases.change(actor, found.caseId, (ops) => recordAnswer(ops, remedyId, input, { actor }));
      return viewOne(actor, remedyId);
    },

    /**
     * The customer's own answer in the portal: the same records, events and moves as an agent recording
     * it (a rejection escalates), with no staff actor — the `remedy_answered` event says `by: 'customer'`.
     * The portal has verified the customer and checked the case is theirs; `caseId` must be the remedy's.
     * The execution actions an acceptance creates are on the name of whoever offered the remedy.
     */
    async answerAsCustomer(caseId: string, remedyId: string, input: AnswerInput): Promise<void> {
      const r = await resolutionRepository.findRemedy(db, remedyId);
      if (!r || r.caseId !== caseId) throw notFound();
      await cases.changeAsSystem(caseId, (ops) => recordAnswer(ops, remedyId, input, { customer: true, offeredById: r.offeredById }), { by: 'customer' });
    },

    async inbox(actor: Actor): Promise<{ items: RemedyView[]; count: number }> {
      const rows = await inboxRows(actor);
      const byCase = new Map(rows.map((x) => [x.row.caseId, x.c]));
      const items = await toViews(actor, rows.map((x) => x.row), (id) => byCase.get(id)!);
      return { items, count: items.length };
    },

    async inboxCount(actor: Actor): Promise<{ count: number }> {
      return { count: (await inboxRows(actor)).length };
    },

    async settings(actor: Actor) {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      return resolutionSettingsOf(db);
    },

    async saveSettings(actor: Actor, input: ResolutionSettingsInput) {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      const now = clock();
      await db.transaction(async (tx) => {
        const before = await resolutionSettingsOf(tx);
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const k of ['compensationPolicy', 'authorityLimits'] as const) {
          if (JSON.stringify(before[k]) !== JSON.stringify(input[k])) changes[k] = { from: before[k], to: input[k] };
        }
        if (!Object.keys(changes).length && !before.isDefault) return;
        await resolutionRepository.saveSettings(tx, { ...input, updatedById: actor.id, updatedAt: now });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'resolution_settings', entityId: 'company', action: 'updated', changes });
      });
      return resolutionSettingsOf(db);
    },
  };
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (remedies and their approval comments), for the privacy port. */
export const remedyPersonalText = { redactCase: remedyRedaction.redactCase, texts: remedyRedaction.texts };
