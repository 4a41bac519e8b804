import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { notFound } from '../../shared/errors.ts';
import type { Role } from '../../shared/permissions.ts';
import { notificationRepository } from './notification.repository.ts';

export type NotificationKind = 'sla_warning' | 'sla_breached' | 'escalated' | 'assigned' | 'complete_delay';

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

/**
 * Who an escalation goes to: the supervisors (or managers) of the case's own department where it has
 * some, else every one of them — a company with one service-desk supervisor still hears of every case.
 */
export async function escalationRecipients(db: DbOrTx, role: Role, departmentId: string | null): Promise<string[]> {
  if (departmentId) {
    const own = await notificationRepository.activeUserIdsWithRoleIn(db, role, departmentId);
    if (own.length) return own;
  }
  return notificationRepository.activeUserIdsWithRole(db, [role]);
}

export type NotificationService = ReturnType<typeof createNotificationService>;

export function createNotificationService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  return {
    /** Notifies each user once of a case event, inside the caller's transaction. */
    async notify(tx: Tx, userIds: Iterable<string>, n: { caseId: string; kind: NotificationKind; payload: Record<string, unknown>; at: Date }): Promise<void> {
      await notificationRepository.insertMany(
        tx,
        [...userIds].map((userId) => ({ userId, caseId: n.caseId, kind: n.kind, payload: n.payload, createdAt: n.at })),
      );
    },
    ownersOf,
    escalationRecipients,

    /** Marks as read what was created before `before` (the demo's users have read their past). */
    markReadBefore: (before: Date, readAt: Date) => notificationRepository.markReadBefore(db, before, readAt),

    async list(actor: Actor, opts: { unreadOnly: boolean; limit: number }) {
      const rows = await notificationRepository.listFor(db, actor.id, opts);
      const unread = await notificationRepository.unreadCount(db, actor.id);
      return {
        unread,
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
        await notificationRepository.markAllRead(db, actor.id, now);
        return;
      }
      if (!(await notificationRepository.markRead(db, actor.id, id, now))) throw notFound();
    },
  };
}
