import { z } from 'zod';
import { errorResponses, requireActor, requirePermission, type App } from '../../shared/http.ts';
import { RecordRegulatorReplyBody, RegulatorRepliesSchema, RegulatorReplySchema } from './regulator-reply.schemas.ts';
import type { RegulatorReplyService } from './regulator-reply.service.ts';

const CaseIdParams = z.object({ id: z.uuid() });

/** Replies to the regulator 答复监管 on a referred case (12305 / 12315): they meet the appeal-reply time limit. */
export function registerRegulatorReplyRoutes(app: App, deps: { regulatorReplies: RegulatorReplyService }): void {
  const { regulatorReplies } = deps;

  app.get(
    '/api/cases/:id/regulator-replies',
    {
      schema: {
        tags: ['time limits'],
        summary: "A case's replies to the regulator, oldest first, and whether the caller may record one",
        params: CaseIdParams,
        response: { 200: RegulatorRepliesSchema, ...errorResponses },
      },
    },
    async (req) => regulatorReplies.list(requirePermission(req, 'case.read'), req.params.id),
  );

  app.post(
    '/api/cases/:id/regulator-replies',
    {
      schema: {
        tags: ['time limits'],
        summary: 'Record a reply sent to the regulator (repliedAt ≤ now, ≥ the referral); it meets the appeal-reply clock at repliedAt. The same reply again answers 200',
        params: CaseIdParams,
        body: RecordRegulatorReplyBody,
        response: { 200: RegulatorReplySchema, 201: RegulatorReplySchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { duplicate, value } = await regulatorReplies.record(requireActor(req), req.params.id, req.body);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );
}
