import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import type { Id } from './types.ts';

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
export type AuditAction = 'created' | 'updated' | 'deactivated' | 'deleted' | 'applied';

export type AuditEvent = {
  id: Id;
  at: string;
  actorId: Id | null;
  actorName: string | null;
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  /** field → { from, to }; a password reset is `{ password: { to: 'reset' } }`. */
  changes: Record<string, { from?: unknown; to?: unknown }>;
};
export type AuditPage = { items: AuditEvent[]; nextCursor: string | null };

const PAGE_SIZE = 50;

/** The administration's audit log, newest first, a page at a time. */
export const useAuditLog = (entity: AuditEntity | undefined) =>
  useInfiniteQuery({
    queryKey: ['admin-audit', entity ?? null],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<AuditPage>('/api/admin/audit', { signal, query: { entity, limit: PAGE_SIZE, cursor: pageParam ?? undefined } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
