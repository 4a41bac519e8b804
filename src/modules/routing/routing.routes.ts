import { z } from 'zod';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import { CaseIdParams, CaseSchema } from '../cases/case.schemas.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { RoutingService } from './routing.service.ts';

export function registerRoutingRoutes(app: App, deps: { cases: CaseService; routing: RoutingService }): void {
  app.post(
    '/api/cases/:id/collaborators',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add a collaborating department to the joint team of a case',
        params: CaseIdParams,
        body: z.object({ departmentId: z.uuid() }),
        response: { 200: CaseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.collaborators');
      return deps.cases.mutate(actor, req.params.id, (tx, c, now) => deps.routing.setCollaborator(tx, actor, c, req.body.departmentId, true, now));
    },
  );
  app.delete(
    '/api/cases/:id/collaborators/:departmentId',
    {
      schema: {
        tags: ['cases'],
        params: z.object({ id: z.uuid(), departmentId: z.uuid() }),
        response: { 200: CaseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'case.collaborators');
      return deps.cases.mutate(actor, req.params.id, (tx, c, now) => deps.routing.setCollaborator(tx, actor, c, req.params.departmentId, false, now));
    },
  );
}
