// The web app's API contract, generated from the server's OpenAPI document: one implementation shared by
// `npm run gen:api` (scripts/gen-api.ts, writes the files), `npm run check:api` and test/contract.test.ts
// (compare them with what is committed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { openDatabase } from '../src/db/client.ts';

export type OpenApiDocument = Record<string, unknown>;
export type GeneratedContract = { schema: string; contract: string };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the generated files live, relative to the repository root. */
export const CONTRACT_FILES = {
  schema: 'web/src/api/schema.gen.ts',
  contract: 'web/src/api/contract.gen.ts',
} as const satisfies Record<keyof GeneratedContract, string>;

const HEADER = [
  '// generated — run npm run gen:api (do not edit by hand).',
  '// Source: the server\'s OpenAPI document (GET /api/docs/json), built in-process by scripts/api-contract.ts.',
  '',
].join('\n');

/**
 * The server's OpenAPI document, from the app built in-process on an empty in-memory database (the document
 * depends on the route definitions only, not on data).
 */
export async function fetchOpenApiDocument(): Promise<OpenApiDocument> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-gen-api-'));
  try {
    const { app } = await buildApp({
      database,
      config: {
        maxUploadBytes: 1024 * 1024,
        sessionTtlMs: 3600_000,
        cookieSecure: false,
        timezone: 'Asia/Shanghai',
        logLevel: 'silent',
        attachmentsDir,
      },
      serveWeb: false,
      logger: false,
    });
    try {
      await app.ready();
      const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
      if (res.statusCode !== 200) throw new Error(`GET /api/docs/json answered ${res.statusCode}`);
      return JSON.parse(res.body) as OpenApiDocument;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(attachmentsDir, { recursive: true, force: true });
  }
}

/** Both generated files' text for one OpenAPI document; the same document always gives the same text. */
export async function generateContract(doc: OpenApiDocument): Promise<GeneratedContract> {
  const sorted = sortKeys(doc) as OpenApiDocument;
  const schema = await openapiTS(structuredClone(sorted) as unknown as OpenAPI3, {
    alphabetize: true,
    commentHeader: HEADER,
    silent: true,
  });
  return { schema: normaliseNewlines(typeAliases(schema)), contract: renderContract(sorted) };
}

/** openapi-typescript 6 writes `export interface paths { … }`; the project writes types (STYLE: `type`, not `interface`). */
function typeAliases(source: string): string {
  let open = false;
  return source
    .split('\n')
    .map((line) => {
      const m = /^export interface (\w+) \{$/.exec(line);
      if (m) {
        open = true;
        return `export type ${m[1]} = {`;
      }
      if (open && line === '}') {
        open = false;
        return '};';
      }
      return line;
    })
    .join('\n');
}

/** The files as committed, or null where one is missing. */
export function readCommittedContract(): Record<keyof GeneratedContract, string | null> {
  const read = (rel: string) => {
    const file = path.join(ROOT, rel);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  };
  return { schema: read(CONTRACT_FILES.schema), contract: read(CONTRACT_FILES.contract) };
}

/** The generated files that differ from the committed ones (empty when up to date). */
export function staleFiles(generated: GeneratedContract, committed = readCommittedContract()): string[] {
  return (Object.keys(CONTRACT_FILES) as (keyof GeneratedContract)[])
    .filter((k) => committed[k] !== generated[k])
    .map((k) => CONTRACT_FILES[k]);
}

// ---------------------------------------------------------------------------------------------------------
// contract.gen.ts: the runtime constants (enums and field limits) the forms and pickers read.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Limits = Partial<Record<(typeof LIMIT_KEYWORDS)[number], number | string | boolean>>;
type Extracted = { enums: Map<string, Json[]>; limits: Map<string, Limits> };

const LIMIT_KEYWORDS = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'pattern'] as const;
// zod writes the safe-integer range on every int(); it is no limit a form should show.
const NOISE = new Set([Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObject(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sortKeys(v[k])]),
  );
}

const normaliseNewlines = (s: string) => `${s.replace(/\r\n/g, '\n').trimEnd()}\n`;

/**
 * Walks one schema, recording every enum and every limit by property path (`customer.name`,
 * `keywords[].term`). A `$ref` is followed only inside a union (oneOf/anyOf/allOf), so a discriminated union's
 * members contribute their values to the union's own entry (all event kinds under `CaseEvent.kind`);
 * elsewhere the referenced component has its own entry.
 */
