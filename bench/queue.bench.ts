// npm run bench:queue — the queue's queries at scale: fills the cases table with BENCH_ROWS synthetic cases
// (default 1,000,000 on PostgreSQL with DATABASE_URL, 200,000 on PGlite) and times the list, filter,
// search, count and next-page queries through the real service. Prints medians of 5 runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.ts';
import { openScratchDatabase } from '../src/db/scratch-database.ts';
import { createCaseService } from '../src/modules/cases/case.service.ts';
import { casePorts } from '../src/services.ts';
import { seedDemoUsers, seedReferenceData } from '../src/modules/demo/seed.ts';
import { departmentRepository, userRepository } from '../src/modules/users/user.repository.ts';
import { toActor } from '../src/modules/users/user.service.ts';

async function open(): Promise<{ database: Database; label: string; cleanup: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openScratchDatabase(url, 'cl_qbench', 4);
    return { database, label: 'PostgreSQL', cleanup: async () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-qbench-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  return { database, label: 'PGlite (file-backed)', cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function main() {
  const { database, label, cleanup } = await open();
  const rows = Number(process.env.BENCH_ROWS ?? (database.kind === 'postgres' ? 1_000_000 : 200_000));
  const { db } = database;
  await seedReferenceData(db);
  await seedDemoUsers(db);
  const dispatch = (await departmentRepository.findByCode(db, 'dispatch'))!;
  const handler = toActor((await userRepository.findByUsername(db, 'dispatch'))!);
  const agent = toActor((await userRepository.findByUsername(db, 'agent'))!);

  const t0 = performance.now();
  // 5,000 customers, then the cases in chunks, spread over a year, eight statuses and seven departments.
  await db.execute(sql`insert into customers (name, phone) select '客户' || g, '139' || lpad(g::text, 8, '0') from generate_series(1, 5000) g`);
  const chunk = 100_000;
  for (let start = 0; start < rows; start += chunk) {
    const n = Math.min(chunk, rows - start);
    await db.execute(sql`
      insert into cases (case_number, status, channel, category, urgency, priority, customer_id, waybill_no, description, department_id, assignee_id, created_at, updated_at)
      select 'TB' || lpad((${start} + g)::text, 9, '0'),
             (array['registered','acknowledged','assigned','investigating','resolved','closed','closed','closed'])[1 + (g % 8)],
             (array['hotline','web','app','wechat'])[1 + (g % 4)],
             (array['delay','damage','loss','wrong_item','attitude','fee_dispute'])[1 + (g % 6)],
             (array['normal','normal','urgent','critical'])[1 + (g % 4)],
             (array['P1','P2','P3','P4'])[1 + (g % 4)],
             (select id from customers order by id offset (g % 5000) limit 1),
             'SF' || lpad((${start} + g)::text, 12, '0'),
             (array['快递三天没到，物流信息不更新','外包装破损，杯子碎了','包裹丢失，一直找不到','收到的东西不是我买的'])[1 + (g % 4)] || ' #' || (${start} + g),
             (select id from departments order by code offset (g % 7) limit 1),
             case when g % 7 = 0 then ${handler.id}::uuid else null end,
             now() - ((g % 365) || ' days')::interval - ((g % 86400) || ' seconds')::interval,
             now()
      from generate_series(1, ${n}) g`);
  }
  // What autovacuum does after a bulk load: statistics, and the visibility map that index-only scans need.
  await db.execute(sql`vacuum analyze cases`);
  const loadSeconds = (performance.now() - t0) / 1000;

  const cases = createCaseService({ db, clock: () => new Date(), timezone: 'Asia/Shanghai', ...casePorts });
  const base = { view: 'all' as const, sort: 'createdAt' as const, order: 'desc' as const, limit: 50 };
  const firstPage = await cases.list(agent, base);
  const results: Array<[string, number]> = [
    ['queue, newest 50 (all cases)', await median(() => cases.list(agent, base))],
    ['next page by cursor', await median(() => cases.list(agent, { ...base, cursor: firstPage.nextCursor! }))],
    ['status filter (investigating)', await median(() => cases.list(agent, { ...base, status: ['investigating'] }))],
    ["handler's department, open", await median(() => cases.list(handler, { ...base, view: 'department' }))],
    ['mine (assignee)', await median(() => cases.list(handler, { ...base, view: 'mine' }))],
    ['search by waybill number', await median(() => cases.list(agent, { ...base, q: `SF${String(Math.floor(rows / 2)).padStart(12, '0')}` }))],
    ['search by phone', await median(() => cases.list(agent, { ...base, q: '13900001234' }))],
    ['search by case number', await median(() => cases.list(agent, { ...base, q: `TB${String(Math.floor(rows / 3)).padStart(9, '0')}` }))],
    ['search in descriptions (物流信息)', await median(() => cases.list(agent, { ...base, q: '物流信息' }))],
    ['sort by priority', await median(() => cases.list(agent, { ...base, sort: 'priority', order: 'asc' }))],
    ['tab counts (handler)', await median(() => cases.counts(handler))],
    ['tab counts (agent, every case)', await median(() => cases.counts(agent))],
  ];
  console.log(`Closeloop queue benchmark — ${label}, ${rows.toLocaleString('en-US')} cases (loaded in ${loadSeconds.toFixed(0)} s)`);
  for (const [name, ms] of results) console.log(`  ${name.padEnd(36)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log(`  department ${dispatch.name}; process RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  await database.close();
  await cleanup();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
