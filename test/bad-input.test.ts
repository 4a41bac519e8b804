import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/modules/cases/case.cursor.ts';
import { ErrorBodySchema } from '../src/shared/http.ts';
import { createTestContext, type TestContext } from './harness.ts';

// Bad input is a 400 with field errors, never a 500 (issue 12 item 2).
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const uuid = '00000000-0000-4000-8000-000000000000';

describe('bad input never answers 500', () => {
  it('should refuse a forged cursor whose date cannot exist with a cursor field error', async () => {
    for (const key of ['2026-13-45 99:99:99', '0000-00-00 00:00:00', '2026-02-30T10:00:00Z', '99999-01-01 00:00:00', '2026-01-01 24:00:00+99']) {
      const cursor = encodeCursor({ sort: 'createdAt', order: 'desc', key, id: uuid });
      const res = await ctx.as('agent', 'GET', `/api/cases?cursor=${cursor}`);
      expect(res.status, key).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.fields).toEqual([{ path: 'query.cursor', message: expect.any(String) }]);
    }
  });

  it('should still follow a genuine cursor', async () => {
    await ctx.newCase();
    await ctx.newCase();
    for (const sort of ['createdAt', 'dueAt', 'occurredAt']) {
      const page = await ctx.as('agent', 'GET', `/api/cases?sort=${sort}&limit=1`);
      expect(page.body.nextCursor).toEqual(expect.any(String));
      const next = await ctx.as('agent', 'GET', `/api/cases?sort=${sort}&limit=1&cursor=${page.body.nextCursor}`);
      expect(next.status, sort).toBe(200);
    }
  });

  it('should refuse a 36-character id that is not a UUID when linking or merging, as a field error', async () => {
    const c = await ctx.newCase();
    for (const bad of ['------------------------------------', '0123456789abcdef0123456789abcdef0123', 'ffffffff-ffff-ffff-ffff-ffffffffffff-']) {
      const link = await ctx.as('agent', 'POST', `/api/cases/${c.id}/links`, { otherId: bad });
      expect(link.status, bad).toBe(400);
      expect(link.body.error.fields[0].path).toBe('otherId');
      const merge = await ctx.as('agent', 'POST', `/api/cases/${c.id}/merge`, { intoId: bad });
      expect(merge.status, bad).toBe(400);
      expect(merge.body.error.fields[0].path).toBe('intoId');
    }
  });

  it('should answer 400 MALFORMED_REQUEST to deeply nested JSON before sign-in, and keep serving', async () => {
    // Both under the 1 MB body limit.
    for (const payload of ['['.repeat(200_000) + ']'.repeat(200_000), '{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000)]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode).toBe(400);
      expect(ErrorBodySchema.parse(res.json()).error.code).toBe('MALFORMED_REQUEST');
    }
    const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });

  it('should answer 400 to nested JSON that parses but is too deep to validate', async () => {
    const depth = 5_000;
    const payload = '{"username":' + '['.repeat(depth) + ']'.repeat(depth) + ',"password":"x"}';
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload });
    expect(res.statusCode).toBe(400);
    ErrorBodySchema.parse(res.json());
  });

  it('should say "expected text" and name the type received when a number or an array is sent for text', async () => {
    for (const [value, receivedEn, receivedZh] of [
      [123, 'number', '数字'],
      [['a'], 'array', '数组'],
    ] as const) {
      const en = await ctx.as('agent', 'POST', '/api/cases', { channel: 'hotline', customer: { name: '客户', phone: '13900001234' }, description: value }, { 'accept-language': 'en' });
      expect(en.status).toBe(400);
      const enField = en.body.error.fields.find((f: { path: string }) => f.path === 'description');
      expect(enField.message).toMatch(/expected text/i);
      expect(enField.message).toContain(receivedEn);
      expect(enField.message).not.toMatch(/undefined|required/i);
      const zh = await ctx.as('agent', 'POST', '/api/cases', { channel: 'hotline', customer: { name: '客户', phone: '13900001234' }, description: value }, { 'accept-language': 'zh' });
      const zhField = zh.body.error.fields.find((f: { path: string }) => f.path === 'description');
      expect(zhField.message).toContain('应为文本');
      expect(zhField.message).toContain(receivedZh);
    }
  });

  it('should still call a missing field required', async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', { channel: 'hotline', customer: { name: '客户', phone: '13900001234' } }, { 'accept-language': 'en' });
    expect(res.body.error.fields).toContainEqual({ path: 'description', message: 'Required' });
  });

  it('should refuse an admin keyword with more than three * gaps, naming the keyword', async () => {
    const res = await ctx.as('admin', 'POST', '/api/admin/categories', { code: 'x_gaps', nameZh: '新', nameEn: 'New', keywords: [{ term: '少*件', weight: 1 }, { term: '啊*啊*啊*啊*完', weight: 1 }] }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'keywords.1.term', message: expect.stringContaining('at most 3') }]);
  });

  it('should answer a URL that cannot be decoded, or a path parameter over the length limit, in the one error shape', async () => {
    for (const url of ['/api/cases/%zz', '/api/remedies/%C0%AF/offer', `/api/admin/stages/${'x'.repeat(5_000)}`]) {
      const res = await ctx.as('admin', url.includes('offer') ? 'POST' : url.includes('stages') ? 'PATCH' : 'GET', url);
      expect(res.status, url).toBe(400);
      expect(ErrorBodySchema.parse(res.body).error.code).toBe('MALFORMED_REQUEST');
    }
  });

  it('should refuse a 36-character department key that is not a UUID on a budget, as a field error', async () => {
    const res = await ctx.as('admin', 'PUT', '/api/cost-budgets', { month: '2026-10', scope: 'department', scopeKey: '------------------------------------', amountFen: 100 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('scopeKey');
  });
});
