import { z } from 'zod';
import { errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import type { TaxonomyService } from './taxonomy.service.ts';
import {
  CallbackWindowSchema,
  CategoryAdminSchema,
  CauseAdminSchema,
  CauseItemSchema,
  CreateCategoryBody,
  CreateCauseBody,
  CreateStageBody,
  StageAdminSchema,
  StageItemSchema,
  TaxonomyCodeParams,
  UpdateCategoryBody,
  UpdateCauseBody,
  UpdateStageBody,
} from './taxonomy.schemas.ts';

const tags = ['admin: configuration'];

/** Categories 类别, causes 原因, stages 环节 and the callback window 回访窗口: read by everyone, edited by the administrator. */
export function registerTaxonomyRoutes(app: App, deps: { taxonomy: TaxonomyService }): void {
  const { taxonomy } = deps;
  const admin = (req: Parameters<typeof requirePermission>[0]) => requirePermission(req, 'admin.config');

  app.get(
    '/api/categories',
    {
      schema: {
        tags: ['cases'],
        response: { 200: z.object({ items: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() })) }) },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: await taxonomy.publicCategories() };
    },
  );
  app.get(
    '/api/causes',
    { schema: { tags: ['cases'], summary: 'Causes a case may be given (inactive ones only name old cases)', response: { 200: z.object({ items: z.array(CauseItemSchema) }), ...errorResponses } } },
    async (req) => {
      requireActor(req);
      return { items: await taxonomy.publicCauses() };
    },
  );
  app.get(
    '/api/stages',
    { schema: { tags: ['cases'], summary: 'Stages a case may be given (inactive ones only name old cases)', response: { 200: z.object({ items: z.array(StageItemSchema) }), ...errorResponses } } },
    async (req) => {
      requireActor(req);
      return { items: await taxonomy.publicStages() };
    },
  );

  app.get('/api/admin/categories', { schema: { tags, response: { 200: z.object({ items: z.array(CategoryAdminSchema) }) } } }, async (req) => {
    admin(req);
    return { items: await taxonomy.listCategories() };
  });
  app.post(
    '/api/admin/categories',
    { schema: { tags, body: CreateCategoryBody, response: { 201: CategoryAdminSchema, ...errorResponses } } },
    async (req, reply) => {
      return reply.status(201).send(await taxonomy.createCategory(admin(req), req.body));
    },
  );
  app.patch(
    '/api/admin/categories/:code',
    { schema: { tags, params: TaxonomyCodeParams, body: UpdateCategoryBody, response: { 200: CategoryAdminSchema, ...errorResponses } } },
    async (req) => {
      return taxonomy.updateCategory(admin(req), req.params.code, req.body);
    },
  );

  app.get('/api/admin/causes', { schema: { tags, response: { 200: z.object({ items: z.array(CauseAdminSchema) }), ...errorResponses } } }, async (req) => {
    admin(req);
    return { items: await taxonomy.listCauses() };
  });
  app.post(
    '/api/admin/causes',
    { schema: { tags, summary: 'Add a cause (409 when the code is taken)', body: CreateCauseBody, response: { 201: CauseAdminSchema, ...errorResponses } } },
    async (req, reply) => {
      return reply.status(201).send(await taxonomy.createCause(admin(req), req.body));
    },
  );
  app.patch(
    '/api/admin/causes/:code',
    { schema: { tags, summary: 'Edit a cause; `active: false` deactivates it (cases keep the code)', params: TaxonomyCodeParams, body: UpdateCauseBody, response: { 200: CauseAdminSchema, ...errorResponses } } },
    async (req) => {
      return taxonomy.updateCause(admin(req), req.params.code, req.body);
    },
  );

  app.get('/api/admin/stages', { schema: { tags, response: { 200: z.object({ items: z.array(StageAdminSchema) }), ...errorResponses } } }, async (req) => {
    admin(req);
    return { items: await taxonomy.listStages() };
  });
  app.post(
    '/api/admin/stages',
    { schema: { tags, summary: 'Add a stage (409 when the code is taken)', body: CreateStageBody, response: { 201: StageAdminSchema, ...errorResponses } } },
    async (req, reply) => {
      return reply.status(201).send(await taxonomy.createStage(admin(req), req.body));
    },
  );
  app.patch(
    '/api/admin/stages/:code',
    { schema: { tags, summary: 'Edit a stage; `active: false` deactivates it (cases keep the code)', params: TaxonomyCodeParams, body: UpdateStageBody, response: { 200: StageAdminSchema, ...errorResponses } } },
    async (req) => {
      return taxonomy.updateStage(admin(req), req.params.code, req.body);
    },
  );

  app.get('/api/admin/callback-window', { schema: { tags, summary: 'The satisfaction-callback window after resolution (回访窗口)', response: { 200: CallbackWindowSchema, ...errorResponses } } }, async (req) => {
    admin(req);
    return taxonomy.callbackWindow();
  });
  app.put(
    '/api/admin/callback-window',
    { schema: { tags, summary: 'Set the satisfaction-callback window', body: CallbackWindowSchema, response: { 200: CallbackWindowSchema, ...errorResponses } } },
    async (req) => taxonomy.setCallbackWindow(admin(req), req.body),
  );
}
