import { z } from 'zod';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import type { EvidenceChecklistService } from './evidence-checklist.service.ts';
import { CategoryChecklistSchema, ChecklistBody, ChecklistCategoryParams } from './investigation.schemas.ts';

/** The evidence checklists 证据清单 per category, edited by an administrator. */
export function registerEvidenceChecklistRoutes(app: App, deps: { checklists: EvidenceChecklistService }): void {
  const { checklists } = deps;

  app.get(
    '/api/admin/evidence-checklists',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Every active category’s evidence checklist (the preset’s until edited), with the preset’s defaults',
        response: { 200: z.object({ items: z.array(CategoryChecklistSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await checklists.list(requirePermission(req, 'admin.config')) }),
  );

  app.put(
    '/api/admin/evidence-checklists/:category',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Replace a category’s evidence checklist (audited); marks already on cases are kept',
        params: ChecklistCategoryParams,
        body: ChecklistBody,
        response: { 200: CategoryChecklistSchema, ...errorResponses },
      },
    },
    async (req) => checklists.save(requirePermission(req, 'admin.config'), req.params.category, req.body),
  );

  app.delete(
    '/api/admin/evidence-checklists/:category',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Restore the preset’s evidence checklist of a category (audited)',
        params: ChecklistCategoryParams,
        response: { 200: CategoryChecklistSchema, ...errorResponses },
      },
    },
    async (req) => checklists.reset(requirePermission(req, 'admin.config'), req.params.category),
  );
}
