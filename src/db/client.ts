import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { PG_TIMEOUT_DEFAULTS, type PgTimeouts } from '../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

export type Schema = typeof schema;
/** The one database type every repository takes: the same code runs on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A repository function accepts the database or a transaction inside it. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  kind: DatabaseKind;
  close: () => Promise<void>;
  /**
   * Runs `fn` while no other process sharing this database runs its own `runExclusive` (first-start
   * seeding, say). The embedded database has one process, so there it simply runs `fn`.
   */
  runExclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Asks the database for `SELECT 1`; rejects when it has not answered within `timeoutMs` (the health check). */
  ping: (timeoutMs: number) => Promise<void>;
};

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; timeouts?: Partial<PgTimeouts> }
  /**
   * dataDir null = in memory (tests); lockHeld: the caller already holds the folder's lock (lockDataDir);
   * fromDump: a tarball of an already migrated data folder (PGlite's dumpDataDir) to start an in-memory
   * database from, instead of initdb and every migration (the test suites' template, test/db-template.ts).
   */
  | { kind: 'pglite'; dataDir: string | null; lockHeld?: boolean; fromDump?: string | undefined };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    const t = { ...PG_TIMEOUT_DEFAULTS, ...opts.timeouts };
    // Without limits a hung server, a lost network or a lock held by a stuck session holds a request and a
    // pooled connection forever; with them the query fails and the request answers 503 (SERVICE_UNAVAILABLE).
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: t.connectMs,
      statement_timeout: t.statementMs,
      idle_in_transaction_session_timeout: t.idleInTransactionMs,
      query_timeout: t.queryMs,
    });
    // An idle client error (server restart) must not crash the process; the pool reconnects.
    pool.on('error', () => {});
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    // Migrations may rightly run longer than a request's statement (an index on a large table): they get
    // a connection of their own with the connect timeout only.
    await withAdvisoryLock(opts.url, t.connectMs, MIGRATION_LOCK, async () => {
      const migrationPool = new pg.Pool({ connectionString: opts.url, max: 1, connectionTimeoutMillis: t.connectMs });
      migrationPool.on('error', () => {});
      try {
        await migrateNodePg(drizzleNodePg(migrationPool, { schema }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await migrationPool.end();
      }
    });
    return {
      db,
      kind: 'postgres',
      close: () => pool.end(),
      runExclusive: (fn) => withAdvisoryLock(opts.url, t.connectMs, STARTUP_LOCK, fn),
      ping: (timeoutMs) => withDeadline(pool.query({ text: 'SELECT 1', query_timeout: timeoutMs } as pg.QueryConfig), timeoutMs),
    };
  }
  const release = opts.dataDir && !opts.lockHeld ? await lockDataDir(opts.dataDir) : async () => {};
  try {
    if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
    const client = await PGlite.create({
      // A server's files are on disk, cached by the OS: PGlite's own 160 MB of shared buffers (in the
      // process's WebAssembly memory, which never shrinks) would mostly hold a second copy of them.
      ...(opts.dataDir ? { dataDir: opts.dataDir, postgresqlconf: [`shared_buffers=${PGLITE_SHARED_BUFFERS}`] } : {}),
      ...(!opts.dataDir && opts.fromDump ? { loadDataDir: new Blob([fs.readFileSync(opts.fromDump)]) } : {}),
      extensions: { pg_trgm },
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    // From a dump this finds every migration applied (or applies the ones newer than the dump).
    await migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db,
      kind: 'pglite',
      runExclusive: (fn) => fn(),
      ping: (timeoutMs) => withDeadline(client.query('SELECT 1'), timeoutMs),
      close: async () => {
        await client.close();
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}

const PGLITE_SHARED_BUFFERS = '16MB';

// Any fixed numbers: the advisory locks that serialise migrations and first-start seeding between processes.
const MIGRATION_LOCK = 7_401_620_001;
const STARTUP_LOCK = 7_401_620_002;

/**
 * Several processes may start at once on one PostgreSQL (a web and a worker process, say). Each runs
 * its migrations and seeding under a session advisory lock held on a connection of its own, so the
 * second waits for the first and then finds nothing left to do, instead of failing on a half-created
 * extension or a department inserted twice. The lock's connection is not the pool's, so `fn` may use
 * every pooled connection (a pool of one included) without waiting for itself.
 */
async function withAdvisoryLock<T>(url: string, connectMs: number, key: number, fn: () => Promise<T>): Promise<T> {
  // No statement timeout here: waiting for another process's migrations is the point.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectMs });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}

export class DatabaseTimeoutError extends Error {
  override name = 'DatabaseTimeoutError';
  // The code the HTTP layer reads to answer 503 (src/shared/db-unavailable.ts).
  readonly code = 'DATABASE_TIMEOUT';
}

/** `promise`, or a DatabaseTimeoutError once `ms` have passed without its answer. */
async function withDeadline(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(`the database did not answer within ${ms} ms`)), ms);
  });
  // A late answer or failure after the deadline must not surface as an unhandled rejection.
  promise.catch(() => {});
  try {
    await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
