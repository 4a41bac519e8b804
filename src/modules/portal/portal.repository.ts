import { and, asc, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { caseEvents, cases } from '../cases/case.table.ts';
import { customers } from '../customers/customer.table.ts';
import { categories } from '../taxonomy/taxonomy.table.ts';
import { slaPolicies } from '../sla/sla.table.ts';
import { users } from '../users/user.table.ts';
import { customerSessions, portalCodes, portalThrottle, portalWechatStates, stores } from './portal.table.ts';

export type StoreRow = typeof stores.$inferSelect;
export type PortalCodeRow = typeof portalCodes.$inferSelect;

/** The case columns the customer may be shown (what they gave, the status, the clocks) — never more. */
const customerCaseColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  customerId: cases.customerId,
  status: cases.status,
  waybillNo: cases.waybillNo,
  orderNo: cases.orderNo,
  store: cases.store,
  description: cases.description,
  demand: cases.demand,
  slaSummary: cases.slaSummary,
  createdAt: cases.createdAt,
};
export type CustomerCaseRow = { [K in keyof typeof customerCaseColumns]: (typeof cases.$inferSelect)[K] };

export const portalRepository = {
  // ------------------------------------------------------------------ sessions
  async insertSession(db: DbOrTx, row: typeof customerSessions.$inferInsert): Promise<void> {
    await db.insert(customerSessions).values(row);
  },
  async findSession(db: DbOrTx, tokenHash: string, now: Date): Promise<{ customerId: string; caseId: string | null; tokenHash: string } | undefined> {
    const [row] = await db
      .select({ customerId: customerSessions.customerId, caseId: customerSessions.caseId, tokenHash: customerSessions.tokenHash })
      .from(customerSessions)
      .innerJoin(customers, eq(customers.id, customerSessions.customerId))
      // An erased customer's sessions end with the erasure.
      .where(and(eq(customerSessions.tokenHash, tokenHash), gt(customerSessions.expiresAt, now), isNull(customers.erasedAt)));
    return row;
  },
  async deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
    await db.delete(customerSessions).where(eq(customerSessions.tokenHash, tokenHash));
  },
  async purgeExpired(db: DbOrTx, now: Date): Promise<number> {
    const s = await db.delete(customerSessions).where(lt(customerSessions.expiresAt, now)).returning({ t: customerSessions.tokenHash });
    const c = await db.delete(portalCodes).where(lt(portalCodes.expiresAt, now)).returning({ id: portalCodes.id });
    // A window older than a day has ended under every limit.
    const t = await db.delete(portalThrottle).where(lt(portalThrottle.windowStart, new Date(now.getTime() - 24 * 3600_000))).returning({ k: portalThrottle.key });
    const w = await db.delete(portalWechatStates).where(lt(portalWechatStates.expiresAt, now)).returning({ h: portalWechatStates.stateHash });
    return s.length + c.length + t.length + w.length;
  },

  // ------------------------------------------------------------------ WeChat binding states
  async insertWechatState(db: DbOrTx, row: typeof portalWechatStates.$inferInsert): Promise<void> {
    await db.insert(portalWechatStates).values(row);
  },
  /** Takes a state once: deleted as it is read, so a replay (or a second, racing callback) finds nothing. */
  async takeWechatState(db: DbOrTx, stateHash: string): Promise<typeof portalWechatStates.$inferSelect | undefined> {
    const [row] = await db.delete(portalWechatStates).where(eq(portalWechatStates.stateHash, stateHash)).returning();
    return row;
  },

  // ------------------------------------------------------------------ one-time codes
  async insertCode(db: DbOrTx, row: typeof portalCodes.$inferInsert): Promise<void> {
    await db.insert(portalCodes).values(row);
  },
  /** The newest code of the case, locked: a verification and a retry of it queue here. */
  async latestCode(db: DbOrTx, caseId: string): Promise<PortalCodeRow | undefined> {
    const [row] = await db.select().from(portalCodes).where(eq(portalCodes.caseId, caseId)).orderBy(desc(portalCodes.createdAt), desc(portalCodes.id)).limit(1).for('update');
    return row;
  },
  async updateCode(db: DbOrTx, id: string, patch: Partial<Pick<PortalCodeRow, 'attempts' | 'usedAt'>>): Promise<void> {
    await db.update(portalCodes).set(patch).where(eq(portalCodes.id, id));
  },

  // ------------------------------------------------------------------ throttle
  async throttleRow(db: DbOrTx, key: string): Promise<{ windowStart: Date; count: number } | undefined> {
    const [row] = await db.select({ windowStart: portalThrottle.windowStart, count: portalThrottle.count }).from(portalThrottle).where(eq(portalThrottle.key, key)).for('update');
    return row;
  },
  async saveThrottle(db: DbOrTx, key: string, windowStart: Date, count: number): Promise<void> {
    await db
      .insert(portalThrottle)
      .values({ key, windowStart, count })
      .onConflictDoUpdate({ target: portalThrottle.key, set: { windowStart, count } });
  },

  // ------------------------------------------------------------------ cases, as the customer may see them
  /** The case with this number whose customer has this phone (not erased), or nothing. */
  async caseByNumberAndPhone(db: DbOrTx, caseNumber: string, phone: string): Promise<{ id: string; customerId: string } | undefined> {
    const [row] = await db
      .select({ id: cases.id, customerId: cases.customerId })
      .from(cases)
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .where(and(eq(cases.caseNumber, caseNumber), eq(customers.phone, phone), isNull(customers.erasedAt)));
    return row;
  },
  /** One case of this customer by its number (and only the session's case when it is narrowed to one). */
  async customerCase(db: DbOrTx, scope: { customerId: string; caseId: string | null }, caseNumber: string): Promise<CustomerCaseRow | undefined> {
    const [row] = await db
      .select(customerCaseColumns)
      .from(cases)
      .where(and(eq(cases.caseNumber, caseNumber), eq(cases.customerId, scope.customerId), scope.caseId ? eq(cases.id, scope.caseId) : undefined));
    return row;
  },
  async customerCaseById(db: DbOrTx, id: string): Promise<CustomerCaseRow | undefined> {
    const [row] = await db.select(customerCaseColumns).from(cases).where(eq(cases.id, id));
    return row;
  },
  // cases_customer_created_id_idx serves it.
  async customerCases(db: DbOrTx, scope: { customerId: string; caseId: string | null }): Promise<CustomerCaseRow[]> {
    return db
      .select(customerCaseColumns)
      .from(cases)
      .where(and(eq(cases.customerId, scope.customerId), scope.caseId ? eq(cases.id, scope.caseId) : undefined))
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(50);
  },
  /** The timeline with the display name of each event's actor (the customer view keeps only what it allows). */
  async eventsOf(db: DbOrTx, caseId: string) {
    return db
      .select({
        id: caseEvents.id,
        kind: caseEvents.kind,
        visibility: caseEvents.visibility,
        actorId: caseEvents.actorId,
        actorName: users.displayName,
        toStatus: caseEvents.toStatus,
        payload: caseEvents.payload,
        createdAt: caseEvents.createdAt,
      })
      .from(caseEvents)
      .leftJoin(users, eq(users.id, caseEvents.actorId))
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.seq));
  },
  async categoryNames(db: DbOrTx): Promise<Array<{ code: string; nameZh: string; nameEn: string; active: boolean }>> {
    return db.select({ code: categories.code, nameZh: categories.nameZh, nameEn: categories.nameEn, active: categories.active }).from(categories).orderBy(asc(categories.code));
  },
  async activePolicies(db: DbOrTx) {
    return db.select().from(slaPolicies).where(eq(slaPolicies.active, true)).orderBy(asc(slaPolicies.position));
  },

  // ------------------------------------------------------------------ stores
  async stores(db: DbOrTx): Promise<StoreRow[]> {
    return db.select().from(stores).orderBy(asc(stores.code));
  },
  async storeByCode(db: DbOrTx, code: string): Promise<StoreRow | undefined> {
    const [row] = await db.select().from(stores).where(sql`lower(${stores.code}) = lower(${code})`);
    return row;
  },
  async insertStore(db: DbOrTx, row: typeof stores.$inferInsert): Promise<StoreRow | undefined> {
    const [created] = await db.insert(stores).values(row).onConflictDoNothing().returning();
    return created;
  },
  async storeById(db: DbOrTx, id: string): Promise<StoreRow | undefined> {
    const [row] = await db.select().from(stores).where(eq(stores.id, id));
    return row;
  },
  async updateStore(db: DbOrTx, id: string, patch: Partial<Pick<StoreRow, 'name' | 'active' | 'updatedAt'>>): Promise<StoreRow | undefined> {
    const [row] = await db.update(stores).set(patch).where(eq(stores.id, id)).returning();
    return row;
  },
};
