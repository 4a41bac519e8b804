import { z } from 'zod';
import { fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import {
  AnswerBody,
  CalculateBody,
  CalculationSchema,
  DecisionBody,
  ProposeBody,
  RemedyIdParams,
  RemedySchema,
  ResolutionSettingsBody,
  ResolutionSettingsSchema,
} from './resolution.schemas.ts';
import type { ResolutionService } from './resolution.service.ts';

const CaseIdParams = z.object({ id: z.uuid() });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });

/** Remedies 处理方案: the calculator, proposals, approvals 审批, the customer's answer; the company's resolution settings. */
export function registerResolutionRoutes(app: App, deps: { resolution: ResolutionService }): void {
  const { resolution } = deps;

  app.post(
    '/api/cases/:id/remedies/calculate',
    {
      schema: {
        tags: ['resolution'],
        summary: "The compensation calculator on the case's facts: lines with the rule behind each, and flags (no write)",
        params: CaseIdParams,
        body: CalculateBody,
        response: { 200: CalculationSchema, ...errorResponses },
      },
    },
    async (req) => resolution.calculate(requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/cases/:id/remedies',
    {
      schema: {
        tags: ['resolution'],
        summary: "A case's remedies, newest first, with their approval chain and what the caller may do",
        params: CaseIdParams,
        response: { 200: z.object({ items: z.array(RemedySchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await resolution.listForCase(requirePermission(req, 'case.read'), req.params.id) }),
  );

  app.post(
    '/api/cases/:id/remedies',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Propose a remedy (idempotent with an Idempotency-Key header); above the proposer’s limit it waits for approval',
        params: CaseIdParams,
        headers: IdempotencyHeaders,
        body: ProposeBody,
        response: { 200: RemedySchema, 201: RemedySchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const key = req.headers['idempotency-key'];
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
        throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
      }
      const { duplicate, value } = await resolution.propose(actor, req.params.id, req.body, key);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/remedies/:id/decisions',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Approve or reject a remedy on its pending step (never one’s own; a lost race answers 409)',
        params: RemedyIdParams,
        body: DecisionBody,
        response: { 200: RemedySchema, ...errorResponses },
      },
    },
    async (req) => resolution.decide(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/remedies/:id/offer',
    {
      schema: {
        tags: ['resolution'],
        summary: 'Put the approved remedy to the customer (方案待定 → 待客户确认)',
        params: RemedyIdParams,
        response: { 200: RemedySchema, ...errorResponses },
      },
    },
    async (req) => resolution.offer(requireActor(req), req.params.id),
  );

  app.post(
    '/api/remedies/:id/answer',
    {
      schema: {
        tags: ['resolution'],
        summary: "Record the customer's answer: accepted → 执行中; countered → 方案待定; rejected → 方案待定 and escalated",
        params: RemedyIdParams,
        body: AnswerBody,
        response: { 200: RemedySchema, ...errorResponses },
      },
    },
    async (req) => resolution.answer(requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/approvals',
    {
      schema: {
        tags: ['resolution'],
        summary: 'The approvals inbox 待审批: remedies awaiting a level the caller may act on',
        response: { 200: z.object({ items: z.array(RemedySchema), count: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => resolution.inbox(requireActor(req)),
  );

  app.get(
    '/api/approvals/count',
    {
      schema: {
        tags: ['resolution'],
        summary: 'How many remedies await the caller (the menu badge)',
        response: { 200: z.object({ count: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => resolution.inboxCount(requireActor(req)),
  );

  app.get(
    '/api/admin/resolution-settings',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'The compensation policy and the authority limits (the preset’s defaults until saved)',
        response: { 200: ResolutionSettingsSchema, ...errorResponses },
      },
    },
    async (req) => resolution.settings(requirePermission(req, 'admin.config')),
  );

  app.put(
    '/api/admin/resolution-settings',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Save the compensation policy and the authority limits (audited); new remedies use them, proposed ones keep theirs',
        body: ResolutionSettingsBody,
        response: { 200: ResolutionSettingsSchema, ...errorResponses },
      },
    },
    async (req) => resolution.saveSettings(requirePermission(req, 'admin.config'), req.body),
  );
}
