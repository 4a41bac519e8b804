import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { caseEvent } from '../cases/case.events.ts';
import { isEditable } from '../cases/case.lifecycle.ts';
import type { CaseRow } from '../cases/case.listeners.ts';
import { caseRecords } from '../cases/case.records.ts';
import { findDepartment, lockDepartmentForTurn, recordTurn, takeRoundRobinTurn } from '../users/user.service.ts';
import { pickMember } from './routing.rules.ts';
import { routingRepository, type NewRoutingRuleRow, type RoutingRuleRow } from './routing.repository.ts';

export type { NewRoutingRuleRow, RoutingRuleRow };

// For the admin module, which validates and audits the rules an administrator edits or a preset brings;
// routing stays the one writer of routing_rules. In the caller's transaction.
export const listRoutingRules = (db: DbOrTx): Promise<RoutingRuleRow[]> => routingRepository.list(db);
export const findRoutingRule = (db: DbOrTx, id: string): Promise<RoutingRuleRow | undefined> => routingRepository.find(db, id);
export const insertRoutingRule = (db: DbOrTx, row: NewRoutingRuleRow): Promise<RoutingRuleRow> => routingRepository.insert(db, row);
export const updateRoutingRule = (db: DbOrTx, id: string, patch: Partial<NewRoutingRuleRow>): Promise<RoutingRuleRow | undefined> =>
  routingRepository.update(db, id, patch);
export const deleteRoutingRule = (db: DbOrTx, id: string): Promise<RoutingRuleRow | undefined> => routingRepository.delete(db, id);
/** A preset's rules replace every rule. */
export const replaceRoutingRules = (db: DbOrTx, rows: readonly NewRoutingRuleRow[]): Promise<void> => routingRepository.replaceAll(db, rows);

export type RoutingService = ReturnType<typeof createRoutingService>;

export function createRoutingService(deps: { db: Db }) {
  const { db } = deps;

  /**
   * Picks the member of a department for a new case. `strategy` is the department's as the caller's
   * configuration read saw it (checked again under the lock). Round robin takes its turn in one
   * statement: the pointer is advanced atomically from its committed value, so its row lock is the only
   * one taken and it is taken last. Least load counts open work under a lock on the department that lasts
   * until the intake commits (so callers take it last): the count must see the case the intake before
   * committed.
   */
  async function pickAssignee(
    tx: Tx,
    departmentId: string,
    strategy?: 'round_robin' | 'least_load' | 'none',
  ): Promise<{ id: string; name: string } | null> {
    if (strategy === 'none') return null;
    if (strategy === 'round_robin') {
      const members = await routingRepository.membersWithLoad(tx, departmentId, false);
      if (!members.length) return null;
      const ordered = [...members].sort((a, b) => a.username.localeCompare(b.username));
      const id = await takeRoundRobinTurn(tx, departmentId, ordered.map((m) => m.id));
      const member = ordered.find((m) => m.id === id);
      if (member) return { id: member.id, name: member.displayName };
      // The strategy changed since the configuration was read: decide under the lock as below.
    }
    const dep = await lockDepartmentForTurn(tx, departmentId);
    if (!dep || !dep.active || dep.assignmentStrategy === 'none') return null;
    const members = await routingRepository.membersWithLoad(tx, departmentId, dep.assignmentStrategy === 'least_load');
    const member = pickMember(members, dep.assignmentStrategy, dep.lastAssignedUserId);
    if (member && dep.assignmentStrategy === 'round_robin') await recordTurn(tx, departmentId, member.id);
    return member ? { id: member.id, name: member.displayName } : null;
  }

  return {
    pickAssignee,

    /** The active rules in order (triage matches a new case against them). */
    activeRules: (db2: DbOrTx) => routingRepository.active(db2),

    /** Adds or removes a collaborating department of a joint team, on the timeline. */
    async setCollaborator(tx: Tx, actor: Pick<Actor, 'id'>, c: CaseRow, departmentId: string, add: boolean, now: Date): Promise<void> {
      // The joint team of a closed, rejected or merged case is part of its finished record.
      if (!isEditable(c.status)) {
        throw new AppError('ILLEGAL_TRANSITION', {
          message: { zh: '已归档、不予受理或已合并的工单不能再调整协办部门', en: 'A closed, rejected or merged case cannot change its collaborating departments' },
          details: { from: c.status },
        });
      }
      const dep = await findDepartment(tx, departmentId);
      if (!dep || !dep.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
      if (departmentId === c.departmentId) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'departmentId', message: { zh: '该部门已是牵头部门', en: 'That department already leads the case' } }],
        });
      }
      if (add) {
        if (!(await caseRecords.addCollaborator(tx, { caseId: c.id, departmentId, addedById: actor.id, addedAt: now }))) return;
      } else if (!(await caseRecords.removeCollaborator(tx, c.id, departmentId))) {
        throw notFound();
      }
      const payload = { departmentId, departmentName: dep.name };
      await caseRecords.appendEvent(tx, {
        caseId: c.id,
        actorId: actor.id,
        at: now,
        event: add ? caseEvent.collaboratorAdded(payload) : caseEvent.collaboratorRemoved(payload),
      });
    },

    listRules: () => routingRepository.list(db),
  };
}
