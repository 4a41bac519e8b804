import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from './actor.ts';
import { AppError, codeToStatus, defaultMessage, type ErrorCode, type Lang } from './errors.ts';
import { isDatabaseUnavailable } from './db-unavailable.ts';
import { langFromHeader } from './i18n.ts';
import { FIELD_MESSAGES, issuesToFields } from './validation.ts';
import { can, type Permission } from './permissions.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      // What a client needs to recover, e.g. VERSION_CONFLICT's { current } or ILLEGAL_TRANSITION's { from, to }.
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: 'Error' });

export function lang(req: FastifyRequest): Lang {
  return langFromHeader(req.headers['accept-language']);
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

export function requirePermission(req: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(req);
  if (!can(actor.role, permission)) throw new AppError('FORBIDDEN');
  return actor;
}

function send(reply: FastifyReply, req: FastifyRequest, code: ErrorCode, message: string, fields?: unknown, details?: Record<string, unknown>) {
  return reply.status(codeToStatus(code)).send({
    error: { code, message, ...(fields ? { fields } : {}), ...(details ? { details } : {}), requestId: String(req.id) },
  });
}

// Fastify's own 4xx codes mapped onto ours, so every failure has the one body shape.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * The paths of strings PostgreSQL cannot store: a NUL character, or text that is not well-formed
 * Unicode (a lone surrogate from a broken client). Checked once for every request, before validation,
 * so that no route can reach the database with them and fail there with a 500.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableTextPaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) found.push(path.join('.'));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableTextPaths(v, [...path, String(i)], found));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) unstorableTextPaths(v, [...path, k], found);
  }
  return found;
}

/**
 * What the log may say of an unexpected error: never the values of a query (they hold names, phone
 * numbers and complaint texts), nor a database message that quotes one — only where it happened.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const cause = err.cause as { code?: unknown; routine?: unknown; constraint?: unknown; table?: unknown; column?: unknown } | undefined;
  const query = (err as { query?: unknown }).query;
  if (typeof query === 'string' || (cause && typeof cause.code === 'string')) {
    return {
      type: err.name,
      ...(typeof query === 'string' ? { query } : {}),
      ...(cause ? { code: cause.code, routine: cause.routine, constraint: cause.constraint, table: cause.table, column: cause.column } : {}),
      // The frames only: the stack's head repeats the message, which may run over several lines.
      stack: err.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n'),
    };
  }
  return { type: err.name, message: err.message, stack: err.stack };
}

/** Deeper than any payload of the API; what is deeper is refused before it is parsed or walked. */
export const MAX_JSON_DEPTH = 64;

/** Whether a JSON text nests arrays and objects deeper than `max`: one pass, no recursion. */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

// Refuses what Fastify's own parser refuses (empty text, __proto__ and constructor.prototype keys) and,
// before parsing, nesting so deep that parsing or any walk of it would overflow the stack.
function parseJsonBody(_req: FastifyRequest, body: string | Buffer): unknown {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text === '' || jsonTooDeep(text)) throw new AppError('MALFORMED_REQUEST');
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || (key === 'constructor' && value !== null && typeof value === 'object' && Object.hasOwn(value, 'prototype'))) {
        throw new AppError('MALFORMED_REQUEST');
      }
      return value;
    });
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('MALFORMED_REQUEST');
  }
}

