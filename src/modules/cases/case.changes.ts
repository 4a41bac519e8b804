// The listener mechanism's engine: a port bound to one case inside one transaction, and the loop that
// hands it to each registered listener in order.
import type { SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { caseEvent, type CaseEventInput } from './case.events.ts';
import { checkTransition, type CaseStatus, type TransitionRule } from './case.lifecycle.ts';
import type { CaseChangeContext, CaseListener, CasePort } from './case.listeners.ts';
import { caseRepository, type CaseRow, type NewCaseRow } from './case.repository.ts';

/** What a legal move changes beside the status: the reject reason, the close time. */
export function movePatch(rule: TransitionRule, to: CaseStatus, reason: string | undefined, now: Date): Partial<NewCaseRow> {
  const patch: Partial<NewCaseRow> = { status: to, updatedAt: now };
  if (to === 'rejected') patch.rejectReason = reason ?? null;
  if (to === 'closed') patch.closedAt = now;
  if (rule.reopen) patch.closedAt = null;
  return patch;
}

/** A timeline event waiting to be written with the others of its change, in one statement. */
export type PendingEvent = { caseId: string; actorId: string | null; at: Date; event: CaseEventInput };

/**
 * The new case before its one insert (intake): triage, routing and the clocks shape this row in memory,
 * and writes that need the row (its clock log, customer messages) wait in `later` until it is inserted.
 */
type Draft = { withInsert: SQL[]; later: Array<() => Promise<void>>; inserted: boolean };

function portFor(tx: Tx, now: Date, row: CaseRow, pending: PendingEvent[] | undefined, draft?: Draft): CasePort {
  let current = row;
  const append = async (event: CaseEventInput) => {
    const write = { caseId: current.id, actorId: null, at: now, event };
    if (pending) pending.push(write);
    else await caseRepository.insertEvents(tx, [write]);
  };
  const inMemory = () => !!draft && !draft.inserted;
  // No version bump: these run inside the change that holds the row (today: intake, on the row it
  // is filing), so no client can hold a version in between.
  const patch = async (p: Partial<NewCaseRow>): Promise<CaseRow> => {
    current = inMemory() ? { ...current, ...p } : await caseRepository.update(tx, current.id, p);
    return current;
  };
  return {
    current: () => current,
    appendEvent: append,
    applyTriage: (p) => patch(p),
    async saveClockSummary(summary) {
      const p = { slaSummary: summary.slaSummary, slaNextActionAt: summary.slaNextActionAt, slaPolicyId: summary.slaPolicyId, escalationLevel: summary.escalationLevel };
      if (inMemory()) current = { ...current, ...p, escalationLevel: Math.max(current.escalationLevel, p.escalationLevel) };
      else await caseRepository.saveClockSummary(tx, current.id, p);
    },
    async insertWithCase(insert) {
      if (inMemory()) draft!.withInsert.push(insert);
      else await tx.execute(insert);
    },
    async afterInsert(write) {
      if (inMemory()) draft!.later.push(write);
      else await write();
    },
    async transition(move) {
      const from = current.status;
      const departmentId = move.owner?.departmentId ?? current.departmentId;
      const check = checkTransition({ from, to: move.to, role: 'system', reason: move.reason, departmentId });
      if (!check.ok) throw new AppError('ILLEGAL_TRANSITION', { details: { from, to: move.to } });
      const before = current;
      const owner = move.owner ? { departmentId: move.owner.departmentId, assigneeId: move.owner.assigneeId } : {};
      await patch({ ...movePatch(check.rule, move.to, move.reason, now), ...owner });
      await append(caseEvent.statusChanged({ from, to: move.to }, { auto: true, reason: move.reason, reasonEn: move.reasonEn }));
      if (move.owner) {
        const ids = {
          fromDepartmentId: before.departmentId,
          toDepartmentId: move.owner.departmentId,
          fromAssigneeId: before.assigneeId,
          toAssigneeId: move.owner.assigneeId,
        };
        // A first owner whose names the mover knows (routing at intake) needs no look-up.
        const known = move.owner.names && !before.departmentId && !before.assigneeId;
        const names = known
          ? { ...ids, fromDepartmentName: null, toDepartmentName: move.owner.names!.department, fromAssigneeName: null, toAssigneeName: move.owner.names!.assignee }
          : await caseRepository.assignmentPayload(tx, ids);
        await append(caseEvent.assigned({ auto: true, ruleId: move.owner.ruleId, ...names }));
      }
      return current;
    },
  };
}

/**
 * Calls `each` for every listener in registration order, inside `tx`, with a port bound to the case.
 * Each listener sees the case as the ones before it left it. Returns the case as they all left it.
 * With `events` (intake: nothing in it reads the new case's timeline), the listeners' timeline events
 * join those and all are written after the last listener, in one statement, in order.
 */
export async function notifyListeners(
  listeners: readonly CaseListener[],
  change: { tx: Tx; now: Date; actor: Actor | null; row: CaseRow; events?: PendingEvent[] },
  each: (listener: CaseListener, ctx: CaseChangeContext) => Promise<void> | undefined,
): Promise<CaseRow> {
  const ctx: CaseChangeContext = { tx: change.tx, now: change.now, actor: change.actor, cases: portFor(change.tx, change.now, change.row, change.events) };
  for (const listener of listeners) await each(listener, ctx);
  if (change.events?.length) await caseRepository.insertEvents(change.tx, change.events.splice(0));
  return ctx.cases.current();
}

/**
 * Intake: the listeners shape the new case in memory (triage's analysis, routing's owner, the clocks'
 * summary; the timeline events wait in `events`), then `insert` writes the row once with its final
 * values, in one statement with the rows the listeners handed to `insertWithCase` and the timeline so
 * far; then the writes they left for after the insert run in their order, and any timeline events those
 * added are written last. Returns the case as inserted.
 */
export async function notifyListenersOfNewCase(
  listeners: readonly CaseListener[],
  change: { tx: Tx; now: Date; actor: Actor | null; row: CaseRow; events: PendingEvent[] },
  each: (listener: CaseListener, ctx: CaseChangeContext) => Promise<void> | undefined,
  insert: (row: CaseRow, withRow: SQL[]) => Promise<void>,
): Promise<CaseRow> {
  const draft: Draft = { withInsert: [], later: [], inserted: false };
  const ctx: CaseChangeContext = { tx: change.tx, now: change.now, actor: change.actor, cases: portFor(change.tx, change.now, change.row, change.events, draft) };
  for (const listener of listeners) await each(listener, ctx);
  const row = ctx.cases.current();
  const timeline = caseRepository.eventsInsert(change.tx, change.events.splice(0));
  await insert(row, [...draft.withInsert, ...(timeline ? [timeline] : [])]);
  draft.inserted = true;
  for (const write of draft.later.splice(0)) await write();
  await caseRepository.appendEvents(change.tx, change.events.splice(0));
  return row;
}
