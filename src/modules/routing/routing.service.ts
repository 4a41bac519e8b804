import { and, asc, count, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { TERMINAL_STATUSES } from '../cases/case.lifecycle.ts';
import { caseCollaborators, cases } from '../cases/case.table.ts';
import { caseRepository, type CaseRow } from '../cases/case.repository.ts';
import { departments, users } from '../users/user.table.ts';
import { pickMember } from './routing.rules.ts';
import { routingRules } from './routing.table.ts';

export type RoutingRuleRow = typeof routingRules.$inferSelect;

export const routingRepository = {
  list: (db: DbOrTx) => db.select().from(routingRules).orderBy(asc(routingRules.position)),
  active: (db: DbOrTx) => db.select().from(routingRules).where(eq(routingRules.active, true)).orderBy(asc(routingRules.position)),
  async membersWithLoad(db: DbOrTx, departmentId: string) {
    return db
      .select({ id: users.id, username: users.username, openCases: count(cases.id) })
      .from(users)
      .leftJoin(cases, and(eq(cases.assigneeId, users.id), notInArray(cases.status, [...TERMINAL_STATUSES, 'resolved', 'follow_up'])))
      // Handlers of the department, or agents when the department is customer service itself.
      .where(and(eq(users.departmentId, departmentId), eq(users.active, true), eq(users.onDuty, true), inArray(users.role, ['handler', 'agent'])))
      .groupBy(users.id, users.username);
  },
};

export type RoutingService = ReturnType<typeof createRoutingService>;

export function createRoutingService(deps: { db: Db }) {
  const { db } = deps;

  /** Picks the member of a department for a new case, under a lock on the department so turns are fair. */
  async function pickAssignee(tx: Tx, departmentId: string): Promise<string | null> {
    const [dep] = await tx.select().from(departments).where(eq(departments.id, departmentId)).for('update');
    if (!dep || !dep.active) return null;
    const member = pickMember(await routingRepository.membersWithLoad(tx, departmentId), dep.assignmentStrategy, dep.lastAssignedUserId);
    if (member) await tx.update(departments).set({ lastAssignedUserId: member.id }).where(eq(departments.id, departmentId));
    return member?.id ?? null;
  }

  return {
    pickAssignee,

    async listCollaborators(db2: DbOrTx, caseId: string) {
      return db2
        .select({ departmentId: caseCollaborators.departmentId, name: departments.name, addedAt: caseCollaborators.addedAt })
        .from(caseCollaborators)
        .innerJoin(departments, eq(departments.id, caseCollaborators.departmentId))
        .where(eq(caseCollaborators.caseId, caseId))
        .orderBy(asc(caseCollaborators.addedAt));
    },

    /** Adds or removes a collaborating department of a joint team, on the timeline. */
    async setCollaborator(tx: Tx, actor: Actor, c: CaseRow, departmentId: string, add: boolean, now: Date): Promise<void> {
      const [dep] = await tx.select().from(departments).where(eq(departments.id, departmentId));
      if (!dep || !dep.active) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
      if (departmentId === c.departmentId) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'departmentId', message: { zh: '该部门已是牵头部门', en: 'That department already leads the case' } }],
        });
      }
      if (add) {
        const inserted = await tx
          .insert(caseCollaborators)
          .values({ caseId: c.id, departmentId, addedById: actor.id, addedAt: now })
          .onConflictDoNothing()
          .returning();
        if (!inserted.length) return;
      } else {
        const removed = await tx
          .delete(caseCollaborators)
          .where(and(eq(caseCollaborators.caseId, c.id), eq(caseCollaborators.departmentId, departmentId)))
          .returning();
        if (!removed.length) throw notFound();
      }
      await caseRepository.insertEvent(tx, {
        caseId: c.id,
        actorId: actor.id,
        kind: add ? 'collaborator_added' : 'collaborator_removed',
        payload: { departmentId, departmentName: dep.name },
        createdAt: now,
      });
    },

    listRules: () => routingRepository.list(db),
  };
}
