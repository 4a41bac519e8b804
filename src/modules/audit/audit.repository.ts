// The audit log's queries: append one row, read a page newest first with the actor's name.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../users/user.table.ts';
import { adminAuditEvents } from './audit.table.ts';
import type { AuditAction, AuditChanges, AuditEntity } from './audit.types.ts';

export type NewAuditRow = { actorId: string | null; entity: AuditEntity; entityId: string; action: AuditAction; changes: AuditChanges };

export const auditRepository = {
  async insert(db: DbOrTx, row: NewAuditRow): Promise<void> {
    await db.insert(adminAuditEvents).values(row);
  },
  /** Up to `limit` rows older than sequence number `before` (all when undefined), newest first. */
  async page(db: DbOrTx, q: { entity?: AuditEntity | undefined; entityId?: string | undefined; before?: number | undefined; limit: number }) {
    return db
      .select({ e: adminAuditEvents, actorName: users.displayName })
      .from(adminAuditEvents)
      .leftJoin(users, eq(users.id, adminAuditEvents.actorId))
      .where(
        and(
          q.entity ? eq(adminAuditEvents.entity, q.entity) : undefined,
          q.entityId ? eq(adminAuditEvents.entityId, q.entityId) : undefined,
          q.before !== undefined ? lt(adminAuditEvents.seq, q.before) : undefined,
        ),
      )
      .orderBy(desc(adminAuditEvents.seq))
      .limit(q.limit);
  },
};
