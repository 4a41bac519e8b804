// npm run bench:profile — the statements of one intake, each with its time as the server saw it
// (round trip included), after a warm-up; then the sequential rate and the process RSS. PGlite by
// default; a PostgreSQL server when DATABASE_URL is given. For where the CPU goes, run it under
// `node --cpu-prof --import tsx bench/intake-profile.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { ensureConfiguration } from '../src/modules/admin/preset-application.service.ts';
import { openDatabase } from '../src/db/client.ts';
import { openScratchDatabase } from '../src/db/scratch-database.ts';
import { seedDemoUsers, seedReferenceData, DEMO_PASSWORD } from '../src/modules/demo/seed.ts';

type Entry = { sql: string; ms: number };
let trace: Entry[] | null = null;
// Statements on a pooled client (transactions) and on the pool itself (everything outside them). The
// pool runs its client's query with a callback, which returns no promise and is not traced twice.
for (const proto of [pg.Client.prototype, pg.Pool.prototype] as any[]) {
  const origQuery = proto.query;
  const tag = proto === pg.Pool.prototype ? '[pool] ' : '';
  proto.query = function (this: unknown, ...args: any[]) {
    const t0 = performance.now();
    const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
    const r = origQuery.apply(this, args as never) as any;
    if (trace && r && typeof r.then === 'function') {
      const t = trace;
      return r.then((v: unknown) => { t.push({ sql: tag + String(text).slice(0, 160), ms: performance.now() - t0 }); return v; });
    }
    return r;
  };
}

async function main() {
  const url = process.env.DATABASE_URL;
  let database;
  if (url) database = await openScratchDatabase(url, 'cl_prof', 4);
  else {
    database = await openDatabase({ kind: 'pglite', dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cl-prof-')) });
    const client = (database.db as any).$client;
    for (const m of ['query', 'exec']) {
      const o = client[m].bind(client);
      client[m] = async (...a: any[]) => { const t0 = performance.now(); const v = await o(...a); trace?.push({ sql: String(a[0]).slice(0, 160), ms: performance.now() - t0 }); return v; };
    }
    const ot = client.transaction.bind(client);
    client.transaction = (fn: any) => ot((tx: any) => {
      for (const m of ['query', 'exec']) {
        const o = tx[m].bind(tx);
        tx[m] = async (...a: any[]) => { const t0 = performance.now(); const v = await o(...a); trace?.push({ sql: String(a[0]).slice(0, 160), ms: performance.now() - t0 }); return v; };
      }
      return fn(tx);
    });
  }
  await seedReferenceData(database.db);
  await ensureConfiguration(database.db, 'express', { demo: false, now: new Date(), timezone: 'Asia/Shanghai' });
  await seedDemoUsers(database.db);
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-prof-att-'));
  const { app } = await buildApp({ database, config: { maxUploadBytes: 1 << 20, sessionTtlMs: 3600_000, cookieSecure: false, timezone: 'Asia/Shanghai', logLevel: 'silent', attachmentsDir }, serveWeb: false, logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${address}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'agent', password: DEMO_PASSWORD }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const post = (i: number) => fetch(`${address}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'idempotency-key': `p-${i}` },
    body: JSON.stringify({ channel: 'api', customer: { name: `客户${i % 50}`, phone: `139${String(10_000_000 + (i % 500)).padStart(8, '0')}` }, description: '快递三天没到，物流信息不更新', waybillNo: `SF${300000000000 + i}`, category: 'delay' }) });
  const N = Number(process.env.PROFILE_WARMUP ?? 200);
  for (let i = 0; i < N; i++) await (await post(i)).arrayBuffer();
  const t0 = performance.now();
  const M = 100;
  for (let i = 0; i < M; i++) await (await post(N + i)).arrayBuffer();
  const seqMs = (performance.now() - t0) / M;
  trace = [];
  const t1 = performance.now();
  const r = await post(999999); await r.arrayBuffer();
  const total = performance.now() - t1;
  const tr = trace; trace = null;
  const dbMs = tr.reduce((a, e) => a + e.ms, 0);
  for (const e of tr) console.log(e.ms.toFixed(2).padStart(7), e.sql.replace(/\s+/g, ' '));
  console.log(`status ${r.status}; statements ${tr.length}; db ${dbMs.toFixed(1)} ms of ${total.toFixed(1)} ms; sequential avg ${seqMs.toFixed(1)} ms (${(1000 / seqMs).toFixed(0)}/s); rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
  await app.close(); await database.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
