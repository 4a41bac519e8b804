// One closed set of error codes, one mapping to HTTP statuses, one pair of user-facing messages each.

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'CSRF_REJECTED',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'ILLEGAL_TRANSITION',
  'ALREADY_EXISTS',
  'LAST_ADMIN',
  'IDEMPOTENCY_KEY_REUSED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
  // A survey link that was used already or expired (satisfaction callbacks).
  'SURVEY_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Lang = 'zh' | 'en';

export type FieldError = { path: string; message: string };

export function assertUnreachable(x: never): never {
  throw new Error(`unreachable: ${String(x)}`);
}

export function codeToStatus(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'MALFORMED_REQUEST':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'CSRF_REJECTED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'VERSION_CONFLICT':
    case 'ILLEGAL_TRANSITION':
    case 'ALREADY_EXISTS':
    case 'LAST_ADMIN':
      return 409;
    case 'SURVEY_UNAVAILABLE':
      return 410;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'IDEMPOTENCY_KEY_REUSED':
      return 422;
    case 'RATE_LIMITED':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default:
      return assertUnreachable(code);
  }
}

const DEFAULT_MESSAGES: Record<ErrorCode, Record<Lang, string>> = {
  VALIDATION_FAILED: { zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid; please check them' },
  MALFORMED_REQUEST: { zh: '请求格式错误（无法解析）', en: 'The request could not be parsed' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in first' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  FORBIDDEN: { zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  CSRF_REJECTED: {
    zh: '请求来自其他网站，已拒绝；请在本系统页面中操作',
    en: 'The request came from another site and was refused; please use this system\'s own pages',
  },
  NOT_FOUND: { zh: '未找到该记录', en: 'Not found' },
  VERSION_CONFLICT: {
    zh: '该工单已被他人修改，请刷新后再试',
    en: 'Someone else changed this case; reload and try again',
  },
  ILLEGAL_TRANSITION: { zh: '当前状态下不能执行此操作', en: 'This move is not allowed from the current status' },
  ALREADY_EXISTS: { zh: '记录已存在', en: 'It already exists' },
  LAST_ADMIN: {
    zh: '这是最后一位在用的管理员，不能停用或改为其他角色；请先设置另一位管理员',
    en: 'This is the last active administrator and cannot be deactivated or given another role; make someone else an administrator first',
  },
  IDEMPOTENCY_KEY_REUSED: {
    zh: '该幂等键已用于另一份不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  PAYLOAD_TOO_LARGE: { zh: '文件或请求过大', en: 'The file or request is too large' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的文件或内容类型', en: 'This file or content type is not supported' },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL_ERROR: { zh: '服务器内部错误，请稍后再试', en: 'Something went wrong on our side; try again later' },
  SERVICE_UNAVAILABLE: { zh: '服务暂时不可用（数据库未响应），请稍后再试', en: 'The service is briefly unavailable (the database did not answer); try again shortly' },
  SURVEY_UNAVAILABLE: { zh: '该问卷链接已使用或已过期', en: 'This survey link was used already or has expired' },
};

export type LocalizedText = Record<Lang, string>;

/** The one error type of the domain. Services throw it; the HTTP layer maps it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: LocalizedText | undefined;
  readonly fields: Array<{ path: string; message: LocalizedText }> | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    opts: {
      message?: LocalizedText;
      fields?: Array<{ path: string; message: LocalizedText }>;
      details?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(opts.message?.en ?? DEFAULT_MESSAGES[code].en, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = opts.message;
    this.fields = opts.fields;
    this.details = opts.details;
  }

  messageIn(lang: Lang): string {
    return (this.userMessage ?? DEFAULT_MESSAGES[this.code])[lang];
  }
}

export function defaultMessage(code: ErrorCode, lang: Lang): string {
  return DEFAULT_MESSAGES[code][lang];
}

export const notFound = (): AppError => new AppError('NOT_FOUND');

export function fieldError(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: [{ path, message }] });
}

export function assertFound<T>(value: T | null | undefined): asserts value is T {
  if (value === null || value === undefined) throw notFound();
}
