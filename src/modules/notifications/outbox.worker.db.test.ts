import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import type { CaseService } from '../cases/case.service.ts';
import { customers } from '../customers/customer.table.ts';
import { upsertCustomerByPhone } from '../customers/customer.service.ts';
import type { ChannelAdapter, Delivery, SendResult } from './channel-adapter.ts';
import { notifyCustomer } from './notification.service.ts';
import { createOutboxService } from './outbox.service.ts';
import { outboxMessages } from './outbox.table.ts';

let database: Database;
let phone = 13600000000;
let t = new Date('2026-05-01T02:00:00Z').getTime();
const clock = () => new Date(t);
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

const noCases = () => {
  throw new Error('not used');
};
const sut = (adapter: ChannelAdapter) =>
  createOutboxService({ db: database.db, clock, timezone: 'Asia/Shanghai', publicUrl: 'http://x', cases: noCases as unknown as () => CaseService, adapterFor: () => adapter });

async function enqueue(n: number, tag: string): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = await upsertCustomerByPhone(database.db, { name: '客户', phone: String(++phone) }, clock());
    const key = `${tag}:${i}`;
    await database.db.transaction((tx) => notifyCustomer(tx, { event: 'otp', customerId: c.id, caseId: null, vars: { code: String(100000 + i), minutes: 5 }, dedupeKey: key, channels: ['sms'] }, clock()));
    keys.push(key);
  }
  return keys;
}
const rows = (keys: string[]) => database.db.select().from(outboxMessages).where(inArray(outboxMessages.dedupeKey, keys));

/** An adapter that records what it was handed and answers from a script (default: sent). */
function scripted(answer: (d: Delivery, call: number) => SendResult | Promise<SendResult> = () => ({ ok: true, providerMessageId: 'p' })) {
  const seen: Delivery[] = [];
  const adapter: ChannelAdapter = {
    driver: 'test',
    async send(d) {
      seen.push(d);
      // Yield, so that two workers' sends interleave.
      await new Promise((r) => setTimeout(r, 2));
      return answer(d, seen.length);
    },
  };
  return { adapter, seen };
}

describe('delivery worker', () => {
  it('should never send one message twice when two workers run side by side on one database', async () => {
    const keys = await enqueue(40, 'two');
    const counting = scripted();
    const [a, b] = await Promise.all([sut(counting.adapter).deliverDue({ batch: 5 }), sut(counting.adapter).deliverDue({ batch: 5 })]);
    const ids = counting.seen.map((d) => d.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(40);
    expect(a.sent + b.sent).toBe(40);
    expect((await rows(keys)).every((r) => r.status === 'sent' && r.attempts === 1 && r.sentAt !== null)).toBe(true);
  });

  it('should read the address from the customer record at delivery time', async () => {
    const [key] = await enqueue(1, 'addr');
    const [row] = await rows([key!]);
    const c = (await database.db.select().from(customers).where(eq(customers.id, row!.customerId)))[0]!;
    const s = scripted();
    await sut(s.adapter).deliverDue();
    expect(s.seen.map((d) => d.to)).toEqual([c.phone]);
    expect(s.seen[0]!.body).toContain('100000');
  });

  it('should retry with back-off, then fail with the last error visible and keep it', async () => {
    const [key] = await enqueue(1, 'fail');
    const down = scripted(() => ({ ok: false, permanent: false, error: 'network: ECONNREFUSED' }));
    const worker = sut(down.adapter);
    await worker.deliverDue();
    let [row] = await rows([key!]);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'network: ECONNREFUSED' });
    expect(row!.nextAttemptAt.getTime() - t).toBe(30_000);
    // Not due yet: nothing is claimed.
    expect((await worker.deliverDue()).claimed).toBe(0);
    for (let i = 2; i <= 8; i++) {
      t = row!.nextAttemptAt.getTime();
      await worker.deliverDue();
      [row] = await rows([key!]);
    }
    expect(row).toMatchObject({ status: 'failed', attempts: 8, lastError: 'network: ECONNREFUSED' });
    expect(down.seen).toHaveLength(8);
    // Failed is final for the worker: never claimed again, never dropped.
    t += 24 * 3600_000;
    expect((await worker.deliverDue()).claimed).toBe(0);
    expect(await rows([key!])).toHaveLength(1);
  });

  it('should fail at once on a permanent refusal', async () => {
    const [key] = await enqueue(1, 'perm');
    await sut(scripted(() => ({ ok: false, permanent: true, error: 'wechat: 43004 require subscribe' })).adapter).deliverDue();
    expect(await rows([key!])).toMatchObject([{ status: 'failed', attempts: 1, lastError: 'wechat: 43004 require subscribe' }]);
  });

  it('should suppress the message of a customer erased or opted out after it was written (rules 24, 28)', async () => {
    const keys = await enqueue(2, 'gone');
    const [first, second] = await rows(keys);
    await database.db.update(customers).set({ erasedAt: clock() }).where(eq(customers.id, first!.customerId));
    await database.db.update(customers).set({ notifyOptOut: true }).where(eq(customers.id, second!.customerId));
    const s = scripted();
    await sut(s.adapter).deliverDue();
    // The second is a one-time code the customer asked for: it still goes.
    expect(s.seen.map((d) => d.messageId)).toEqual([second!.id]);
    expect((await rows([keys[0]!]))[0]).toMatchObject({ status: 'suppressed', suppressedReason: 'erased' });
  });

  it('should take over a message whose worker died mid-send once its lease ran out', async () => {
    const [key] = await enqueue(1, 'lease');
    const hang = scripted(() => new Promise<SendResult>(() => {}));
    void sut(hang.adapter).deliverDue();
    await new Promise((r) => setTimeout(r, 200));
    expect((await rows([key!]))[0]!.status).toBe('sending');
    const s = scripted();
    expect((await sut(s.adapter).deliverDue()).claimed).toBe(0);
    t += 5 * 60_000 + 1;
    await sut(s.adapter).deliverDue();
    expect((await rows([key!]))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('should redact the text of delivered one-time codes after a week (rule 27), not before', async () => {
    const [key] = await enqueue(1, 'prune');
    await sut(scripted().adapter).deliverDue();
    const worker = sut(scripted().adapter);
    await worker.pruneCaseless(new Date(t + 6 * 24 * 3600_000));
    expect((await rows([key!]))[0]!.body).toContain('100000');
    expect(await worker.pruneCaseless(new Date(t + 8 * 24 * 3600_000))).toBeGreaterThan(0);
    const [row] = await rows([key!]);
    expect(row!.body).not.toContain('100000');
    expect(row!.vars).toEqual({});
  });
});
