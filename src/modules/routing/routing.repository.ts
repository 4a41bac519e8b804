import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { OPEN_STATUSES } from '../cases/case.lifecycle.ts';
import { cases } from '../cases/case.table.ts';
import { users } from '../users/user.table.ts';
import { routingRules } from './routing.table.ts';

export type RoutingRuleRow = typeof routingRules.$inferSelect;
export type NewRoutingRuleRow = typeof routingRules.$inferInsert;

export const routingRepository = {
  list: (db: DbOrTx) => db.select().from(routingRules).orderBy(asc(routingRules.position)),
  active: (db: DbOrTx) => db.select().from(routingRules).where(eq(routingRules.active, true)).orderBy(asc(routingRules.position)),

  // The rules an administrator edits (admin audits and validates; routing stays the one writer).
  async find(db: DbOrTx, id: string): Promise<RoutingRuleRow | undefined> {
    const [row] = await db.select().from(routingRules).where(eq(routingRules.id, id));
    return row;
  },
  async insert(db: DbOrTx, row: NewRoutingRuleRow): Promise<RoutingRuleRow> {
    const [created] = await db.insert(routingRules).values(row).returning();
    return created!;
  },
  async update(db: DbOrTx, id: string, patch: Partial<NewRoutingRuleRow>): Promise<RoutingRuleRow | undefined> {
    const [row] = await db.update(routingRules).set(patch).where(eq(routingRules.id, id)).returning();
    return row;
  },
  async delete(db: DbOrTx, id: string): Promise<RoutingRuleRow | undefined> {
    const [row] = await db.delete(routingRules).where(eq(routingRules.id, id)).returning();
    return row;
  },
  /** A preset's rules replace every rule. */
  async replaceAll(db: DbOrTx, rows: readonly NewRoutingRuleRow[]): Promise<void> {
    await db.delete(routingRules);
    if (rows.length) await db.insert(routingRules).values([...rows]);
  },

  /**
   * On-duty members of a department with their open work (the load balancing reads it); `withLoad`
   * false leaves the count out (0), for turns that do not need it.
   */
  async membersWithLoad(db: DbOrTx, departmentId: string, withLoad = true) {
    if (!withLoad) {
      const rows = await db.select({ id: users.id, username: users.username, displayName: users.displayName }).from(users).where(onDutyMemberOf(departmentId));
      return rows.map((r) => ({ ...r, openCases: 0 }));
    }
    return db
      .select({ id: users.id, username: users.username, displayName: users.displayName, openCases: count(cases.id) })
      .from(users)
      .leftJoin(cases, and(eq(cases.assigneeId, users.id), inArray(cases.status, [...OPEN_STATUSES])))
      .where(onDutyMemberOf(departmentId))
      .groupBy(users.id, users.username, users.displayName);
  },
};

// Handlers of the department, or agents when the department is customer service itself.
const onDutyMemberOf = (departmentId: string) =>
  and(eq(users.departmentId, departmentId), eq(users.active, true), eq(users.onDuty, true), inArray(users.role, ['handler', 'agent']));
