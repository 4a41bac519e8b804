import { describe, expect, it } from 'vitest';
import { ConfigError, demoExposureProblem, isLoopbackHost, loadConfig } from './config.ts';

describe('configuration', () => {
  it('should default to the embedded database on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.kind).toBe('pglite');
    expect(c.timezone).toBe('Asia/Shanghai');
  });

  it('should switch to PostgreSQL with DATABASE_URL alone', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/app' });
    expect(c.database).toMatchObject({ kind: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/app' });
  });

  it('should give the PostgreSQL pool connect, statement, idle-transaction and query timeouts, each configurable', () => {
    const url = 'postgres://u:p@127.0.0.1:5432/app';
    const defaults = loadConfig({ DATABASE_URL: url }).database;
    expect(defaults).toMatchObject({ timeouts: { connectMs: 5000, statementMs: 30_000, idleInTransactionMs: 60_000, queryMs: 35_000 } });
    const set = loadConfig({
      DATABASE_URL: url,
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_STATEMENT_TIMEOUT_MS: '2000',
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '3000',
    }).database;
    // The client's limit follows the statement timeout unless set.
    expect(set).toMatchObject({ timeouts: { connectMs: 1000, statementMs: 2000, idleInTransactionMs: 3000, queryMs: 7000 } });
    expect(() => loadConfig({ DATABASE_URL: url, DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
  });

  it('should keep attachments on disk by default and on S3 when asked, with the bucket required', () => {
    expect(loadConfig({}).storage).toEqual({ kind: 'disk' });
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'k' })).toThrow(/set both or neither/);
    expect(
      loadConfig({ STORAGE: 's3', S3_BUCKET: 'evidence', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }).storage,
    ).toEqual({
      kind: 's3',
      bucket: 'evidence',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      forcePathStyle: true,
      prefix: '',
    });
  });

  it('should default the health check and shutdown deadlines', () => {
    const c = loadConfig({});
    expect(c.healthTimeoutMs).toBe(2000);
    expect(c.shutdownTimeoutMs).toBe(10_000);
    expect(loadConfig({ SHUTDOWN_TIMEOUT_MS: '2500' }).shutdownTimeoutMs).toBe(2500);
  });

  it('should name every bad variable at once', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', APP_TIMEZONE: 'Mars/Olympus', DEMO: 'maybe' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const names = (err as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['APP_TIMEZONE', 'DATABASE_URL', 'DEMO', 'PORT']);
  });

  it('should serve HTTP and run the background work in one process by default', () => {
    expect(loadConfig({}).role).toEqual({ web: true, worker: true });
  });

  it('should split the web and the worker roles on PostgreSQL', () => {
    const url = 'postgres://u:p@127.0.0.1:5432/app';
    expect(loadConfig({ DATABASE_URL: url, PROCESS_ROLE: 'web' }).role).toEqual({ web: true, worker: false });
    expect(loadConfig({ DATABASE_URL: url, PROCESS_ROLE: 'worker' }).role).toEqual({ web: false, worker: true });
  });

  it('should refuse a split role on the embedded database, which one process owns', () => {
    expect(() => loadConfig({ PROCESS_ROLE: 'worker' })).toThrow(/PROCESS_ROLE.*needs DATABASE_URL/);
    expect(() => loadConfig({ PROCESS_ROLE: 'both' })).toThrow(ConfigError);
  });

  // Issue 12: the demo accounts' password is published, so a demo server stays on this machine.
  it('should refuse to serve the demo accounts beyond this machine unless DEMO_ALLOW_REMOTE is set', () => {
    const onNetwork = loadConfig({ HOST: '0.0.0.0' });
    expect(demoExposureProblem(onNetwork, true)).toMatch(/HOST=0\.0\.0\.0.*DEMO_ALLOW_REMOTE=1/s);
    expect(demoExposureProblem(onNetwork, false)).toBeNull();
    expect(demoExposureProblem(loadConfig({}), true)).toBeNull();
    expect(demoExposureProblem(loadConfig({ HOST: '0.0.0.0', DEMO_ALLOW_REMOTE: '1' }), true)).toBeNull();
    expect(() => loadConfig({ DEMO_ALLOW_REMOTE: 'yes' })).toThrow(/DEMO_ALLOW_REMOTE/);
  });

  it('should tell loopback hosts from the network', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5', 'example.com'].some(isLoopbackHost)).toBe(false);
  });

  it('should read the proxy trust, the allowed origins and the idempotency key retention', () => {
    const c = loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8', ALLOWED_ORIGINS: 'https://ops.example.com/, http://localhost:5173', IDEMPOTENCY_KEY_RETENTION_HOURS: '48' });
    expect(c.trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
    expect(c.allowedOrigins).toEqual(['https://ops.example.com', 'http://localhost:5173']);
    expect(c.idempotencyKeyRetentionMs).toBe(48 * 3600_000);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'ops.example.com' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ IDEMPOTENCY_KEY_RETENTION_HOURS: '1' })).toThrow(/IDEMPOTENCY_KEY_RETENTION_HOURS/);
  });
});

describe('customer-message settings', () => {
  it('should default PUBLIC_URL to this server and channels to none (the record driver)', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://cs.example.com/' }).publicUrl).toBe('https://cs.example.com');
    expect(() => loadConfig({ PUBLIC_URL: 'cs.example.com' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({}).notifyChannels).toEqual({});
  });

  it('should read the SMTP, Aliyun SMS and WeChat settings, and refuse half of one', () => {
    const c = loadConfig({
      SMTP_HOST: 'mail.example.com',
      SMTP_FROM: 'service@example.com',
      SMTP_PASSWORD: 'pw',
      ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 's',
      ALIYUN_SMS_SIGN_NAME: '客服',
      WECHAT_APP_ID: 'wx1',
      WECHAT_APP_SECRET: 'ws',
    });
    expect(c.notifyChannels.email).toEqual({ driver: 'smtp', options: { host: 'mail.example.com', port: 587, secure: false, from: 'service@example.com' }, secrets: { password: 'pw' } });
    expect(c.notifyChannels.sms).toMatchObject({ driver: 'aliyun', secrets: { accessKeySecret: 's' } });
    expect(c.notifyChannels.wechat).toMatchObject({ driver: 'wechat_mp', options: { appId: 'wx1' } });
    expect(() => loadConfig({ SMTP_HOST: 'mail.example.com' })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ ALIYUN_SMS_ACCESS_KEY_ID: 'LTAI' })).toThrow(/ALIYUN_SMS/);
    expect(() => loadConfig({ WECHAT_APP_ID: 'wx1' })).toThrow(/WECHAT_APP_SECRET/);
  });

  it("should send WeChat linking to open.weixin.qq.com unless WECHAT_OAUTH_BASE names another (a stand-in)", () => {
    expect(loadConfig({}).wechatOAuthBase).toBe('https://open.weixin.qq.com');
    expect(loadConfig({ WECHAT_OAUTH_BASE: 'http://127.0.0.1:9000/' }).wechatOAuthBase).toBe('http://127.0.0.1:9000');
    expect(() => loadConfig({ WECHAT_OAUTH_BASE: 'ftp://x' })).toThrow(/WECHAT_OAUTH_BASE/);
  });
});
