import createClient, { type Middleware } from 'openapi-fetch';
import { getLanguage, translate, type Language } from '../i18n/store.ts';
import type { paths } from './schema.gen.ts';

export type FieldError = { path: string; message: string };

type ErrorBody = {
  error?: {
    code?: unknown;
    message?: unknown;
    fields?: unknown;
    requestId?: unknown;
  };
};

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: FieldError[];
  readonly requestId: string | null;
  /** The language the message and field messages are in: the UI's language when the request was made. */
  readonly lang: Language;
  /** The message was made up here (network failure, unreadable answer), not said by the server. */
  readonly local: boolean;

  constructor(init: {
    code: string;
    status: number;
    message: string;
    fields?: FieldError[];
    requestId?: string | null;
    lang?: Language;
    local?: boolean;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId ?? null;
    this.lang = init.lang ?? getLanguage();
    this.local = init.local ?? false;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

// Empty values are left out and lists are sent comma-separated, as the server's filters read them.
const serializeQuery = (query: Record<string, unknown>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
      continue;
    }
    params.set(key, String(value));
  }
  return params.toString();
};

const parseFields = (raw: unknown): FieldError[] => {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const { path, message } = f as { path?: unknown; message?: unknown };
    const p = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
    return typeof message === 'string' ? [{ path: p, message }] : [];
  });
};

/** The server's one error body `{ error: { code, message, fields?, requestId } }` as an ApiError. */
const toApiError = async (res: Response, lang: Language): Promise<ApiError> => {
  let body: ErrorBody | null = null;
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const err = body?.error;
  if (err && typeof err.code === 'string') {
    const said = typeof err.message === 'string' && err.message ? err.message : null;
    return new ApiError({
      code: err.code,
      status: res.status,
      message: said ?? translate(lang, 'error.http', { status: res.status }),
      fields: parseFields(err.fields),
      requestId: typeof err.requestId === 'string' ? err.requestId : null,
      lang,
      local: said === null,
    });
  }
  return new ApiError({ code: `HTTP_${res.status}`, status: res.status, message: translate(lang, 'error.http', { status: res.status }), lang, local: true });
};

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const networkError = (lang: Language) => new ApiError({ code: 'NETWORK_ERROR', status: 0, message: translate(lang, 'error.network'), lang, local: true });
const badResponse = (status: number, lang: Language) =>
  new ApiError({ code: 'BAD_RESPONSE', status, message: translate(lang, 'error.badResponse'), lang, local: true });
const languageOf = (request: Request): Language => (request.headers.get('Accept-Language') === 'en' ? 'en' : 'zh');

// Every call says the UI's language, and every failure becomes an ApiError in that language: the server's error
// body, or a local message when the network failed or the answer could not be read. Aborts stay aborts.
const transport: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', getLanguage());
    request.headers.set('Accept', 'application/json');
    return request;
  },
  async onResponse({ request, response }) {
    const lang = languageOf(request);
    if (!response.ok) throw await toApiError(response, lang);
    if (response.status === 204) return undefined;
    const text = await response.clone().text();
    if (text) {
      try {
        JSON.parse(text);
      } catch {
        throw badResponse(response.status, lang);
      }
    }
    return undefined;
  },
  onError({ request, error }) {
    return isAbort(error) ? undefined : networkError(languageOf(request));
  },
};

/**
 * The API client, typed by the server's OpenAPI document (schema.gen.ts): paths, parameters and bodies are
 * checked against the server's routes when the web app compiles. Errors are thrown as ApiError (see transport).
 */
export const api = createClient<paths>({
  credentials: 'same-origin',
  querySerializer: serializeQuery,
  // Looked up per call, so a test or a service worker that replaces fetch is used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(transport);

/** The body of a successful answer (the transport has thrown an ApiError for any other). */
export const unwrap = async <T>(call: Promise<{ data?: T; response: Response }>): Promise<T> => (await call).data as T;

/** A multipart upload: not JSON, so it goes by plain fetch, with the same headers and errors as the client. */
export const postForm = async <T>(path: string, form: FormData): Promise<T> => {
  const lang = getLanguage();
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'Accept-Language': lang, Accept: 'application/json' }, body: form, credentials: 'same-origin' });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw networkError(lang);
  }
  if (!res.ok) throw await toApiError(res, lang);
  try {
    return JSON.parse(await res.text()) as T;
  } catch {
    throw badResponse(res.status, lang);
  }
};
