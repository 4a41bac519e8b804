import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import { systemClock, type Clock } from './shared/clock.ts';
import { AppError, defaultMessage } from './shared/errors.ts';
import { ErrorBodySchema, frameworkErrors, installCsrfProtection, installErrorHandling, installSecurityHeaders, lang, type App } from './shared/http.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerPrivacyRoutes } from './modules/privacy/privacy.routes.ts';
import { registerOutboxRoutes } from './modules/notifications/outbox.routes.ts';
import { createAuditService, recordAdminChange } from './modules/audit/audit.service.ts';
import { createAttachmentService } from './modules/attachments/attachment.service.ts';
import { registerAttachmentRoutes } from './modules/attachments/attachment.routes.ts';
import { openAttachmentStorage } from './modules/attachments/open-storage.ts';
import type { AttachmentStorage } from './modules/attachments/storage.ts';
import { registerCaseRoutes } from './modules/cases/case.routes.ts';
import { registerNotificationRoutes } from './modules/notifications/notification.routes.ts';
import { registerRoutingRoutes } from './modules/routing/routing.routes.ts';
import { registerInvestigationRoutes } from './modules/investigation/investigation.routes.ts';
import { registerAccountabilityRoutes } from './modules/accountability/accountability.routes.ts';
import { registerCallbackRoutes } from './modules/callbacks/callback.routes.ts';
import { registerAdminConfigRoutes } from './modules/admin/admin-config.routes.ts';
import { registerPartnerRoutes } from './modules/partners/partner.routes.ts';
import { createPartnerService } from './modules/partners/partner.service.ts';
import { registerTaxonomyRoutes } from './modules/taxonomy/taxonomy.routes.ts';
import { createTaxonomyService } from './modules/taxonomy/taxonomy.service.ts';
import { registerSlaRoutes } from './modules/sla/sla.routes.ts';
import { registerTriageRoutes } from './modules/triage/triage.routes.ts';
import { registerResolutionRoutes } from './modules/resolution/resolution.routes.ts';
import { registerExecutionRoutes } from './modules/resolution/execution.routes.ts';
import { registerCostRoutes } from './modules/costs/costs.routes.ts';
import { registerClaimRoutes } from './modules/claims/claim.routes.ts';
import { registerRegulatorReplyRoutes } from './modules/sla/regulator-reply.routes.ts';
// remedy catalogue, rules' defaults and preview
import { registerResolutionAdminRoutes } from './modules/resolution/resolution-admin.routes.ts';
import { createResolutionAdminService } from './modules/resolution/resolution-admin.service.ts';
import { createRemedyCatalogueService } from './modules/resolution/remedy-catalogue.service.ts';
import { registerEvidenceChecklistRoutes } from './modules/investigation/evidence-checklist.routes.ts';
import { createEvidenceChecklistService } from './modules/investigation/evidence-checklist.service.ts';
import { createUserService } from './modules/users/user.service.ts';
import { createDomainServices } from './services.ts';
import { registerUserRoutes, sessionCookieName } from './modules/users/user.routes.ts';
import { createPortalService } from './modules/portal/portal.service.ts';
import { customerCookieName, registerPortalRoutes } from './modules/portal/portal.routes.ts';
import { offeredRemedyOf } from './modules/resolution/resolution.service.ts';
import { CODE_TTL_MS } from './modules/portal/portal.rules.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(ROOT, 'dist', 'web');

export type AppDeps = {
  database: Database;
  config: Pick<AppConfig, 'maxUploadBytes' | 'sessionTtlMs' | 'cookieSecure' | 'timezone' | 'logLevel' | 'attachmentsDir'> &
    Partial<Pick<AppConfig, 'trustProxy' | 'allowedOrigins' | 'healthTimeoutMs' | 'storage' | 'publicUrl' | 'notifyChannels' | 'wechatOAuthBase'>>;
  clock?: Clock;
  storage?: AttachmentStorage;
  /** Serve the built web UI from dist/web (off in API tests). */
  serveWeb?: boolean;
  logger?: boolean;
  /** Route new cases to a department by the routing rules (off while seeding the demo's history). */
  autoRoute?: boolean;
  /** The database holds the demo accounts. */
  demo?: boolean;
};

