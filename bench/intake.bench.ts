// npm run bench — intake through HTTP (concurrent clients) against the raw single-row INSERT rate of
// the same database. PGlite by default; a PostgreSQL server when DATABASE_URL is given.
// Knobs: BENCH_CASES (default 2000), BENCH_CLIENTS (default 8).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { ensureConfiguration } from '../src/modules/admin/preset-application.service.ts';
import { openDatabase, type Database } from '../src/db/client.ts';
import { openScratchDatabase } from '../src/db/scratch-database.ts';
import { caseClockEvents, caseEvents, cases, customers, idempotencyKeys } from '../src/db/schema.ts';
import { seedDemoUsers, seedReferenceData, DEMO_PASSWORD } from '../src/modules/demo/seed.ts';

const TOTAL = Number(process.env.BENCH_CASES ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);

async function openBenchDatabase(): Promise<{ database: Database; label: string; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openScratchDatabase(url, 'cl_bench', CLIENTS);
    return { database, label: 'PostgreSQL', cleanup: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bench-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  return { database, label: 'PGlite (file-backed)', cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
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

async function main() {
  const { database, label, cleanup } = await openBenchDatabase();
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
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

  const descriptions = ['快递三天没到，物流信息不更新', '外包装破损，里面的杯子碎了', '收到的生鲜有异味，已经腐烂', '快递员态度恶劣，没打电话就放驿站'];
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
  for (let i = 0; i < 50; i++) await (await post(TOTAL + i)).arrayBuffer();

  const rowsWritten = async () => {
    const counts = await Promise.all([cases, caseEvents, caseClockEvents, idempotencyKeys, customers].map((t) => database.db.$count(t)));
    return counts.reduce((a, b) => a + b, 0);
  };
  const rowsBefore = await rowsWritten();
  const latencies: number[] = [];
  let failures = 0;
  const httpSeconds = await runPool(TOTAL, CLIENTS, async (i) => {
    const t0 = performance.now();
    const res = await post(i);
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (res.status !== 201) failures++;
  });
  latencies.sort((a, b) => a - b);
  const rowsPerIntake = (await rowsWritten() - rowsBefore) / TOTAL;

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

  const casesPerSecond = TOTAL / httpSeconds;
  const rawPerSecond = TOTAL / rawSeconds;
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(`Closeloop intake benchmark — ${label}, ${TOTAL} cases, ${CLIENTS} concurrent clients`);
  console.log(`  intake via HTTP:      ${casesPerSecond.toFixed(0)} cases/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   failures ${failures}`);
  console.log(`  raw single-row INSERT: ${rawPerSecond.toFixed(0)} rows/s`);
  console.log(
    `  ratio intake/raw:     ${(casesPerSecond / rawPerSecond).toFixed(3)}  (each intake inserts ${rowsPerIntake.toFixed(1)} rows — case, customer, idempotency key, timeline and clock events — and runs triage, routing and the time-limit policy)`,
  );
  console.log(`  process RSS:          ${rssMb.toFixed(0)} MB`);

  await app.close();
  await database.close();
  await cleanup();
  fs.rmSync(attachmentsDir, { recursive: true, force: true });
  if (failures > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
