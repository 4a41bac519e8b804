// Changing a case: edit, status moves, merge, links, replies. Each runs in one transaction with its
// timeline events and the listeners' reactions.
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { FIELD_MESSAGES, isUuid } from '../../shared/validation.ts';
import { can } from '../../shared/permissions.ts';
import { movePatch, notifyListeners } from './case.changes.ts';
import { assertFactsOrder, FACT_FIELDS, FACT_INSTANTS } from './case.facts.ts';
import { caseEvent, type CaseEventInput, type CaseEventView } from './case.events.ts';
import {
  checkMerge,
  checkOwnerChange,
  checkTransition,
  guardOf,
  isEditable,
  isReassignment,
  MERGE_TARGET_STATUSES,
  PRIORITIES,
  URGENCIES,
  type CaseStatus,
  type TransitionCheck,
} from './case.lifecycle.ts';
import type { CaseDirectoryPort, CaseInvestigationPort, CaseListener, CaseRemedyPort, CaseTaxonomyPort, MoveCause } from './case.listeners.ts';
import type { CaseQueries } from './case.queries.ts';
import { caseRepository, type CaseRow, type NewCaseRow } from './case.repository.ts';
import type { CaseView, TransitionInput, UpdateCaseInput } from './case.schemas.ts';
import { assertLeadsCase as assertLeads, scopeOf, toEventView } from './case.views.ts';

/** The fields the priority score reads; editing one recomputes the priority unless the agent set it by hand. */
const PRIORITY_INPUTS = ['category', 'urgency', 'upset', 'regulatorReferral', 'declaredValueYuan'] as const;

const rank = <T extends string>(order: readonly T[], v: T): number => order.indexOf(v);

/** Lowering priority or urgency moves a case to a slower time limit: only roles with `case.priority.lower`. */
function assertNotLowered(actor: Actor, current: Pick<CaseRow, 'priority' | 'urgency'>, input: Pick<UpdateCaseInput, 'priority' | 'urgency'>): void {
  if (can(actor.role, 'case.priority.lower')) return;
  // P1 is the highest priority; `critical` the highest urgency.
  const priorityDown = input.priority !== undefined && rank(PRIORITIES, input.priority) > rank(PRIORITIES, current.priority);
  const urgencyDown = input.urgency !== undefined && rank(URGENCIES, input.urgency) < rank(URGENCIES, current.urgency);
  if (!priorityDown && !urgencyDown) return;
  throw new AppError('FORBIDDEN', {
    message: { zh: '降低优先级或紧急程度需要主管及以上批准', en: 'Lowering the priority or urgency needs a supervisor or above' },
    fields: [{ path: priorityDown ? 'priority' : 'urgency', message: { zh: '只能由主管及以上调低', en: 'Only a supervisor or above may lower it' } }],
  });
}

const EDITABLE_FIELDS = [
  'category', 'urgency', 'priority', 'waybillNo', 'orderNo', 'store', 'route', 'description', 'demand',
  'stage', 'cause', 'upset', 'regulatorReferral', 'declaredValueYuan', ...FACT_FIELDS,
] as const;

/** Instants compared by time and recorded as ISO strings on the `updated` event. */
const INSTANT_FIELDS = ['occurredAt', ...FACT_INSTANTS] as const;

// Only a real UUID is looked up as an id; anything else is a case number, which at worst matches nothing.
const refOf = (idOrNumber: string) => (isUuid(idOrNumber) ? { id: idOrNumber } : { caseNumber: idOrNumber.toUpperCase() });

