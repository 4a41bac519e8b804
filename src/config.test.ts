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
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/app' });
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
