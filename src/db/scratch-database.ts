import crypto from 'node:crypto';
import pg from 'pg';
import type { PgTimeouts } from '../config.ts';
import { openDatabase, type Database } from './client.ts';

/**
 * A throwaway database on a PostgreSQL server (tests and benchmarks): created fresh, migrated, and
 * dropped on close, so real data on that server is never touched. `template`: an already migrated
 * database to copy (CREATE DATABASE … TEMPLATE), much faster than running every migration.
 */
export async function openScratchDatabase(
  serverUrl: string,
  prefix: string,
  poolSize = 8,
  timeouts?: Partial<PgTimeouts>,
  template?: string,
): Promise<Database & { url: string }> {
  const name = `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(template ? `CREATE DATABASE ${name} TEMPLATE ${pg.escapeIdentifier(template)}` : `CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize, ...(timeouts ? { timeouts } : {}) });
  return {
    ...database,
    url: u.toString(),
    close: async () => {
      await database.close();
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
