import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/user.table.ts';

export const AUDIT_ENTITIES = [
  'user',
  'department',
  'category',
  'routing_rule',
  'sla_policy',
  'calendar',
  'priority_rules',
  'preset',
  'cause',
  'stage',
  'callback_window',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = ['created', 'updated', 'deactivated', 'deleted', 'applied'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** field → { from, to }; a password is only ever recorded as `{ to: 'reset' }`, never its hash. */
export type AuditChanges = Record<string, { from?: unknown; to?: unknown }>;

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
