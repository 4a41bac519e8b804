import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('OpenAPI document', () => {
  it('should document every API route, generated from the zod schemas', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort();
    const registered = ctx.routes
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(documented).toEqual(registered);
    const create = doc.paths['/api/cases'].post.requestBody.content['application/json'].schema;
    const name = String(create.$ref).split('/').pop()!;
    expect(Object.keys(doc.components.schemas[name].properties)).toEqual(
      expect.arrayContaining(['channel', 'customer', 'description', 'waybillNo', 'orderNo', 'demand']),
    );
  });

  it('should describe the routes that are not JSON: the upload, the download, logout, and the error answers', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const upload = doc.paths['/api/cases/{id}/attachments'].post;
    expect(upload.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['201', '400', '413', '415', '500']));
    expect(doc.paths['/api/attachments/{id}'].get.responses['200'].content['application/octet-stream'].schema.format).toBe('binary');
    expect(Object.keys(doc.paths['/api/auth/logout'].post.responses)).toEqual(['204']);
    expect(Object.keys(doc.paths['/api/cases'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '409', '422']));
  });

  it('should give every operation a 2xx answer with a schema, so the generated web client knows every payload', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    // Logout answers 204 with no body by design (describeNonJsonRoutes in src/app.ts); the download's schema is
    // binary and the upload's body multipart, but both still describe their 2xx answer.
    // WeChat's callback answers a redirect to the portal page.
    const noBody = new Set(['POST /api/auth/logout', 'POST /api/portal/logout', 'GET /api/portal/me/wechat/callback']);
    type Responses = Record<string, { content?: Record<string, { schema?: unknown }> }>;
    const missing = Object.entries(doc.paths as Record<string, Record<string, { responses?: Responses }>>).flatMap(([p, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !Object.entries(op.responses ?? {}).some(([code, r]) => code.startsWith('2') && Object.values(r.content ?? {}).some((c) => c.schema)))
        .map(([m]) => `${m.toUpperCase()} ${p}`)
        .filter((op) => !noBody.has(op)),
    );
    expect(missing).toEqual([]);
    expect(doc.paths['/api/auth/logout'].post.responses['204'].content).toBeUndefined();
  });

  it('should name the payloads of the session and the customer lookup, and mark the session public', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const ok = (path: string) => doc.paths[path].get.responses['200'].content['application/json'].schema.$ref;
    expect(ok('/api/auth/me')).toBe('#/components/schemas/Me');
    expect(ok('/api/auth/session')).toBe('#/components/schemas/Session');
    expect(doc.paths['/api/auth/session'].get.security).toEqual([]);
    expect(ok('/api/customers')).toBe('#/components/schemas/CustomerLookup');
    expect(ok('/api/customers/lookup')).toBe('#/components/schemas/CustomerLookupResult');
  });

  it('should serve the interactive docs page', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
