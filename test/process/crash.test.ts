// A server killed with SIGKILL in the middle of an intake load (a machine losing power), then started
// again on the same PostgreSQL: every case answered 201 is there exactly once, and retrying the
// unanswered intakes with their Idempotency-Keys creates no duplicate. Run by `npm run test:proc`.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createProcessDatabase, sleep, startServer, type ProcessDatabase, type ServerProcess } from './servers.ts';

const RUN = crypto.randomBytes(3).toString('hex');
const CONCURRENCY = 8;

type Attempt = { key: string; body: Record<string, unknown>; status: number | null; id: string | null; error: string | null };

const intakeBody = (key: string, n: number) => ({
  channel: 'web',
  customer: { name: '断电测试', phone: `1360${String(1_000_000 + n).slice(-7)}` },
  description: `包裹破损，外箱压坏了 [${key}]`,
  waybillNo: `YT${String(700000000000 + n)}`,
});

describe('a server killed with SIGKILL during intake', () => {
  let db: ProcessDatabase;
  let first: ServerProcess | undefined;
  let second: ServerProcess | undefined;

  beforeAll(async () => {
    db = await createProcessDatabase();
  }, 60_000);

  afterAll(async () => {
    await first?.kill();
    await second?.stop();
    await db?.close();
  }, 60_000);

  const casesFor = async (key: string) =>
    (await db.query<{ id: string }>(`SELECT id FROM cases WHERE description LIKE $1`, [`%[${key}]%`])).map((r) => r.id);

  it('should keep every answered case exactly once, and the retried unanswered ones once', async () => {
    first = await startServer({ name: 'server', role: 'all', database: db });
    const agent = await client('agent').login(first.url!);

    // Intakes as fast as CONCURRENCY clients can send them, until the process is gone.
    const attempts: Attempt[] = [];
    let n = 0;
    let killed = false;
    const loops = Array.from({ length: CONCURRENCY }, async () => {
      while (!killed) {
        n += 1;
        const key = `crash-${RUN}-${n}`;
        const attempt: Attempt = { key, body: intakeBody(key, n), status: null, id: null, error: null };
        attempts.push(attempt);
        try {
          const r = await agent.send(first!.url!, 'POST', '/api/cases', attempt.body, { 'idempotency-key': key });
          attempt.status = r.status;
          attempt.id = r.status === 201 ? (r.body.id as string) : null;
        } catch (err) {
          attempt.error = String((err as Error).cause ?? err);
          return;
        }
      }
    });
    // Killed once a good number of cases were answered, with intakes in flight.
    while (attempts.filter((a) => a.status === 201).length < 40) await sleep(20);
    killed = true;
    await first.kill();
    await Promise.all(loops);

    const answered = attempts.filter((a) => a.status === 201);
    const unanswered = attempts.filter((a) => a.status === null);
    // Nothing else came back: no request was refused before the kill.
    expect(attempts.filter((a) => a.status !== null && a.status !== 201).map((a) => `${a.key} ${a.status}`)).toEqual([]);
    expect(unanswered.length, 'intakes in flight when the process was killed').toBeGreaterThan(0);

    // The same database, a new process (a different port, as after a failover).
    second = await startServer({ name: 'restarted server', role: 'all', database: db });
    const url = second.url!;

    // Every case answered 201 is there, once, the one it was answered with.
    for (const a of answered) expect(await casesFor(a.key), a.key).toEqual([a.id]);

    // The session signed in on the killed process still holds: it lives in the database.
    // Retrying the unanswered ones: 201 if the kill came before the commit, 200 with the stored case
    // if after; either way one case per key.
    const retried = { created: 0, stored: 0 };
    for (const a of unanswered) {
      const r = await agent.send(url, 'POST', '/api/cases', a.body, { 'idempotency-key': a.key });
      if (r.status === 201) retried.created += 1;
      if (r.status === 200) retried.stored += 1;
      expect([200, 201], `${a.key}: ${r.status} ${JSON.stringify(r.body)}`).toContain(r.status);
      expect(await casesFor(a.key), a.key).toEqual([r.body.id]);
    }
    console.log(
      `killed after ${answered.length} intakes answered 201, ${unanswered.length} in flight; ` +
        `retried: ${retried.created} created now, ${retried.stored} had been stored before the kill`,
    );
    // Retrying answered ones changes nothing either.
    for (const a of answered.slice(0, 5)) {
      const r = await agent.send(url, 'POST', '/api/cases', a.body, { 'idempotency-key': a.key });
      expect(r.status).toBe(200);
      expect(r.body.id).toBe(a.id);
    }
    const all = await db.query<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE description LIKE $1`, [`%[crash-${RUN}-%`]);
    expect(Number(all[0]!.n)).toBe(answered.length + unanswered.length);
    // Case numbers stay unique after the kill (the counter row is taken in the intake's transaction).
    const dup = await db.query(`SELECT case_number FROM cases GROUP BY case_number HAVING count(*) > 1`);
    expect(dup).toEqual([]);
  }, 180_000);
});
