import crypto from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';

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
