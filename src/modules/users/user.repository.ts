import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { departments, sessions, users } from './user.table.ts';
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
  async deleteExpiredSessions(db: DbOrTx, now: Date): Promise<void> {
    await db.delete(sessions).where(lt(sessions.expiresAt, now));
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
