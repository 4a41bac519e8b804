// Several server processes on one PostgreSQL, as on several machines behind a load balancer: two web
// processes (PROCESS_ROLE=web) and one worker (PROCESS_ROLE=worker). A mixed load is spread over both
// web processes; what one process did must hold on the other. Run by `npm run test:proc`.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createProcessDatabase, sleep, startServer, type Client, type ProcessDatabase, type Reply, type ServerProcess } from './servers.ts';

const RUN = crypto.randomBytes(3).toString('hex');
let phoneSeq = 0;
const phone = () => `1370${String(1_000_000 + (++phoneSeq % 1_000_000)).slice(-7)}`;

/** An intake whose description carries its Idempotency-Key, so the database can be asked for it. */
const intakeBody = (key: string, category = 'attitude') => ({
  channel: 'hotline',
  category,
  urgency: 'normal',
  customer: { name: '压测客户', phone: phone() },
  description: `快递员态度不好，说话很冲 [${key}]`,
});

describe('two web processes and a worker on one PostgreSQL', () => {
  let db: ProcessDatabase;
  let webA: ServerProcess;
  let webB: ServerProcess;
  let worker: ServerProcess;
  let A: string;
  let B: string;
  let admin: Client;
  let supervisor: Client;
  /** The cases answered 201 by the mixed load: Idempotency-Key → case id. */
  const acknowledged = new Map<string, string>();

  beforeAll(async () => {
    db = await createProcessDatabase();
    // Started together, as after a deployment: they migrate and seed one after the other.
    [webA, webB, worker] = await Promise.all([
      startServer({ name: 'web A', role: 'web', database: db }),
      startServer({ name: 'web B', role: 'web', database: db }),
      startServer({ name: 'worker', role: 'worker', database: db }),
    ]);
    A = webA.url!;
    B = webB.url!;
    admin = await client('admin').login(A);
    supervisor = await client('supervisor').login(B);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([webA?.stop(), webB?.stop(), worker?.stop()]);
    await db?.close();
  }, 60_000);

  // The output of the processes when an assertion fails, so a failure on CI can be read.
  const logs = () => [webA, webB, worker].map((p) => `--- ${p?.name}\n${p?.output().slice(-3000)}`).join('\n');

  it('should serve a mixed load spread over both web processes, every acknowledged case stored once', async () => {
    // Time limits of one minute for this test's category, set on web A: the cases filed on web B
    // fall due during the test, so the sweeps of every process race for them (see the last test).
    const policy = await admin.send(A, 'POST', '/api/admin/sla-policies', {
      name: '多进程测试 一分钟',
      category: 'attitude',
      position: 0,
      policy: {
        targets: [{ target: 'resolution', minutes: 1, calendar: 'calendar', pausable: true }],
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.5,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 0 },
      },
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);

    const agents = await Promise.all(['agent', 'agent', 'supervisor', 'agent'].map((u, i) => client(u).login(i % 2 ? B : A)));
    const errors: string[] = [];
    const expectOk = (what: string, r: Reply, ok: number[] = [200]) => {
      if (!ok.includes(r.status)) errors.push(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    };
    let retried = 0;

    await Promise.all(
      agents.map(async (me, v) => {
        for (let i = 0; i < 8; i++) {
          // Each step goes to the process the previous one did not: a load balancer without sticky sessions.
          const [here, there] = (v + i) % 2 ? [A, B] : [B, A];
          const key = `mp-${RUN}-${v}-${i}`;
          const body = intakeBody(key);
          let created: Reply;
          if (i % 3 === 0) {
            // The same intake sent twice at once, to both processes (a client retrying through another
            // process before the first answer came): one case, answered 201 once and 200 once.
            retried += 1;
            const pair = await Promise.all([here, there].map((url) => me.send(url, 'POST', '/api/cases', body, { 'idempotency-key': key })));
            expect(pair.map((r) => r.status).sort(), JSON.stringify(pair.map((r) => r.body))).toEqual([200, 201]);
            expect(pair[0]!.body.id).toBe(pair[1]!.body.id);
            created = pair.find((r) => r.status === 201)!;
          } else {
            created = await me.send(here, 'POST', '/api/cases', body, { 'idempotency-key': key });
            expectOk(`intake ${key}`, created, [201]);
            if (created.status !== 201) continue;
          }
          acknowledged.set(key, created.body.id);
          const id = created.body.id as string;

          expectOk('queue', await me.send(there, 'GET', '/api/cases?status=registered,acknowledged,assigned,investigating&limit=20'));
          const view = await me.send(there, 'GET', `/api/cases/${id}`);
          expectOk('case view', view);
          const allowed = view.body.allowedTransitions as Array<{ to: string; requiresReason: boolean }>;
          const next = allowed.find((t) => t.to === 'investigating') ?? allowed.find((t) => t.to === 'acknowledged' && !t.requiresReason);
          if (next) {
            const moved = await supervisor.send(here, 'POST', `/api/cases/${id}/transitions`, { to: next.to, version: view.body.version });
            expectOk(`transition to ${next.to}`, moved);
          }
          expectOk('comment', await me.send(there, 'POST', `/api/cases/${id}/comments`, { body: `跟进记录 ${key}` }), [201]);
        }
      }),
    );
    expect(errors, logs()).toEqual([]);
    expect(retried).toBeGreaterThan(0);
    expect(acknowledged.size).toBe(32);

    // Every acknowledged key made exactly one case, the one it was answered with.
    const rows = await db.query<{ id: string; description: string }>(`SELECT id, description FROM cases WHERE description LIKE $1`, [`%[mp-${RUN}-%`]);
    expect(rows).toHaveLength(acknowledged.size);
    for (const [key, id] of acknowledged) {
      expect(rows.filter((r) => r.description.includes(`[${key}]`)).map((r) => r.id)).toEqual([id]);
    }
    // The policy set on web A was the one every case got, whichever process filed it.
    const onPolicy = await db.query<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE description LIKE $1 AND sla_policy_id = $2`, [`%[mp-${RUN}-%`, policy.body.id]);
    expect(Number(onPolicy[0]!.n)).toBe(acknowledged.size);
  }, 120_000);

  it('should keep a session signed in on one process valid on the other, and signed out on both', async () => {
    const agent = await client('agent').login(A);
    const me = await agent.send(B, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('agent');
    expect((await agent.send(B, 'POST', '/api/auth/logout')).status).toBe(204);
    expect((await agent.send(A, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('should answer an Idempotency-Key on the other process with the case the first one created', async () => {
    const agent = await client('agent').login(A);
    const key = `mp-${RUN}-sequential`;
    const body = intakeBody(key, 'delay');
    const first = await agent.send(A, 'POST', '/api/cases', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const again = await agent.send(B, 'POST', '/api/cases', body, { 'idempotency-key': key });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    // The key remembers what it was used for on every process: another request under it is refused.
    const other = await agent.send(B, 'POST', '/api/cases', { ...body, description: `另一份投诉 [${key}]` }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const rows = await db.query(`SELECT id FROM cases WHERE description LIKE $1`, [`%[${key}]%`]);
    expect(rows).toHaveLength(1);
  });

  it('should route intake on one process by a routing rule created, then edited, on the other', async () => {
    const departments = (await admin.send(A, 'GET', '/api/departments')).body.items as Array<{ id: string; code: string }>;
    const dep = (code: string) => departments.find((d) => d.code === code)!.id;
    const agent = await client('agent').login(B);
    const fileOnB = async (n: number) => {
      const key = `mp-${RUN}-route-${n}`;
      const c = await agent.send(B, 'POST', '/api/cases', { ...intakeBody(key, 'fee_dispute'), description: `运费多收了十块钱 [${key}]` }, { 'idempotency-key': key });
      expect(c.status, JSON.stringify(c.body)).toBe(201);
      return c.body as { departmentId: string | null };
    };

    // Web B files (and so reads the routing rules) before the edit, as a busy process would have.
    await fileOnB(0);
    const rule = await admin.send(A, 'POST', '/api/admin/routing-rules', { position: 0, category: 'fee_dispute', departmentId: dep('quality') });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    expect((await fileOnB(1)).departmentId).toBe(dep('quality'));

    const edited = await admin.send(A, 'PATCH', `/api/admin/routing-rules/${rule.body.id}`, { departmentId: dep('warehouse') });
    expect(edited.status).toBe(200);
    expect((await fileOnB(2)).departmentId).toBe(dep('warehouse'));
  });

  it('should escalate each overdue case exactly once while the worker and both web processes sweep at once', async () => {
    // Due one minute after intake; the worker sweeps every second, and both web processes are made
    // to sweep as fast as they can meanwhile.
    expect(acknowledged.size).toBe(32);
    const rows = await db.query<{ id: string; created_at: Date }>(`SELECT id, created_at FROM cases WHERE id = ANY($1::uuid[])`, [[...acknowledged.values()]]);
    const lastDue = Math.max(...rows.map((r) => new Date(r.created_at).getTime())) + 60_000;
    await sleep(Math.max(0, lastDue - 3000 - Date.now()));

    const escalations = async () =>
      db.query<{ case_id: string; kind: string; level: number | null; target: string | null }>(
        `SELECT case_id, kind, (payload->>'level')::int AS level, payload->>'target' AS target
           FROM case_events WHERE kind IN ('escalated', 'sla_breached') AND case_id = ANY($1::uuid[])`,
        [[...acknowledged.values()]],
      );
    let stop = false;
    const sweeping = [A, B, A, B].map(async (url) => {
      let n = 0;
      while (!stop) {
        const r = await admin.send(url, 'POST', '/api/admin/sweep');
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        n += 1;
      }
      return n;
    });
    // Until every case carries its breach and both escalation levels, and then a few more sweeps.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await escalations()).length < acknowledged.size * 3) await sleep(500);
    await sleep(3000);
    stop = true;
    expect(Math.min(...(await Promise.all(sweeping)))).toBeGreaterThan(0);

    const events = await escalations();
    const count = (caseId: string, kind: string, detail: (e: (typeof events)[number]) => unknown) =>
      events.filter((e) => e.case_id === caseId && e.kind === kind).map(detail).sort();
    for (const id of acknowledged.values()) {
      expect(count(id, 'sla_breached', (e) => e.target), `case ${id}\n${logs()}`).toEqual(['resolution']);
      expect(count(id, 'escalated', (e) => e.level), `case ${id}\n${logs()}`).toEqual([1, 2]);
    }
    // The clock log (what the sweeper decides from) holds each escalation once as well.
    const clock = await db.query<{ case_id: string; level: number; n: string }>(
      `SELECT case_id, level, count(*) AS n FROM case_clock_events WHERE type = 'escalated' AND case_id = ANY($1::uuid[]) GROUP BY case_id, level`,
      [[...acknowledged.values()]],
    );
    expect(clock).toHaveLength(acknowledged.size * 2);
    expect(clock.filter((r) => Number(r.n) !== 1)).toEqual([]);
  }, 150_000);
});
