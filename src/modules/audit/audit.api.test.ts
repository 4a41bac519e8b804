import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import type { Actor } from '../../shared/actor.ts';
import { adminAuditEvents } from './audit.table.ts';

// Every administration write leaves exactly one row naming its actor, in the write's own transaction.
describe('admin audit log', () => {
  let ctx: TestContext;
  let adminId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    adminId = await ctx.userId('admin');
  });
  afterAll(async () => ctx?.close());

  const allRows = () => ctx.db.select().from(adminAuditEvents);
  /** Runs a write and returns the audit rows it added. */
  async function added<T>(write: () => Promise<T>): Promise<{ result: T; rows: (typeof adminAuditEvents.$inferSelect)[] }> {
    const before = new Set((await allRows()).map((r) => r.id));
    const result = await write();
    return { result, rows: (await allRows()).filter((r) => !before.has(r.id)) };
  }

  it('should record who created a user, without the password', async () => {
    const password = 'S3cret-pass-word';
    const { result: res, rows } = await added(() =>
      ctx.as('admin', 'POST', '/api/users', { username: 'audit.alice', displayName: 'Alice', role: 'agent', password }),
    );
    expect(res.status).toBe(201);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: adminId, entity: 'user', entityId: res.body.id, action: 'created' });
    expect(rows[0]!.changes).toMatchObject({ username: { to: 'audit.alice' }, role: { to: 'agent' } });
    const text = JSON.stringify(rows[0]);
    expect(text).not.toContain(password);
    expect(text).not.toMatch(/argon2|passwordHash/);

    // The API names the actor.
    const page = await ctx.as('admin', 'GET', '/api/admin/audit?entity=user&limit=1');
    expect(page.status).toBe(200);
    expect(page.body.items[0]).toMatchObject({ entity: 'user', entityId: res.body.id, action: 'created', actorId: adminId, actorName: '系统管理员' });
  });

  it('should leave no row for a refused write (duplicate username 409, bad field 400)', async () => {
    const dup = await added(() => ctx.as('admin', 'POST', '/api/users', { username: 'audit.alice', displayName: 'A2', role: 'agent', password: 'password12' }));
    expect(dup.result.status).toBe(409);
    expect(dup.rows).toHaveLength(0);
    const rule = (await ctx.as('admin', 'GET', '/api/admin/routing-rules')).body.items[0];
    const bad = await added(() => ctx.as('admin', 'PATCH', `/api/admin/routing-rules/${rule.id}`, { position: 7, departmentId: crypto.randomUUID() }));
    expect(bad.result.status).toBe(400);
    expect(bad.rows).toHaveLength(0);
  });

  it('should record a password reset as "reset", never the password or its hash', async () => {
    const id = await ctx.userId('audit.alice');
    const password = 'Another-pass-123';
    const { result: res, rows } = await added(() => ctx.as('admin', 'PATCH', `/api/users/${id}`, { password }));
    expect(res.status).toBe(200);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: adminId, entity: 'user', entityId: id, action: 'updated', changes: { password: { to: 'reset' } } });
    expect(Object.keys(rows[0]!.changes)).toEqual(['password']);
    const text = JSON.stringify(rows[0]);
    expect(text).not.toContain(password);
    expect(text).not.toMatch(/argon2|passwordHash/);
  });

  it('should record deactivating a department with what changed', async () => {
    const created = await ctx.as('admin', 'POST', '/api/departments', { code: 'audit_dep', name: '审计部' });
    expect(created.status).toBe(201);
    const { result: res, rows } = await added(() => ctx.as('admin', 'PATCH', `/api/departments/${created.body.id}`, { active: false }));
    expect(res.status).toBe(200);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: adminId,
      entity: 'department',
      entityId: created.body.id,
      action: 'deactivated',
      changes: { active: { from: true, to: false } },
    });
  });

  it('should record editing a routing rule as from → to', async () => {
    const rule = (await ctx.as('admin', 'GET', '/api/admin/routing-rules')).body.items[0];
    const { result: res, rows } = await added(() => ctx.as('admin', 'PATCH', `/api/admin/routing-rules/${rule.id}`, { position: rule.position + 50 }));
    expect(res.status).toBe(200);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: adminId,
      entity: 'routing_rule',
      entityId: rule.id,
      action: 'updated',
      changes: { position: { from: rule.position, to: rule.position + 50 } },
    });
  });

  it('should record applying a preset as one row', async () => {
    const { result: res, rows } = await added(() => ctx.as('admin', 'POST', '/api/admin/presets/express/apply'));
    expect(res.status).toBe(204);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: adminId, entity: 'preset', entityId: 'express', action: 'applied', changes: { preset: { from: 'express', to: 'express' } } });
  });

  it('should write the row in the transaction of the change: when the record fails, so does the change', async () => {
    // An actor who is not a user breaks the log's foreign key: the user must not be created either.
    const ghost: Actor = { id: crypto.randomUUID(), username: 'ghost', displayName: 'Ghost', role: 'admin', departmentId: null };
    await expect(
      ctx.services.users.createUser(ghost, { username: 'audit.ghost', displayName: 'G', role: 'agent', password: 'password12' }),
    ).rejects.toThrow();
    const users = await ctx.as('admin', 'GET', '/api/users');
    expect(users.body.items.some((u: any) => u.username === 'audit.ghost')).toBe(false);
  });

  it('should refuse UPDATE and DELETE on the log', async () => {
    // Drizzle wraps the database error; the trigger's message is its cause.
    const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(await refusal(ctx.db.execute(sql`UPDATE admin_audit_events SET action = 'updated'`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(ctx.db.execute(sql`DELETE FROM admin_audit_events`))).toMatch(/append-only \(DELETE refused\)/);
    expect((await allRows()).length).toBeGreaterThan(0);
  });

  it('should page newest first with a cursor and filter by entity', async () => {
    const first = await ctx.as('admin', 'GET', '/api/admin/audit?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].entity).toBe('preset');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await ctx.as('admin', 'GET', `/api/admin/audit?limit=2&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items].map((i: any) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = await ctx.as('admin', 'GET', '/api/admin/audit?limit=200');
    expect(all.body.items.slice(0, 4).map((i: any) => i.id)).toEqual(ids.slice(0, 4));
    const deps = await ctx.as('admin', 'GET', '/api/admin/audit?entity=department');
    expect(deps.body.items.map((i: any) => i.action)).toEqual(['deactivated', 'created']);
    const bad = await ctx.as('admin', 'GET', '/api/admin/audit?cursor=abc');
    expect(bad.status).toBe(400);
  });

  it('should be documented with named schemas', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const op = doc.paths['/api/admin/audit'].get;
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/AdminAuditPage');
    expect(op.parameters.map((p: any) => p.name).sort()).toEqual(['cursor', 'entity', 'entityId', 'limit']);
  });

  it.each(['agent', 'dispatch', 'supervisor', 'manager'])('should answer 403 to %s', async (who) => {
    const res = await ctx.as(who, 'GET', '/api/admin/audit');
    expect(res.status).toBe(403);
  });
});