export async function buildApp(deps: AppDeps) {
  const { database, config } = deps;
  const clock = deps.clock ?? systemClock;
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            // No personal data in logs: the query string may hold a phone number, bodies are never logged.
            serializers: {
              req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
            },
          },
    genReqId: () => `req-${crypto.randomBytes(6).toString('hex')}`,
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    // The client address (sign-in throttling) and own origin (CSRF) come from X-Forwarded-* only behind a trusted proxy.
    trustProxy: config.trustProxy ?? false,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  // Every route is listed, so the security suite can prove it covers all of them.
  const routes: Array<{ method: string; url: string }> = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installSecurityHeaders(app, { https: config.cookieSecure });
  installCsrfProtection(app, { allowedOrigins: config.allowedOrigins ?? [] });
  const sessionCookie = sessionCookieName(config.cookieSecure);

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.maxUploadBytes, files: 1, fields: 5, parts: 6 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Closeloop API',
        description: '投诉与售后闭环管理系统 — complaint and after-sales case management',
        version: '1.0.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookie } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) => describeNonJsonRoutes(jsonSchemaTransformObject(doc)),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const storage = deps.storage ?? (await openAttachmentStorage(config));
  const users = createUserService({ db: database.db, clock, sessionTtlMs: config.sessionTtlMs, recordAdminChange });
  const { sla, routing, triage, cases, notifications, adminConfig, resolution, execution, investigation, costs, claims, regulatorReplies, completeDelay, accountability, privacy, outbox, callbacks } = createDomainServices({
    db: database.db,
    clock,
    timezone: config.timezone,
    storage,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.notifyChannels ? { notifyChannels: config.notifyChannels } : {}),
    ...(deps.autoRoute !== undefined ? { autoRoute: deps.autoRoute } : {}),
  });
  const attachments = createAttachmentService({ db: database.db, clock, storage, cases, maxBytes: config.maxUploadBytes });
  // The customer portal: customers are actors of their own, with their own cookie and sessions.
  const portal = createPortalService({
    // The satisfaction survey's public routes are the portal's, limited like its others.
    survey: {
      view: (token) => callbacks.surveyView(token),
      answer: (token, input) => callbacks.answerSurvey(token, input),
      pendingFor: (customerId, caseId) => callbacks.surveyPendingFor(customerId, caseId),
      answerAsCustomer: (customerId, caseId, input) => callbacks.answerSurveyAsCustomer(customerId, caseId, input),
    },
    db: database.db,
    clock,
    cases,
    attachments,
    remedies: { offeredRemedy: offeredRemedyOf, answerAsCustomer: (caseId, remedyId, input) => resolution.answerAsCustomer(caseId, remedyId, input) },
    // The code goes by SMS only, through the customer outbox in the code's own transaction.
    sendCode: (tx, m) =>
      notifications.notifyCustomer(tx, {
        event: 'otp',
        channels: ['sms'],
        customerId: m.customerId,
        caseId: m.caseId,
        vars: { code: m.code, minutes: CODE_TTL_MS / 60_000, caseNumber: m.caseNumber },
        dedupeKey: m.dedupeKey,
      }),
    // Linking a customer's WeChat uses the wechat channel's own appId and secret.
    wechat: { settings: () => outbox.wechatOAuthSettings(), authorizeBase: config.wechatOAuthBase ?? 'https://open.weixin.qq.com', publicUrl: notifications.publicUrl },
  });
  const customerCookie = customerCookieName(config.cookieSecure);

  app.decorateRequest('actor', null);
  app.decorateRequest('customer', null);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    const token = req.cookies[sessionCookie];
    if (token && req.url.startsWith('/api/')) req.actor = await users.actorForToken(token);
    // A customer's session is read for the portal's own routes only: no staff route ever sees one.
    const customerToken = req.cookies[customerCookie];
    if (customerToken && req.url.startsWith('/api/portal/')) req.customer = await portal.sessionFor(customerToken);
  });

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        security: [],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            demo: z.boolean(),
            maxUploadBytes: z.number().int().positive(),
          }),
          503: ErrorBodySchema,
        },
      },
    },
    // `demo` lets the sign-in page list the demo accounts only where they exist; `maxUploadBytes`
    // lets the UI refuse an oversized file before sending it.
    async () => {
      // A load balancer takes a server whose database does not answer out of rotation: 503, the one error shape.
      try {
        await database.ping(config.healthTimeoutMs ?? 2000);
      } catch (err) {
        throw new AppError('SERVICE_UNAVAILABLE', { cause: err });
      }
      return { status: 'ok' as const, database: database.kind, demo: deps.demo ?? false, maxUploadBytes: config.maxUploadBytes };
    },
  );

  registerUserRoutes(app, { users, cookieSecure: config.cookieSecure });
  registerCaseRoutes(app, { cases, attachmentsOf: (caseId) => attachments.listForCase(caseId) });
  registerAttachmentRoutes(app, { attachments });
  registerTriageRoutes(app, { triage });
  registerRoutingRoutes(app, { cases, routing });
  registerInvestigationRoutes(app, { investigation });
  registerSlaRoutes(app, { sla, clock });
  registerNotificationRoutes(app, { notifications });
  registerAdminConfigRoutes(app, { config: adminConfig });
  registerTaxonomyRoutes(app, { taxonomy: createTaxonomyService({ db: database.db, clock }) });
  registerAuditRoutes(app, { audit: createAuditService({ db: database.db }) });
  registerPrivacyRoutes(app, { privacy });
  registerOutboxRoutes(app, { outbox });
  registerPartnerRoutes(app, { partners: createPartnerService({ db: database.db, clock }) });
  registerResolutionRoutes(app, { resolution });
  registerExecutionRoutes(app, { execution });
  registerCostRoutes(app, { costs });
  registerClaimRoutes(app, { claims });
  registerRegulatorReplyRoutes(app, { regulatorReplies });
  registerResolutionAdminRoutes(app, {
    remedyCatalogue: createRemedyCatalogueService({ db: database.db, clock }),
    resolutionAdmin: createResolutionAdminService({ db: database.db, clock, timezone: config.timezone }),
  });
  registerEvidenceChecklistRoutes(app, { checklists: createEvidenceChecklistService({ db: database.db, clock }) });
  registerAccountabilityRoutes(app, { accountability });
  registerCallbackRoutes(app, { callbacks });
  registerPortalRoutes(app, { portal, cookieSecure: config.cookieSecure, publicUrl: notifications.publicUrl });

  const serveWeb = deps.serveWeb ?? true;
  const hasWeb = serveWeb && fs.existsSync(path.join(WEB_DIST, 'index.html'));
  // Wildcard serving looks files up per request, so a rebuilt UI is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true });

  app.setNotFoundHandler((req, reply) => {
    // Unknown API routes answer in the API's error shape; everything else is the single-page app.
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      const l = lang(req);
      return reply.status(404).send({
        error: { code: 'NOT_FOUND', message: defaultMessage('NOT_FOUND', l), requestId: String(req.id) },
      });
    }
    return reply.type('text/html').sendFile('index.html');
  });

  return { app, routes, services: { users, cases, attachments, sla, triage, routing, notifications, adminConfig, investigation, resolution, execution, costs, claims, regulatorReplies, completeDelay, accountability, privacy, outbox, callbacks, portal } };
}

