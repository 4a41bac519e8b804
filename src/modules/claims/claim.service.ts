// Recovery claims 追偿 (issue 11 item 9; seed 004: 由物流公司按照合同约定进行赔偿): against the carrier, outlet or
// supplier the responsibility decision names, for what the company paid its customer, limited by that
// partner's contract (pure `claimableAmount`). Every change runs through the cases module's `change` (the
// case locked, a typed timeline event in the same transaction); a payment hands the recovery to the cost
// ledger through `ClaimRecoveryPort` in that same transaction. Claims writes only its own table.
import crypto from 'node:crypto';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { caseEvent } from '../cases/case.events.ts';
import type { CaseView } from '../cases/case.schemas.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { InvestigationService } from '../investigation/investigation.service.ts';
import type { PartnerService } from '../partners/partner.service.ts';
import type { ResolutionService } from '../resolution/resolution.service.ts';
import { MONEY_KINDS } from '../resolution/resolution.schemas.ts';
import { CLAIM_TERM_INFO, CLAIM_TRANSITIONS, checkMoveAmounts, claimableAmount, mayMove, outstandingFen, type ClaimStatus } from './claim.rules.ts';
import { claimRepository, type ClaimNamedRow, type ClaimRow, claimRedaction } from './claim.repository.ts';
import type { CalculateClaimInput, ClaimListView, ClaimStatusInput, ClaimView, FileClaimInput, ListClaimsFilter } from './claim.schemas.ts';
import type { ClaimBasis, ClaimLossSource } from './claim.types.ts';

/**
 * What the cost ledger (`src/modules/costs`, built beside this module) does with a recovery: one negative
 * entry for the case, written in the claim's own transaction. Wired at merge in `src/services.ts`.
 */
export type ClaimRecoveryPort = { recordRecovery(tx: Tx, entry: { caseId: string; claimId: string; amountFen: number /* positive, recovered */; actorId: string; at: Date; note: string | null }): Promise<void> };

/** Until the ledger is wired: a recovery is recorded on the claim and the timeline only. */
export const noRecoveryLedger: ClaimRecoveryPort = { recordRecovery: async () => {} };

export const CLAIM_MESSAGES = {
  not_external: {
    zh: '只有定责为承运商、网点或供应商的工单才能向其追偿',
    en: 'A claim needs a responsibility decision naming a carrier, outlet or supplier',
  },
  case_status: { zh: '不予受理或已合并的工单不能追偿', en: 'A rejected or merged case cannot be claimed on' },
  open_exists: { zh: '该合作方在本工单已有进行中的追偿', en: 'This case already has an open claim against this partner' },
  illegal_move: { zh: '追偿当前状态下不能执行此操作', en: 'This claim cannot make that move from its current status' },
  stale: { zh: '该追偿已被他人更新，请刷新后再试', en: 'Someone else updated this claim; reload and try again' },
} as const;

const CLOSED_CASE = ['rejected', 'merged'];
const EXTERNAL_PARTIES = ['carrier', 'outlet', 'supplier'];
const DAY_MS = 86_400_000;

/** A lost idempotency race: the other request committed first; its claim is the answer. */
class KeyTaken extends Error {}

const requestHash = (input: unknown): string => crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');
const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export type ClaimService = ReturnType<typeof createClaimService>;

