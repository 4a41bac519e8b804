import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness.ts';

// send() used to drop AppError.details; a client needs them to recover from a conflict.
describe('error details in the error body', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('should answer a stale version with details.current, the version to reload', async () => {
    const c = await ctx.newCase();
    const first = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, demand: '第一位客服的修改' });
    expect(first.status).toBe(200);
    const second = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: c.version, demand: '第二位的过期修改' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('VERSION_CONFLICT');
    expect(second.body.error.details).toEqual({ current: first.body.version });
  });

  it('should answer an illegal transition with details.from and details.to', async () => {
    const c = await ctx.newCase();
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'closed' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect(res.body.error.details).toEqual({ from: c.status, to: 'closed' });
  });

  it('should leave details out where an error has none', async () => {
    const res = await ctx.as('agent', 'GET', '/api/cases/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect(res.body.error).not.toHaveProperty('details');
  });
});
