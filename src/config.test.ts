import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
});
