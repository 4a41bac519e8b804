import { useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { AuditEntity } from './model.ts';

export { AUDIT_ENTITIES, type AuditAction, type AuditEntity, type AuditEvent, type AuditPage } from './model.ts';

const PAGE_SIZE = 50;

/** The administration's audit log, newest first, a page at a time. */
export const useAuditLog = (entity: AuditEntity | undefined) =>
  useInfiniteQuery({
    queryKey: ['admin-audit', entity ?? null],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/admin/audit', { signal, params: { query: { entity, limit: PAGE_SIZE, cursor: pageParam ?? undefined } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
