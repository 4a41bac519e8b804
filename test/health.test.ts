import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/client.ts';
import { openScratchDatabase } from '../src/db/scratch-database.ts';
import { openTestDatabase } from './harness.ts';

const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

async function appOn(database: Database, healthTimeoutMs = 300) {
  const { app } = await buildApp({
    database,
    config: {
      maxUploadBytes: 1024 * 1024,
      sessionTtlMs: 3600_000,
      cookieSecure: false,
      timezone: 'Asia/Shanghai',
      logLevel: 'silent',
      attachmentsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cl-health-')),
      healthTimeoutMs,
    },
    serveWeb: false,
    logger: false,
    demo: true,
  });
  await app.ready();
  return app;
}

describe('GET /api/health asks the database', () => {
  // One database for the first two (embedded, or PostgreSQL in its suite): the second closes it.
  let database: Database;
  let app: Awaited<ReturnType<typeof appOn>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    app = await appOn(database);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('should answer ok with the database kind, the demo flag and the upload limit when the database answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: database.kind, demo: true, maxUploadBytes: 1024 * 1024 });
  });

  it('should answer 503 SERVICE_UNAVAILABLE in the one error shape when the database is gone', async () => {
    await database.close();
    const res = await app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.error.message).toMatch(/database/);
    expect(body.error.requestId).toEqual(expect.any(String));
  });

  // A database that takes no new query (its pool's one connection held by a slow request) must not hold the
  // health check until it frees up: the check gives up after its own short timeout.
  it.skipIf(!serverUrl)('should answer 503 within its timeout when PostgreSQL has no connection free for it', { timeout: 120_000 }, async () => {
    const database = await openScratchDatabase(serverUrl!, 'cl_health', 1);
    const app = await appOn(database, 200);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holding = database.db.transaction(async (tx) => {
      await tx.execute('select 1');
      await held;
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      release();
      await holding;
      await app.close();
      await database.close();
    }
  });
});
