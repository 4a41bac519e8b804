import { z } from 'zod';
import type { Clock } from '../../shared/clock.ts';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import type { SlaService } from './sla.service.ts';

const EscalationSchema = z
  .object({
    eventId: z.uuid(),
    caseId: z.uuid(),
    caseNumber: z.string(),
    status: z.string(),
    priority: z.string(),
    escalationLevel: z.number().int(),
    level: z.number().int(),
    role: z.string(),
    reason: z.string(),
    target: z.string().nullable(),
    departmentName: z.string().nullable(),
    assigneeName: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'Escalation' });

// A case the sweeper keeps failing on: postponed with a back-off, visible here rather than only in the logs.
const SweepFailureSchema = z
  .object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    attempts: z.number().int(),
    error: z.string(),
    firstFailedAt: z.string(),
    lastAttemptAt: z.string(),
    nextRetryAt: z.string(),
  })
  .meta({ id: 'SweepFailure' });

// A recomputation of open cases' clocks after a configuration change: what asked for it and how far the worker got.
const RecomputeRequestSchema = z
  .object({
    id: z.uuid(),
    // null for requests recorded before the cause was stored.
    cause: z.enum(['policy', 'calendar', 'preset']).nullable(),
    requestedById: z.uuid().nullable(),
    requestedByName: z.string().nullable(),
    requestedAt: z.string(),
    // Whether it covers every open case (a preset) or those on some policies.
    allCases: z.boolean(),
    casesDone: z.number().int(),
    // Open cases it has still to reach; 0 once finished.
    casesLeft: z.number().int(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'RecomputeRequest' });

export function registerSlaRoutes(app: App, deps: { sla: SlaService; clock: Clock }): void {
  app.get(
    '/api/escalations',
    {
      schema: {
        tags: ['time limits'],
        summary: 'Escalations, newest first: who it went to, why, and where the case stands now',
        querystring: z.object({
          open: z.enum(['true', 'false']).default('true'),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.object({
            items: z.array(EscalationSchema),
            // Over every escalation the filter matches, not only the page of items.
            summary: z.object({ total: z.number().int(), level1: z.number().int(), level2: z.number().int(), cases: z.number().int() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'escalations.read');
      return deps.sla.escalations(actor, { openOnly: req.query.open === 'true', limit: req.query.limit });
    },
  );

  app.post(
    '/api/admin/sweep',
    { schema: { tags: ['time limits'], summary: 'Run the time-limit sweep now (it also runs by itself)', response: { 200: z.object({ actions: z.number().int() }) } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return { actions: (await deps.sla.sweep(deps.clock())).length };
    },
  );

  app.get(
    '/api/admin/sweep-failures',
    {
      schema: {
        tags: ['time limits'],
        summary: 'Cases the time-limit sweep failed on and will retry, latest attempt first (a case leaves the list once swept)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ items: z.array(SweepFailureSchema), total: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      requirePermission(req, 'admin.config');
      const { items, total } = await deps.sla.sweepFailures(req.query.limit);
      return {
        items: items.map((f) => ({
          caseId: f.caseId,
          caseNumber: f.caseNumber,
          attempts: f.attempts,
          error: f.error,
          firstFailedAt: f.firstFailedAt.toISOString(),
          lastAttemptAt: f.lastAttemptAt.toISOString(),
          nextRetryAt: f.retryAt.toISOString(),
        })),
        total,
      };
    },
  );

  app.get(
    '/api/admin/recompute-requests',
    {
      schema: {
        tags: ['time limits'],
        summary: 'Recomputations of open cases after a policy, calendar or preset change: every pending one (oldest first), then the latest finished',
        querystring: z.object({ finished: z.coerce.number().int().min(0).max(200).default(20) }),
        response: { 200: z.object({ items: z.array(RecomputeRequestSchema), pending: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      requirePermission(req, 'admin.config');
      const rows = await deps.sla.recomputeRequests(req.query.finished);
      return {
        items: rows.map((r) => ({
          id: r.id,
          cause: r.cause ?? null,
          requestedById: r.requestedBy ?? null,
          requestedByName: r.requestedByName,
          requestedAt: r.requestedAt.toISOString(),
          allCases: 'all' in r.scope,
          casesDone: r.casesDone,
          casesLeft: r.casesLeft,
          finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
        })),
        pending: rows.filter((r) => !r.finishedAt).length,
      };
    },
  );
}
