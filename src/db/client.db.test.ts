import crypto from 'node:crypto';
import pg from 'pg';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { isDatabaseUnavailable } from '../shared/db-unavailable.ts';
import { openDatabase } from './client.ts';
import { openScratchDatabase } from './scratch-database.ts';

const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

// Several processes (web and worker) may start together on one PostgreSQL; PGlite has one process.
describe.skipIf(!serverUrl)('several processes starting on one PostgreSQL', () => {
  it('should migrate a new database once when three processes open it at the same moment', async () => {
    const name = `cl_start_${crypto.randomBytes(5).toString('hex')}`;
    const admin = async (statement: string) => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(statement);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE ${name}`);
    const u = new URL(serverUrl!);
    u.pathname = `/${name}`;
    try {
      const opened = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 1 })));
      try {
        // runExclusive serialises first-start work: the three bodies never overlap.
        let inside = 0;
        let overlapped = false;
        await Promise.all(
          opened.map((d) =>
            d.runExclusive(async () => {
              inside++;
              if (inside > 1) overlapped = true;
              await d.db.execute('select pg_sleep(0.05)');
              inside--;
            }),
          ),
        );
        expect(overlapped).toBe(false);
        const rows = await opened[0]!.db.execute('select count(*)::int as n from drizzle.__drizzle_migrations');
        const applied = (rows as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
        const files = (await import('node:fs')).readdirSync(new URL('../../drizzle', import.meta.url)).filter((f) => f.endsWith('.sql'));
        expect(applied).toBe(files.length);
      } finally {
        await Promise.all(opened.map((d) => d.close()));
      }
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});

// A statement that runs too long (a hung server, a lock held by a stuck session) fails after the
// configured timeout and the request answers 503, instead of holding the request and a connection forever.
describe.skipIf(!serverUrl)('PostgreSQL timeouts', () => {
  it('should fail a statement over the statement timeout cleanly, as the database being unavailable', async () => {
    const database = await openScratchDatabase(serverUrl!, 'cl_timeout', 2, { statementMs: 300 });
    try {
      const err = await database.db.execute(sql`select pg_sleep(3)`).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).not.toBeNull();
      expect(isDatabaseUnavailable(err)).toBe(true);
      // The connection goes back to the pool in working order.
      const rows = await database.db.execute(sql`select 1 as one`);
      expect((rows as unknown as { rows: Array<{ one: number }> }).rows[0]!.one).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('should answer 503 SERVICE_UNAVAILABLE, not 500, when a request waits on a lock past the statement timeout', async () => {
    const database = await openScratchDatabase(serverUrl!, 'cl_timeout', 2, { statementMs: 300 });
    const { app } = await buildApp({
      database,
      config: {
        maxUploadBytes: 1024,
        sessionTtlMs: 3600_000,
        cookieSecure: false,
        timezone: 'Asia/Shanghai',
        logLevel: 'silent',
        attachmentsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cl-timeout-')),
      },
      serveWeb: false,
      logger: false,
    });
    // Another session holds the users table (a stuck migration, a long report) and lets go after 4 s.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    const letGo = setTimeout(() => void holder.query('ROLLBACK'), 4000);
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'whatever-it-is' },
        headers: { 'accept-language': 'en' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      clearTimeout(letGo);
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
      await app.close();
      await database.close();
    }
  });
});
