import { z } from 'zod';
import { fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import {
  CalculateClaimBody,
  CaseClaimsSchema,
  ClaimBasisSchema,
  ClaimIdParams,
  ClaimListSchema,
  ClaimSchema,
  ClaimStatusBody,
  FileClaimBody,
  ListClaimsQuery,
} from './claim.schemas.ts';
import type { ClaimService } from './claim.service.ts';

const CaseIdParams = z.object({ id: z.uuid() });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });

/** Recovery claims 追偿 against the partner responsible: the calculator, filing, the partner's answer and payment, the list. */
export function registerClaimRoutes(app: App, deps: { claims: ClaimService }): void {
  const { claims } = deps;

  app.post(
    '/api/cases/:id/claims/calculate',
    {
      schema: {
        tags: ['claims'],
        summary: "The amount to claim from the responsible partner under its contract, with the term that produced it (no write)",
        params: CaseIdParams,
        body: CalculateClaimBody,
        response: { 200: ClaimBasisSchema, ...errorResponses },
      },
    },
    async (req) => claims.calculate(requireActor(req), req.params.id, req.body),
  );

  app.get(
    '/api/cases/:id/claims',
    {
      schema: {
        tags: ['claims'],
        summary: "A case's recovery claims, newest first, and whether the caller may file one",
        params: CaseIdParams,
        response: { 200: CaseClaimsSchema, ...errorResponses },
      },
    },
    async (req) => claims.listForCase(requirePermission(req, 'case.read'), req.params.id),
  );

  app.post(
    '/api/cases/:id/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'File a recovery claim (idempotent with an Idempotency-Key header); the amount and its basis are frozen on',
        params: CaseIdParams,
        headers: IdempotencyHeaders,
        body: FileClaimBody,
        response: { 200: ClaimSchema, 201: ClaimSchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const key = req.headers['idempotency-key'];
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
        throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
      }
      const { duplicate, value } = await claims.file(actor, req.params.id, req.body, key);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/claims/:id/status',
    {
      schema: {
        tags: ['claims'],
        summary: "Record the partner's answer (accepted / rejected), the payment (paid: the amount recovered goes to the cost ledger) or a write-off; stale version → 409",
        params: ClaimIdParams,
        body: ClaimStatusBody,
        response: { 200: ClaimSchema, ...errorResponses },
      },
    },
    async (req) => claims.move(requirePermission(req, 'claim.manage'), req.params.id, req.body),
  );

  app.get(
    '/api/claims',
    {
      schema: {
        tags: ['claims'],
        summary: 'The claims list 追偿管理 (oldest first) with claimed, recovered and outstanding totals per partner',
        querystring: ListClaimsQuery,
        response: { 200: ClaimListSchema, ...errorResponses },
      },
    },
    async (req) => claims.list(requirePermission(req, 'claim.manage'), req.query),
  );
}
