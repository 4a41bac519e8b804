import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../src/shared/http.ts';
import { createTestContext, type TestContext } from './harness.ts';

/**
 * Property-based fuzzing of every route of the OpenAPI document, as every role (issue 12 item 2):
 * malformed paths, queries, bodies and content types must never answer 500, every refusal must have the
 * one error shape, and a refused request must leave the stored data as it was.
 * FUZZ_SEED and FUZZ_RUNS (requests per route and role) override the fixed defaults to explore further.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS_PER_ROUTE_AND_ROLE = Number(process.env.FUZZ_RUNS ?? 14);
// null is no session; 'dispatch' is a department handler.
const ROLES = [null, 'agent', 'dispatch', 'supervisor', 'manager', 'admin'] as const;
type Role = (typeof ROLES)[number];
// The routes are shared out over this many tests, so that a failure names a smaller group.
const BATCHES = 24;

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
};
type Operation = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  pathParams: string[];
  query: Array<{ name: string; schema: JsonSchema }>;
  body: JsonSchema | null;
};
type FuzzRequest = {
  role: Role;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

let ctx: TestContext;
let operations: Operation[] = [];
let schemas: Record<string, JsonSchema> = {};
let realCase: { id: string; caseNumber: string };
const cookies = new Map<Role, string>();
const totals = { requests: 0, fiveHundreds: 0, byStatus: new Map<number, number>() };

beforeAll(async () => {
  ctx = await createTestContext();
  realCase = await ctx.newCase();
  for (const role of ROLES) if (role) cookies.set(role, await ctx.login(role));
  await countWrites();
  const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; schema: JsonSchema }>; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
    components: { schemas: Record<string, JsonSchema> };
  };
  schemas = doc.components.schemas;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase() as Operation['method'],
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
      body: op.requestBody?.content?.['application/json']?.schema ?? null,
    })),
  );
}, 180_000);

afterAll(async () => {
  const statuses = [...totals.byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(`fuzz: ${totals.requests} requests, ${totals.fiveHundreds} answers of 500 (seed ${SEED}; ${statuses})`);
  await ctx?.close();
});

// ----------------------------------------------------------------------------- values

const resolve = (s: JsonSchema): JsonSchema => (s.$ref ? resolve(schemas[s.$ref.split('/').pop()!] ?? {}) : s);

const NOT_UUIDS = [
  '------------------------------------',
  '0123456789abcdef0123456789abcdef0123',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '00000000-0000-0000-0000-00000000000g',
  '12345678-1234-1234-1234-1234567890123',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-4000-8000-000000000000',
];
const TRICKY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e999',
  '-1',
  '9'.repeat(40),
  '2026-02-30',
  '2026-13-45T99:99:99Z',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '../../etc/passwd',
  "'; drop table cases; --",
  '<script>alert(1)</script>',
  '😀🎉👨‍👩‍👧',
  '快递三天没到',
  'ÄÖÜ\u202e\u200b',
  '%00',
  '*'.repeat(60),
  '啊*'.repeat(20),
  ...NOT_UUIDS,
];

const hugeString = fc.constantFrom('x'.repeat(5_000), '啊'.repeat(20_000), 'a'.repeat(300_000));
const junkScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, -2147483649, 2 ** 53, -(2 ** 63), 1e308, -1e308, 0.5, 1e-10),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...TRICKY_STRINGS),
  fc.uuid(),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: junkScalar },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.array(junkScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), junkScalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.array(junkScalar, { minLength: 300, maxLength: 1200 }) },
);

/** A value of the right shape (mostly): the body a client might send, one mutation away from a bad one. */
function shaped(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (depth > 6) return fc.constant(null);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => shaped(a, depth + 1)));
  if (s.allOf?.length) return shaped(s.allOf[0]!, depth + 1);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'uuid') return fc.oneof(fc.uuid(), fc.constant(realCase.id));
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2030-01-01') }).map((d) => d.toISOString());
      return fc.string({ minLength: Math.min(s.minLength ?? 1, 5), maxLength: Math.min(s.maxLength ?? 20, 20) });
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 1e6, 1e9) });
    case 'number':
      return fc.double({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 1e6, 1e9), noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(shaped(s.items ?? {}, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      const required = new Set(s.required ?? []);
      return fc.record(Object.fromEntries(props.map(([k, v]) => [k, shaped(v, depth + 1)])), {
        requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)),
      });
    }
    default:
      return junkScalar;
  }
}

