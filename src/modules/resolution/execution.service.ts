// Execution 执行 (issue 11 item 7): the actions that carry out an accepted remedy — who pays, resends,
// repairs, by when, for how much. Every write runs through the cases module's `change` (the case locked,
// typed timeline events in the same transaction); the owner department joins the case as a collaborator
// so that its handlers see it; a money action posts its cost through a port (the cost ledger's) in the
// same transaction as it is marked done.
import crypto from 'node:crypto';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { caseEvent, type CaseEventInput } from '../cases/case.events.ts';
import type { CaseRow } from '../cases/case.listeners.ts';
import { scopeOf, type CaseService } from '../cases/case.service.ts';
import { isPresetCode } from '../presets/index.ts';
import type { RoutingService } from '../routing/routing.service.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { findDepartment, findDepartmentByCode, findUserView } from '../users/user.service.ts';
import {
  ACTION_KINDS,
  actionsForRemedy,
  checkCompletion,
  defaultActionDepartments,
  inboxOrder,
  isOverdue,
  mayActOn,
  mayCarryAmount,
  type ActionDepartments,
  type ActionKind,
  type Refusal,
} from './execution.rules.ts';
import { executionRepository, type ActionNamedRow, type ActionRow, executionRedaction } from './execution.repository.ts';
import type {
  ActionView,
  CancelActionInput,
  CompleteActionInput,
  CreateActionInput,
  ExecutionSettingsInput,
  FailActionInput,
} from './execution.schemas.ts';
import { resolutionRepository } from './resolution.repository.ts';
import type { RemedyItem } from './resolution.types.ts';

/** The cost ledger's side of a money action marked done (the costs module implements it; `src/services.ts` wires it). */
export type ExecutionCostPort = {
  recordActionCost(
    tx: Tx,
    entry: { caseId: string; actionId: string; actionKind: ActionKind; amountFen: number; actorId: string; at: Date; note: string | null },
  ): Promise<void>;
};

/** No ledger: for tests (and builds) that do not care about costs. */
export const noExecutionCost: ExecutionCostPort = { recordActionCost: async () => {} };

/** The time limits' side: starts the 执行时限 clock of a case at the agreed instant (the sla module implements it). */
export type ExecutionClockPort = { start(tx: Tx, c: CaseRow, dueAt: Date, now: Date): Promise<void> };

export const EXECUTION_MESSAGES = {
  not_open: { zh: '该执行项已完成、失败或取消，不能再次办理（请刷新）', en: 'This action is already done, failed or cancelled (reload to see it)' },
  not_executing: { zh: '只有执行中的工单可以添加执行项', en: 'Actions can be added only while the case is executing' },
  not_your_department: { zh: '只能办理本部门的执行项', en: 'You can act only on your own department’s actions' },
  retry_not_failed: { zh: '只能重新发起失败的执行项', en: 'Only a failed action can be retried' },
} as const;

/** A lost idempotency race: the other request committed first; its action is the answer. */
class KeyTaken extends Error {}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
const hashOf = (input: unknown): string => crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** The `noOpenAction` guard's data (cases asks through its remedy port). */
export function openActionCount(db: DbOrTx, caseId: string): Promise<number> {
  return executionRepository.openCount(db, caseId);
}

/** The departments owning each kind: the administrator's, else the preset's defaults. */
export async function actionDepartmentsOf(db: DbOrTx): Promise<{ departments: ActionDepartments; isDefault: boolean }> {
  const row = await executionRepository.settings(db);
  if (row) return { departments: { ...defaultActionDepartments('express'), ...row.departments }, isDefault: false };
  const preset = await industryPreset(db);
  return { departments: defaultActionDepartments(preset && isPresetCode(preset) ? preset : 'express'), isDefault: true };
}

function refusal(reason: Refusal, status: string): AppError {
  switch (reason) {
    case 'not_open':
      return new AppError('ILLEGAL_TRANSITION', { message: EXECUTION_MESSAGES.not_open, details: { status } });
    case 'repair_record_required':
      return fieldError('repair', FIELD_MESSAGES.action_repair_required);
    case 'amount_required':
      return fieldError('amountFen', FIELD_MESSAGES.action_amount_required);
    case 'amount_not_allowed':
      return fieldError('amountFen', FIELD_MESSAGES.remedy_amount_not_allowed);
  }
}

