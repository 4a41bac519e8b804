import { z } from 'zod';
import { errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import {
  CallbackOutcomeBody,
  CallbackQueueQuery,
  CallbackQueueSchema,
  CallbackSchema,
  CallbackSettingsSchema,
  CallbackStatsQuery,
  CallbackStatsSchema,
  CaseCallbacksSchema,
  SurveyLinkSchema,
} from './callback.schemas.ts';
import type { CallbackService } from './callback.service.ts';

const tags = ['callbacks'];
const IdParams = z.object({ id: z.uuid() });
// A retry names the attempt it records, so a repeated "not reached" is not a second attempt.
const OutcomeQuery = z.strictObject({ attempt: z.coerce.number().int().min(1).max(100).optional() });

/** Satisfaction callbacks 回访: the agents' queue, a call's outcome, the figures, a fresh survey link (the customer's survey routes are the portal's). */
export function registerCallbackRoutes(app: App, deps: { callbacks: CallbackService }): void {
  const { callbacks } = deps;

  app.get(
    '/api/callbacks',
    { schema: { tags, summary: 'The callback queue: one tab (to call today — inside the window —, overdue, upcoming, done) and the counts of all four', querystring: CallbackQueueQuery, response: { 200: CallbackQueueSchema, ...errorResponses } } },
    async (req) => callbacks.queue(requirePermission(req, 'callback.work'), req.query),
  );

  app.get(
    '/api/callbacks/stats',
    { schema: { tags, summary: 'Satisfaction figures of callbacks finished between two dates (seed 004: (非常满意 + 满意) / answered)', querystring: CallbackStatsQuery, response: { 200: CallbackStatsSchema, ...errorResponses } } },
    async (req) => callbacks.stats(requirePermission(req, 'callback.stats'), req.query),
  );

  app.post(
    '/api/callbacks/:id/outcome',
    {
      schema: {
        tags,
        summary: "Record a call's outcome: not reached (an attempt; the last allowed one closes the case as unreachable) or reached with the ratings",
        params: IdParams,
        querystring: OutcomeQuery,
        body: CallbackOutcomeBody,
        response: { 200: CallbackSchema, ...errorResponses },
      },
    },
    async (req) => (await callbacks.recordOutcome(requirePermission(req, 'callback.work'), req.params.id, { ...req.body, attempt: req.query.attempt })).value,
  );

  app.post(
    '/api/callbacks/:id/survey-link',
    {
      schema: {
        tags,
        summary: 'Send the customer a fresh survey link now (the callback opens if it had not) and show it once, to paste into a chat',
        params: IdParams,
        response: { 200: SurveyLinkSchema, ...errorResponses },
      },
    },
    async (req) => callbacks.sendSurveyLink(requirePermission(req, 'callback.work'), req.params.id),
  );

  app.get(
    '/api/cases/:id/callbacks',
    { schema: { tags, summary: "A case's satisfaction callbacks, newest first", params: IdParams, response: { 200: CaseCallbacksSchema, ...errorResponses } } },
    async (req) => callbacks.ofCase(requirePermission(req, 'case.read'), req.params.id),
  );

  app.get(
    '/api/admin/callback-settings',
    { schema: { tags, summary: 'Calls nobody answered before a customer is recorded as unreachable', response: { 200: CallbackSettingsSchema, ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return callbacks.settings();
    },
  );

  app.put(
    '/api/admin/callback-settings',
    { schema: { tags, summary: 'Set the calls before unreachable (audited)', body: CallbackSettingsSchema, response: { 200: CallbackSettingsSchema, ...errorResponses } } },
    async (req) => callbacks.setSettings(requireActor(req), req.body),
  );
}
