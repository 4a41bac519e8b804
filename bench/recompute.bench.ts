// npm run bench:recompute — does long time-limit work freeze the embedded database? Seeds BENCH_CASES open
// cases (default 5,000) on a file-backed PGlite, then times the queue page (GET /api/cases, 50 rows, through
// HTTP) with nothing in the background, and again while a policy edit's recomputation of every open case and
// a sweep with warnings to give run beside it, as the worker does. Prints p50/p99 of both and the
// ratio; for comparison, the same recomputation in one transaction (how it ran before it was batched).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';
import { ensureConfiguration } from '../src/modules/admin/preset-application.service.ts';
import { DEMO_PASSWORD, seedDemoUsers, seedReferenceData } from '../src/modules/demo/seed.ts';

const CASES = Number(process.env.BENCH_CASES ?? 5_000);
const HOUR = 3600_000;

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-rbench-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  const { db } = database;
  let now = new Date();
  await seedReferenceData(db);
  await seedDemoUsers(db);
  await ensureConfiguration(db, 'express', { demo: true, now, timezone: 'Asia/Shanghai' });
  const { app, services } = await buildApp({
    database,
    config: { maxUploadBytes: 1024 * 1024, sessionTtlMs: 30 * 24 * HOUR, cookieSecure: false, timezone: 'Asia/Shanghai', logLevel: 'silent', attachmentsDir: dir },
    clock: () => now,
    serveWeb: false,
    logger: false,
  });
  await app.ready();
  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    return `cl_session=${res.cookies.find((c) => c.name === 'cl_session')!.value}`;
  };
  const agent = await login('agent');
  const admin = await login('admin');

  // Open cases filed over the last two hours, with clocks started the way a recomputation starts them.
  const t0 = performance.now();
  await db.execute(sql`insert into customers (name, phone) select '客户' || g, '139' || lpad(g::text, 8, '0') from generate_series(1, 1000) g`);
  await db.execute(sql`
    insert into cases (case_number, status, channel, category, urgency, priority, customer_id, waybill_no, description, department_id, created_at, updated_at)
    select 'TR' || lpad(g::text, 9, '0'),
           (array['registered','acknowledged','assigned','investigating'])[1 + (g % 4)],
           'web',
           (array['delay','damage','loss','attitude'])[1 + (g % 4)],
           'normal',
           (array['P2','P3','P4'])[1 + (g % 3)],
           (select id from customers order by id offset (g % 1000) limit 1),
           'SF' || lpad(g::text, 12, '0'),
           '快递三天没到，物流信息不更新 #' || g,
           (select id from departments order by code offset (g % 7) limit 1),
           ${now}::timestamptz - ((g % 120) || ' minutes')::interval,
           ${now}::timestamptz
    from generate_series(1, ${CASES}) g`);
  await db.transaction((tx) => services.sla.requestRecompute(tx, { all: true }, now));
  await services.sla.runRecomputes(now);
  await services.sla.sweep(now);
  await db.execute(sql`vacuum analyze`);
  console.log(`Closeloop recompute benchmark — PGlite (file-backed), ${CASES.toLocaleString('en-US')} open cases (seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);

  const queuePage = async () => {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url: '/api/cases?limit=50', headers: { cookie: agent } });
    if (res.statusCode !== 200) throw new Error(`queue page ${res.statusCode}`);
    return performance.now() - t;
  };
  /** Queue pages one after another (as one busy agent would) until `until` settles, or `count` when none. */
  const measure = async (until: Promise<unknown> | null, count = 200) => {
    const times: number[] = [];
    let done = until === null;
    void until?.then(() => (done = true));
    while (until ? !done : times.length < count) times.push(await queuePage());
    return times.sort((a, b) => a - b);
  };

  const line = (name: string, t: readonly number[]) =>
    console.log(`  ${name.padEnd(58)} p50 ${fmt(pct(t, 50))}  p99 ${fmt(pct(t, 99))}  (${t.length} pages)`);
  await measure(null, 20); // warm
  const idle = await measure(null);
  line('queue page, nothing in the background', idle);

  // An administrator sets every policy's resolution limit to three hours: every open case is recomputed, and an
  // hour later the sweep warns the cases past 75% of it (about a third). The edits answer at once; the worker's
  // two jobs run beside the queue.
  const policies = JSON.parse((await app.inject({ method: 'GET', url: '/api/admin/sla-policies', headers: { cookie: admin } })).body).items as any[];
  const edit = async (policy: any, minutes: number) => {
    const t = performance.now();
    const targets = policy.policy.targets.map((x: any) => (x.target === 'resolution' ? { ...x, minutes } : x));
    const res = await app.inject({ method: 'PATCH', url: `/api/admin/sla-policies/${policy.id}`, headers: { cookie: admin }, payload: { policy: { ...policy.policy, targets } } });
    if (res.statusCode !== 200) throw new Error(`policy edit ${res.statusCode} ${res.body}`);
    return performance.now() - t;
  };
  const everyPolicy = async (minutes: number) => {
    let ms = 0;
    for (const p of policies) ms += await edit(p, minutes);
    return ms;
  };
  const editMs = await everyPolicy(180);
  const pending = await services.sla.pendingRecomputeCases();
  now = new Date(now.getTime() + HOUR);
  const tb = performance.now();
  let recomputed = 0;
  let swept = 0;
  const background = Promise.all([
    services.sla.runRecomputes(now).then((n) => (recomputed = n)),
    services.sla.sweep(now).then((a) => (swept = a.length)),
  ]);
  const busy = await measure(background);
  const backgroundSeconds = (performance.now() - tb) / 1000;
  line(`queue page, recompute (batches of 200) + sweep running`, busy);
  console.log(`  policy edits (${policies.length}) answered in ${editMs.toFixed(0)} ms in all; ${pending.toLocaleString('en-US')} case recomputations pending`);
  console.log(`  background: ${recomputed.toLocaleString('en-US')} cases recomputed, ${swept.toLocaleString('en-US')} sweep actions, in ${backgroundSeconds.toFixed(1)} s`);
  console.log(`  p99 ratio busy/idle ${(pct(busy, 99) / pct(idle, 99)).toFixed(1)}x`);

  // Before: the edit itself recomputed every open case in its own transaction.
  await everyPolicy(240);
  now = new Date(now.getTime() + 10 * 60_000);
  const tw = performance.now();
  const whole = (async () => {
    while (await services.sla.recomputeStep(now, CASES * 10));
  })();
  const before = await measure(whole);
  const wholeSeconds = (performance.now() - tw) / 1000;

  line('queue page, recompute in one transaction (before)', before);
  console.log(`  one-transaction recompute took ${wholeSeconds.toFixed(1)} s; p99 ratio one transaction/idle ${(pct(before, 99) / pct(idle, 99)).toFixed(1)}x`);
  await app.close();
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