export type ExecutionService = ReturnType<typeof createExecutionService>;

export function createExecutionService(deps: {
  db: Db;
  clock: Clock;
  cases: CaseService;
  routing: RoutingService;
  costs?: ExecutionCostPort | undefined;
  executionClock?: ExecutionClockPort | undefined;
}) {
  const { db, clock, cases, routing } = deps;
  const costs = deps.costs ?? noExecutionCost;

  function toView(actor: Actor, row: ActionNamedRow, now: Date): ActionView {
    const { a } = row;
    const open = a.status === 'open';
    const mine = mayActOn(actor, a);
    return {
      id: a.id,
      caseId: a.caseId,
      caseNumber: row.caseNumber,
      caseStatus: row.caseStatus,
      remedyId: a.remedyId,
      kind: a.kind,
      status: a.status,
      departmentId: a.departmentId,
      departmentName: row.departmentName,
      departmentCode: row.departmentCode,
      assigneeId: a.assigneeId,
      assigneeName: row.assigneeName,
      dueAt: iso(a.dueAt),
      overdue: isOverdue(a, now),
      amountFen: a.amountFen,
      note: a.note,
      resultNote: a.resultNote,
      repair: a.repair ?? null,
      cancelReason: a.cancelReason,
      retryOfId: a.retryOfId,
      finishedAt: iso(a.finishedAt),
      createdAt: a.createdAt.toISOString(),
      can: {
        complete: open && can(actor.role, 'execution.act') && mine,
        fail: open && can(actor.role, 'execution.act') && mine,
        cancel: open && can(actor.role, 'execution.manage'),
        retry: a.status === 'failed' && row.caseStatus === 'executing' && (can(actor.role, 'execution.manage') || mine),
      },
    };
  }

  async function viewOne(actor: Actor, id: string): Promise<ActionView> {
    const row = await executionRepository.findNamed(db, id);
    if (!row) throw notFound();
    return toView(actor, row, clock());
  }

  /** The action, if its case is visible to the actor (404 otherwise, as for the case). */
  async function visibleAction(actor: Actor, id: string): Promise<ActionRow> {
    const row = await executionRepository.find(db, id);
    if (!row) throw notFound();
    await cases.loadView({ id: row.caseId }, actor);
    return row;
  }

  /** Stores one action with its department joined to the case and its `action_created` event. */
  async function insertAction(
    tx: Tx,
    actor: Pick<Actor, 'id'>,
    c: CaseRow,
    now: Date,
    append: (e: CaseEventInput) => Promise<void>,
    a: {
      kind: ActionKind;
      department: { id: string; name: string };
      assignee: { id: string; name: string } | null;
      dueAt: Date | null;
      amountFen: number | null;
      note: string | null;
      remedyId: string | null;
      retryOfId: string | null;
      auto: boolean;
      idempotencyKey?: string | undefined;
      requestHash?: string | undefined;
    },
  ): Promise<ActionRow> {
    // The owner department joins the case (the joint team) so its handlers see it; routing writes that event.
    if (a.department.id !== c.departmentId) await routing.setCollaborator(tx, actor, c, a.department.id, true, now);
    const row = await executionRepository.insert(tx, {
      caseId: c.id,
      remedyId: a.remedyId,
      kind: a.kind,
      status: 'open',
      departmentId: a.department.id,
      assigneeId: a.assignee?.id ?? null,
      dueAt: a.dueAt,
      amountFen: a.amountFen,
      note: a.note,
      retryOfId: a.retryOfId,
      createdById: actor.id,
      idempotencyKey: a.idempotencyKey ?? null,
      requestHash: a.requestHash ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw new KeyTaken();
    await append(
      caseEvent.actionCreated({
        actionId: row.id,
        kind: a.kind,
        departmentId: a.department.id,
        departmentName: a.department.name,
        assigneeName: a.assignee?.name ?? null,
        dueAt: iso(a.dueAt),
        amountFen: a.amountFen,
        remedyId: a.remedyId,
        retryOfId: a.retryOfId,
        auto: a.auto,
      }),
    );
    return row;
  }

  /** The department to own an action of `kind`: the one given, else the mapping's; a handler only their own. */
  async function departmentFor(tx: Tx, kind: ActionKind, given: string | null | undefined): Promise<{ id: string; name: string }> {
    if (given) {
      const d = await findDepartment(tx, given);
      if (!d || !d.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
      return d;
    }
    const { departments } = await actionDepartmentsOf(tx);
    const d = await findDepartmentByCode(tx, departments[kind]);
    if (!d || !d.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
    return d;
  }

  const service = {
    /**
     * The customer accepted a remedy (inside the answer's change, after the move to 执行中): its default
     * actions — money to finance, resend / replace to the warehouse, the voucher to customer service … per
     * the editable mapping — each due by the agreed 执行时限, whose clock starts now.
     */
    async onRemedyAccepted(
      ops: { tx: Tx; case: CaseRow; now: Date; appendEvent(e: CaseEventInput): Promise<void> },
      // The staff member the actions are on the name of (the one who offered, when the customer accepted in the portal).
      actor: Pick<Actor, 'id'>,
      remedy: { id: string; items: readonly RemedyItem[] },
      dueAt: Date | null,
    ): Promise<void> {
      const { tx, now } = ops;
      const { departments } = await actionDepartmentsOf(tx);
      for (const p of actionsForRemedy(remedy.items, departments, dueAt)) {
        // A department the administrator deactivated or removed: the case's own department carries it out.
        const mapped = await findDepartmentByCode(tx, p.departmentCode);
        const department = mapped?.active ? mapped : ops.case.departmentId ? await findDepartment(tx, ops.case.departmentId) : undefined;
        if (!department) continue;
        await insertAction(tx, actor, ops.case, now, ops.appendEvent, {
          kind: p.kind,
          department,
          assignee: null,
          dueAt: p.dueAt,
          amountFen: p.amountFen,
          note: p.note,
          remedyId: remedy.id,
          retryOfId: null,
          auto: true,
        });
      }
      if (dueAt && deps.executionClock) await deps.executionClock.start(tx, ops.case, dueAt, now);
    },

    async listForCase(actor: Actor, caseId: string) {
      const c = await cases.loadView({ id: caseId }, actor);
      const now = clock();
      const rows = await executionRepository.ofCase(db, c.id);
      const latest = await resolutionRepository.latestOfCase(db, c.id);
      return {
        items: rows.map((r) => toView(actor, r, now)),
        executionDueAt: latest?.status === 'accepted' ? iso(latest.executionDueAt) : null,
        openCount: rows.filter((r) => r.a.status === 'open').length,
        canAdd: c.status === 'executing' && (can(actor.role, 'execution.manage') || (actor.role === 'handler' && !!actor.departmentId)),
      };
    },

    async create(actor: Actor, caseId: string, input: CreateActionInput, key?: string): Promise<{ duplicate: boolean; value: ActionView }> {
      if (!can(actor.role, 'execution.act')) throw new AppError('FORBIDDEN');
      const hash = hashOf({ caseId, input });
      const replay = async (row: ActionRow) => {
        if (row.requestHash !== hash || row.caseId !== caseId) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { duplicate: true, value: await viewOne(actor, row.id) };
      };
      if (key) {
        const seen = await executionRepository.findByIdempotencyKey(db, actor.id, key);
        if (seen) return replay(seen);
      }
      try {
        const id = await cases.change(actor, caseId, async (ops) => {
          const { tx, now } = ops;
          if (ops.case.status !== 'executing') {
            throw new AppError('ILLEGAL_TRANSITION', { message: EXECUTION_MESSAGES.not_executing, details: { from: ops.case.status } });
          }
          let retried: ActionRow | undefined;
          if (input.retryOfId) {
            retried = await executionRepository.find(tx, input.retryOfId);
            if (!retried || retried.caseId !== caseId) throw fieldError('retryOfId', FIELD_MESSAGES.action_unknown);
            if (retried.status !== 'failed') throw new AppError('ILLEGAL_TRANSITION', { message: EXECUTION_MESSAGES.retry_not_failed });
          }
          const department = await departmentFor(tx, input.kind, input.departmentId ?? (retried?.kind === input.kind ? retried.departmentId : null));
          // A handler adds (or retries) only their own department's work.
          if (!can(actor.role, 'execution.manage') && !mayActOn(actor, { departmentId: department.id })) {
            throw new AppError('FORBIDDEN', { message: EXECUTION_MESSAGES.not_your_department });
          }
          let assignee: { id: string; name: string } | null = null;
          if (input.assigneeId) {
            const u = await findUserView(tx, input.assigneeId);
            if (!u || !u.active || u.departmentId !== department.id) throw fieldError('assigneeId', FIELD_MESSAGES.assignee_unknown);
            assignee = { id: u.id, name: u.displayName };
          }
          const latest = await resolutionRepository.latestOfCase(tx, caseId);
          const agreed = latest?.status === 'accepted' ? latest.executionDueAt : null;
          const row = await insertAction(tx, actor, ops.case, now, ops.appendEvent, {
            kind: input.kind,
            department,
            assignee,
            dueAt: input.dueAt ? new Date(input.dueAt) : agreed,
            amountFen: input.amountFen ?? (retried?.kind === input.kind ? retried.amountFen : null),
            note: input.note ?? null,
            remedyId: latest?.status === 'accepted' ? latest.id : null,
            retryOfId: retried?.id ?? null,
            auto: false,
            idempotencyKey: key,
            requestHash: key ? hash : undefined,
          });
          return row.id;
        });
        return { duplicate: false, value: await viewOne(actor, id) };
      } catch (err) {
        if (err instanceof KeyTaken && key) {
          const seen = await executionRepository.findByIdempotencyKey(db, actor.id, key);
          if (seen) return replay(seen);
        }
        throw err;
      }
    },

    /** Done: the paid amount's cost is posted to the ledger in the same transaction; a second completion is refused (409). */
    async complete(actor: Actor, id: string, input: CompleteActionInput): Promise<ActionView> {
      if (!can(actor.role, 'execution.act')) throw new AppError('FORBIDDEN');
      const found = await visibleAction(actor, id);
      await cases.change(actor, found.caseId, async (ops) => {
        // The case row is locked first (every writer takes it), then the action: two completions queue here.
        const a = (await executionRepository.find(ops.tx, id, true))!;
        if (!mayActOn(actor, a)) throw new AppError('FORBIDDEN', { message: EXECUTION_MESSAGES.not_your_department });
        const check = checkCompletion(a, input);
        if (!check.ok) throw refusal(check.reason, a.status);
        const repair = a.kind === 'repair' && input.repair ? { fault: input.repair.fault, method: input.repair.method, partsReplaced: input.repair.partsReplaced ?? null } : null;
        const done = await executionRepository.finish(ops.tx, id, {
          status: 'done',
          amountFen: check.amountFen,
          resultNote: input.note ?? null,
          repair,
          finishedById: actor.id,
          finishedAt: ops.now,
          updatedAt: ops.now,
        });
        if (!done) throw refusal('not_open', 'done');
        if (check.amountFen !== null && check.amountFen > 0 && mayCarryAmount(a.kind)) {
          await costs.recordActionCost(ops.tx, {
            caseId: a.caseId,
            actionId: a.id,
            actionKind: a.kind,
            amountFen: check.amountFen,
            actorId: actor.id,
            at: ops.now,
            note: input.note ?? null,
          });
        }
        const dep = await findDepartment(ops.tx, a.departmentId);
        await ops.appendEvent(
          caseEvent.actionCompleted({
            actionId: a.id,
            kind: a.kind,
            departmentName: dep?.name ?? '',
            amountFen: check.amountFen,
            note: input.note ?? null,
            repair,
          }),
        );
      });
      return viewOne(actor, id);
    },

    async fail(actor: Actor, id: string, input: FailActionInput): Promise<ActionView> {
      if (!can(actor.role, 'execution.act')) throw new AppError('FORBIDDEN');
      const found = await visibleAction(actor, id);
      await cases.change(actor, found.caseId, async (ops) => {
        const a = (await executionRepository.find(ops.tx, id, true))!;
        if (!mayActOn(actor, a)) throw new AppError('FORBIDDEN', { message: EXECUTION_MESSAGES.not_your_department });
        if (a.status !== 'open' || !(await executionRepository.finish(ops.tx, id, { status: 'failed', resultNote: input.note, finishedById: actor.id, finishedAt: ops.now, updatedAt: ops.now }))) {
          throw refusal('not_open', a.status);
        }
        const dep = await findDepartment(ops.tx, a.departmentId);
        await ops.appendEvent(caseEvent.actionFailed({ actionId: a.id, kind: a.kind, departmentName: dep?.name ?? '', note: input.note }));
      });
      return viewOne(actor, id);
    },

    async cancel(actor: Actor, id: string, input: CancelActionInput): Promise<ActionView> {
      // Visibility first: an action of a case the caller cannot see is 404, as the case is.
      const found = await visibleAction(actor, id);
      if (!can(actor.role, 'execution.manage')) throw new AppError('FORBIDDEN');
      await cases.change(actor, found.caseId, async (ops) => {
        const a = (await executionRepository.find(ops.tx, id, true))!;
        if (a.status !== 'open' || !(await executionRepository.finish(ops.tx, id, { status: 'cancelled', cancelReason: input.reason, finishedById: actor.id, finishedAt: ops.now, updatedAt: ops.now }))) {
          throw refusal('not_open', a.status);
        }
        const dep = await findDepartment(ops.tx, a.departmentId);
        await ops.appendEvent(caseEvent.actionCancelled({ actionId: a.id, kind: a.kind, departmentName: dep?.name ?? '', reason: input.reason }));
      });
      return viewOne(actor, id);
    },

    /** 待执行: open actions of the caller's department (every department for managers and the administrator), overdue first. */
    async inbox(actor: Actor, q: { kinds?: readonly ActionKind[] | undefined; overdue?: boolean | undefined }) {
      const departmentId = actor.role === 'manager' || actor.role === 'admin' ? null : actor.departmentId;
      const rows = await executionRepository.open(db, { departmentId, scope: scopeOf(actor), kinds: q.kinds });
      const now = clock();
      const views = inboxOrder(rows.map((r) => ({ ...r, status: r.a.status, dueAt: r.a.dueAt, createdAt: r.a.createdAt })), now).map((r) => toView(actor, r, now));
      const overdue = views.filter((v) => v.overdue).length;
      const items = q.overdue === true ? views.filter((v) => v.overdue) : q.overdue === false ? views.filter((v) => !v.overdue) : views;
      return { items, count: views.length, overdue };
    },

    async inboxCount(actor: Actor) {
      const { count, overdue } = await service.inbox(actor, {});
      return { count, overdue };
    },

    async settings(actor: Actor) {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      return actionDepartmentsOf(db);
    },

    async saveSettings(actor: Actor, input: ExecutionSettingsInput) {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      const now = clock();
      await db.transaction(async (tx) => {
        const before = await actionDepartmentsOf(tx);
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const k of ACTION_KINDS) if (before.departments[k] !== input.departments[k]) changes[k] = { from: before.departments[k], to: input.departments[k] };
        if (!Object.keys(changes).length && !before.isDefault) return;
        await executionRepository.saveSettings(tx, { departments: input.departments, updatedById: actor.id, updatedAt: now });
        await recordAdminChange(tx, { actorId: actor.id, entity: 'execution_settings', entityId: 'company', action: 'updated', changes });
      });
      return actionDepartmentsOf(db);
    },
  };
  return service;
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (execution actions), for the privacy port. */
export const executionPersonalText = { redactCase: executionRedaction.redactCase, texts: executionRedaction.texts };