type OpenApiDoc = ReturnType<typeof jsonSchemaTransformObject>;
type OpenApiOperation = { requestBody?: unknown; responses?: Record<string, unknown> };

/**
 * The routes whose bodies are not JSON, which zod schemas cannot describe: the multipart upload, the
 * file download and the empty answer of logout. Partner systems read the document, so it must say so.
 */
function describeNonJsonRoutes(doc: OpenApiDoc): OpenApiDoc {
  const paths = (doc as { paths?: Record<string, Record<string, OpenApiOperation>> }).paths ?? {};
  const upload = paths['/api/cases/{id}/attachments']?.post;
  if (upload) {
    upload.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: { file: { type: 'string', format: 'binary', description: 'One image, PDF, audio, video or office file' } },
          },
        },
      },
    };
  }
  const download = paths['/api/attachments/{id}']?.get;
  if (download) {
    download.responses = {
      ...download.responses,
      200: {
        description: 'The file, inline for images and PDFs, as a download otherwise',
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      },
    };
  }
  // The cost ledger's CSV export (costs module): a spreadsheet file, not JSON.
  const ledgerCsv = paths['/api/cost-entries/export']?.get;
  if (ledgerCsv) {
    ledgerCsv.responses = {
      ...ledgerCsv.responses,
      200: { description: 'The ledger as CSV (UTF-8 with a byte-order mark, for Excel)', content: { 'text/csv': { schema: { type: 'string' } } } },
    };
  }
  // The staff sign-out and the customer portal's: empty answers.
  for (const p of ['/api/auth/logout', '/api/portal/logout']) {
    const logout = paths[p]?.post;
    if (!logout) continue;
    const { 200: _ok, ...rest } = logout.responses ?? {};
    logout.responses = { ...rest, 204: { description: 'Signed out; the session cookie is cleared' } };
  }
  // WeChat's callback after linking: a redirect to the case page, no body.
  const wechatCallback = paths['/api/portal/me/wechat/callback']?.get;
  if (wechatCallback) {
    const { 302: _redirect, ...rest } = wechatCallback.responses ?? {};
    wechatCallback.responses = {
      ...rest,
      302: { description: 'To the case page: ?wechat=bound, or ?wechat=error&reason=state|denied|unavailable|customer|wechat[&errcode=N]', headers: { location: { schema: { type: 'string' } } } },
    };
  }
  // The portal's photo upload: one image as multipart.
  const photo = paths['/api/portal/cases/{caseNumber}/photos']?.post;
  if (photo) {
    photo.requestBody = {
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'One image' } } } } },
    };
  }
  return doc;
}

export { AppError };
