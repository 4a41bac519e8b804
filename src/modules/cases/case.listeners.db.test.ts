import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { casePorts } from '../../services.ts';
import { seedDemoUsers, seedReferenceData } from '../demo/seed.ts';
import { departmentRepository, userRepository } from '../users/user.repository.ts';
import { toActor } from '../users/user.service.ts';
import { caseEvent } from './case.events.ts';
import type { CaseListener } from './case.listeners.ts';
import { createCaseService } from './case.service.ts';

let database: Database;
let agent: Actor;
let departmentId: string;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedReferenceData(database.db);
  await seedDemoUsers(database.db);
  agent = toActor((await userRepository.findByUsername(database.db, 'agent'))!);
  departmentId = (await departmentRepository.list(database.db))[0]!.id;
});
afterAll(async () => database?.close());

const sut = (listeners: CaseListener[]) =>
  createCaseService({ db: database.db, clock: () => new Date(), timezone: 'Asia/Shanghai', ...casePorts, listeners });

let phone = 13900000000;
const file = (cases: ReturnType<typeof sut>) =>
  cases.create(agent, { channel: 'web', customer: { name: '监听', phone: String(++phone) }, description: '包裹没有收到' });

describe('case-change listeners', () => {
  it('should call the listeners in registration order, each seeing what the one before wrote', async () => {
    const seen: string[] = [];
    const first: CaseListener = {
      async onCreated(ctx, change) {
        seen.push(`first:${change.case.priority}`);
        await ctx.cases.applyTriage({ priority: 'P1' });
      },
    };
    const second: CaseListener = {
      async onCreated(_ctx, change) {
        seen.push(`second:${change.case.priority}`);
      },
    };
    const { value } = await file(sut([first, second]));
    expect(seen).toEqual(['first:P3', 'second:P1']);
    expect(value.priority).toBe('P1');
  });

  it('should move a case by itself through the lifecycle check, with the events of a move', async () => {
    const router: CaseListener = {
      async onCreated(ctx) {
        await ctx.cases.transition({ to: 'assigned', reason: '规则', reasonEn: 'rule', owner: { departmentId, assigneeId: null, ruleId: departmentId } });
      },
    };
    const cases = sut([router]);
    const { value } = await file(cases);
    expect(value.status).toBe('assigned');
    expect(value.departmentId).toBe(departmentId);
    const { events } = await cases.get(agent, value.id);
    expect(events.map((e) => e.kind)).toEqual(['created', 'status_changed', 'assigned']);
    expect(events[1]).toMatchObject({ fromStatus: 'registered', toStatus: 'assigned', actorId: null, payload: { auto: true, reason: '规则', reasonEn: 'rule' } });
  });

  it('should refuse a system move the lifecycle does not allow, and roll the intake back', async () => {
    const cases = sut([{ onCreated: (ctx) => ctx.cases.transition({ to: 'closed', reason: 'x', reasonEn: 'x' }).then(() => undefined) }]);
    const before = await cases.list(agent, { view: 'all', sort: 'createdAt', order: 'desc', limit: 500 });
    await expect(file(cases)).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    const after = await cases.list(agent, { view: 'all', sort: 'createdAt', order: 'desc', limit: 500 });
    expect(after.items).toHaveLength(before.items.length);
  });

  it('should tell listeners of moves, edits and public replies inside the change', async () => {
    const calls: string[] = [];
    const cases = sut([
      {
        onTransitioned: async (ctx, c) => {
          calls.push(`moved ${c.from}→${c.case.status}`);
          await ctx.cases.appendEvent(caseEvent.slaWarning({ target: 'acknowledge', dueAt: ctx.now.toISOString() }));
        },
        onEdited: async (_ctx, c) => void calls.push(`edited ${c.changed.join(',')}`),
        onPublicReply: async () => void calls.push('replied'),
      },
    ]);
    const { value } = await file(cases);
    await cases.transition(agent, value.id, { to: 'acknowledged' });
    const moved = await cases.get(agent, value.id);
    await cases.update(agent, value.id, { version: moved.view.version, urgency: 'urgent' });
    await cases.comment(agent, value.id, { body: '已回复', visibility: 'public' });
    await cases.comment(agent, value.id, { body: '内部', visibility: 'internal' });
    expect(calls).toEqual(['moved registered→acknowledged', 'edited urgency', 'replied']);
    const { events } = await cases.get(agent, value.id);
    expect(events.map((e) => e.kind)).toEqual(['created', 'status_changed', 'sla_warning', 'updated', 'comment', 'note']);
  });

  it('should let the prioritising listener price an edit of what priority depends on', async () => {
    const cases = sut([{ prioritise: async () => ({ priority: 'P2', reasons: [] }) }]);
    const { value } = await file(cases);
    const edited = await cases.update(agent, value.id, { version: value.version, urgency: 'critical' });
    expect(edited.priority).toBe('P2');
  });
});
