import { z } from 'zod';
import { fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, lang, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import {
  BudgetBody,
  BudgetSchema,
  BudgetsQuery,
  CaseCostsSchema,
  CostEntrySchema,
  CostReportSchema,
  CostSettingsBody,
  CostSettingsSchema,
  LabourBody,
  LedgerQuery,
  LedgerSchema,
  ManualEntryBody,
  ReportQuery,
  ReverseBody,
} from './costs.schemas.ts';
import type { CostService } from './costs.service.ts';

const CaseIdParams = z.object({ id: z.uuid() });
const EntryIdParams = z.object({ id: z.uuid() });
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });

function idempotencyKey(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[\x21-\x7e]{1,200}$/.test(value)) throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
  return value;
}

/** The cost ledger 成本台账: a case's costs, labour, manual and reversing entries, the ledger, budgets and the report. */
export function registerCostRoutes(app: App, deps: { costs: CostService }): void {
  const { costs } = deps;

  app.get(
    '/api/cases/:id/costs',
    {
      schema: {
        tags: ['costs'],
        summary: "A case's cost entries and totals (gross cost, recoveries, net cost), for whoever may see the case",
        params: CaseIdParams,
        response: { 200: CaseCostsSchema, ...errorResponses },
      },
    },
    async (req) => costs.forCase(requirePermission(req, 'case.read'), req.params.id),
  );

  app.post(
    '/api/cases/:id/labour',
    {
      schema: {
        tags: ['costs'],
        summary: 'Log handling labour: minutes × the labour rate in force (frozen onto the entry); idempotent with an Idempotency-Key',
        params: CaseIdParams,
        headers: IdempotencyHeaders,
        body: LabourBody,
        response: { 200: CostEntrySchema, 201: CostEntrySchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const { duplicate, value } = await costs.logLabour(requireActor(req), req.params.id, req.body, idempotencyKey(req.headers['idempotency-key']));
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/cases/:id/cost-entries',
    {
      schema: {
        tags: ['costs'],
        summary: 'Post a manual cost entry (repair, other …; a recovery negative), supervisors and above; idempotent with an Idempotency-Key',
        params: CaseIdParams,
        headers: IdempotencyHeaders,
        body: ManualEntryBody,
        response: { 200: CostEntrySchema, 201: CostEntrySchema, ...errorResponses, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const { duplicate, value } = await costs.postManual(requireActor(req), req.params.id, req.body, idempotencyKey(req.headers['idempotency-key']));
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/cost-entries/:id/reverse',
    {
      schema: {
        tags: ['costs'],
        summary: 'Correct an entry with a reversing entry of the opposite amount (once; a reversal is not reversed); entries are never edited',
        params: EntryIdParams,
        body: ReverseBody,
        response: { 201: CostEntrySchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await costs.reverse(requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/cost-entries',
    {
      schema: {
        tags: ['costs'],
        summary: 'The ledger across cases, newest first (filters: month, kind, category, department; cursor paging)',
        querystring: LedgerQuery,
        response: { 200: LedgerSchema, ...errorResponses },
      },
    },
    async (req) => costs.ledger(requirePermission(req, 'costs.read'), req.query),
  );

  app.get(
    '/api/cost-entries/export',
    {
      schema: {
        tags: ['costs'],
        summary: 'The ledger as CSV (UTF-8 with BOM, for Excel): the same filters as the list, newest first, at most 10,000 rows',
        querystring: LedgerQuery.omit({ cursor: true, limit: true }),
        response: { 200: z.string().describe('text/csv'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const csv = await costs.exportCsv(requirePermission(req, 'costs.read'), req.query, lang(req));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cost-ledger${req.query.month ? `-${req.query.month}` : ''}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/api/costs/report',
    {
      schema: {
        tags: ['costs'],
        summary: 'Budget against actual per month and category, department or kind: costs, recoveries, net, budget, variance, % used',
        querystring: ReportQuery,
        response: { 200: CostReportSchema, ...errorResponses },
      },
    },
    async (req) => costs.report(requirePermission(req, 'costs.read'), req.query),
  );

  app.get(
    '/api/cost-budgets',
    {
      schema: {
        tags: ['costs'],
        summary: 'The monthly budgets from one month to another',
        querystring: BudgetsQuery,
        response: { 200: z.object({ items: z.array(BudgetSchema) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await costs.budgets(requirePermission(req, 'costs.read'), req.query) }),
  );

  app.put(
    '/api/cost-budgets',
    {
      schema: {
        tags: ['costs'],
        summary: "Set one month's budget for the company, a category or a department (null removes it); managers and the administrator, audited",
        body: BudgetBody,
        response: { 200: z.object({ budget: BudgetSchema.nullable() }), ...errorResponses },
      },
    },
    async (req) => costs.saveBudget(requirePermission(req, 'costs.budget'), req.body),
  );

  app.get(
    '/api/admin/cost-settings',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'The handling-labour rate, fen per hour (the preset’s default until saved)',
        response: { 200: CostSettingsSchema, ...errorResponses },
      },
    },
    async (req) => costs.settings(requirePermission(req, 'admin.config')),
  );

  app.put(
    '/api/admin/cost-settings',
    {
      schema: {
        tags: ['admin: configuration'],
        summary: 'Save the handling-labour rate (audited); new labour entries use it, posted ones keep theirs',
        body: CostSettingsBody,
        response: { 200: CostSettingsSchema, ...errorResponses },
      },
    },
    async (req) => costs.saveSettings(requirePermission(req, 'admin.config'), req.body),
  );
}
