import path from 'node:path';
import { z } from 'zod';

/** The PostgreSQL pool's limits, in milliseconds. */
export type PgTimeouts = { connectMs: number; statementMs: number; idleInTransactionMs: number; queryMs: number };
export const PG_TIMEOUT_DEFAULTS: PgTimeouts = { connectMs: 5000, statementMs: 30_000, idleInTransactionMs: 60_000, queryMs: 35_000 };

// Every setting a deployment may change, parsed once at start. Nothing else reads process.env.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PGLITE_DIR: z.string().min(1).optional(),
  ATTACHMENTS_DIR: z.string().min(1).optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(10),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  APP_TIMEZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'not a known IANA time zone'),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INDUSTRY_PRESET: z
    .enum(['express', 'logistics', 'fresh_food', 'supermarket', 'delivery_after_sales'])
    .default('express'),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // What this process does: serve HTTP, run the background work (time-limit sweep, classifier
  // retraining, later notifications and reports), or both — the default for one machine.
  PROCESS_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  // Security (issue 12).
  // The demo accounts share one published password: a demo server answers only on this machine unless forced.
  DEMO_ALLOW_REMOTE: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  // Behind a reverse proxy: trust its X-Forwarded-For/-Proto/-Host (`true`, or the proxies' addresses/CIDRs).
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v): boolean | string[] => (v === 'true' ? true : v === 'false' ? false : v.split(',').map((a) => a.trim()).filter(Boolean))),
  // Other origins whose pages may send writes with a user's session (e.g. https://ops.example.com).
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), 'a comma-separated list of origins like https://host[:port]'),
  IDEMPOTENCY_KEY_RETENTION_HOURS: z.coerce.number().int().min(24).max(24 * 365).default(72),
  // PostgreSQL timeouts (the embedded database runs in-process and has none): a hung server or a stuck
  // lock answers 503 instead of holding a request, a connection and the caller forever.
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(PG_TIMEOUT_DEFAULTS.connectMs),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(PG_TIMEOUT_DEFAULTS.statementMs),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(PG_TIMEOUT_DEFAULTS.idleInTransactionMs),
  // The client's own limit, for a server that stops answering altogether; defaults to the statement timeout + 5 s.
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).optional(),
  HEALTH_DB_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // Where attachment bytes live: the local disk (default) or an S3-compatible object store.
  STORAGE: z.enum(['disk', 's3']).default('disk'),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // The customer-facing base URL (links in customer messages: follow a case, answer a survey).
  PUBLIC_URL: z
    .url()
    .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
    .optional(),
  // Customer messages: a channel's provider settings when an administrator has not saved any (the admin
  // screen 通知渠道 overrides these). Without them each channel uses the `record` driver (the outbox viewer).
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).optional(),
  ALIYUN_SMS_ENDPOINT: z.url().optional(),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  WECHAT_API_BASE: z.url().optional(),
  WECHAT_APP_ID: z.string().min(1).optional(),
  WECHAT_APP_SECRET: z.string().min(1).optional(),
  // Where the customer's browser is sent to bind their WeChat openid (网页授权); a stand-in in tests.
  WECHAT_OAUTH_BASE: z.url().refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://').default('https://open.weixin.qq.com'),
  S3_PREFIX: z.string().regex(/^[A-Za-z0-9!_.*'()\/-]*$/, 'letters, digits and !_.*\'()/- only').default(''),
});

export type StorageConfig =
  | { kind: 'disk' }
  | {
      kind: 's3';
      bucket: string;
      endpoint: string | undefined;
      region: string;
      // Both or neither: without them the SDK's own chain (environment, instance role) is used.
      credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
      forcePathStyle: boolean;
      prefix: string;
    };

export type ProcessRole = z.infer<typeof EnvSchema>['PROCESS_ROLE'];

