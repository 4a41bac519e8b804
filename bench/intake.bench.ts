// npm run bench — intake through HTTP (concurrent clients, then one client at a time) against the raw
// single-row INSERT rate of the same database in the same run. PGlite always; PostgreSQL too when
// DATABASE_URL or TEST_DATABASE_URL names a server (a scratch database is created and dropped).
// The server runs in a child process, so the RSS printed is the server's alone.
// Knobs: BENCH_CASES (default 2000), BENCH_CLIENTS (default 16), BENCH_SEQUENTIAL (default 300),
// BENCH_MODES (pglite,postgres).
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { ensureConfiguration } from '../src/modules/admin/preset-application.service.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { openScratchDatabase } from '../src/db/scratch-database.ts';
import { caseClockEvents, caseEvents, cases, customers, idempotencyKeys } from '../src/db/schema.ts';
import { seedDemoUsers, seedReferenceData, DEMO_PASSWORD } from '../src/modules/demo/seed.ts';

const TOTAL = Number(process.env.BENCH_CASES ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 300);
const SERVER_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
// osTicket's intake rate on this machine kind, one client at a time (issue 12).
const OSTICKET_PER_SECOND = 32;
const TARGETS = { pglite: { ratio: 0.1 }, postgres: { ratio: 0.25, p99Ms: 100 } } as const;

type Mode = 'pglite' | 'postgres';
type ToServer = { cmd: 'count' } | { cmd: 'raw' } | { cmd: 'rss' } | { cmd: 'close' };
type FromServer = { address: string; label: string } | { value: number };

const descriptions = ['快递三天没到，物流信息不更新', '外包装破损，里面的杯子碎了', '收到的生鲜有异味，已经腐烂', '快递员态度恶劣，没打电话就放驿站'];

// ------------------------------------------------------------------------------------------------
// The server (child process): the app on its database, and the raw INSERT baseline on the same one.

