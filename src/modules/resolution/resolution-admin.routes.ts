import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import type { RemedyCatalogueService } from './remedy-catalogue.service.ts';
import {
  PreviewBody,
  RemedyCatalogueBody,
  RemedyCatalogueViewSchema,
  ResolutionDefaultsSchema,
} from './resolution-admin.schemas.ts';
import type { ResolutionAdminService } from './resolution-admin.service.ts';
import { CalculationSchema } from './resolution.schemas.ts';

/** The administrator's resolution screens: remedy catalogue 方案目录, the preset's defaults, the rules' preview. */
export function registerResolutionAdminRoutes(app: App, deps: { remedyCatalogue: RemedyCatalogueService; resolutionAdmin: ResolutionAdminService }): void {
  const { remedyCatalogue, resolutionAdmin } = deps;

  app.get(
    '/api/remedy-catalogue',
    {
      schema: {
        tags: ['resolution'],
        summary: 'The company’s remedy catalogue 方案目录: the kinds offered, in order, with labels and whether each carries money',
        response: { 200: RemedyCatalogueViewSchema, ...errorResponses },
      },
    },
    async (req) => remedyCatalogue.get(requirePermission(req, 'case.read')),
  );

  app.put(
    '/api/admin/remedy-catalogue',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Save the remedy catalogue (every kind once; audited); proposals from now on offer only the enabled kinds',
        body: RemedyCatalogueBody,
        response: { 200: RemedyCatalogueViewSchema, ...errorResponses },
      },
    },
    async (req) => remedyCatalogue.save(requirePermission(req, 'admin.config'), req.body.items),
  );

  app.get(
    '/api/admin/resolution-settings/defaults',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'The industry preset’s default policy, limits and catalogue, and the rules’ numbers and sources (no write)',
        response: { 200: ResolutionDefaultsSchema, ...errorResponses },
      },
    },
    async (req) => resolutionAdmin.defaults(requirePermission(req, 'admin.config')),
  );

  app.post(
    '/api/admin/resolution-settings/preview',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'The compensation calculator on a sample incident with an edited, unsaved policy: which rule gives which amount (no write)',
        body: PreviewBody,
        response: { 200: CalculationSchema, ...errorResponses },
      },
    },
    async (req) => resolutionAdmin.preview(requirePermission(req, 'admin.config'), req.body),
  );
}
