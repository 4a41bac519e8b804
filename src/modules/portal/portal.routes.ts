import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, fieldError } from '../../shared/errors.ts';
import { ErrorBodySchema, errorResponses, lang, requirePermission, type App } from '../../shared/http.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import {
  CaseNumberParams,
  CreateStoreBody,
  FileComplaintBody,
  FiledComplaint,
  MessageAnswer,
  MessageBody,
  NotificationSettings,
  NotificationSettingsBody,
  PhotoAnswer,
  PortalCaseList,
  PortalCaseView,
  PortalOptions,
  PortalOptionsQuery,
  RemedyAnswerBody,
  SendCodeAnswer,
  SendCodeBody,
  StoreIdParams,
  StoreSchema,
  UpdateStoreBody,
  VerifyCodeBody,
  WechatBindAnswer,
  WechatBindBody,
  WechatCallbackQuery,
} from './portal.schemas.ts';
import { WECHAT_CALLBACK_PATH, wechatBindReturn } from './portal.rules.ts';
import type { CustomerSession, PortalService, StoreRow } from './portal.service.ts';
import { SurveyAnswerBody, SurveyAnsweredSchema, SurveyTokenParams, SurveyViewSchema } from '../callbacks/callback.schemas.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** A verified customer (portal cookie, /api/portal/ only); never a staff actor. */
    customer: CustomerSession | null;
  }
}

export const CUSTOMER_COOKIE = 'cl_portal';
/** The customer's cookie, apart from the staff one; `__Host-` prefixed over HTTPS like it. */
export const customerCookieName = (secure: boolean): string => (secure ? `__Host-${CUSTOMER_COOKIE}` : CUSTOMER_COOKIE);

const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().optional() });

export function requireCustomer(req: FastifyRequest): CustomerSession {
  if (!req.customer) throw new AppError('UNAUTHENTICATED', { message: { zh: '请先验证手机号', en: 'Please confirm your phone number first' } });
  return req.customer;
}

