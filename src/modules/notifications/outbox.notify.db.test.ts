import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import { customers } from '../customers/customer.table.ts';
import { upsertCustomerByPhone } from '../customers/customer.service.ts';
import { createNotificationService } from './notification.service.ts';
import { messageTemplates, notificationChannels, outboxMessages } from './outbox.table.ts';

let database: Database;
let phone = 13700000000;
const now = new Date('2026-05-01T02:00:00Z');
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

const sut = () => createNotificationService({ db: database.db, clock: () => now, publicUrl: 'https://cs.example.com/' });
async function customer(patch: Partial<typeof customers.$inferInsert> = {}) {
  const c = await upsertCustomerByPhone(database.db, { name: '客户', phone: String(++phone) }, now);
  if (Object.keys(patch).length) await database.db.update(customers).set(patch).where(eq(customers.id, c.id));
  return c.id;
}
const rowsOf = (dedupeKey: string) => database.db.select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, dedupeKey));
const send = (customerId: string, dedupeKey: string, extra: { event?: 'received' | 'otp'; channels?: ('sms' | 'email' | 'wechat')[] } = {}) =>
  database.db.transaction((tx) =>
    sut().notifyCustomer(tx, {
      event: extra.event ?? 'received',
      customerId,
      caseId: null,
      vars: { caseNumber: 'TS-1', code: '424242', minutes: 5, link: 'https://cs.example.com/portal', firstResponseDue: '5月1日 12:00', resolveDue: '5月3日' },
      dedupeKey,
      ...(extra.channels ? { channels: extra.channels } : {}),
    }),
  );

describe('notifyCustomer', () => {
  it('should write one pending SMS rendered in Chinese without copying the phone', async () => {
    const id = await customer();
    await send(id, 'k1');
    const rows = await rowsOf('k1');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'sms', status: 'pending', language: 'zh', subject: null, customerId: id });
    expect(rows[0]!.body).toContain('单号TS-1');
    expect(rows[0]!.body).toContain('https://cs.example.com/portal');
    expect(JSON.stringify(rows[0])).not.toContain(String(phone));
    expect(sut().publicUrl).toBe('https://cs.example.com');
  });

  it('should write nothing the second time for the same dedupe key', async () => {
    const id = await customer();
    await send(id, 'k2');
    await send(id, 'k2');
    await send(id, 'k2', { channels: ['email'] });
    expect(await rowsOf('k2')).toHaveLength(1);
  });

  it('should follow the preference and language, with the email subject', async () => {
    const id = await customer({ email: 'a@example.com', preferredChannel: 'email', language: 'en' });
    await send(id, 'k3');
    const [row] = await rowsOf('k3');
    expect(row).toMatchObject({ channel: 'email', language: 'en', subject: 'Your complaint TS-1 has been received' });
  });

  it('should record an opted-out customer as suppressed (rule 24) but still send the code asked for', async () => {
    const id = await customer({ notifyOptOut: true });
    await send(id, 'k4');
    expect(await rowsOf('k4')).toMatchObject([{ status: 'suppressed', suppressedReason: 'opted_out' }]);
    await send(id, 'k5', { event: 'otp', channels: ['sms'] });
    const [otp] = await rowsOf('k5');
    expect(otp).toMatchObject({ status: 'pending', channel: 'sms' });
    expect(otp!.body).toContain('424242');
  });

  it("should use the administrator's template and skip a disabled channel", async () => {
    await database.db.insert(messageTemplates).values({ event: 'received', channel: 'email', language: 'zh', subject: '受理 {{caseNumber}}', body: '自定义 {{caseNumber}}' });
    await database.db.insert(notificationChannels).values({ channel: 'sms', driver: 'record', enabled: false });
    const id = await customer({ email: 'b@example.com' });
    await send(id, 'k6');
    const [row] = await rowsOf('k6');
    expect(row).toMatchObject({ channel: 'email', subject: '受理 TS-1', body: '自定义 TS-1' });
    await database.db.delete(notificationChannels);
  });
});