function extract(schema: Json | undefined, components: JsonObject, out: Extracted, at: string, seen: ReadonlySet<string>, followRef: boolean): void {
  if (!isObject(schema)) return;
  const ref = typeof schema.$ref === 'string' ? schema.$ref : null;
  if (ref) {
    if (!followRef || seen.has(ref)) return;
    const name = ref.replace('#/components/schemas/', '');
    extract(components[name], components, out, at, new Set([...seen, ref]), false);
    return;
  }
  const values = Array.isArray(schema.enum) ? schema.enum.filter((x) => x !== null) : 'const' in schema && schema.const !== null ? [schema.const ?? null] : [];
  if (values.length > 0 && at) {
    const known = out.enums.get(at) ?? [];
    out.enums.set(at, [...known, ...values.filter((x) => !known.includes(x))]);
  }
  const limits: Limits = {};
  for (const k of LIMIT_KEYWORDS) {
    const v = schema[k];
    if (typeof v === 'number' && !NOISE.has(v)) limits[k] = v;
    // A pattern zod writes for a format (uuid, email, date-time) is the format's, not a rule of this field.
    else if (typeof v === 'string' && k === 'pattern' && typeof schema.format !== 'string') limits[k] = v;
    else if (typeof v === 'boolean' && k.startsWith('exclusive')) limits[k] = v;
  }
  if (Object.keys(limits).length > 0 && at) out.limits.set(at, { ...out.limits.get(at), ...limits });
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const members = schema[key];
    if (Array.isArray(members)) for (const m of members) extract(m, components, out, at, seen, true);
  }
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) extract(sub, components, out, at ? `${at}.${name}` : name, seen, false);
  }
  if (schema.items !== undefined) extract(schema.items, components, out, `${at}[]`, seen, false);
}

const byPath = <T>(m: Map<string, T>) => new Map([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function renderContract(doc: OpenApiDocument): string {
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const enums = new Map<string, Map<string, Json[]>>();
  const limits = new Map<string, Map<string, Limits>>();
  const add = (owner: string, ex: Extracted) => {
    if (ex.enums.size > 0) enums.set(owner, byPath(ex.enums));
    if (ex.limits.size > 0) limits.set(owner, byPath(ex.limits));
  };
  const empty = (): Extracted => ({ enums: new Map(), limits: new Map() });

  const names = Object.keys(components).sort();
  for (const name of names) {
    const ex = empty();
    extract(components[name], components, ex, '', new Set([`#/components/schemas/${name}`]), false);
    add(name, ex);
  }
  // A request schema appears twice (`X` and `XInput`, zod's output and input views); keep the twin only where
  // it says something else.
  for (const name of names) {
    const base = name.endsWith('Input') ? name.slice(0, -'Input'.length) : null;
    if (base === null || !names.includes(base)) continue;
    for (const m of [enums, limits] as Map<string, unknown>[]) {
      if (JSON.stringify([...((m.get(name) as Map<string, unknown>) ?? [])]) === JSON.stringify([...((m.get(base) as Map<string, unknown>) ?? [])])) m.delete(name);
    }
  }

  // Inline request schemas (query, path and body of each operation), under "METHOD /path".
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const p of Object.keys(paths).sort()) {
    const item = paths[p];
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const ex = empty();
      for (const param of Array.isArray(op.parameters) ? op.parameters : []) {
        if (isObject(param) && typeof param.name === 'string' && typeof param.in === 'string') {
          extract(param.schema, components, ex, `${param.in}.${param.name}`, new Set(), false);
        }
      }
      const body = isObject(op.requestBody) && isObject(op.requestBody.content) ? op.requestBody.content['application/json'] : undefined;
      if (isObject(body)) extract(body.schema, components, ex, 'body', new Set(), false);
      add(`${method.toUpperCase()} ${p}`, ex);
    }
  }

  const lines = [
    HEADER,
    '/** Every enumeration the API declares, by component schema (or "METHOD /path" for inline request schemas) and property path. */',
    `export const ENUMS = ${renderNested(enums, (v) => `[${v.map((x) => JSON.stringify(x)).join(', ')}]`)} as const;`,
    '',
    '/** Every field limit the API declares (lengths, ranges, item counts, patterns), by schema and property path. */',
    `export const LIMITS = ${renderNested(limits, (v) => `{ ${Object.entries(v).map(([k, x]) => `${k}: ${JSON.stringify(x)}`).join(', ')} }`)} as const;`,
    '',
  ];
  return lines.join('\n');
}

const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));

function renderNested<T>(m: Map<string, Map<string, T>>, value: (v: T) => string): string {
  if (m.size === 0) return '{}';
  const out = ['{'];
  for (const [owner, props] of [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push(`  ${key(owner)}: {`);
    for (const [p, v] of props) out.push(`    ${key(p)}: ${value(v)},`);
    out.push('  },');
  }
  out.push('}');
  return out.join('\n');
}