export function registerPortalRoutes(app: App, deps: { portal: PortalService; cookieSecure: boolean; publicUrl?: string | undefined }): void {
  const { portal } = deps;
  const cookieName = customerCookieName(deps.cookieSecure);
  const setSession = (reply: FastifyReply, s: { token: string; expiresAt: Date }) =>
    reply.setCookie(cookieName, s.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.cookieSecure, expires: s.expiresAt });
  const tags = ['portal'];

  // The satisfaction survey behind a callback's link (callbacks module): public, the single-use token is the credential.
  app.get(
    '/api/portal/survey/:token',
    {
      schema: {
        tags,
        security: [],
        summary: 'What the customer sees of the survey: case number, category, resolve date',
        params: SurveyTokenParams,
        response: { 200: SurveyViewSchema, ...errorResponses, 410: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (req) => portal.surveyView(req.params.token, req.ip),
  );
  app.post(
    '/api/portal/survey/:token',
    {
      schema: {
        tags,
        security: [],
        summary: "The customer's answer: overall satisfaction and a comment, optionally the three dimensions; single use",
        params: SurveyTokenParams,
        body: SurveyAnswerBody,
        response: { 200: SurveyAnsweredSchema, ...errorResponses, 410: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (req) => {
      await portal.answerSurvey(req.params.token, req.body, req.ip);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/portal/options',
    { schema: { tags, summary: 'What the complaint form needs (public)', security: [], querystring: PortalOptionsQuery, response: { 200: PortalOptions, ...errorResponses } } },
    async (req) => portal.options(req.query.store, lang(req)),
  );

  app.post(
    '/api/portal/complaints',
    {
      schema: {
        tags,
        summary: 'File a complaint as a customer (public; idempotent with an Idempotency-Key header)',
        security: [],
        headers: IdempotencyHeaders,
        body: FileComplaintBody,
        response: { 200: FiledComplaint, 201: FiledComplaint, ...errorResponses, 422: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) throw fieldError('headers.idempotency-key', FIELD_MESSAGES.idempotency_key_invalid);
      const { session, value, duplicate } = await portal.file(req.body, { idempotencyKey: key, address: req.ip, lang: lang(req) });
      setSession(reply, session);
      return reply.status(duplicate ? 200 : 201).send(value);
    },
  );

  app.post(
    '/api/portal/follow/code',
    {
      schema: {
        tags,
        summary: 'Send a one-time code by SMS for a case number and phone (the same answer whether or not they match)',
        security: [],
        body: SendCodeBody,
        response: { 202: SendCodeAnswer, ...errorResponses, 429: ErrorBodySchema },
      },
    },
    async (req, reply) => reply.status(202).send(await portal.sendCode(req.body, req.ip)),
  );

  app.post(
    '/api/portal/follow/verify',
    {
      schema: {
        tags,
        summary: 'Confirm the one-time code; starts a customer session for that customer',
        security: [],
        body: VerifyCodeBody,
        response: { 200: z.object({ caseNumber: z.string() }), ...errorResponses, 429: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const s = await portal.verifyCode(req.body, req.ip);
      setSession(reply, s);
      return { caseNumber: s.caseNumber };
    },
  );

  app.post('/api/portal/logout', { schema: { tags, security: [] } }, async (req, reply) => {
    const token = req.cookies[cookieName];
    if (token) await portal.logout(token);
    reply.clearCookie(cookieName, { path: '/', secure: deps.cookieSecure });
    return reply.status(204).send();
  });

  app.get(
    '/api/portal/cases',
    { schema: { tags, summary: "The customer's own cases", response: { 200: PortalCaseList, ...errorResponses } } },
    async (req) => portal.listCases(requireCustomer(req), lang(req)),
  );

  app.get(
    '/api/portal/cases/:caseNumber',
    { schema: { tags, summary: 'One of the customer’s cases, as the customer sees it', params: CaseNumberParams, response: { 200: PortalCaseView, ...errorResponses } } },
    async (req) => portal.caseView(requireCustomer(req), req.params.caseNumber, lang(req)),
  );

  app.post(
    '/api/portal/cases/:caseNumber/messages',
    { schema: { tags, summary: 'A message from the customer (public, on the timeline as theirs)', params: CaseNumberParams, body: MessageBody, response: { 201: MessageAnswer, ...errorResponses } } },
    async (req, reply) => reply.status(201).send(await portal.addMessage(requireCustomer(req), req.params.caseNumber, req.body.body)),
  );

  app.post(
    '/api/portal/cases/:caseNumber/photos',
    {
      schema: {
        tags,
        summary: 'Add one photo (multipart field "file"; images only)',
        consumes: ['multipart/form-data'],
        params: CaseNumberParams,
        response: { 201: PhotoAnswer, ...errorResponses },
      },
    },
    async (req, reply) => {
      const session = requireCustomer(req);
      if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const file = await req.file();
      if (!file) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'file', message: { zh: '请选择照片', en: 'Choose a photo' } }] });
      const added = await portal.addPhoto(session, req.params.caseNumber, { filename: file.filename, mimetype: file.mimetype, stream: file.file });
      return reply.status(201).send(added);
    },
  );

  app.post(
    '/api/portal/cases/:caseNumber/remedy-answer',
    {
      schema: { tags, summary: 'Accept, counter or reject the offer waiting for the customer', params: CaseNumberParams, body: RemedyAnswerBody, response: { 200: PortalCaseView, ...errorResponses } },
    },
    async (req) => {
      const session = requireCustomer(req);
      await portal.answerRemedy(session, req.params.caseNumber, req.body);
      return portal.caseView(session, req.params.caseNumber, lang(req));
    },
  );

  app.post(
    '/api/portal/cases/:caseNumber/survey',
    {
      schema: {
        tags,
        summary: "The customer's satisfaction answer on their resolved case (as through the survey link; single use)",
        params: CaseNumberParams,
        body: SurveyAnswerBody,
        response: { 200: PortalCaseView, ...errorResponses, 410: ErrorBodySchema },
      },
    },
    async (req) => {
      const session = requireCustomer(req);
      await portal.answerCaseSurvey(session, req.params.caseNumber, req.body);
      return portal.caseView(session, req.params.caseNumber, lang(req));
    },
  );

  // The customer's own message settings (preferred channel, language, opt-out; rule 24).
  app.get(
    '/api/portal/me/notifications',
    { schema: { tags, summary: "The customer's message settings", response: { 200: NotificationSettings, ...errorResponses } } },
    async (req) => portal.notificationSettings(requireCustomer(req)),
  );
  app.put(
    '/api/portal/me/notifications',
    { schema: { tags, summary: "Change the customer's preferred channel, language or opt-out", body: NotificationSettingsBody, response: { 200: NotificationSettings, ...errorResponses } } },
    async (req) => portal.setNotificationSettings(requireCustomer(req), req.body),
  );

  // Linking the customer's WeChat (网页授权, snsapi_base): start, WeChat's callback, unlink.
  app.post(
    '/api/portal/me/wechat/bind',
    {
      schema: {
        tags,
        summary: 'Start linking WeChat: the 网页授权 URL to open (a single-use state tied to this session; SMS-verified sessions only)',
        body: WechatBindBody,
        response: { 200: WechatBindAnswer, ...errorResponses, 429: ErrorBodySchema },
      },
    },
    async (req) => portal.startWechatBind(requireCustomer(req), req.body.caseNumber),
  );
  app.get(
    WECHAT_CALLBACK_PATH,
    {
      schema: {
        tags,
        summary: "WeChat sends the browser back here with code and state; stores the openid, then redirects to the case page with wechat=bound or wechat=error&reason=…",
        querystring: WechatCallbackQuery,
        response: { 302: z.null().describe('To the case page, with the outcome as a flag'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const outcome = await portal.finishWechatBind(requireCustomer(req), req.query);
      // Never cached: the URL held a single-use code.
      reply.header('cache-control', 'no-store');
      return reply.redirect(wechatBindReturn(req.query.case, outcome), 302);
    },
  );
  app.delete(
    '/api/portal/me/wechat',
    { schema: { tags, summary: 'Unlink WeChat: no more WeChat messages; a WeChat preference falls back to the company’s order', response: { 200: NotificationSettings, ...errorResponses } } },
    async (req) => portal.unbindWechat(requireCustomer(req)),
  );

  // Stores / outlets and their QR links (administrators).
  const linkOf = (req: FastifyRequest, s: StoreRow) => {
    const base = deps.publicUrl ?? `${req.protocol}://${req.host}`;
    return `${base.replace(/\/$/, '')}/portal?store=${encodeURIComponent(s.code)}`;
  };
  const view = (req: FastifyRequest, s: StoreRow) => ({ id: s.id, code: s.code, name: s.name, active: s.active, link: linkOf(req, s) });

  app.get(
    '/api/admin/stores',
    { schema: { tags: ['admin'], summary: 'Stores / outlets with the portal link their QR code opens', response: { 200: z.object({ items: z.array(StoreSchema) }), ...errorResponses } } },
    async (req) => {
      requirePermission(req, 'admin.config');
      return { items: (await portal.listStores()).map((s) => view(req, s)) };
    },
  );
  app.post(
    '/api/admin/stores',
    { schema: { tags: ['admin'], body: CreateStoreBody, response: { 201: StoreSchema, ...errorResponses } } },
    async (req, reply) => {
      const actor = requirePermission(req, 'admin.config');
      return reply.status(201).send(view(req, await portal.createStore(actor, req.body)));
    },
  );
  app.patch(
    '/api/admin/stores/:id',
    { schema: { tags: ['admin'], params: StoreIdParams, body: UpdateStoreBody, response: { 200: StoreSchema, ...errorResponses } } },
    async (req) => {
      const actor = requirePermission(req, 'admin.config');
      return view(req, await portal.updateStore(actor, req.params.id, req.body));
    },
  );
}