export function createClaimService(deps: {
  db: Db;
  clock: Clock;
  cases: CaseService;
  investigation: InvestigationService;
  resolution: ResolutionService;
  partners: PartnerService;
  /** The cost ledger's side of a payment (default: none until wired). */
  recovery?: ClaimRecoveryPort;
}) {
  const { db, clock, cases, investigation, resolution, partners } = deps;
  const recovery = deps.recovery ?? noRecoveryLedger;

  /** Calculating and filing: agents and above; a handler only on a case of their own department. */
  function roleMayFile(actor: Actor, c: Pick<CaseView, 'departmentId'>): boolean {
    if (!can(actor.role, 'claim.file')) return false;
    return actor.role !== 'handler' || (!!actor.departmentId && actor.departmentId === c.departmentId);
  }

  function toView(actor: Actor, r: ClaimNamedRow, now: Date): ClaimView {
    const { c } = r;
    return {
      id: c.id,
      caseId: c.caseId,
      caseNumber: r.caseNumber,
      partnerId: c.partnerId,
      partnerName: r.partnerName,
      partnerKind: r.partnerKind,
      status: c.status,
      claimedFen: c.claimedFen,
      agreedFen: c.agreedFen,
      recoveredFen: c.recoveredFen,
      outstandingFen: outstandingFen(c),
      reason: c.reason,
      note: c.note,
      basis: c.basis,
      version: c.version,
      filedByName: r.filedByName,
      filedAt: c.filedAt.toISOString(),
      answeredAt: iso(c.answeredAt),
      paidAt: iso(c.paidAt),
      closedAt: iso(c.closedAt),
      updatedAt: c.updatedAt.toISOString(),
      ageDays: Math.max(0, Math.floor((now.getTime() - c.filedAt.getTime()) / DAY_MS)),
      next: can(actor.role, 'claim.manage') ? [...CLAIM_TRANSITIONS[c.status]] : [],
    };
  }

  async function viewOne(actor: Actor, id: string): Promise<ClaimView> {
    const row = await claimRepository.findNamed(db, id);
    if (!row) throw notFound();
    return toView(actor, row, clock());
  }

  /** The partner the case's responsibility decision names (read through the investigation service), or null. */
  async function responsiblePartner(actor: Actor, caseId: string): Promise<string | null> {
    const { responsibility } = await investigation.overview(actor, caseId);
    if (!responsibility || !EXTERNAL_PARTIES.includes(responsibility.party) || !responsibility.partnerId) return null;
    return responsibility.partnerId;
  }

  /** The loss: stated by hand, else the money items of the remedy the customer accepted (through the resolution service). */
  async function lossOf(actor: Actor, caseId: string, input: CalculateClaimInput): Promise<{ lossFen: number; source: ClaimLossSource }> {
    if (input.lossFen !== null && input.lossFen !== undefined) {
      return { lossFen: input.lossFen, source: { kind: 'explicit', basis: input.basis ?? '' } };
    }
    const accepted = (await resolution.listForCase(actor, caseId)).find((r) => r.status === 'accepted');
    const items = (accepted?.items ?? []).flatMap((i) => (MONEY_KINDS.has(i.kind) && i.amountFen ? [{ kind: i.kind, amountFen: i.amountFen }] : []));
    if (!accepted || !items.length) throw fieldError('lossFen', FIELD_MESSAGES.claim_no_loss);
    return { lossFen: items.reduce((s, i) => s + i.amountFen, 0), source: { kind: 'remedy', remedyId: accepted.id, items } };
  }

  /** The amount to claim on this case now, with its basis; refuses what may not be claimed. */
  async function basisFor(actor: Actor, caseId: string, input: CalculateClaimInput): Promise<{ c: CaseView; basis: ClaimBasis }> {
    const c = await cases.loadView({ id: caseId }, actor);
    if (!roleMayFile(actor, c)) throw new AppError('FORBIDDEN');
    if (CLOSED_CASE.includes(c.status)) throw new AppError('ILLEGAL_TRANSITION', { message: CLAIM_MESSAGES.case_status });
    const partnerId = await responsiblePartner(actor, caseId);
    if (!partnerId) throw new AppError('ILLEGAL_TRANSITION', { message: CLAIM_MESSAGES.not_external });
    const partner = (await partners.list({ includeInactive: true })).find((p) => p.id === partnerId);
    if (!partner) throw new AppError('ILLEGAL_TRANSITION', { message: CLAIM_MESSAGES.not_external });
    const { lossFen, source } = await lossOf(actor, caseId, input);
    const shipment = {
      freightFen: c.freightFen,
      insured: c.insured === true,
      declaredValueFen: c.declaredValueYuan !== null ? Math.round(c.declaredValueYuan * 100) : null,
    };
    const amount = claimableAmount({ lossFen, shipment, terms: { claimMultiple: partner.claimMultiple, claimCapFen: partner.claimCapFen } });
    if (!amount.ok) throw fieldError(amount.missing, FIELD_MESSAGES.remedy_fact_missing);
    return {
      c,
      basis: {
        lossFen,
        source,
        amountFen: amount.amountFen,
        term: amount.term,
        termTitle: CLAIM_TERM_INFO[amount.term].title,
        domainRules: [...amount.domainRules],
        limits: amount.limits,
        explain: amount.explain,
        partner: {
          id: partner.id,
          kind: partner.kind,
          name: partner.name,
          claimMultiple: partner.claimMultiple,
          claimCapFen: partner.claimCapFen,
          compensationTerms: partner.compensationTerms,
        },
        shipment,
      },
    };
  }

  return {
    async calculate(actor: Actor, caseId: string, input: CalculateClaimInput): Promise<ClaimBasis> {
      return (await basisFor(actor, caseId, input)).basis;
    },

    async listForCase(actor: Actor, caseId: string): Promise<{ items: ClaimView[]; canFile: boolean; blockedBy: 'no_external_responsibility' | 'case_status' | 'role' | null }> {
      const c = await cases.loadView({ id: caseId }, actor);
      const now = clock();
      const items = (await claimRepository.listOfCase(db, caseId)).map((r) => toView(actor, r, now));
      const blockedBy = !roleMayFile(actor, c)
        ? 'role'
        : CLOSED_CASE.includes(c.status)
          ? 'case_status'
          : (await responsiblePartner(actor, caseId))
            ? null
            : 'no_external_responsibility';
      return { items, canFile: blockedBy === null, blockedBy };
    },

    /** Files a claim with its amount and basis frozen on (idempotent with an Idempotency-Key). */
    async file(actor: Actor, caseId: string, input: FileClaimInput, key?: string): Promise<{ duplicate: boolean; value: ClaimView }> {
      if (!can(actor.role, 'claim.file')) throw new AppError('FORBIDDEN');
      const hash = requestHash({ caseId, input });
      const replay = async (row: ClaimRow) => {
        if (row.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { duplicate: true, value: await viewOne(actor, row.id) };
      };
      if (key) {
        const seen = await claimRepository.findByIdempotencyKey(db, actor.id, key);
        if (seen) return replay(seen);
      }
      const { basis } = await basisFor(actor, caseId, input);
      try {
        const id = await cases.change(actor, caseId, async (ops) => {
          // The case row is locked: filings on one case queue here, so the open-claim check below holds.
          if (await claimRepository.openFor(ops.tx, caseId, basis.partner.id)) {
            throw new AppError('ALREADY_EXISTS', { message: CLAIM_MESSAGES.open_exists });
          }
          const row = await claimRepository.insert(ops.tx, {
            caseId,
            partnerId: basis.partner.id,
            status: 'filed',
            claimedFen: basis.amountFen,
            basis,
            note: input.note ?? null,
            filedById: actor.id,
            filedAt: ops.now,
            updatedById: actor.id,
            updatedAt: ops.now,
            idempotencyKey: key ?? null,
            requestHash: key ? hash : null,
          });
          if (!row) throw new KeyTaken();
          await ops.appendEvent(
            caseEvent.claimFiled({
              claimId: row.id,
              partnerId: basis.partner.id,
              partnerName: basis.partner.name,
              claimedFen: basis.amountFen,
              lossFen: basis.lossFen,
              term: basis.term,
            }),
          );
          return row.id;
        });
        return { duplicate: false, value: await viewOne(actor, id) };
      } catch (err) {
        if (err instanceof KeyTaken && key) {
          const seen = await claimRepository.findByIdempotencyKey(db, actor.id, key);
          if (seen) return replay(seen);
        }
        if (err instanceof KeyTaken) throw new AppError('ALREADY_EXISTS', { message: CLAIM_MESSAGES.open_exists });
        throw err;
      }
    },

    /**
     * The partner's answer, the payment, a write-off: a move of the pure transition table on the version the
     * caller saw (stale → 409; of two people acting at once one wins). A payment goes to the cost ledger as a
     * recovery in the same transaction — once: a retried request finds the version moved on.
     */
    async move(actor: Actor, claimId: string, input: ClaimStatusInput): Promise<ClaimView> {
      if (!can(actor.role, 'claim.manage')) throw new AppError('FORBIDDEN');
      const found = await claimRepository.find(db, claimId);
      if (!found) throw notFound();
      await cases.change(actor, found.caseId, async (ops) => {
        const claim = (await claimRepository.find(ops.tx, claimId, true))!;
        if (claim.version !== input.version) throw new AppError('VERSION_CONFLICT', { message: CLAIM_MESSAGES.stale, details: { current: claim.version, status: claim.status } });
        const to: ClaimStatus = input.status;
        if (!mayMove(claim.status, to)) throw new AppError('ILLEGAL_TRANSITION', { message: CLAIM_MESSAGES.illegal_move, details: { from: claim.status, to } });
        const problem = checkMoveAmounts(claim, { to, agreedFen: input.agreedFen, recoveredFen: input.recoveredFen });
        if (problem) {
          const key = problem.problem === 'above_claimed' ? 'claim_agreed_above_claimed' : problem.problem === 'above_agreed' ? 'claim_recovered_above_agreed' : 'claim_recovered_required';
          throw fieldError(problem.path, FIELD_MESSAGES[key]);
        }
        const now = ops.now;
        const base = { status: to, updatedById: actor.id, updatedAt: now, note: input.note ?? claim.note };
        const partnerName = claim.basis.partner.name;
        let patch: Partial<ClaimRow>;
        if (to === 'accepted') patch = { ...base, agreedFen: input.agreedFen ?? claim.claimedFen, answeredAt: now };
        else if (to === 'rejected') patch = { ...base, reason: input.reason ?? null, answeredAt: now };
        else if (to === 'paid') patch = { ...base, recoveredFen: input.recoveredFen!, paidAt: now, closedAt: now };
        else patch = { ...base, reason: input.reason ?? null, closedAt: now };
        const updated = await claimRepository.updateVersioned(ops.tx, claim.id, claim.version, patch);
        if (!updated) throw new AppError('VERSION_CONFLICT', { message: CLAIM_MESSAGES.stale });
        if (to === 'accepted') {
          await ops.appendEvent(caseEvent.claimAccepted({ claimId: claim.id, partnerName, claimedFen: claim.claimedFen, agreedFen: updated.agreedFen!, note: input.note ?? null }));
        } else if (to === 'rejected') {
          await ops.appendEvent(caseEvent.claimRejected({ claimId: claim.id, partnerName, reason: input.reason ?? '' }));
        } else if (to === 'paid') {
          const agreed = claim.agreedFen ?? claim.claimedFen;
          await ops.appendEvent(caseEvent.claimPaid({ claimId: claim.id, partnerName, recoveredFen: updated.recoveredFen!, agreedFen: agreed, note: input.note ?? null }));
          await recovery.recordRecovery(ops.tx, { caseId: claim.caseId, claimId: claim.id, amountFen: updated.recoveredFen!, actorId: actor.id, at: now, note: input.note ?? null });
        } else {
          await ops.appendEvent(caseEvent.claimWrittenOff({ claimId: claim.id, partnerName, outstandingFen: outstandingFen(claim), reason: input.reason ?? '' }));
        }
      });
      return viewOne(actor, claimId);
    },

    /** The claims list 追偿管理 with per-partner totals (supervisors, managers, the administrator). */
    async list(actor: Actor, filter: ListClaimsFilter): Promise<ClaimListView> {
      if (!can(actor.role, 'claim.manage')) throw new AppError('FORBIDDEN');
      const now = clock();
      const [rows, totals] = await Promise.all([claimRepository.list(db, filter, 500), claimRepository.totals(db, filter)]);
      const sum = (k: 'count' | 'claimedFen' | 'recoveredFen' | 'outstandingFen') => totals.reduce((s, t) => s + t[k], 0);
      return {
        items: rows.map((r) => toView(actor, r, now)),
        partners: totals,
        total: { count: sum('count'), claimedFen: sum('claimedFen'), recoveredFen: sum('recoveredFen'), outstandingFen: sum('outstandingFen') },
      };
    },
  };
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (recovery claims), for the privacy port. */
export const claimPersonalText = { redactCase: claimRedaction.redactCase, texts: claimRedaction.texts };
