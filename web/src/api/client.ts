import { getLanguage, translate, type Language } from '../i18n/store.ts';

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

export type QueryValue = string | number | boolean | null | undefined | readonly string[];

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

const buildUrl = (path: string, query?: Record<string, QueryValue>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
      continue;
    }
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
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

const toApiError = async (res: Response): Promise<ApiError> => {
  const lang = getLanguage();
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

export const apiRequest = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const lang = getLanguage();
  const headers: Record<string, string> = { 'Accept-Language': lang, Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ code: 'NETWORK_ERROR', status: 0, message: translate(lang, 'error.network'), lang, local: true });
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError({ code: 'BAD_RESPONSE', status: res.status, message: translate(lang, 'error.badResponse'), lang, local: true });
  }
};
