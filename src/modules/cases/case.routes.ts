import { z } from 'zod';
import type { Actor } from '../../shared/actor.ts';
import { fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import {
  type AttachmentView,
  CaseCountsSchema,
  CaseDetailSchema,
  CaseIdParams,
  CaseListSchema,
  CaseRefParams,
  CaseSchema,
  CommentBody,
  CreateCaseBody,
  CustomerLookupResultSchema,
  CustomerLookupSchema,
  EventSchema,
  ListCasesQuery,
  MergeBody,
  TransitionBody,
  UpdateCaseBody,
} from './case.schemas.ts';
import type { CaseService } from './case.service.ts';

const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });
const PhoneQuery = z.object({ phone: z.string().trim().min(1).max(32) });

export function registerCaseRoutes(
  app: App,
  // The attachments module lists a case's files; cases does not import it (it sits above cases).
  deps: { cases: CaseService; attachmentsOf: (caseId: string, actor: Actor) => Promise<AttachmentView[]> },
): void {
  const { cases } = deps;

  app.post(
    '/api/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'File a complaint (idempotent with an Idempotency-Key header)',
        headers: IdempotencyHeaders,
        body: CreateCaseBody,
        response: { 200: CaseSchema, 201: CaseSchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const key = req.headers['idempotency-key'];
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
        throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
      }
      const { duplicate, value } = await cases.create(actor, req.body, key);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.get(
    '/api/cases',
    { schema: { tags: ['cases'], querystring: ListCasesQuery, response: { 200: CaseListSchema, ...errorResponses } } },
    async (req) => cases.list(requirePermission(req, 'case.read'), req.query),
  );

  app.get(
    '/api/cases/counts',
    { schema: { tags: ['cases'], response: { 200: CaseCountsSchema, ...errorResponses } } },
    async (req) => cases.counts(requirePermission(req, 'case.read')),
  );

  app.get(
    '/api/cases/:idOrCaseNumber',
    { schema: { tags: ['cases'], params: CaseRefParams, response: { 200: CaseDetailSchema, ...errorResponses } } },
    async (req) => {
      const actor = requirePermission(req, 'case.read');
      const { view, events, collaborators, links } = await cases.get(actor, req.params.idOrCaseNumber);
      return { ...view, events, collaborators, links, attachments: await deps.attachmentsOf(view.id, actor) };
    },
  );

  app.patch(
    '/api/cases/:id',
    { schema: { tags: ['cases'], params: CaseIdParams, body: UpdateCaseBody, response: { 200: CaseSchema, ...errorResponses } } },
    async (req) => cases.update(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/cases/:id/transitions',
    { schema: { tags: ['cases'], params: CaseIdParams, body: TransitionBody, response: { 200: CaseSchema, ...errorResponses } } },
    async (req) => cases.transition(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/cases/:id/merge',
    { schema: { tags: ['cases'], params: CaseIdParams, body: MergeBody, response: { 200: CaseSchema, ...errorResponses } } },
    async (req) => cases.merge(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/cases/:id/links',
    { schema: { tags: ['cases'], summary: 'Link a related case (e.g. the same waybill)', params: CaseIdParams, body: z.object({ otherId: z.string().trim().min(1).max(64) }), response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      await cases.link(requireActor(req), req.params.id, req.body.otherId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/cases/:id/comments',
    { schema: { tags: ['cases'], params: CaseIdParams, body: CommentBody, response: { 201: EventSchema, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await cases.comment(requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/customers',
    {
      schema: {
        tags: ['customers'],
        summary: 'The customer with this phone and their cases (404 when there is none the caller may know of)',
        querystring: PhoneQuery,
        response: { 200: CustomerLookupSchema, ...errorResponses },
      },
    },
    async (req) => cases.customerWithCases(requireActor(req), req.query.phone),
  );

  // The intake form asks for every new caller: "no such customer" is an answer here, not a 404.
  app.get(
    '/api/customers/lookup',
    {
      schema: {
        tags: ['customers'],
        summary: 'Like GET /api/customers, but answers 200 { customer: null, cases: [] } when there is no customer the caller may know of',
        querystring: PhoneQuery,
        response: { 200: CustomerLookupResultSchema, ...errorResponses },
      },
    },
    async (req) => cases.lookupCustomer(requireActor(req), req.query.phone),
  );
}
