// Issue 12 item 4: intake reads its configuration (categories, routing rules, time-limit policies …)
// from a cache in each server process. An edit committed through one process must be seen by the next
// intake in every other process sharing the database. On PostgreSQL (TEST_DATABASE_URL) the second app
// has its own pool, as a second server process would; on PGlite both apps share the one database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/client.ts';
import { createTestContext, type TestContext } from './harness.ts';

describe('configuration cached per process', () => {
  let ctx: TestContext;
  let second: Database;
  let other: Awaited<ReturnType<typeof buildApp>>['app'];
  const attachmentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-att-'));
  let seq = 0;

  beforeAll(async () => {
    ctx = await createTestContext({ autoRoute: true });
    second = await ctx.secondConnection();
    ({ app: other } = await buildApp({
      database: second,
      config: { maxUploadBytes: 1 << 20, sessionTtlMs: 3600_000, cookieSecure: false, timezone: 'Asia/Shanghai', logLevel: 'silent', attachmentsDir },
      autoRoute: true,
      serveWeb: false,
      logger: false,
    }));
    await other.ready();
  });
  afterAll(async () => {
    await other?.close();
    await second?.close();
    await ctx?.close();
    fs.rmSync(attachmentsDir, { recursive: true, force: true });
  });

  /** Files a case through the other app (the other process). */
  async function intakeOnOther(category: string, extra: Record<string, unknown> = {}) {
    seq++;
    const res = await other.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: await ctx.login('agent') },
      payload: {
        channel: 'hotline',
        customer: { name: '缓存测试', phone: `1390000${String(1000 + seq).padStart(4, '0')}` },
        description: `快递三天没到，物流信息不更新 #${seq}`,
        category,
        ...extra,
      },
    });
    return { status: res.statusCode, body: JSON.parse(res.body) };
  }

  it('should route the next intake on another process by a routing rule added on this one', async () => {
    // The other process has the rules cached from this intake.
    const before = await intakeOnOther('delay');
    expect(before.status).toBe(201);
    const quality = await ctx.departmentId('quality');
    expect(before.body.departmentId).not.toBe(quality);

    const rule = await ctx.as('admin', 'POST', '/api/admin/routing-rules', { position: 0, category: 'delay', departmentId: quality });
    expect(rule.status).toBe(201);
    const after = await intakeOnOther('delay');
    expect(after.status).toBe(201);
    expect(after.body.departmentId).toBe(quality);

    // And back: removing the rule is seen just as well.
    expect((await ctx.as('admin', 'DELETE', `/api/admin/routing-rules/${rule.body.id}`)).status).toBe(204);
    expect((await intakeOnOther('delay')).body.departmentId).toBe(before.body.departmentId);
  });

  it('should refuse a category on another process from the moment it was deactivated on this one', async () => {
    expect((await intakeOnOther('damage')).status).toBe(201);
    expect((await ctx.as('admin', 'PATCH', '/api/admin/categories/damage', { active: false })).status).toBe(200);
    const refused = await intakeOnOther('damage');
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].path).toBe('category');
    expect((await ctx.as('admin', 'PATCH', '/api/admin/categories/damage', { active: true })).status).toBe(200);
    expect((await intakeOnOther('damage')).status).toBe(201);
  });

  it('should see its own edit at once on the same process', async () => {
    const quality = await ctx.departmentId('quality');
    const warm = await ctx.newCase({ category: 'delay' });
    expect(warm.departmentId).not.toBe(quality);
    const rule = await ctx.as('admin', 'POST', '/api/admin/routing-rules', { position: 0, category: 'delay', departmentId: quality });
    expect(rule.status).toBe(201);
    expect((await ctx.newCase({ category: 'delay' })).departmentId).toBe(quality);
    await ctx.as('admin', 'DELETE', `/api/admin/routing-rules/${rule.body.id}`);
  });

  it('should start the clocks of the next intake on another process on a time-limit policy added on this one', async () => {
    const targetsOf = (c: { body: { sla: { targets: Array<{ target: string }> } } }) => c.body.sla.targets.map((t) => t.target).sort();
    const before = await intakeOnOther('delay', { priority: 'P2' });
    expect(targetsOf(before)).toContain('first_reply');
    const policy = await ctx.as('admin', 'POST', '/api/admin/sla-policies', {
      name: '缓存检查',
      category: 'delay',
      priority: 'P2',
      position: 0,
      policy: {
        targets: [{ target: 'resolution', minutes: 600, calendar: 'calendar', pausable: true }],
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 60 },
      },
    });
    expect(policy.status).toBe(201);
    const after = await intakeOnOther('delay', { priority: 'P2' });
    expect(after.status).toBe(201);
    expect(targetsOf(after)).not.toContain('first_reply');
    expect(targetsOf(after)).toContain('resolution');
  });
});
