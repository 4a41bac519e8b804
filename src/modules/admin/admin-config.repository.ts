// The admin module's queries: the configuration rows of routing and sla that the administrator edits,
// departments (read), and the codes stored on cases (read, for taxonomy's backfill).
// TODO(issue 10): the writes to routing_rules, sla_policies and business_calendars belong to the routing
// and sla modules; they stay here until those modules offer service functions for them (see the
// allow-list in test/architecture.test.ts).
import { asc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import { routingRules } from '../routing/routing.table.ts';
import { businessCalendars, slaPolicies } from '../sla/sla.table.ts';
import { departments } from '../users/user.table.ts';

export type RoutingRuleRow = typeof routingRules.$inferSelect;
export type NewRoutingRuleRow = typeof routingRules.$inferInsert;
export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type NewSlaPolicyRow = typeof slaPolicies.$inferInsert;
export type CalendarRow = typeof businessCalendars.$inferSelect;
export type NewCalendarRow = typeof businessCalendars.$inferInsert;
export type DepartmentRow = typeof departments.$inferSelect;

export const adminConfigRepository = {
  listDepartments(db: DbOrTx): Promise<DepartmentRow[]> {
    return db.select().from(departments);
  },
  async findDepartment(db: DbOrTx, id: string): Promise<DepartmentRow | undefined> {
    const [row] = await db.select().from(departments).where(eq(departments.id, id));
    return row;
  },

  /** The distinct cause or stage codes on cases (read only). */
  async codesOnCases(db: DbOrTx, kind: 'cause' | 'stage'): Promise<string[]> {
    const column = kind === 'cause' ? cases.cause : cases.stage;
    const rows = await db.selectDistinct({ code: column }).from(cases).where(isNotNull(column));
    return rows.map((r) => r.code).filter((c): c is string => !!c);
  },

  listRules(db: DbOrTx): Promise<RoutingRuleRow[]> {
    return db.select().from(routingRules).orderBy(asc(routingRules.position));
  },
  async findRule(db: DbOrTx, id: string): Promise<RoutingRuleRow | undefined> {
    const [row] = await db.select().from(routingRules).where(eq(routingRules.id, id));
    return row;
  },
  async insertRule(db: DbOrTx, row: NewRoutingRuleRow): Promise<RoutingRuleRow> {
    const [created] = await db.insert(routingRules).values(row).returning();
    return created!;
  },
  async updateRule(db: DbOrTx, id: string, patch: Partial<NewRoutingRuleRow>): Promise<RoutingRuleRow | undefined> {
    const [row] = await db.update(routingRules).set(patch).where(eq(routingRules.id, id)).returning();
    return row;
  },
  async deleteRule(db: DbOrTx, id: string): Promise<RoutingRuleRow | undefined> {
    const [row] = await db.delete(routingRules).where(eq(routingRules.id, id)).returning();
    return row;
  },
  /** A preset's rules replace every rule. */
  async replaceRules(db: DbOrTx, rows: NewRoutingRuleRow[]): Promise<void> {
    await db.delete(routingRules);
    if (rows.length) await db.insert(routingRules).values(rows);
  },

  listPolicies(db: DbOrTx): Promise<SlaPolicyRow[]> {
    return db.select().from(slaPolicies).orderBy(asc(slaPolicies.position));
  },
  async activePolicyIds(db: DbOrTx): Promise<string[]> {
    const rows = await db.select({ id: slaPolicies.id }).from(slaPolicies).where(eq(slaPolicies.active, true));
    return rows.map((r) => r.id);
  },
  async findPolicy(db: DbOrTx, id: string): Promise<SlaPolicyRow | undefined> {
    const [row] = await db.select().from(slaPolicies).where(eq(slaPolicies.id, id));
    return row;
  },
  /** The policies counting on a calendar (those without one count on the default calendar). */
  async policyIdsOnCalendar(db: DbOrTx, calendarId: string, isDefault: boolean): Promise<string[]> {
    const rows = await db
      .select({ id: slaPolicies.id })
      .from(slaPolicies)
      .where(isDefault ? or(eq(slaPolicies.calendarId, calendarId), isNull(slaPolicies.calendarId)) : eq(slaPolicies.calendarId, calendarId));
    return rows.map((r) => r.id);
  },
  async insertPolicy(db: DbOrTx, row: NewSlaPolicyRow): Promise<SlaPolicyRow> {
    const [created] = await db.insert(slaPolicies).values(row).returning();
    return created!;
  },
  async updatePolicy(db: DbOrTx, id: string, patch: Partial<NewSlaPolicyRow>): Promise<SlaPolicyRow | undefined> {
    const [row] = await db.update(slaPolicies).set(patch).where(eq(slaPolicies.id, id)).returning();
    return row;
  },
  async deletePolicy(db: DbOrTx, id: string): Promise<SlaPolicyRow | undefined> {
    const [row] = await db.delete(slaPolicies).where(eq(slaPolicies.id, id)).returning();
    return row;
  },
  /** A preset's policies replace every policy. */
  async replacePolicies(db: DbOrTx, rows: NewSlaPolicyRow[]): Promise<void> {
    await db.delete(slaPolicies);
    await db.insert(slaPolicies).values(rows);
  },

  listCalendars(db: DbOrTx): Promise<CalendarRow[]> {
    return db.select().from(businessCalendars).orderBy(asc(businessCalendars.name));
  },
  async calendarExists(db: DbOrTx, id: string): Promise<boolean> {
    const [row] = await db.select({ id: businessCalendars.id }).from(businessCalendars).where(eq(businessCalendars.id, id));
    return !!row;
  },
  async findCalendar(db: DbOrTx, id: string): Promise<CalendarRow | undefined> {
    const [row] = await db.select().from(businessCalendars).where(eq(businessCalendars.id, id));
    return row;
  },
  async defaultCalendar(db: DbOrTx): Promise<CalendarRow | undefined> {
    const [row] = await db.select().from(businessCalendars).where(eq(businessCalendars.isDefault, true));
    return row;
  },
  async insertCalendar(db: DbOrTx, row: NewCalendarRow): Promise<CalendarRow> {
    const [created] = await db.insert(businessCalendars).values(row).returning();
    return created!;
  },
  async updateCalendar(db: DbOrTx, id: string, patch: Partial<NewCalendarRow>): Promise<CalendarRow | undefined> {
    const [row] = await db.update(businessCalendars).set(patch).where(eq(businessCalendars.id, id)).returning();
    return row;
  },
};
