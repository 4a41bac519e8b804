import { z } from 'zod';
import { fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { ACTION_KINDS, type ActionKind } from './execution.rules.ts';
import {
  ActionIdParams,
  ActionSchema,
  CancelActionBody,
  CaseActionsSchema,
  CompleteActionBody,
  CreateActionBody,
  ExecutionSettingsBody,
  ExecutionSettingsSchema,
  FailActionBody,
  InboxCountSchema,
  InboxQuery,
  InboxSchema,
} from './execution.schemas.ts';
import type { ExecutionService } from './execution.service.ts';

const CaseIdParams = z.object({ id: z.uuid() });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });

const isKind = (k: string): k is ActionKind => (ACTION_KINDS as readonly string[]).includes(k);

/** Execution 执行: the actions of an accepted remedy, the 待执行 inbox, the default departments. */
export function registerExecutionRoutes(app: App, deps: { execution: ExecutionService }): void {
  const { execution } = deps;

  app.get(
    '/api/cases/:id/actions',
    {
      schema: {
        tags: ['resolution'],
        summary: "A case's execution actions 执行项, the agreed 执行时限 and what the caller may do",
        params: CaseIdParams,
        response: { 200: CaseActionsSchema, ...errorResponses },
      },
    },
    async (req) => execution.listForCase(requirePermission(req, 'case.read'), req.params.id),
  );

  app.post(
    '/api/cases/:id/actions',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Add an action by hand, or retry a failed one (idempotent with an Idempotency-Key header); the case must be 执行中',
        params: CaseIdParams,
        headers: IdempotencyHeaders,
        body: CreateActionBody,
        response: { 200: ActionSchema, 201: ActionSchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const key = req.headers['idempotency-key'];
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
      const { duplicate, value } = await execution.create(actor, req.params.id, req.body, key);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/actions/:id/complete',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Mark an action done (a repair with its record; money posts its cost); a second completion answers 409',
        params: ActionIdParams,
        body: CompleteActionBody,
        response: { 200: ActionSchema, ...errorResponses },
      },
    },
    async (req) => execution.complete(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/actions/:id/fail',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Mark an action failed, with a note (a new action may retry it)',
        params: ActionIdParams,
        body: FailActionBody,
        response: { 200: ActionSchema, ...errorResponses },
      },
    },
    async (req) => execution.fail(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/actions/:id/cancel',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Cancel an open action, with a reason (agents, supervisors, managers, the administrator)',
        params: ActionIdParams,
        body: CancelActionBody,
        response: { 200: ActionSchema, ...errorResponses },
      },
    },
    async (req) => execution.cancel(requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/actions',
    {
      schema: {
        tags: ['resolution'],
        summary: "The 待执行 inbox: open actions of the caller's department (all for managers), overdue first",
        querystring: InboxQuery,
        response: { 200: InboxSchema, ...errorResponses },
      },
    },
    async (req) => {
      const kinds = req.query.kind?.split(',').map((k) => k.trim()).filter(Boolean);
      if (kinds?.some((k) => !isKind(k))) throw fieldError('kind', FIELD_MESSAGES.action_kind_unknown);
      const overdue = req.query.overdue === undefined ? undefined : req.query.overdue === 'true';
      return execution.inbox(requirePermission(req, 'case.read'), { kinds: kinds?.filter(isKind), overdue });
    },
  );

  app.get(
    '/api/actions/count',
    {
      schema: {
        tags: ['resolution'],
        summary: 'How many open actions await the caller’s department, and how many are overdue (the menu badge)',
        response: { 200: InboxCountSchema, ...errorResponses },
      },
    },
    async (req) => execution.inboxCount(requirePermission(req, 'case.read')),
  );

  app.get(
    '/api/admin/execution-settings',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'The department that carries out each kind of action by default (the preset’s until saved)',
        response: { 200: ExecutionSettingsSchema, ...errorResponses },
      },
    },
    async (req) => execution.settings(requirePermission(req, 'admin.config')),
  );

  app.put(
    '/api/admin/execution-settings',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Save the default departments per kind of action (audited); new actions use them',
        body: ExecutionSettingsBody,
        response: { 200: ExecutionSettingsSchema, ...errorResponses },
      },
    },
    async (req) => execution.saveSettings(requirePermission(req, 'admin.config'), req.body),
  );
}