async function openBenchDatabase(mode: Mode): Promise<{ database: Database; label: string; cleanup: () => Promise<void> }> {
  if (mode === 'postgres') {
    const database = await openScratchDatabase(SERVER_URL!, 'cl_bench', CLIENTS);
    return { database, label: 'PostgreSQL', cleanup: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bench-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  return { database, label: 'PGlite (file-backed)', cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function runPool(n: number, clients: number, task: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < n) await task(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function server(mode: Mode) {
  const { database, label, cleanup } = await openBenchDatabase(mode);
  await seedReferenceData(database.db);
  await ensureConfiguration(database.db, 'express', { demo: false, now: new Date(), timezone: 'Asia/Shanghai' });
  await seedDemoUsers(database.db);
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bench-att-'));
  const { app } = await buildApp({
    database,
    config: { maxUploadBytes: 1 << 20, sessionTtlMs: 3600_000, cookieSecure: false, timezone: 'Asia/Shanghai', logLevel: 'silent', attachmentsDir },
    serveWeb: false,
    logger: false,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const send = (m: FromServer) => process.send!(m);
  process.on('message', async (m: ToServer) => {
    if (m.cmd === 'count') {
      const counts = await Promise.all([cases, caseEvents, caseClockEvents, idempotencyKeys, customers].map((t) => database.db.$count(t)));
      send({ value: counts.reduce((a, b) => a + b, 0) });
    } else if (m.cmd === 'rss') {
      send({ value: process.memoryUsage().rss });
    } else if (m.cmd === 'raw') {
      // The ceiling: single-row INSERTs of a comparable row (jsonb, 3 indexes) on the same database.
      await database.db.execute(sql`create table bench_raw (
        id uuid primary key default gen_random_uuid(), case_number text not null, status text not null, channel text not null,
        category text, description text not null, payload jsonb not null, customer_id uuid, created_at timestamptz not null default now(), version int not null default 1)`);
      await database.db.execute(sql`create index on bench_raw (status, created_at desc)`);
      await database.db.execute(sql`create index on bench_raw (customer_id)`);
      const rawSeconds = await runPool(TOTAL, CLIENTS, async (i) => {
        await database.db.execute(
          sql`insert into bench_raw (case_number, status, channel, category, description, payload, customer_id)
              values (${`B${i}`}, 'registered', 'api', 'delay', ${descriptions[i % descriptions.length]}, ${JSON.stringify({ i })}::jsonb, gen_random_uuid())`,
        );
      });
      send({ value: TOTAL / rawSeconds });
    } else {
      await app.close();
      await database.close();
      await cleanup();
      fs.rmSync(attachmentsDir, { recursive: true, force: true });
      process.exit(0);
    }
  });
  send({ address, label });
}

// ------------------------------------------------------------------------------------------------
// The clients (parent process).

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function startServer(mode: Mode): { child: ChildProcess; ask: (m: ToServer) => Promise<FromServer> } {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, BENCH_SERVER: mode },
    execArgv: ['--import', 'tsx'],
  });
  const waiting: Array<(m: FromServer) => void> = [];
  child.on('message', (m: FromServer) => waiting.shift()?.(m));
  child.on('exit', (code) => {
    if (code) throw new Error(`bench server (${mode}) exited with ${code}`);
  });
  const ask = (m: ToServer) =>
    new Promise<FromServer>((resolve) => {
      waiting.push(resolve);
      child.send(m);
    });
  return { child, ask };
}

const value = (m: FromServer): number => ('value' in m ? m.value : NaN);

async function benchMode(mode: Mode): Promise<boolean> {
  const { child, ask } = startServer(mode);
  // The first message is the server's address.
  const hello = await new Promise<FromServer>((resolve) => child.once('message', resolve));
  if (!('address' in hello)) throw new Error('bench server did not start');
  const { address, label } = hello;
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const post = (i: number) =>
    fetch(`${address}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'idempotency-key': `bench-${i}` },
      body: JSON.stringify({
        channel: 'api',
        customer: { name: `压测客户${i % 500}`, phone: `139${String(10_000_000 + (i % 5000)).padStart(8, '0')}` },
        description: descriptions[i % descriptions.length],
        waybillNo: `SF${String(300000000000 + i)}`,
        category: 'delay',
      }),
    });

  // Warm up JIT, pools and caches before measuring.
  for (let i = 0; i < 50; i++) await (await post(1_000_000 + i)).arrayBuffer();

  const rowsBefore = value(await ask({ cmd: 'count' }));
  const latencies: number[] = [];
  let failures = 0;
  const timed = async (i: number, into: number[]) => {
    const t0 = performance.now();
    const res = await post(i);
    await res.arrayBuffer();
    into.push(performance.now() - t0);
    if (res.status !== 201) failures++;
  };
  const httpSeconds = await runPool(TOTAL, CLIENTS, (i) => timed(i, latencies));
  latencies.sort((a, b) => a - b);
  const rowsPerIntake = (value(await ask({ cmd: 'count' })) - rowsBefore) / TOTAL;
  const sequential: number[] = [];
  const seqSeconds = await runPool(SEQUENTIAL, 1, (i) => timed(2_000_000 + i, sequential));
  sequential.sort((a, b) => a - b);
  const rssMb = value(await ask({ cmd: 'rss' })) / 1024 / 1024;
  const rawPerSecond = value(await ask({ cmd: 'raw' }));
  child.send({ cmd: 'close' });

  const casesPerSecond = TOTAL / httpSeconds;
  const seqPerSecond = SEQUENTIAL / seqSeconds;
  const ratio = casesPerSecond / rawPerSecond;
  const target = TARGETS[mode];
  const p99 = percentile(latencies, 99);
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`Closeloop intake benchmark — ${label}, ${TOTAL} cases, ${CLIENTS} concurrent clients (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`);
  console.log(`  raw single-row INSERT:  ${rawPerSecond.toFixed(0)} rows/s (${CLIENTS} clients, same database, same run)`);
  console.log(`  intake via HTTP:        ${casesPerSecond.toFixed(0)} cases/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   failures ${failures}`);
  console.log(
    `  ratio intake/raw:       ${ratio.toFixed(3)}  target ≥ ${target.ratio} ${mark(ratio >= target.ratio)}` +
      ('p99Ms' in target ? `; p99 target < ${target.p99Ms} ms ${mark(p99 < target.p99Ms)}` : ''),
  );
  console.log(`    (each intake inserts ${rowsPerIntake.toFixed(1)} rows — case, customer, idempotency key, timeline and clock events — and runs triage, routing and the time-limit policy)`);
  console.log(
    `  sequential, 1 client:   ${seqPerSecond.toFixed(0)} cases/s   p50 ${percentile(sequential, 50).toFixed(1)} ms — osTicket ${OSTICKET_PER_SECOND}/s (measured in issue 12); ` +
      `target 10× = ${OSTICKET_PER_SECOND * 10}/s ${mark(seqPerSecond >= OSTICKET_PER_SECOND * 10)}`,
  );
  console.log(`  server RSS after run:   ${rssMb.toFixed(0)} MB${mode === 'pglite' ? ` (target < 300 MB with the embedded database: ${mark(rssMb < 300)})` : ' (the database server is a separate process)'}`);
  await new Promise((resolve) => child.once('exit', resolve));
  return failures === 0;
}

async function main() {
  const modes = (process.env.BENCH_MODES ?? 'pglite,postgres').split(',').filter((m): m is Mode => m === 'pglite' || (m === 'postgres' && !!SERVER_URL));
  let ok = true;
  for (const mode of modes) ok = (await benchMode(mode)) && ok;
  if (!SERVER_URL) console.log('(PostgreSQL skipped: set DATABASE_URL or TEST_DATABASE_URL to a server to bench it too)');
  if (!ok) process.exitCode = 1;
}

const serverMode = process.env.BENCH_SERVER as Mode | undefined;
(serverMode ? server(serverMode) : main()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
