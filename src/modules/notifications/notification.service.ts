import { and, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { notFound } from '../../shared/errors.ts';
import { cases } from '../cases/case.table.ts';
import type { Role } from '../../shared/permissions.ts';
import { users } from '../users/user.table.ts';
import { notifications } from './notification.table.ts';

export type NotificationKind = 'sla_warning' | 'sla_breached' | 'escalated' | 'assigned';

export const notificationRepository = {
  async insertMany(db: DbOrTx, rows: Array<typeof notifications.$inferInsert>): Promise<void> {
    if (rows.length) await db.insert(notifications).values(rows);
  },
  async activeUserIdsWithRole(db: DbOrTx, roles: Role[]): Promise<string[]> {
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.role, roles), eq(users.active, true)));
    return rows.map((r) => r.id);
  },
  /**
   * Who an escalation goes to: the supervisors (or managers) of the case's own department where it has
   * some, else every one of them — a company with one service-desk supervisor still hears of every case.
   */
  async escalationRecipients(db: DbOrTx, role: Role, departmentId: string | null): Promise<string[]> {
    if (departmentId) {
      const own = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, role), eq(users.active, true), eq(users.departmentId, departmentId)));
      if (own.length) return own.map((r) => r.id);
    }
    return notificationRepository.activeUserIdsWithRole(db, [role]);
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
};

/** Who owns a case for warnings: its assignee, else the department's handlers, else who took it. */
export async function ownersOf(
  db: DbOrTx,
  c: { assigneeId: string | null; departmentId: string | null; receivedById: string | null },
): Promise<string[]> {
  if (c.assigneeId) return [c.assigneeId];
  if (c.departmentId) {
    const members = await notificationRepository.activeMembers(db, c.departmentId);
    if (members.length) return members;
  }
  return c.receivedById ? [c.receivedById] : [];
}

export type NotificationService = ReturnType<typeof createNotificationService>;

export function createNotificationService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  return {
    async list(actor: Actor, opts: { unreadOnly: boolean; limit: number }) {
      const rows = await db
        .select({ n: notifications, caseNumber: cases.caseNumber })
        .from(notifications)
        .leftJoin(cases, eq(cases.id, notifications.caseId))
        .where(and(eq(notifications.userId, actor.id), opts.unreadOnly ? isNull(notifications.readAt) : undefined))
        .orderBy(desc(notifications.createdAt))
        .limit(opts.limit);
      const [unread] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
      return {
        unread: unread?.n ?? 0,
        items: rows.map(({ n, caseNumber }) => ({
          id: n.id,
          kind: n.kind,
          caseId: n.caseId,
          caseNumber,
          payload: n.payload,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },
    async markRead(actor: Actor, id: string | 'all'): Promise<void> {
      const now = deps.clock();
      if (id === 'all') {
        await db.update(notifications).set({ readAt: now }).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
        return;
      }
      const rows = await db
        .update(notifications)
        .set({ readAt: now })
        .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)))
        .returning({ id: notifications.id });
      if (!rows.length) throw notFound();
    },
  };
}
