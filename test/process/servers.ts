import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openScratchDatabase } from '../../src/db/scratch-database.ts';
import { ensureConfiguration } from '../../src/modules/admin/preset-application.service.ts';
import { DEMO_PASSWORD, seedDemoUsers, seedReferenceData } from '../../src/modules/demo/seed.ts';

// Real server processes (src/server.ts) on one PostgreSQL, as they run on several machines:
// started, waited for, killed. Used by the process tests only (vitest.proc.config.ts).

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export type Role = 'web' | 'worker' | 'all';

export type ServerProcess = {
  name: string;
  role: Role;
  /** http://127.0.0.1:PORT (null for a worker, which serves no HTTP). */
  url: string | null;
  child: ChildProcess;
  /** Everything the process printed, for the failure message. */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
  /** SIGKILL: gone at once, nothing flushed, nothing closed — a machine losing power. */
  kill: () => Promise<void>;
  /** SIGTERM: the server's own orderly shutdown. */
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A fresh database on the server named by TEST_DATABASE_URL, migrated and seeded as the API tests'
 * harness does (reference data, the express preset, the demo accounts without demo cases), dropped on close.
 */
export async function createProcessDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('the process tests need TEST_DATABASE_URL naming a PostgreSQL server');
  const database = await openScratchDatabase(serverUrl, 'cl_proc', 4);
  await seedReferenceData(database.db);
  await seedDemoUsers(database.db);
  await ensureConfiguration(database.db, 'express', { demo: true, now: new Date(), timezone: 'Asia/Shanghai' });
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-proc-att-'));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    url: database.url,
    /** Shared by every process, as a shared disk (or object storage) would be. */
    attachmentsDir,
    /** Plain SQL on the database, for what the test checks behind the API's back. */
    query: async <R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) => (await client.query<R>(text, values)).rows,
    close: async () => {
      await client.end();
      await database.close();
      fs.rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}

export type ProcessDatabase = Awaited<ReturnType<typeof createProcessDatabase>>;

/**
 * Starts `node --import tsx src/server.ts` with the given role on the database and waits until it
 * answers /api/health (web, all) or says its background work runs (worker).
 */
export async function startServer(opts: {
  name: string;
  role: Role;
  database: ProcessDatabase;
  port?: number;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const env: Record<string, string> = {};
  // The test runner's own settings (a developer's DATABASE_URL, PORT …) must not leak into the server.
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(DATABASE_URL|TEST_DATABASE_URL|PORT|HOST|PROCESS_ROLE|DEMO|DATA_DIR|PGLITE_DIR|ATTACHMENTS_DIR|VITEST.*)$/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    NODE_ENV: 'test',
    DATABASE_URL: opts.database.url,
    PORT: String(port),
    HOST: '127.0.0.1',
    PROCESS_ROLE: opts.role,
    DEMO: 'off',
    ATTACHMENTS_DIR: opts.database.attachmentsDir,
    LOG_LEVEL: 'warn',
    SCHEDULER_INTERVAL_SECONDS: '1',
    ...opts.env,
  });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', '--no-web-build'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  let gone = false;
  void exited.then(() => (gone = true));

  const url = opts.role === 'worker' ? null : `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (gone) throw new Error(`${opts.name} (${opts.role}) exited before it was ready:\n${output.slice(-4000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${opts.name} (${opts.role}) was not ready after 90 s:\n${output.slice(-4000)}`);
    }
    if (url ? await healthy(url) : output.includes('background worker running')) break;
    await sleep(200);
  }

  const end = async (signal: NodeJS.Signals) => {
    if (!gone) child.kill(signal);
    await exited;
  };
  return { name: opts.name, role: opts.role, url, child, output: () => output, exited, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Reply = { status: number; body: any };

/**
 * A signed-in user talking to whichever process it is pointed at. The session cookie is the user's,
 * not the process's: a load balancer may send any request to any web process.
 */
export function client(username: string, password = DEMO_PASSWORD) {
  let cookie: string | null = null;
  const send = async (url: string, method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const res = await fetch(`${url}${pathname}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text
    }
    return { status: res.status, body: parsed };
  };
  return {
    username,
    get cookie() {
      return cookie;
    },
    async login(url: string) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
      const set = res.headers.getSetCookie().find((c) => c.startsWith('cl_session='));
      if (!set) throw new Error('no session cookie');
      cookie = set.split(';')[0]!;
      return this;
    },
    send,
  };
}

export type Client = ReturnType<typeof client>;
