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

export function installErrorHandling(app: App): void {
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
      const fields = err.fields?.map((f) => ({ path: f.path, message: f.message[l] }));
      return send(reply, req, err.code, err.messageIn(l), fields, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = err.validationContext === 'body' ? undefined : err.validationContext;
      const fields = issuesToFields(
        err.validation.map((v) => ({
          ...(v.params as Record<string, unknown>),
          code: v.keyword,
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message ?? '',
        })),
        l,
        prefix === 'querystring' ? 'query' : prefix,
      );
      return send(reply, req, 'VALIDATION_FAILED', defaultMessage('VALIDATION_FAILED', l), fields);
    }
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
