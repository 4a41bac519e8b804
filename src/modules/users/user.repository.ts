import { and, asc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { departments, loginThrottle, sessions, users } from './user.table.ts';
import type { ThrottleLimit } from './login-throttle.rules.ts';
import type { Role } from '../../shared/permissions.ts';

export type UserRow = typeof users.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

const userView = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  departmentId: users.departmentId,
  departmentName: departments.name,
  active: users.active,
  onDuty: users.onDuty,
};
export type UserView = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  departmentName: string | null;
  active: boolean;
  onDuty: boolean;
};

export const userRepository = {
  async anyExists(db: DbOrTx): Promise<boolean> {
    const rows = await db.select({ id: users.id }).from(users).limit(1);
    return rows.length > 0;
  },
  async findByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.username, username));
    return row;
  },
  async findView(db: DbOrTx, id: string): Promise<UserView | undefined> {
    const [row] = await db
      .select(userView)
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.id, id));
    return row;
  },
  async list(db: DbOrTx, filter: { departmentId?: string | undefined }): Promise<UserView[]> {
    return db
      .select(userView)
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(filter.departmentId ? eq(users.departmentId, filter.departmentId) : undefined)
      .orderBy(asc(users.username));
  },
  async insert(db: DbOrTx, row: typeof users.$inferInsert): Promise<UserRow> {
    const [created] = await db.insert(users).values(row).returning();
    return created!;
  },
  /** Inserts unless the username is taken (also by a concurrent request); undefined when it was. */
  async insertIfAbsent(db: DbOrTx, row: typeof users.$inferInsert): Promise<UserRow | undefined> {
    const [created] = await db.insert(users).values(row).onConflictDoNothing({ target: users.username }).returning();
    return created;
  },
  async update(db: DbOrTx, id: string, patch: Partial<typeof users.$inferInsert>): Promise<boolean> {
    const rows = await db.update(users).set(patch).where(eq(users.id, id)).returning({ id: users.id });
    return rows.length > 0;
  },

  async insertSession(db: DbOrTx, row: typeof sessions.$inferInsert): Promise<void> {
    await db.insert(sessions).values(row);
  },
  async findSessionUser(db: DbOrTx, tokenHash: string, now: Date): Promise<UserRow | undefined> {
    const [row] = await db
      .select({ user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)));
    return row?.user;
  },
  async deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  },
  async deleteSessionsOf(db: DbOrTx, userId: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.userId, userId));
  },
  async deleteExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
    const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash });
    return rows.length;
  },
  /** The admins still active, locked until the transaction ends: two admins demoting each other queue here. */
  async lockActiveAdmins(tx: Tx): Promise<string[]> {
    const rows = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).for('update');
    return rows.map((r) => r.id);
  },
};

export const loginThrottleRepository = {
  async locks(db: DbOrTx, keys: string[]): Promise<Array<Date | null>> {
    const rows = await db.select({ lockedUntil: loginThrottle.lockedUntil }).from(loginThrottle).where(inArray(loginThrottle.key, keys));
    return rows.map((r) => r.lockedUntil);
  },
  /**
   * Counts one failure in a single upsert, so concurrent processes never lose one: the count restarts
   * after a quiet window, and from `freeFailures` on the row is locked for a doubling time.
   */
  async recordFailure(db: DbOrTx, key: string, now: Date, limit: ThrottleLimit): Promise<void> {
    const at = sql`${now.toISOString()}::timestamptz`;
    const failures = sql`(case when coalesce(${loginThrottle.lockedUntil}, ${loginThrottle.lastFailureAt}) < ${at} - ${limit.windowMs}::float8 * interval '1 millisecond'
      then 1 else ${loginThrottle.failures} + 1 end)`;
    const lockFor = (n: SQL) =>
      sql`(case when ${n} >= ${limit.freeFailures}::int
        then ${at} + least(${limit.maxLockMs}::float8, ${limit.baseLockMs}::float8 * power(2, least(${n} - ${limit.freeFailures}::int, 30))) * interval '1 millisecond'
        end)`;
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, lastFailureAt: now, lockedUntil: limit.freeFailures <= 1 ? new Date(now.getTime() + limit.baseLockMs) : null })
      .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, lastFailureAt: now, lockedUntil: lockFor(failures) } });
  },
  async clear(db: DbOrTx, key: string): Promise<void> {
    await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
  },
  /** Counts nobody needs any more: no lock running and no failure within the window. */
  async deleteStale(db: DbOrTx, before: Date): Promise<number> {
    const rows = await db
      .delete(loginThrottle)
      .where(and(lt(loginThrottle.lastFailureAt, before), lt(sql`coalesce(${loginThrottle.lockedUntil}, ${loginThrottle.lastFailureAt})`, before)))
      .returning({ key: loginThrottle.key });
    return rows.length;
  },
};

export const departmentRepository = {
  async list(db: DbOrTx): Promise<DepartmentRow[]> {
    return db.select().from(departments).orderBy(asc(departments.createdAt), asc(departments.code));
  },
  async find(db: DbOrTx, id: string): Promise<DepartmentRow | undefined> {
    const [row] = await db.select().from(departments).where(eq(departments.id, id));
    return row;
  },
  async findByCode(db: DbOrTx, code: string): Promise<DepartmentRow | undefined> {
    const [row] = await db.select().from(departments).where(eq(departments.code, code));
    return row;
  },
  /** The department, locked until the transaction ends: routing's turns are taken one intake at a time. */
  async lock(tx: Tx, id: string): Promise<DepartmentRow | undefined> {
    const [row] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
    return row;
  },
  /**
   * Round robin's turn in one statement: the pointer moves to the member after the last one served in
   * `orderedIds` (the first when the last is not among them), computed from the pointer as committed
   * when the row lock is granted; null when the department no longer takes turns.
   */
  async takeTurn(tx: Tx, id: string, orderedIds: readonly string[]): Promise<string | null> {
    const ids = sql`string_to_array(${orderedIds.join(',')}, ',')::uuid[]`;
    const [row] = await tx
      .update(departments)
      .set({ lastAssignedUserId: sql`(${ids})[coalesce(array_position(${ids}, ${departments.lastAssignedUserId}), 0) % ${orderedIds.length}::int + 1]` })
      .where(and(eq(departments.id, id), eq(departments.active, true), eq(departments.assignmentStrategy, 'round_robin')))
      .returning({ userId: departments.lastAssignedUserId });
    return row?.userId ?? null;
  },
  /** The round-robin pointer: who in the department was given the last case. */
  async setLastAssigned(tx: Tx, id: string, userId: string): Promise<void> {
    await tx.update(departments).set({ lastAssignedUserId: userId }).where(eq(departments.id, id));
  },
  async insert(db: DbOrTx, row: typeof departments.$inferInsert): Promise<DepartmentRow> {
    const [created] = await db.insert(departments).values(row).returning();
    return created!;
  },
  /** Inserts unless the code is taken (also by a concurrent request); undefined when it was. */
  async insertIfAbsent(db: DbOrTx, row: typeof departments.$inferInsert): Promise<DepartmentRow | undefined> {
    const [created] = await db.insert(departments).values(row).onConflictDoNothing({ target: departments.code }).returning();
    return created;
  },
  async update(db: DbOrTx, id: string, patch: Partial<typeof departments.$inferInsert>): Promise<DepartmentRow | undefined> {
    const [row] = await db.update(departments).set(patch).where(eq(departments.id, id)).returning();
    return row;
  },
};
