// npm run load — a mixed workload against a running server for a bounded time, with autocannon:
// intake (each with its own Idempotency-Key), the queue, a case view, a transition and a comment, all at
// once. Prints throughput, p50/p99 per route and the errors. Nothing is asserted: it measures.
//
//   npm run load -- --url http://127.0.0.1:3000 --duration 30 --connections 10 --user supervisor --password demo1234
//
// The user must be able to file, read, move and comment on cases (the demo's `supervisor` can). The
// cases it files stay in the database: run it against a demo or test database, not a company's.
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.LOAD_URL ?? 'http://127.0.0.1:3000' },
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '10' },
    user: { type: 'string', default: 'supervisor' },
    password: { type: 'string', default: process.env.LOAD_PASSWORD ?? 'demo1234' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log('npm run load -- [--url http://127.0.0.1:3000] [--duration 30] [--connections 10] [--user supervisor] [--password demo1234]');
  process.exit(0);
}
const base = args.url.replace(/\/$/, '');
const duration = Number(args.duration);
const connections = Number(args.connections);
if (!(duration > 0) || !Number.isInteger(connections) || connections < 5) {
  console.error('--duration must be a number of seconds and --connections a whole number of at least 5 (one per route)');
  process.exit(1);
}

const RUN = crypto.randomBytes(3).toString('hex');
let seq = 0;
const intakeBody = () => {
  seq += 1;
  return JSON.stringify({
    channel: 'hotline',
    // Distinct customers: one customer's cases would be one growing history, not a realistic load.
    customer: { name: '压测客户', phone: `135${String(Number.parseInt(RUN, 16) % 10_000).padStart(4, '0')}${String(seq % 10_000).padStart(4, '0')}` },
    description: `快递三天没到，运单号查不到物流信息（压测 ${RUN}-${seq}）`,
    waybillNo: `LT${RUN}${String(seq).padStart(8, '0')}`,
  });
};

async function signIn(): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: args.user, password: args.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${args.user} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cl_session='));
  if (!cookie) throw new Error('sign-in answered without a session cookie');
  return cookie.split(';')[0]!;
}

async function call(cookie: string, method: string, path: string, body?: string): Promise<any> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { cookie, ...(body ? { 'content-type': 'application/json', 'idempotency-key': `load-${RUN}-prep-${seq}` } : {}) },
    ...(body ? { body } : {}),
  });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

type Route = { name: string; weight: number };

async function main() {
  const health = await fetch(`${base}/api/health`).catch((err: unknown) => {
    throw new Error(`no server at ${base} (${String(err)}): start one with npm start`);
  });
  if (health.status !== 200) throw new Error(`${base}/api/health answered ${health.status}`);
  const cookie = await signIn();

  // Cases to view and comment on, and one per transition connection to move back and forth
  // (调查中 ⇄ 方案待定: a cycle the lifecycle allows without end).
  const routes: Route[] = [
    { name: 'POST /api/cases (intake)', weight: 3 },
    { name: 'GET /api/cases (queue)', weight: 2 },
    { name: 'GET /api/cases/:id', weight: 3 },
    { name: 'POST /api/cases/:id/transitions', weight: 1 },
    { name: 'POST /api/cases/:id/comments', weight: 1 },
  ];
  const totalWeight = routes.reduce((n, r) => n + r.weight, 0);
  const share = routes.map((r) => Math.max(1, Math.floor((connections * r.weight) / totalWeight)));
  share[0]! += connections - share.reduce((a, b) => a + b, 0);

  console.log(`preparing cases on ${base} as ${args.user}…`);
  const viewed: string[] = [];
  for (let i = 0; i < 20; i++) viewed.push((await call(cookie, 'POST', '/api/cases', intakeBody())).id);
  const moving: string[] = [];
  // More cases than connections: a request that times out keeps its case out of the free ones.
  for (let i = 0; i < share[3]! * 2 + 2; i++) {
    const c = await call(cookie, 'POST', '/api/cases', intakeBody());
    const to = (c.allowedTransitions as Array<{ to: string }>).some((t) => t.to === 'investigating') ? 'investigating' : null;
    if (!to) throw new Error(`a new case is ${c.status} and cannot move to investigating as ${args.user}: use a handling role (--user supervisor)`);
    await call(cookie, 'POST', `/api/cases/${c.id}/transitions`, JSON.stringify({ to }));
    moving.push(c.id);
  }

  const headers = { cookie, 'content-type': 'application/json' };
  let viewNext = 0;
  const free = [...moving];
  const state = new Map(moving.map((id) => [id, 'investigating']));
  let commentNext = 0;
  const requests: Array<autocannon.Request[]> = [
    [
      {
        method: 'POST',
        path: '/api/cases',
        setupRequest: (req) => {
          const body = intakeBody();
          return { ...req, headers: { ...headers, 'idempotency-key': `load-${RUN}-${seq}` }, body };
        },
      },
    ],
    [{ method: 'GET', path: '/api/cases?limit=50', headers: { cookie } }],
    [{ method: 'GET', path: '/api/cases', headers: { cookie }, setupRequest: (req) => ({ ...req, path: `/api/cases/${viewed[viewNext++ % viewed.length]}` }) }],
    [
      {
        method: 'POST',
        path: '/api/cases',
        // A case is taken from the free ones, moved the other way, and given back with its new status
        // (autocannon clears a connection's context after each round, so the state lives here).
        setupRequest: (req, context: { id?: string }) => {
          const id = free.shift() ?? moving[0]!;
          context.id = id;
          const body = state.get(id) === 'remedy_proposed' ? { to: 'investigating', reason: '压测：重新调查' } : { to: 'remedy_proposed' };
          return { ...req, headers, path: `/api/cases/${id}/transitions`, body: JSON.stringify(body) };
        },
        onResponse: (status, body, context: { id?: string }) => {
          const id = context.id!;
          if (status === 200) state.set(id, (JSON.parse(body) as { status: string }).status);
          free.push(id);
        },
      },
    ],
    [
      {
        method: 'POST',
        path: '/api/cases',
        setupRequest: (req) => ({
          ...req,
          headers,
          path: `/api/cases/${viewed[commentNext++ % viewed.length]}/comments`,
          body: JSON.stringify({ body: `压测跟进记录 ${RUN}` }),
        }),
      },
    ],
  ];

  console.log(`running ${duration} s, ${connections} connections (${routes.map((r, i) => `${share[i]} ${r.name.split(' (')[0]}`).join(', ')})…`);
  const results = await Promise.all(
    routes.map((_, i) =>
      autocannon({ url: base, connections: share[i]!, duration, requests: requests[i]!, timeout: 30 }),
    ),
  );

  const rows = results.map((res, i) => {
    const codes = Object.entries(res.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, s]) => `${code}×${(s as { count: number }).count}`)
      .join(' ');
    return {
      route: routes[i]!.name,
      conns: share[i]!,
      requests: res.requests.total,
      'req/s': (res.requests.total / res.duration).toFixed(1),
      'p50 ms': res.latency.p50,
      'p99 ms': res.latency.p99,
      non2xx: res.non2xx,
      errors: res.errors,
      timeouts: res.timeouts,
      codes: codes || '-',
    };
  });
  const total = results.reduce((n, r) => n + r.requests.total, 0);
  const seconds = Math.max(...results.map((r) => r.duration));
  console.table(rows);
  console.log(
    `total: ${total} requests in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(1)} req/s; ` +
      `non-2xx ${results.reduce((n, r) => n + r.non2xx, 0)}, connection errors ${results.reduce((n, r) => n + r.errors, 0)}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
