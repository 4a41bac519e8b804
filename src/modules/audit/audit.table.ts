import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/user.table.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditChanges } from './audit.types.ts';

/**
 * Who changed what in the administration (users, departments, configuration). Like the case timeline it
 * is evidence: append-only, a trigger refuses UPDATE and DELETE (drizzle/0010_admin_audit.sql).
 */
export const adminAuditEvents = pgTable(
  'admin_audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: the rows of one transaction share a timestamp. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    entity: text('entity', { enum: AUDIT_ENTITIES }).notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    changes: jsonb('changes').$type<AuditChanges>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('admin_audit_events_created_idx').on(t.createdAt),
    index('admin_audit_events_entity_idx').on(t.entity, t.entityId),
    index('admin_audit_events_seq_idx').on(t.seq),
  ],
);
