import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import type { Role } from '../../shared/permissions.ts';
import { users } from '../users/user.table.ts';
import { notifications } from './notification.table.ts';

export type NewNotification = typeof notifications.$inferInsert;

export const notificationRepository = {
  async insertMany(db: DbOrTx, rows: NewNotification[]): Promise<void> {
    if (rows.length) await db.insert(notifications).values(rows);
  },
  async activeUserIdsWithRole(db: DbOrTx, roles: Role[]): Promise<string[]> {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.role, roles), eq(users.active, true)));
    return rows.map((r) => r.id);
  },
  async activeUserIdsWithRoleIn(db: DbOrTx, role: Role, departmentId: string): Promise<string[]> {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, role), eq(users.active, true), eq(users.departmentId, departmentId)));
    return rows.map((r) => r.id);
  },
  /** Marks as read what was created before `before` (the demo's users have read their past). */
  async markReadBefore(db: DbOrTx, before: Date, readAt: Date): Promise<void> {
    await db.update(notifications).set({ readAt }).where(and(isNull(notifications.readAt), lt(notifications.createdAt, before)));
  },
  async activeMembers(db: DbOrTx, departmentId: string): Promise<string[]> {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.departmentId, departmentId), eq(users.active, true), eq(users.role, 'handler')));
    return rows.map((r) => r.id);
  },
  async listFor(db: DbOrTx, userId: string, opts: { unreadOnly: boolean; limit: number }) {
    return db
      .select({ n: notifications, caseNumber: cases.caseNumber })
      .from(notifications)
      .leftJoin(cases, eq(cases.id, notifications.caseId))
      .where(and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined))
      .orderBy(desc(notifications.createdAt))
      .limit(opts.limit);
  },
  async unreadCount(db: DbOrTx, userId: string): Promise<number> {
    const [unread] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return unread?.n ?? 0;
  },
  async markAllRead(db: DbOrTx, userId: string, readAt: Date): Promise<void> {
    await db.update(notifications).set({ readAt }).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  },
  /** False when the user has no such notification. */
  async markRead(db: DbOrTx, userId: string, id: string, readAt: Date): Promise<boolean> {
    const rows = await db
      .update(notifications)
      .set({ readAt })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .returning({ id: notifications.id });
    return rows.length > 0;
  },
};
