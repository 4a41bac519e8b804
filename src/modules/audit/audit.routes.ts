import { z } from 'zod';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import type { AuditService } from './audit.service.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from './audit.types.ts';

// A query string is described inline (as parameters), so it carries no schema id.
export const AuditListQuery = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** From the previous page's nextCursor. */
  cursor: z.string().max(40).optional(),
});

const AuditChange = z.object({ from: z.unknown().optional(), to: z.unknown().optional() }).meta({ id: 'AdminAuditChange' });

export const AuditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.string(),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    entity: z.enum(AUDIT_ENTITIES),
    entityId: z.string(),
    action: z.enum(AUDIT_ACTIONS),
    changes: z.record(z.string(), AuditChange),
  })
  .meta({ id: 'AdminAuditEvent' });

export const AuditListResponse = z
  .object({ items: z.array(AuditEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'AdminAuditPage' });

export function registerAuditRoutes(app: App, deps: { audit: AuditService }): void {
  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'Who changed what in the administration (users, departments, configuration), newest first',
        querystring: AuditListQuery,
        response: { 200: AuditListResponse, ...errorResponses },
      },
    },
    async (req) => {
      requirePermission(req, 'admin.audit');
      return deps.audit.list(req.query);
    },
  );
}
