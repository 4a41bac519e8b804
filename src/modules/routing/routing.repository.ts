import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { OPEN_STATUSES } from '../cases/case.lifecycle.ts';
import { cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
import { routingRules } from './routing.table.ts';

export type RoutingRuleRow = typeof routingRules.$inferSelect;

export const routingRepository = {
  list: (db: DbOrTx) => db.select().from(routingRules).orderBy(asc(routingRules.position)),
  active: (db: DbOrTx) => db.select().from(routingRules).where(eq(routingRules.active, true)).orderBy(asc(routingRules.position)),

  /** On-duty members of a department with their open work (the load balancing reads it). */
  async membersWithLoad(db: DbOrTx, departmentId: string) {
    return db
      .select({ id: users.id, username: users.username, openCases: count(cases.id) })
      .from(users)
      .leftJoin(cases, and(eq(cases.assigneeId, users.id), inArray(cases.status, [...OPEN_STATUSES])))
      // Handlers of the department, or agents when the department is customer service itself.
      .where(and(eq(users.departmentId, departmentId), eq(users.active, true), eq(users.onDuty, true), inArray(users.role, ['handler', 'agent'])))
      .groupBy(users.id, users.username);
  },

  async department(db: DbOrTx, id: string) {
    const [dep] = await db.select().from(departments).where(eq(departments.id, id));
    return dep;
  },

  /** The department, locked: turns are taken one intake at a time. */
  async lockDepartment(tx: Tx, id: string) {
    const [dep] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
    return dep;
  },

  // The round-robin pointer lives on the department row (users' table); see the report on table owners.
  async setLastAssigned(tx: Tx, departmentId: string, userId: string): Promise<void> {
    await tx.update(departments).set({ lastAssignedUserId: userId }).where(eq(departments.id, departmentId));
  },
};
