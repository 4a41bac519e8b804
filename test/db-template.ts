// Vitest global setup: one migrated database, built once per set of migrations, that every test file's
// fresh database starts from — a PGlite data-folder dump (in the temp folder) or, with TEST_DATABASE_URL,
// a template database on the PostgreSQL server. Without it each test file ran initdb and every migration
// itself (about 5 s on PGlite), most of the suites' time. A test file's database is still its own.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { MIGRATIONS_DIR, openDatabase } from '../src/db/client.ts';

/** Where the harness finds the templates (environment variables are inherited by the test workers). */
export const PGLITE_DUMP_ENV = 'CL_TEST_PGLITE_DUMP';
export const PG_TEMPLATE_ENV = 'CL_TEST_PG_TEMPLATE';

/** The migrations' content: a new or changed migration makes a new template. */
function migrationsHash(): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(e.name).update(fs.readFileSync(p));
    }
  };
  walk(MIGRATIONS_DIR);
  return h.digest('hex').slice(0, 16);
}

async function pgliteDump(hash: string): Promise<string> {
  const file = path.join(os.tmpdir(), `closeloop-test-template-${hash}.tar`);
  if (fs.existsSync(file)) return file;
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir('none');
    // Written aside and renamed: a run that dies half-way leaves no broken template for the next.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  } finally {
    await database.close();
  }
  return file;
}

async function pgTemplate(serverUrl: string, hash: string): Promise<string> {
  const name = `cl_template_${hash}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return name;
    // Built under another name and renamed when complete, so a half-built template is never copied.
    const building = `${name}_${process.pid}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const u = new URL(serverUrl);
    u.pathname = `/${building}`;
    const database = await openDatabase({ kind: 'postgres', url: u.toString(), poolSize: 1 });
    await database.close();
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    // Templates of older migrations are of no further use.
    const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE 'cl\\_template\\_%' AND datname <> $1`, [name]);
    for (const r of stale.rows as Array<{ datname: string }>) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(r.datname)} WITH (FORCE)`);
    return name;
  } finally {
    await admin.end();
  }
}

export default async function setup(): Promise<void> {
  const hash = migrationsHash();
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (url) process.env[PG_TEMPLATE_ENV] = await pgTemplate(url, hash);
  else process.env[PGLITE_DUMP_ENV] = await pgliteDump(hash);
}
