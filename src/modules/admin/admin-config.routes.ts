import { z } from 'zod';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import type { AdminConfigService } from './admin-config.service.ts';
import {
  CalendarSchema,
  CodeParams,
  CreateSlaPolicyBody,
  IdParams,
  RoutingRuleBody,
  RoutingRuleSchema,
  SlaPolicyRowSchema,
  UpdateCalendarBody,
  UpdateRoutingRuleBody,
  UpdateSlaPolicyBody,
} from './admin-config.schemas.ts';

const tags = ['admin: configuration'];

/** The administrator's cross-module configuration: industry preset, priority weights, routing rules, time limits, calendars. */
export function registerAdminConfigRoutes(app: App, deps: { config: AdminConfigService }): void {
  const { config } = deps;
  const admin = (req: Parameters<typeof requirePermission>[0]) => requirePermission(req, 'admin.config');

  app.get(
    '/api/admin/presets',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            current: z.string().nullable(),
            items: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), categories: z.number() })),
          }),
        },
      },
    },
    async (req) => {
      admin(req);
      return config.presets();
    },
  );
  app.post(
    '/api/admin/presets/:code/apply',
    { schema: { tags, summary: 'Apply an industry preset (categories, routing rules, time limits)', params: CodeParams, response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await config.applyPreset(admin(req), req.params.code);
      return reply.status(204).send(null);
    },
  );

  // The rules' own schema lives with the presets; here they pass through as stored (null before any preset).
  const PriorityRulesResponse = z.object({ rules: z.record(z.string(), z.unknown()).nullable() });
  app.get('/api/admin/priority-rules', { schema: { tags, response: { 200: PriorityRulesResponse } } }, async (req) => {
    admin(req);
    return { rules: await config.priorityRules() };
  });
  app.put(
    '/api/admin/priority-rules',
    { schema: { tags, body: z.object({ rules: z.record(z.string(), z.unknown()) }), response: { 200: PriorityRulesResponse } } },
    async (req) => ({
      rules: await config.setPriorityRules(admin(req), req.body.rules),
    }),
  );

  app.get('/api/admin/routing-rules', { schema: { tags, response: { 200: z.object({ items: z.array(RoutingRuleSchema) }) } } }, async (req) => {
    admin(req);
    return { items: await config.listRules() };
  });
  app.post(
    '/api/admin/routing-rules',
    { schema: { tags, body: RoutingRuleBody, response: { 201: RoutingRuleSchema, ...errorResponses } } },
    async (req, reply) => {
      return reply.status(201).send(await config.createRule(admin(req), req.body));
    },
  );
  app.patch(
    '/api/admin/routing-rules/:id',
    { schema: { tags, params: IdParams, body: UpdateRoutingRuleBody, response: { 200: RoutingRuleSchema, ...errorResponses } } },
    async (req) => {
      return config.updateRule(admin(req), req.params.id, req.body);
    },
  );
  app.delete('/api/admin/routing-rules/:id', { schema: { tags, params: IdParams, response: { 204: z.null(), ...errorResponses } } }, async (req, reply) => {
    await config.deleteRule(admin(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/admin/sla-policies', { schema: { tags, response: { 200: z.object({ items: z.array(SlaPolicyRowSchema) }) } } }, async (req) => {
    admin(req);
    return { items: await config.listPolicies() };
  });
  app.post(
    '/api/admin/sla-policies',
    { schema: { tags, body: CreateSlaPolicyBody, response: { 201: SlaPolicyRowSchema, ...errorResponses } } },
    async (req, reply) => {
      return reply.status(201).send(await config.createPolicy(admin(req), req.body));
    },
  );
  app.patch(
    '/api/admin/sla-policies/:id',
    { schema: { tags, params: IdParams, body: UpdateSlaPolicyBody, response: { 200: SlaPolicyRowSchema, ...errorResponses } } },
    async (req) => {
      return config.updatePolicy(admin(req), req.params.id, req.body);
    },
  );
  app.delete('/api/admin/sla-policies/:id', { schema: { tags, params: IdParams, response: { 204: z.null(), ...errorResponses } } }, async (req, reply) => {
    await config.deletePolicy(admin(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/admin/calendars', { schema: { tags, response: { 200: z.object({ items: z.array(CalendarSchema) }) } } }, async (req) => {
    admin(req);
    return { items: await config.listCalendars() };
  });
  app.patch(
    '/api/admin/calendars/:id',
    { schema: { tags, params: IdParams, body: UpdateCalendarBody, response: { 200: CalendarSchema, ...errorResponses } } },
    async (req) => {
      return config.updateCalendar(admin(req), req.params.id, req.body);
    },
  );
}
