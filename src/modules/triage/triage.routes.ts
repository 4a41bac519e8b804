import { z } from 'zod';
import { errorResponses, requirePermission, type App } from '../../shared/http.ts';
import { normalizePhone } from '../../shared/phone.ts';
import { CHANNELS, URGENCIES } from '../cases/case.lifecycle.ts';
import type { TriageService } from './triage.service.ts';

const SuggestBody = z.object({
  text: z.string().trim().min(1).max(5000),
  phone: z.string().max(32).nullish(),
  waybillNo: z.string().trim().max(64).nullish(),
  category: z.string().max(40).nullish(),
  urgency: z.enum(URGENCIES).optional(),
  channel: z.enum(CHANNELS).default('hotline'),
  store: z.string().trim().max(200).nullish(),
  isKeyCustomer: z.boolean().optional(),
  regulatorReferral: z.enum(['12305', '12315', 'other']).nullish(),
  declaredValueYuan: z.number().int().min(0).nullish(),
});

const Reason = z.object({ term: z.string(), contribution: z.number(), source: z.string() });
const SuggestResponse = z
  .object({
    category: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), confidence: z.number(), decidedBy: z.string(), reasons: z.array(Reason) }),
    urgency: z.object({ level: z.enum(URGENCIES), confidence: z.number(), reasons: z.array(Reason) }),
    upset: z.object({ upset: z.boolean(), confidence: z.number(), reasons: z.array(Reason) }),
    stage: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), confidence: z.number() }).nullable(),
    priority: z.object({
      priority: z.string(),
      score: z.number(),
      reasons: z.array(z.object({ factor: z.string(), points: z.number(), labelZh: z.string(), labelEn: z.string() })),
    }),
    route: z.object({ departmentId: z.string(), departmentName: z.string(), reasonZh: z.string(), reasonEn: z.string() }).nullable(),
    duplicates: z.array(
      z.object({ caseId: z.string(), caseNumber: z.string().optional(), status: z.string().optional(), reasonZh: z.string(), reasonEn: z.string(), createdAt: z.string() }),
    ),
    repeatCount: z.number(),
  })
  .meta({ id: 'TriageSuggestion' });

// The classifier's quality as measured at training time (leave-one-out accuracy against the majority baseline).
const Quality = z.object({ examples: z.number(), looAccuracy: z.number(), baselineAccuracy: z.number(), skill: z.number() }).partial().loose();
const ClassifierModel = z
  .object({
    id: z.string(),
    trainedAt: z.string(),
    examples: z.number().int(),
    metrics: z.object({ quality: z.object({ category: Quality, urgency: Quality }).partial().loose().optional() }).loose().nullable(),
  })
  .meta({ id: 'ClassifierModel' });

export function registerTriageRoutes(app: App, deps: { triage: TriageService }): void {
  app.post(
    '/api/triage/suggest',
    {
      schema: {
        tags: ['triage'],
        summary: 'Suggest category, urgency, priority, department and duplicates for a complaint text (writes nothing)',
        body: SuggestBody,
        response: { 200: SuggestResponse, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'triage.suggest');
      const b = req.body;
      const r = await deps.triage.preview(actor, { ...b, phone: b.phone ? normalizePhone(b.phone) : null });
      const s = r.suggestion;
      return {
        category: { code: s.category.code, nameZh: s.category.nameZh, nameEn: s.category.nameEn, confidence: s.category.confidence, decidedBy: s.category.decidedBy, reasons: s.category.reasons },
        urgency: { level: s.urgency.level, confidence: s.urgency.confidence, reasons: s.urgency.reasons },
        upset: { upset: s.upset.upset, confidence: s.upset.confidence, reasons: s.upset.reasons },
        stage: s.stage ? { code: s.stage.code, nameZh: s.stage.nameZh, nameEn: s.stage.nameEn, confidence: s.stage.confidence } : null,
        priority: { priority: r.priority.priority, score: r.priority.score, reasons: r.priority.reasons },
        route: r.route ? { departmentId: r.route.departmentId, departmentName: r.route.departmentName, reasonZh: r.route.reasonZh, reasonEn: r.route.reasonEn } : null,
        duplicates: r.duplicates.map((d) => ({ caseId: d.caseId, ...(d.caseNumber ? { caseNumber: d.caseNumber } : {}), ...(d.status ? { status: d.status } : {}), reasonZh: d.reasonZh, reasonEn: d.reasonEn, createdAt: d.createdAt })),
        repeatCount: r.repeatCount,
      };
    },
  );

  app.get('/api/admin/classifier', { schema: { tags: ['admin: configuration'], response: { 200: z.object({ model: ClassifierModel.nullable() }) } } }, async (req) => {
    requirePermission(req, 'admin.config');
    return { model: await deps.triage.modelInfo() };
  });
  app.post(
    '/api/admin/classifier/retrain',
    { schema: { tags: ['admin: configuration'], response: { 200: z.object({ examples: z.number().int(), trained: z.boolean() }) } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return deps.triage.retrain();
    },
  );
}
