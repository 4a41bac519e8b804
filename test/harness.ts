import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type AppDeps } from '../src/app.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { openScratchDatabase } from '../src/db/scratch-database.ts';
import { seedDemoUsers, seedReferenceData, DEMO_PASSWORD } from '../src/modules/demo/seed.ts';
import type { Clock } from '../src/shared/clock.ts';
import { PG_TEMPLATE_ENV, PGLITE_DUMP_ENV } from './db-template.ts';
import { ensureConfiguration } from '../src/modules/admin/preset-application.service.ts';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (the CI's PostgreSQL run), dropped afterwards.
 */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  // TEST_DATABASE_URL wins, so a developer's own DATABASE_URL is used only when nothing more specific is set.
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  // Started from the run's migrated template (test/db-template.ts) when the global setup made one.
  if (!url) return openDatabase({ kind: 'pglite', dataDir: null, fromDump: process.env[PGLITE_DUMP_ENV] });
  return openScratchDatabase(url, 'cl_test', 8, undefined, process.env[PG_TEMPLATE_ENV]);
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

export async function createTestContext(
  opts: { clock?: Clock; autoRoute?: boolean; preset?: string; maxUploadBytes?: number; config?: Partial<AppDeps['config']> } = {},
) {
  const database = await openTestDatabase();
  await seedReferenceData(database.db);
  await seedDemoUsers(database.db);
  await ensureConfiguration(database.db, opts.preset ?? 'express', { demo: true, now: new Date(), timezone: 'Asia/Shanghai' });
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-att-'));
  const { app, routes, services } = await buildApp({
    database,
    config: {
      maxUploadBytes: opts.maxUploadBytes ?? 1024 * 1024,
      // Long enough for tests that move the injected clock by days.
      sessionTtlMs: 365 * 24 * 3600_000,
      cookieSecure: false,
      timezone: 'Asia/Shanghai',
      logLevel: 'silent',
      attachmentsDir,
      ...opts.config,
    },
    ...(opts.clock ? { clock: opts.clock } : {}),
    // The foundation suites drive the lifecycle by hand; the triage suites switch routing on.
    autoRoute: opts.autoRoute ?? false,
    serveWeb: false,
    logger: false,
  });
  await app.ready();
  const cookies = new Map<string, string>();

  async function login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = cookies.get(username);
    if (cached) return cached;
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'cl_session');
    if (!cookie) throw new Error('no session cookie');
    const header = `cl_session=${cookie.value}`;
    cookies.set(username, header);
    return header;
  }

  type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  async function as(username: string | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) {
    const res = await app.inject({
      method,
      url,
      headers: { ...(username ? { cookie: await login(username) } : {}), ...headers },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
    return { status: res.statusCode, body: res.body ? (safeJson(res.body) as any) : undefined, headers: res.headers, raw: res };
  }

  async function departmentId(code: string): Promise<string> {
    const res = await as('admin', 'GET', '/api/departments');
    const d = (res.body.items as Array<{ id: string; code: string }>).find((x) => x.code === code);
    if (!d) throw new Error(`no department ${code}`);
    return d.id;
  }

  async function userId(username: string): Promise<string> {
    const res = await as('admin', 'GET', '/api/users');
    const u = (res.body.items as Array<{ id: string; username: string }>).find((x) => x.username === username);
    if (!u) throw new Error(`no user ${username}`);
    return u.id;
  }

  let seq = 0;
  async function newCase(overrides: Record<string, unknown> = {}, by = 'agent') {
    seq += 1;
    const res = await as(by, 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '测试客户', phone: `1390000${String(1000 + seq).slice(-4)}` },
      description: `快递三天没到，运单号查不到物流信息 #${seq}`,
      waybillNo: `SF${String(100000000000 + seq)}`,
      ...overrides,
    });
    if (res.status !== 201) throw new Error(`newCase failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; caseNumber: string; status: string; version: number } & Record<string, any>;
  }

  /**
   * Another connection to the same database, as a second server process would have: a separate pool
   * on PostgreSQL; on PGlite (one connection per process) the same database.
   */
  async function secondConnection(): Promise<Database> {
    if (!database.url) return { ...database, close: async () => {} };
    return openDatabase({ kind: 'postgres', url: database.url, poolSize: 4 });
  }

  return {
    app,
    routes,
    secondConnection,
    db: database.db,
    database,
    attachmentsDir,
    services,
    login,
    /** Drops the cached sessions (after moving a test clock past their lifetime). */
    forgetSessions: () => cookies.clear(),
    as,
    newCase,
    departmentId,
    userId,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
