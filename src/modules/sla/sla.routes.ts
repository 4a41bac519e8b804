import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import { scopeCondition } from '../cases/case.repository.ts';
import { scopeOf } from '../cases/case.service.ts';
import { caseEvents, cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
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

export function registerSlaRoutes(app: App, deps: { db: Db; sla: SlaService; clock: Clock }): void {
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
        response: { 200: z.object({ items: z.array(EscalationSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'escalations.read');
      const rows = await deps.db
        .select({
          e: caseEvents,
          caseNumber: cases.caseNumber,
          status: cases.status,
          priority: cases.priority,
          escalationLevel: cases.escalationLevel,
          departmentName: departments.name,
          assigneeName: users.displayName,
        })
        .from(caseEvents)
        .innerJoin(cases, eq(cases.id, caseEvents.caseId))
        .leftJoin(departments, eq(departments.id, cases.departmentId))
        .leftJoin(users, eq(users.id, cases.assigneeId))
        .where(
          and(
            eq(caseEvents.kind, 'escalated'),
            scopeCondition(scopeOf(actor)),
            req.query.open === 'true' ? sql`${cases.status} not in ('closed', 'rejected', 'merged')` : undefined,
          ),
        )
        .orderBy(desc(caseEvents.createdAt), desc(caseEvents.seq))
        .limit(req.query.limit);
      return {
        items: rows.map((r) => ({
          eventId: r.e.id,
          caseId: r.e.caseId,
          caseNumber: r.caseNumber,
          status: r.status,
          priority: r.priority,
          escalationLevel: r.escalationLevel,
          level: Number(r.e.payload.level ?? 1),
          role: String(r.e.payload.role ?? ''),
          reason: String(r.e.payload.reason ?? ''),
          target: (r.e.payload.target as string | undefined) ?? null,
          departmentName: r.departmentName,
          assigneeName: r.assigneeName,
          at: r.e.createdAt.toISOString(),
        })),
      };
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
}