export type AppConfig = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string; timeouts: PgTimeouts } | { kind: 'pglite'; dataDir: string | null };
  /** How long /api/health waits for the database's answer. */
  healthTimeoutMs: number;
  /** How long a shutdown waits for requests in flight and background runs before exiting anyway. */
  shutdownTimeoutMs: number;
  storage: StorageConfig;
  attachmentsDir: string;
  maxUploadBytes: number;
  sessionTtlMs: number;
  cookieSecure: boolean;
  timezone: string;
  demo: 'auto' | 'on' | 'off';
  logLevel: string;
  industryPreset: z.infer<typeof EnvSchema>['INDUSTRY_PRESET'];
  schedulerIntervalMs: number;
  role: { web: boolean; worker: boolean };
  demoAllowRemote: boolean;
  trustProxy: boolean | string[];
  allowedOrigins: string[];
  idempotencyKeyRetentionMs: number;
  /** The customer-facing base URL, without a trailing slash (PUBLIC_URL; default http://localhost:PORT). */
  publicUrl: string;
  /** Channel settings from the environment, used while an administrator has saved none for the channel. */
  notifyChannels: Partial<Record<'email' | 'sms' | 'wechat', { driver: string; options: Record<string, string | number | boolean>; secrets: Record<string, string> }>>;
  /** WeChat 网页授权's base URL (WECHAT_OAUTH_BASE), without a trailing slash. */
  wechatOAuthBase: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings count as unset, so `DATABASE_URL= npm start` means "embedded".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  // The embedded database belongs to one process, so a web-only or worker-only process on it would
  // leave the other half of the work undone for good.
  if (e.PROCESS_ROLE !== 'all' && !e.DATABASE_URL) {
    throw new ConfigError([`PROCESS_ROLE: "${e.PROCESS_ROLE}" needs DATABASE_URL (the embedded database serves one process, which must do all the work)`]);
  }
  const problems: string[] = [];
  if (e.STORAGE === 's3' && !e.S3_BUCKET) problems.push('S3_BUCKET: STORAGE=s3 needs the bucket to keep attachments in');
  if (!!e.S3_ACCESS_KEY_ID !== !!e.S3_SECRET_ACCESS_KEY) problems.push('S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: set both or neither');
  if (e.SMTP_HOST && !e.SMTP_FROM) problems.push('SMTP_FROM: SMTP_HOST needs the sender address');
  if (!!e.ALIYUN_SMS_ACCESS_KEY_ID !== !!e.ALIYUN_SMS_ACCESS_KEY_SECRET || (e.ALIYUN_SMS_ACCESS_KEY_ID && !e.ALIYUN_SMS_SIGN_NAME)) {
    problems.push('ALIYUN_SMS_ACCESS_KEY_ID / ALIYUN_SMS_ACCESS_KEY_SECRET / ALIYUN_SMS_SIGN_NAME: set all three or none');
  }
  if (!!e.WECHAT_APP_ID !== !!e.WECHAT_APP_SECRET) problems.push('WECHAT_APP_ID / WECHAT_APP_SECRET: set both or neither');
  if (problems.length) throw new ConfigError(problems);
  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? {
          kind: 'postgres' as const,
          url: e.DATABASE_URL,
          timeouts: {
            connectMs: e.DB_CONNECT_TIMEOUT_MS,
            statementMs: e.DB_STATEMENT_TIMEOUT_MS,
            idleInTransactionMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
            queryMs: e.DB_QUERY_TIMEOUT_MS ?? e.DB_STATEMENT_TIMEOUT_MS + 5000,
          },
        }
      : { kind: 'pglite' as const, dataDir: path.resolve(e.PGLITE_DIR ?? path.join(dataDir, 'pglite')) },
    attachmentsDir: path.resolve(e.ATTACHMENTS_DIR ?? path.join(dataDir, 'attachments')),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE,
    timezone: e.APP_TIMEZONE,
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    industryPreset: e.INDUSTRY_PRESET,
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_SECONDS * 1000,
    role: { web: e.PROCESS_ROLE !== 'worker', worker: e.PROCESS_ROLE !== 'web' },
    demoAllowRemote: e.DEMO_ALLOW_REMOTE,
    trustProxy: e.TRUST_PROXY,
    allowedOrigins: e.ALLOWED_ORIGINS,
    idempotencyKeyRetentionMs: e.IDEMPOTENCY_KEY_RETENTION_HOURS * 3600_000,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    notifyChannels: {
      ...(e.SMTP_HOST && e.SMTP_FROM
        ? {
            email: {
              driver: 'smtp',
              options: { host: e.SMTP_HOST, port: e.SMTP_PORT ?? (e.SMTP_SECURE ? 465 : 587), secure: e.SMTP_SECURE, from: e.SMTP_FROM, ...(e.SMTP_USER ? { user: e.SMTP_USER } : {}) },
              secrets: (e.SMTP_PASSWORD ? { password: e.SMTP_PASSWORD } : {}) as Record<string, string>,
            },
          }
        : {}),
      ...(e.ALIYUN_SMS_ACCESS_KEY_ID && e.ALIYUN_SMS_ACCESS_KEY_SECRET && e.ALIYUN_SMS_SIGN_NAME
        ? {
            sms: {
              driver: 'aliyun',
              options: { accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID, signName: e.ALIYUN_SMS_SIGN_NAME, ...(e.ALIYUN_SMS_ENDPOINT ? { endpoint: e.ALIYUN_SMS_ENDPOINT } : {}) },
              secrets: { accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET },
            },
          }
        : {}),
      ...(e.WECHAT_APP_ID && e.WECHAT_APP_SECRET
        ? { wechat: { driver: 'wechat_mp', options: { appId: e.WECHAT_APP_ID, ...(e.WECHAT_API_BASE ? { apiBase: e.WECHAT_API_BASE } : {}) }, secrets: { appSecret: e.WECHAT_APP_SECRET } } }
        : {}),
    },
    wechatOAuthBase: e.WECHAT_OAUTH_BASE.replace(/\/+$/, ''),
    healthTimeoutMs: e.HEALTH_DB_TIMEOUT_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    storage:
      e.STORAGE === 's3'
        ? {
            kind: 's3' as const,
            bucket: e.S3_BUCKET!,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            credentials:
              e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            prefix: e.S3_PREFIX,
          }
        : { kind: 'disk' as const },
  });
}

/** Whether HOST is an address only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Why a server holding the demo accounts (published password) must not start, or null when it may:
 * it listens beyond this machine and DEMO_ALLOW_REMOTE is not set.
 */
export function demoExposureProblem(config: Pick<AppConfig, 'host' | 'demoAllowRemote'>, demo: boolean): string | null {
  if (!demo || config.demoAllowRemote || isLoopbackHost(config.host)) return null;
  return (
    `refusing to start: this database holds the demo accounts (admin and others, whose password is published) ` +
    `and HOST=${config.host} would let the network sign in with them. Listen on 127.0.0.1, use a database ` +
    `without the demo (DEMO=off with a new DATA_DIR, or DATABASE_URL), or set DEMO_ALLOW_REMOTE=1 to serve it anyway.`
  );
}
