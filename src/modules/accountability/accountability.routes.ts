import { z } from 'zod';
import { fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import {
  AccountabilityListQuery,
  AccountabilityRecordIdParams,
  AccountabilityRecordSchema,
  AccountabilitySummaryQuery,
  AccountabilitySummarySchema,
  CaseIdParams,
  CreateAccountabilityRecordBody,
  RevokeAccountabilityRecordBody,
} from './accountability.schemas.ts';
import type { AccountabilityService } from './accountability.service.ts';

const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });
const Records = z.object({ items: z.array(AccountabilityRecordSchema) });

/** Accountability 考核: the summary for those who assess, rewards and penalties (one's own for everyone else). */
export function registerAccountabilityRoutes(app: App, deps: { accountability: AccountabilityService }): void {
  const { accountability } = deps;

  app.get(
    '/api/accountability/summary',
    {
      schema: {
        tags: ['accountability'],
        summary: 'Per department and person: cases with responsibility decided in the period, by root cause, where responsible; rewards and penalties',
        querystring: AccountabilitySummaryQuery,
        response: { 200: AccountabilitySummarySchema, ...errorResponses },
      },
    },
    async (req) => accountability.summary(requirePermission(req, 'accountability.read'), req.query),
  );

  app.get(
    '/api/accountability/records',
    {
      schema: {
        tags: ['accountability'],
        summary: 'Rewards and penalties, newest first (without accountability.read: only those about oneself)',
        querystring: AccountabilityListQuery,
        response: { 200: Records, ...errorResponses },
      },
    },
    async (req) => ({ items: await accountability.list(requireActor(req), req.query) }),
  );

  app.post(
    '/api/accountability/records',
    {
      schema: {
        tags: ['accountability'],
        summary: 'Record a reward or penalty (idempotent with an Idempotency-Key header); on a case, its timeline shows it',
        headers: IdempotencyHeaders,
        body: CreateAccountabilityRecordBody,
        response: { 200: AccountabilityRecordSchema, 201: AccountabilityRecordSchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'accountability.record');
      const key = req.headers['idempotency-key'];
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
        throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
      }
      const { duplicate, value } = await accountability.record(actor, req.body, key);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/accountability/records/:id/revoke',
    {
      schema: {
        tags: ['accountability'],
        summary: 'Revoke a mistaken record with a reason (the record stays; a second revocation answers 409)',
        params: AccountabilityRecordIdParams,
        body: RevokeAccountabilityRecordBody,
        response: { 200: AccountabilityRecordSchema, ...errorResponses },
      },
    },
    async (req) => accountability.revoke(requirePermission(req, 'accountability.record'), req.params.id, req.body.reason),
  );

  app.get(
    '/api/cases/:id/accountability',
    {
      schema: {
        tags: ['accountability'],
        summary: 'The rewards and penalties attached to a case (those about oneself, without accountability.read)',
        params: CaseIdParams,
        response: { 200: Records, ...errorResponses },
      },
    },
    async (req) => ({ items: await accountability.ofCase(requireActor(req), req.params.id) }),
  );
}
