// The administration's audit log: every write to users, departments and the configuration records who
// made it and what changed, in the transaction of the write itself (a refused write leaves no row).
import type { Db, DbOrTx } from '../../db/client.ts';
import { fieldError } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { SECRET_FIELDS } from '../../shared/audit-changes.ts';
import { auditRepository } from './audit.repository.ts';
import type { AuditAction, AuditChanges, AuditEntity } from './audit.types.ts';

export type { AuditAction, AuditChanges, AuditEntity };
// The pure diff helpers live in src/shared so that modules below audit (users) can use them too.
export { createdFields, diffFields, updateAction } from '../../shared/audit-changes.ts';

export type AdminChange = {
  actorId: string | null;
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  changes?: AuditChanges;
};

function scrub(changes: AuditChanges): AuditChanges {
  const out: AuditChanges = {};
  for (const [field, change] of Object.entries(changes)) {
    if (SECRET_FIELDS.has(field)) {
      if (field === 'password' && change.to === 'reset') out.password = { to: 'reset' };
      continue;
    }
    out[field] = change;
  }
  return out;
}

/** Appends one row. Pass the transaction of the write so that both commit or neither does. */
export async function recordAdminChange(tx: DbOrTx, change: AdminChange): Promise<void> {
  await auditRepository.insert(tx, {
    actorId: change.actorId,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    changes: scrub(change.changes ?? {}),
  });
}

export type AuditItem = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  changes: AuditChanges;
};

export type AuditQuery = { entity?: AuditEntity | undefined; entityId?: string | undefined; limit: number; cursor?: string | undefined };

/** One page of the log, newest first; the cursor is the sequence number of the last row seen. */
export async function listAdminChanges(db: DbOrTx, q: AuditQuery) {
  let after: number | undefined;
  if (q.cursor !== undefined) {
    if (!/^\d{1,15}$/.test(q.cursor)) throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
    after = Number(q.cursor);
  }
  // One row more than asked tells whether there is a next page.
  const rows = await auditRepository.page(db, { entity: q.entity, entityId: q.entityId, before: after, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(
      ({ e, actorName }): AuditItem => ({
        id: e.id,
        at: e.createdAt.toISOString(),
        actorId: e.actorId,
        actorName: actorName ?? null,
        entity: e.entity,
        entityId: e.entityId,
        action: e.action,
        changes: e.changes,
      }),
    ),
    nextCursor: rows.length > q.limit && last ? String(last.e.seq) : null,
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(deps: { db: Db }) {
  return { list: (q: AuditQuery) => listAdminChanges(deps.db, q) };
}