export function createCaseCommands(deps: {
  db: Db;
  clock: Clock;
  taxonomy: CaseTaxonomyPort;
  directory: CaseDirectoryPort;
  listeners: readonly CaseListener[];
  queries: CaseQueries;
  remedies?: CaseRemedyPort | undefined;
  investigation?: CaseInvestigationPort | undefined;
}) {
  const { db, clock, taxonomy, directory, listeners, queries } = deps;
  const approvedRemedy = (tx: DbOrTx, caseId: string) => deps.remedies?.approvedRemedy(tx, caseId) ?? Promise.resolve(null);
  /** Asked only for moves to resolved (the `noOpenAction` guard), inside the transaction that locked the case. */
  const openActions = (tx: DbOrTx, caseId: string, to: CaseStatus) =>
    to === 'resolved' && deps.remedies?.openActions ? deps.remedies.openActions(tx, caseId) : Promise.resolve(undefined);

  /** A failed lifecycle check as the API error: 409 illegal, 403 role, 400 on the guard's field. */
  function refuse(check: Extract<TransitionCheck, { ok: false }>, from: CaseStatus, to: CaseStatus): never {
    switch (check.code) {
      case 'ILLEGAL_TRANSITION':
        throw new AppError('ILLEGAL_TRANSITION', { details: { from, to } });
      case 'FORBIDDEN':
        throw new AppError('FORBIDDEN');
      default: {
        const guard = guardOf(check.code);
        throw fieldError(guard.field, FIELD_MESSAGES[guard.message]);
      }
    }
  }

  /** Loads and locks a case the actor may see; 404 for both "missing" and "not yours". */
  async function lockVisible(tx: Tx, id: string, actor: Actor): Promise<CaseRow> {
    const row = await caseRepository.findRow(tx, id, true, scopeOf(actor));
    if (!row) throw notFound();
    return row;
  }

  /** A newly chosen partner must exist and be active; the one already on the case may stay after deactivation. */
  async function assertPartner(tx: DbOrTx, id: string | null | undefined, keep: string | null, path: string) {
    if (!id || id === keep) return;
    const p = await directory.partner(tx, id);
    if (!p || !p.active) throw fieldError(path, FIELD_MESSAGES.partner_unknown);
  }

  async function assertDepartment(id: string | null | undefined, path: string) {
    if (!id) return;
    const d = await directory.department(db, id);
    if (!d || !d.active) throw fieldError(path, FIELD_MESSAGES.department_unknown);
  }

  /** An assignee must be active and, when the case has a department, belong to it. */
  // Takes the transaction it runs in: on PGlite (one connection) a read through `db` inside a
  // transaction would wait for that transaction forever.
  async function assertAssignee(tx: Tx, id: string | null | undefined, departmentId: string | null, path: string) {
    if (!id) return;
    const u = await directory.user(tx, id);
    if (!u || !u.active || (departmentId && u.departmentId !== departmentId)) {
      throw fieldError(path, FIELD_MESSAGES.assignee_unknown);
    }
  }

  const write = (tx: Tx, caseId: string, actor: Actor, now: Date, event: CaseEventInput) =>
    caseRepository.insertEvents(tx, [{ caseId, actorId: actor.id, at: now, event }]).then((rows) => rows[0]!);

  return {
    async update(actor: Actor, id: string, input: UpdateCaseInput): Promise<CaseView> {
      if (!can(actor.role, 'case.update')) throw new AppError('FORBIDDEN');
      // A case always belongs to a department once it has one; taking it away is not an edit.
      if (input.departmentId === null) throw fieldError('departmentId', FIELD_MESSAGES.department_required);
      await taxonomy.assertCategory(db, input.category, 'category');
      await assertDepartment(input.departmentId, 'departmentId');
      const now = clock();
      await db.transaction(async (tx) => {
        const current = await lockVisible(tx, id, actor);
        assertLeads(actor, current);
        // A code deactivated since it was set stays on the case; a new one must be active.
        await taxonomy.assertStageAndCause(tx, { stage: input.stage, cause: input.cause }, current);
        if (!isEditable(current.status)) {
          throw new AppError('ILLEGAL_TRANSITION', {
            message: { zh: '已归档、不予受理或已合并的工单不能修改', en: 'A closed, rejected or merged case cannot be edited' },
          });
        }
        if (current.version !== input.version) throw new AppError('VERSION_CONFLICT', { details: { current: current.version } });
        assertNotLowered(actor, current, input);
        const departmentId = input.departmentId ?? current.departmentId;
        await assertAssignee(tx, input.assigneeId, departmentId, 'assigneeId');
        const patch: Partial<NewCaseRow> = {};
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const k of EDITABLE_FIELDS) {
          const v = input[k];
          if (v !== undefined && v !== current[k]) {
            (patch as Record<string, unknown>)[k] = v;
            changes[k] = { from: current[k], to: v };
          }
        }
        // An agent who sets the category confirms (or corrects) the suggestion: the next training learns from it.
        if (input.category) {
          patch.categoryConfirmed = true;
          patch.categoryConfirmedAt = now;
        }
        for (const k of INSTANT_FIELDS) {
          if (input[k] === undefined) continue;
          const v = input[k] ? new Date(input[k]) : null;
          if ((v?.getTime() ?? null) !== (current[k]?.getTime() ?? null)) {
            patch[k] = v;
            changes[k] = { from: current[k]?.toISOString() ?? null, to: v?.toISOString() ?? null };
          }
        }
        await assertPartner(tx, input.partnerId, current.partnerId, 'partnerId');
        assertFactsOrder({ ...current, ...patch });
        if (changes.partnerId) {
          // Ids are not shown on the timeline; the names they had at the time are.
          const name = async (id: unknown) => (typeof id === 'string' ? ((await directory.partner(tx, id))?.name ?? null) : null);
          changes.partnerName = { from: await name(changes.partnerId.from), to: await name(changes.partnerId.to) };
        }
        const prioritiser = listeners.find((l) => l.prioritise);
        if (input.priority === undefined && prioritiser?.prioritise && PRIORITY_INPUTS.some((k) => k in changes)) {
          const next = await prioritiser.prioritise({ tx }, { ...current, ...patch } as CaseRow);
          patch.priorityReasons = next.reasons;
          // An edit of the inputs (upset, category …) by someone who may not lower the priority only raises it.
          const lowered = rank(PRIORITIES, next.priority) > rank(PRIORITIES, current.priority);
          if (next.priority !== current.priority && (!lowered || can(actor.role, 'case.priority.lower'))) {
            patch.priority = next.priority;
            changes.priority = { from: current.priority, to: next.priority };
          }
        }
        let assignment: CaseEventInput | null = null;
        if (departmentId !== current.departmentId || (input.assigneeId !== undefined && input.assigneeId !== current.assigneeId)) {
          // Who owns the case changes only where the lifecycle's assignment move could change it.
          const owner = checkOwnerChange({ from: current.status, role: actor.role, departmentId });
          if (!owner.ok) {
            if (owner.code === 'ILLEGAL_TRANSITION') {
              throw new AppError('ILLEGAL_TRANSITION', {
                message: { zh: '当前状态下不能改派部门或处理人', en: 'The department or assignee cannot be changed in this status' },
                details: { from: current.status, to: 'assigned' },
              });
            }
            refuse(owner, current.status, 'assigned');
          }
          patch.departmentId = departmentId;
          // Moving to another department drops the old assignee unless a new one is given.
          patch.assigneeId =
            input.assigneeId !== undefined ? input.assigneeId : departmentId !== current.departmentId ? null : current.assigneeId;
          if (!input.reason && isReassignment(current, { departmentId, assigneeId: patch.assigneeId })) {
            throw fieldError('reason', FIELD_MESSAGES.reassign_reason_required);
          }
          assignment = caseEvent.assigned({
            ...(input.reason ? { reason: input.reason } : {}),
            ...(await caseRepository.assignmentPayload(tx, {
              fromDepartmentId: current.departmentId,
              toDepartmentId: patch.departmentId ?? null,
              fromAssigneeId: current.assigneeId,
              toAssigneeId: patch.assigneeId ?? null,
            })),
          });
        }
        if (Object.keys(patch).length === 0) return;
        const updated = await caseRepository.updateVersioned(tx, id, input.version, { ...patch, updatedAt: now });
        if (!updated) throw new AppError('VERSION_CONFLICT');
        const changed = Object.keys(changes);
        if (changed.length) {
          await write(tx, id, actor, now, caseEvent.updated({ changes }));
          await notifyListeners(listeners, { tx, now, actor, row: updated }, (l, ctx) =>
            l.onEdited?.(ctx, { case: ctx.cases.current(), before: current, changed }),
          );
        }
        if (assignment) await write(tx, id, actor, now, assignment);
      });
      return queries.viewAfterWrite(id, actor);
    },

    async transition(actor: Actor, id: string, input: TransitionInput): Promise<CaseView> {
      if (!can(actor.role, 'case.transition')) throw new AppError('FORBIDDEN');
      if (input.to === 'assigned') await assertDepartment(input.departmentId, 'departmentId');
      const now = clock();
      await db.transaction(async (tx) => {
        const current = await lockVisible(tx, id, actor);
        assertLeads(actor, current);
        if (input.version !== undefined && input.version !== current.version) throw new AppError('VERSION_CONFLICT');
        const departmentId = input.to === 'assigned' ? (input.departmentId ?? current.departmentId) : current.departmentId;
        const approved = input.to === 'awaiting_customer' ? await approvedRemedy(tx, id) : null;
        // Asked only for the moves the guard sits on (to resolved), inside the transaction that locked the case.
        const responsibility = input.to === 'resolved' && deps.investigation ? await deps.investigation.responsibility(tx, current) : undefined;
        const check = checkTransition({
          from: current.status,
          to: input.to,
          role: actor.role,
          reason: input.reason,
          departmentId,
          approvedRemedy: approved,
          responsibility,
          openActions: await openActions(tx, id, input.to),
        });
        if (!check.ok) refuse(check, current.status, input.to);
        const patch = movePatch(check.rule, input.to, input.reason, now);
        if (input.to === 'assigned') {
          const assigneeId = input.assigneeId !== undefined ? input.assigneeId : departmentId !== current.departmentId ? null : current.assigneeId;
          if (!input.reason && isReassignment(current, { departmentId, assigneeId })) throw fieldError('reason', FIELD_MESSAGES.reassign_reason_required);
          await assertAssignee(tx, assigneeId, departmentId, 'assigneeId');
          patch.departmentId = departmentId;
          patch.assigneeId = assigneeId;
        }
        const updated = await caseRepository.updateVersioned(tx, id, current.version, patch);
        if (!updated) throw new AppError('VERSION_CONFLICT');
        const moved = { from: current.status, to: input.to };
        const payload = input.reason ? { reason: input.reason } : {};
        await write(tx, id, actor, now, check.rule.reopen ? caseEvent.reopened(moved, payload) : caseEvent.statusChanged(moved, payload));
        if (patch.departmentId !== undefined && (patch.departmentId !== current.departmentId || patch.assigneeId !== current.assigneeId)) {
          await write(
            tx,
            id,
            actor,
            now,
            caseEvent.assigned({
              ...(input.reason ? { reason: input.reason } : {}),
              ...(await caseRepository.assignmentPayload(tx, {
                fromDepartmentId: current.departmentId,
                toDepartmentId: patch.departmentId,
                fromAssigneeId: current.assigneeId,
                toAssigneeId: patch.assigneeId ?? null,
              })),
            }),
          );
        }
        await notifyListeners(listeners, { tx, now, actor, row: updated }, (l, ctx) =>
          l.onTransitioned?.(ctx, { case: ctx.cases.current(), from: current.status }),
        );
      });
      return queries.viewAfterWrite(id, actor);
    },

    async merge(actor: Actor, id: string, input: { intoId: string; reason?: string | undefined }): Promise<CaseView> {
      if (!can(actor.role, 'case.merge')) throw new AppError('FORBIDDEN');
      const target = await caseRepository.findJoined(db, refOf(input.intoId), scopeOf(actor));
      if (!target || target.c.id === id || !MERGE_TARGET_STATUSES.includes(target.c.status)) {
        throw fieldError('intoId', FIELD_MESSAGES.merge_target_invalid);
      }
      const now = clock();
      await db.transaction(async (tx) => {
        const current = await lockVisible(tx, id, actor);
        const check = checkMerge({ from: current.status, target: target.c.status });
        if (!check.ok) {
          if (check.code === 'MERGE_TARGET_INVALID') throw fieldError('intoId', FIELD_MESSAGES.merge_target_invalid);
          throw new AppError('ILLEGAL_TRANSITION', { details: { from: current.status, to: 'merged' } });
        }
        const updated = await caseRepository.updateVersioned(tx, id, current.version, {
          status: 'merged',
          mergedIntoId: target.c.id,
          closedAt: now,
          updatedAt: now,
        });
        if (!updated) throw new AppError('VERSION_CONFLICT');
        await write(tx, id, actor, now, caseEvent.merged(current.status, { intoId: target.c.id, intoCaseNumber: target.c.caseNumber, reason: input.reason ?? null }));
        await write(tx, target.c.id, actor, now, caseEvent.mergedFrom({ fromId: id, fromCaseNumber: current.caseNumber, reason: input.reason ?? null }));
        // A move to merged like any other: the time limits stop the merged case's clocks in this transaction.
        await notifyListeners(listeners, { tx, now, actor, row: updated }, (l, ctx) =>
          l.onTransitioned?.(ctx, { case: ctx.cases.current(), from: current.status }),
        );
      });
      return queries.loadView({ id }, actor);
    },

    /** Links two cases as related (e.g. one waybill, two complaints) without merging them. */
    async link(actor: Actor, id: string, otherRef: string): Promise<void> {
      if (!can(actor.role, 'case.update')) throw new AppError('FORBIDDEN');
      await queries.loadView({ id }, actor); // 404 for a case the actor cannot see, before looking at the other
      const other = await caseRepository.findJoined(db, refOf(otherRef), scopeOf(actor));
      if (!other || other.c.id === id) throw fieldError('otherId', FIELD_MESSAGES.link_target_invalid);
      const now = clock();
      await db.transaction(async (tx) => {
        const c = await lockVisible(tx, id, actor);
        assertLeads(actor, c);
        const [a, b] = c.id < other.c.id ? [c.id, other.c.id] : [other.c.id, c.id];
        if (!(await caseRepository.insertLink(tx, { caseId: a, otherCaseId: b, createdById: actor.id, createdAt: now }))) return;
        await write(tx, c.id, actor, now, caseEvent.linked({ otherId: other.c.id, otherCaseNumber: other.c.caseNumber }));
        await write(tx, other.c.id, actor, now, caseEvent.linked({ otherId: c.id, otherCaseNumber: c.caseNumber }));
      });
    },

    async comment(actor: Actor, id: string, input: { body: string; visibility: 'internal' | 'public' }): Promise<CaseEventView> {
      if (!can(actor.role, 'case.comment')) throw new AppError('FORBIDDEN');
      const now = clock();
      const event = await db.transaction(async (tx) => {
        const c = await lockVisible(tx, id, actor);
        const event = await write(tx, id, actor, now, input.visibility === 'public' ? caseEvent.comment({ body: input.body }) : caseEvent.note({ body: input.body }));
        if (input.visibility === 'public') {
          await notifyListeners(listeners, { tx, now, actor, row: c }, (l, ctx) => l.onPublicReply?.(ctx, { case: ctx.cases.current(), body: input.body }));
        }
        return event;
      });
      return toEventView(event, actor.displayName);
    },

    /** Runs another module's change on a visible, locked case in one transaction (joint teams use it). */
    async mutate(actor: Actor, id: string, fn: (tx: Tx, c: CaseRow, now: Date) => Promise<void>): Promise<CaseView> {
      const now = clock();
      await db.transaction(async (tx) => fn(tx, await lockVisible(tx, id, actor), now));
      return queries.loadView({ id }, actor);
    },

    /**
     * A change by a module above cases (resolution) on a visible, locked case, in one transaction: `fn`
     * writes its own rows, appends typed events and may move the case — through the same lifecycle check
     * as a person's move (the actor's role, every guard), with its status event and the listeners'
     * reactions (the time limits; a rejected remedy's escalation). Returns what `fn` returns.
     */
    async change<T>(
      actor: Actor,
      id: string,
      fn: (ops: {
        tx: Tx;
        case: CaseRow;
        now: Date;
        appendEvent(event: CaseEventInput): Promise<void>;
        move(to: CaseStatus, opts?: { reason?: string | undefined; cause?: MoveCause | undefined }): Promise<CaseRow>;
      }) => Promise<T>,
    ): Promise<T> {
      if (!can(actor.role, 'case.update')) throw new AppError('FORBIDDEN');
      const now = clock();
      return db.transaction(async (tx) => {
        let current = await lockVisible(tx, id, actor);
        return fn({
          tx,
          case: current,
          now,
          appendEvent: async (event) => {
            await write(tx, id, actor, now, event);
          },
          move: async (to, opts = {}) => {
            assertLeads(actor, current);
            const from = current.status;
            const approved = to === 'awaiting_customer' ? await approvedRemedy(tx, id) : null;
            const check = checkTransition({
              from,
              to,
              role: actor.role,
              reason: opts.reason,
              departmentId: current.departmentId,
              approvedRemedy: approved,
              openActions: await openActions(tx, id, to),
            });
            if (!check.ok) refuse(check, from, to);
            const updated = await caseRepository.updateVersioned(tx, id, current.version, movePatch(check.rule, to, opts.reason, now));
            if (!updated) throw new AppError('VERSION_CONFLICT');
            const payload = opts.reason ? { reason: opts.reason } : {};
            await write(tx, id, actor, now, check.rule.reopen ? caseEvent.reopened({ from, to }, payload) : caseEvent.statusChanged({ from, to }, payload));
            current = await notifyListeners(listeners, { tx, now, actor, row: updated }, (l, ctx) =>
              l.onTransitioned?.(ctx, { case: ctx.cases.current(), from, cause: opts.cause }),
            );
            return current;
          },
        });
      });
    },

    /**
     * A change with no staff actor, in one transaction: the system's own (a background job, a survey answered
     * through its link) or the customer's in the portal (a remedy accepted, countered, rejected; the caller has
     * verified the customer and scoped the case to them). Events are written without an actor; a move is
     * checked as the system's (every guard still holds) and the listeners react as to any move (a rejected
     * remedy or a dissatisfied callback escalates). `by: 'system'` marks the status change as automatic.
     */
    async changeAsSystem<T>(
      id: string,
      fn: (ops: {
        tx: Tx;
        case: CaseRow;
        now: Date;
        appendEvent(event: CaseEventInput): Promise<void>;
        move(to: CaseStatus, opts?: { reason?: string | undefined; reasonEn?: string | undefined; cause?: MoveCause | undefined }): Promise<CaseRow>;
      }) => Promise<T>,
      opts: { now?: Date | undefined; by?: 'system' | 'customer' } = {},
    ): Promise<T> {
      // A background job passes the instant it runs for, so its events carry it.
      const now = opts.now ?? clock();
      const auto = (opts.by ?? 'system') === 'system';
      return db.transaction(async (tx) => {
        let current = await caseRepository.findRow(tx, id, true);
        if (!current) throw notFound();
        const append = async (event: CaseEventInput) => {
          await caseRepository.insertEvents(tx, [{ caseId: id, actorId: null, at: now, event }]);
        };
        return fn({
          tx,
          case: current,
          now,
          appendEvent: append,
          move: async (to, m = {}) => {
            const from = current!.status;
            const approved = to === 'awaiting_customer' ? await approvedRemedy(tx, id) : null;
            const check = checkTransition({
              from,
              to,
              role: 'system',
              reason: m.reason,
              departmentId: current!.departmentId,
              approvedRemedy: approved,
              openActions: await openActions(tx, id, to),
            });
            if (!check.ok) refuse(check, from, to);
            const updated = await caseRepository.updateVersioned(tx, id, current!.version, movePatch(check.rule, to, m.reason, now));
            if (!updated) throw new AppError('VERSION_CONFLICT');
            const payload = { ...(auto ? { auto: true as const } : {}), ...(m.reason ? { reason: m.reason } : {}), ...(m.reasonEn ? { reasonEn: m.reasonEn } : {}) };
            await append(check.rule.reopen ? caseEvent.reopened({ from, to }, m.reason ? { reason: m.reason } : {}) : caseEvent.statusChanged({ from, to }, payload));
            current = await notifyListeners(listeners, { tx, now, actor: null, row: updated }, (l, ctx) =>
              l.onTransitioned?.(ctx, { case: ctx.cases.current(), from, cause: m.cause }),
            );
            return current;
          },
        });
      });
    },

    /**
     * A public message the customer wrote in the portal, on the timeline as theirs (`by: 'customer'`, no
     * staff actor). The caller has verified the customer and scoped the case to them.
     */
    async commentAsCustomer(id: string, body: string): Promise<{ id: string; createdAt: Date }> {
      const now = clock();
      return db.transaction(async (tx) => {
        const c = await caseRepository.findRow(tx, id, true);
        if (!c) throw notFound();
        const [row] = await caseRepository.insertEvents(tx, [{ caseId: id, actorId: null, at: now, event: caseEvent.comment({ body, by: 'customer' }) }]);
        return { id: row!.id, createdAt: row!.createdAt };
      });
    },

    /** Appends a typed event with no staff actor (a customer's upload through the portal) inside a caller's transaction. */
    async appendEventAsCustomer(tx: Tx, caseId: string, event: CaseEventInput) {
      if (!(await caseRepository.findRow(tx, caseId, true))) throw notFound();
      return caseRepository.insertEvents(tx, [{ caseId, actorId: null, at: clock(), event }]).then((rows) => rows[0]!);
    },

    /** Appends a typed event to a visible case inside a caller's transaction (attachments use it). */
    async appendEvent(tx: Tx, actor: Actor, caseId: string, event: CaseEventInput) {
      await lockVisible(tx, caseId, actor);
      return write(tx, caseId, actor, clock(), event);
    },
  };
}
