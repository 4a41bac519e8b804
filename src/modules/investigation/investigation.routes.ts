import { errorResponses, requireActor, type App } from '../../shared/http.ts';
import { CaseIdParams } from '../cases/case.schemas.ts';
import type { InvestigationService } from './investigation.service.ts';
import {
  CreateTaskBody,
  EvidenceMarkBody,
  InvestigationSchema,
  ResponsibilityBody,
  ResponsibilitySchema,
  TaskIdParams,
  TaskListSchema,
  TaskSchema,
  UpdateTaskBody,
} from './investigation.schemas.ts';

export function registerInvestigationRoutes(app: App, deps: { investigation: InvestigationService }): void {
  const { investigation } = deps;

  app.get(
    '/api/cases/:id/investigation',
    {
      schema: {
        tags: ['investigation'],
        summary: 'The investigation of a case: tasks, evidence checklist, root cause and responsibility',
        params: CaseIdParams,
        response: { 200: InvestigationSchema, ...errorResponses },
      },
    },
    async (req) => investigation.overview(requireActor(req), req.params.id),
  );

  app.get(
    '/api/cases/:id/investigation/tasks',
    { schema: { tags: ['investigation'], params: CaseIdParams, response: { 200: TaskListSchema, ...errorResponses } } },
    async (req) => ({ items: await investigation.listTasks(requireActor(req), req.params.id) }),
  );

  app.post(
    '/api/cases/:id/investigation/tasks',
    {
      schema: {
        tags: ['investigation'],
        summary: 'Give a department its part of the investigation (it joins the joint team)',
        params: CaseIdParams,
        body: CreateTaskBody,
        response: { 201: TaskSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await investigation.createTask(requireActor(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/investigation/tasks/:id',
    {
      schema: {
        tags: ['investigation'],
        summary: 'Record findings, change owner or due date, or finish a task (done / cancelled)',
        params: TaskIdParams,
        body: UpdateTaskBody,
        response: { 200: TaskSchema, ...errorResponses },
      },
    },
    async (req) => investigation.updateTask(requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/api/cases/:id/investigation/evidence',
    {
      schema: {
        tags: ['investigation'],
        summary: 'Link an evidence file to a checklist item, or mark the item not applicable with a reason',
        params: CaseIdParams,
        body: EvidenceMarkBody,
        response: { 200: InvestigationSchema, ...errorResponses },
      },
    },
    async (req) => investigation.markEvidence(requireActor(req), req.params.id, req.body),
  );

  app.put(
    '/api/cases/:id/responsibility',
    {
      schema: {
        tags: ['investigation'],
        summary: 'Record the root cause and the responsibility decision (定责)',
        params: CaseIdParams,
        body: ResponsibilityBody,
        response: { 200: ResponsibilitySchema, ...errorResponses },
      },
    },
    async (req) => investigation.decideResponsibility(requireActor(req), req.params.id, req.body),
  );
}