/** One change that makes a shaped body wrong: a wrong value somewhere, a missing or an extra field. */
function mutate(value: unknown): fc.Arbitrary<unknown> {
  if (value === null || typeof value !== 'object') return junk;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const copy = (patch: (o: Record<string, unknown>) => void) => {
    const o = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string, unknown>;
    patch(o);
    return o;
  };
  const options: Array<fc.Arbitrary<unknown>> = [
    junk,
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), junk).map(([k, v]) => copy((o) => (o[k] = v))),
  ];
  if (entries.length) {
    const keys = entries.map(([k]) => k);
    options.push(fc.tuple(fc.constantFrom(...keys), junk).map(([k, v]) => copy((o) => (o[k] = v))));
    options.push(fc.constantFrom(...keys).map((k) => copy((o) => delete o[k])));
    options.push(
      fc.constantFrom(...entries).chain(([k, v]) => mutate(v).map((m) => copy((o) => (o[k] = m)))),
    );
  }
  return fc.oneof(...options);
}

const deepNesting = fc.constantFrom(
  '['.repeat(200_000) + ']'.repeat(200_000),
  '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
  '['.repeat(100) + ']'.repeat(100),
  '['.repeat(5_000),
);

type RawBody = { contentType: string | null; payload: string | Buffer | undefined };
function bodyFor(op: Operation): fc.Arbitrary<RawBody> {
  const json = (v: unknown): RawBody => ({ contentType: 'application/json', payload: JSON.stringify(v) ?? 'null' });
  const base = op.body ? shaped(op.body) : fc.constant({});
  return fc.oneof(
    { weight: 8, arbitrary: base.chain(mutate).map(json) },
    { weight: 2, arbitrary: base.map(json) },
    { weight: 1, arbitrary: base.chain((v) => fc.nat().map((n) => { const t = JSON.stringify(v) ?? ''; return { contentType: 'application/json', payload: t.slice(0, n % Math.max(1, t.length)) }; })) },
    { weight: 1, arbitrary: deepNesting.map((payload) => ({ contentType: 'application/json', payload })) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/octet-stream', '*/*', 'application/jsonx', ''),
        base.map((v) => JSON.stringify(v) ?? ''),
      ).map(([contentType, payload]) => ({ contentType, payload })),
    },
    { weight: 1, arbitrary: fc.constantFrom<RawBody>({ contentType: 'application/json', payload: '' }, { contentType: null, payload: undefined }, { contentType: 'application/json', payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) }, { contentType: 'application/json', payload: '{"__proto__":{"admin":true}}' }, { contentType: 'application/json', payload: '{"constructor":{"prototype":{"x":1}}}' }) },
  );
}

const pathValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NOT_UUIDS) },
  { weight: 2, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: fc.constantFrom('REAL_ID', 'REAL_NUMBER', 'express', 'damage', 'delay', 'carrier', 'transport') },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_STRINGS.filter((s) => s !== '')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(5_000), '%', '%zz', '%C0%AF', '..', '.') },
);

// A lone surrogate cannot be percent-encoded; a client would send the replacement character.
const encode = (s: string): string => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

function queryFor(op: Operation): fc.Arbitrary<string> {
  const declared = op.query.map((q) => q.name);
  const names = declared.length ? fc.constantFrom(...declared, 'unknown', 'limit', 'cursor') : fc.constantFrom('unknown', 'limit', 'cursor', 'sort');
  const value = fc.oneof(
    fc.constantFrom(...TRICKY_STRINGS),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.integer().map(String),
    fc.constantFrom('x'.repeat(3_000), 'desc', 'asc', 'createdAt', 'dueAt', 'P1', 'new', 'true', 'false', '2026-10', '2026-13', '2026-01-01', 'eyJ4Ijox'),
  );
  return fc.array(fc.tuple(names, value), { maxLength: 5 }).map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')}` : ''));
}

function requestFor(op: Operation, role: Role): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      params: fc.array(pathValue, { minLength: op.pathParams.length, maxLength: op.pathParams.length }),
      query: queryFor(op),
      body: op.method === 'GET' || op.method === 'DELETE' ? fc.oneof({ weight: 9, arbitrary: fc.constant<RawBody>({ contentType: null, payload: undefined }) }, { weight: 1, arbitrary: bodyFor(op) }) : bodyFor(op),
      lang: fc.constantFrom('zh', 'en', 'zz', ''),
    })
    .map(({ params, query, body, lang }) => {
      let i = 0;
      const path = op.path.replace(/\{\w+\}/g, () => {
        const v = params[i++] ?? '';
        const real = v === 'REAL_ID' ? realCase.id : v === 'REAL_NUMBER' ? realCase.caseNumber : v;
        // Values that are already percent-escapes stay as they are; others are escaped as a client would.
        return /^%|^\.\.?$/.test(real) ? real : encode(real);
      });
      const headers: Record<string, string> = { 'accept-language': lang };
      if (body.contentType) headers['content-type'] = body.contentType;
      // Logging out would end the session the rest of the run uses.
      const cookie = role && op.path !== '/api/auth/logout' ? cookies.get(role) : undefined;
      if (cookie) headers.cookie = cookie;
      return { role, url: path + query, headers, ...(body.payload !== undefined ? { payload: body.payload } : {}) };
    });
}

// ----------------------------------------------------------------------------- stored data

// Sessions change on every sign-in, and a refused sign-in is counted on purpose (login_throttle: the
// limit on guessing; the portal's portal_throttle and a code's tries in portal_codes, likewise); every
// other table must stay as it was when a request is refused.
// A row trigger counts the writes that commit: a refused request may write inside a transaction it rolls
// back, but nothing it did may remain.
async function countWrites(): Promise<void> {
  await ctx.db.execute(sql.raw('create table fuzz_writes (n bigint not null)'));
  await ctx.db.execute(sql.raw('insert into fuzz_writes values (0)'));
  await ctx.db.execute(sql.raw('create function fuzz_count() returns trigger language plpgsql as $$ begin update fuzz_writes set n = n + 1; return null; end $$'));
  const tables = (await ctx.db.execute(
    sql`select tablename from pg_tables where schemaname = current_schema() and tablename not in ('sessions', 'login_throttle', 'fuzz_writes', 'customer_sessions', 'portal_throttle', 'portal_codes')`,
  )) as unknown as { rows?: Array<{ tablename: string }> } & Array<{ tablename: string }>;
  for (const { tablename } of tables.rows ?? tables) {
    await ctx.db.execute(sql.raw(`create trigger fuzz_count after insert or update or delete on "${tablename}" for each row execute function fuzz_count()`));
  }
  watched = (tables.rows ?? tables).length;
}
let watched = 0;

async function writes(): Promise<string> {
  const res = (await ctx.db.execute(sql`select n from fuzz_writes`)) as unknown as { rows?: Array<{ n: string }> } & Array<{ n: string }>;
  return String((res.rows ?? res)[0]?.n);
}

// ----------------------------------------------------------------------------- the suite

describe('fuzz: malformed requests across every route and role', () => {
  it('should know the routes of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(90);
    expect(watched).toBeGreaterThan(30);
  });

  let known: string | null = null;
  it.each(Array.from({ length: BATCHES }, (_, i) => i))('batch %i', async (batch) => {
    const ops = operations.filter((_, i) => i % BATCHES === batch);
    const failures: string[] = [];
    for (const op of ops) {
      for (const [r, role] of ROLES.entries()) {
        const requests = fc.sample(requestFor(op, role), { seed: SEED + operations.indexOf(op) * 31 + r, numRuns: RUNS_PER_ROUTE_AND_ROLE });
        for (const req of requests) {
          const mutating = op.method !== 'GET';
          const before = mutating ? (known ?? (await writes())) : null;
          const res = await ctx.app.inject({ method: op.method, url: req.url, headers: req.headers, ...(req.payload !== undefined ? { payload: req.payload } : {}) });
          totals.requests += 1;
          totals.byStatus.set(res.statusCode, (totals.byStatus.get(res.statusCode) ?? 0) + 1);
          const what = () => `${op.method} ${req.url.slice(0, 200)} as ${role ?? 'nobody'} ${JSON.stringify(req.headers['content-type'])} ${String(req.payload ?? '').slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          if (res.statusCode >= 500) {
            totals.fiveHundreds += 1;
            failures.push(what());
            known = null;
            continue;
          }
          if (res.statusCode >= 400) {
            let body: unknown;
            try {
              body = res.json();
            } catch {
              body = undefined;
            }
            if (!ErrorBodySchema.safeParse(body).success) failures.push(`error shape: ${what()}`);
          }
          if (mutating) {
            const after = await writes();
            if (res.statusCode >= 400 && after !== before) failures.push(`changed data: ${what()}`);
            known = after;
          } else known = null;
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('should have sent at least 10,000 requests with no answer of 500', () => {
    expect(totals.requests).toBeGreaterThanOrEqual(10_000);
    expect(totals.fiveHundreds).toBe(0);
  });
});