/** The value a client sent at a path of the body, query or params: what a field error says was received. */
function sentValue(root: unknown, path: readonly string[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * For Fastify's `frameworkErrors` option: a URL that cannot be decoded (`%zz`) or a path parameter over
 * the router's length limit is answered before any route or hook runs, so it gets the one body shape here.
 */
export function frameworkErrors(_err: Error, req: FastifyRequest, reply: FastifyReply): void {
  const l = lang(req);
  void send(reply, req, 'MALFORMED_REQUEST', defaultMessage('MALFORMED_REQUEST', l));
}

// A stack overflow is what too deep a value does to a recursive walk; the request is at fault, not the server.
const isStackOverflow = (err: unknown): boolean => err instanceof RangeError && /call stack/i.test(err.message);

export function installErrorHandling(app: App): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, async (req: FastifyRequest, body: string) => parseJsonBody(req, body));

  app.addHook('preValidation', async (req) => {
    const fields = [
      ...unstorableTextPaths(req.body).map((p) => p || 'body'),
      ...unstorableTextPaths(req.query, ['query']),
      ...unstorableTextPaths(req.params, ['params']),
    ];
    if (fields.length) {
      throw new AppError('VALIDATION_FAILED', { fields: fields.map((path) => ({ path, message: FIELD_MESSAGES.text_unstorable })) });
    }
  });

  app.setErrorHandler((err, req, reply) => {
    const l = lang(req);
    if (err instanceof AppError) {
      // A client that is told to wait is told how long, in the standard header as well as in the body.
      const retryAfter = err.details?.['retryAfterSeconds'];
      if (err.code === 'RATE_LIMITED' && typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      const fields = err.fields?.map((f) => ({ path: f.path, message: f.message[l] }));
      return send(reply, req, err.code, err.messageIn(l), fields, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = err.validationContext === 'body' ? undefined : err.validationContext;
      const sent = { body: req.body, querystring: req.query, params: req.params, headers: req.headers }[err.validationContext ?? 'body'];
      const fields = issuesToFields(
        err.validation.map((v) => {
          const path = v.instancePath.split('/').filter(Boolean);
          return {
            ...(v.params as Record<string, unknown>),
            ...(v.keyword === 'invalid_type' ? { input: sentValue(sent, path) } : {}),
            code: v.keyword,
            path,
            message: v.message ?? '',
          };
        }),
        l,
        prefix === 'querystring' ? 'query' : prefix,
      );
      return send(reply, req, 'VALIDATION_FAILED', defaultMessage('VALIDATION_FAILED', l), fields);
    }
    if (isStackOverflow(err)) return send(reply, req, 'MALFORMED_REQUEST', defaultMessage('MALFORMED_REQUEST', l));
    const fastifyCode = (err as { code?: string }).code;
    const mapped = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
    if (mapped) return send(reply, req, mapped, defaultMessage(mapped, l));
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const code: ErrorCode = status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'MALFORMED_REQUEST';
      return send(reply, req, code, defaultMessage(code, l));
    }
    if (isDatabaseUnavailable(err)) {
      req.log.warn({ error: loggableError(err) }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(reply, req, 'SERVICE_UNAVAILABLE', defaultMessage('SERVICE_UNAVAILABLE', l));
    }
    req.log.error({ error: loggableError(err) }, 'unhandled error');
    return send(reply, req, 'INTERNAL_ERROR', defaultMessage('INTERNAL_ERROR', l));
  });
}

/** Standard error responses for the OpenAPI document: every route may answer these. */
export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  413: ErrorBodySchema,
  415: ErrorBodySchema,
  500: ErrorBodySchema,
  503: ErrorBodySchema,
} as const;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery: whether a write may go ahead, judged by what the browser says of where it
 * comes from. `Sec-Fetch-Site` and `Origin` cannot be set by a page, so a cross-site form or fetch riding
 * on the user's cookie is told apart; a request without either (curl, a partner system) is no browser's
 * and passes — it carries no cookie a browser would add on its own.
 */
export function csrfVerdict(req: {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  ownOrigin: string;
  allowedOrigins: readonly string[];
}): 'ok' | 'rejected' {
  if (!UNSAFE_METHODS.has(req.method.toUpperCase())) return 'ok';
  // A listed origin (ALLOWED_ORIGINS) may write, from whatever site it is.
  if (req.origin !== undefined && req.allowedOrigins.includes(req.origin)) return 'ok';
  // Another site, or another host of this site (a subdomain), only when listed.
  if (req.secFetchSite === 'cross-site' || req.secFetchSite === 'same-site') return 'rejected';
  if (req.origin === undefined) return 'ok';
  // The browser vouches for same-origin even when a proxy rewrote the Host the server sees.
  if (req.origin === req.ownOrigin || req.secFetchSite === 'same-origin') return 'ok';
  return 'rejected';
}

export function installCsrfProtection(app: App, opts: { allowedOrigins: readonly string[] }): void {
  app.addHook('onRequest', async (req) => {
    const header = (name: string) => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const verdict = csrfVerdict({
      method: req.method,
      origin: header('origin'),
      secFetchSite: header('sec-fetch-site'),
      // req.host and req.protocol follow X-Forwarded-Host/-Proto only when the proxy is trusted; an
      // Origin never names the default port.
      ownOrigin: `${req.protocol}://${req.host}`.replace(/^(http:\/\/[^/]+):80$|^(https:\/\/[^/]+):443$/, '$1$2'),
      allowedOrigins: opts.allowedOrigins,
    });
    if (verdict === 'rejected') throw new AppError('CSRF_REJECTED');
  });
  // JSON routes take JSON only: Fastify's built-in text/plain parser would let a "simple" cross-site
  // request (no preflight) reach a route; without it such a body is refused with 415.
  app.removeContentTypeParser('text/plain');
}

/**
 * The page policy of the built web UI and the API docs: scripts only from this server; styles inline
 * too, because antd writes its CSS-in-JS into <style> elements at run time; no framing by anyone.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries (a route may set its own stricter Content-Security-Policy first). */
export function installSecurityHeaders(app: App, opts: { https: boolean }): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    if (opts.https) reply.header('strict-transport-security', 'max-age=31536000');
    return payload;
  });
}
