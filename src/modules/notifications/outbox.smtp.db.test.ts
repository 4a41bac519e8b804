import net from 'node:net';
import { inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/harness.ts';
import type { Database } from '../../db/client.ts';
import type { CaseService } from '../cases/case.service.ts';
import { upsertCustomerByPhone } from '../customers/customer.service.ts';
import { notifyCustomer } from './notification.service.ts';
import { createOutboxService } from './outbox.service.ts';
import { notificationChannels, outboxMessages } from './outbox.table.ts';
import { createSmtpAdapter } from './smtp.adapter.ts';

type Received = { to: string[]; messageId: string; subject: string; text: string };

/** A real SMTP server on 127.0.0.1 (smtp-server) that keeps what it receives. */
async function startReceiver(port: number, received: Received[], opts: { rejectRcpt?: RegExp } = {}): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (opts.rejectRcpt?.test(address.address)) {
        const err = new Error('mailbox unavailable') as Error & { responseCode: number };
        err.responseCode = 550;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => (raw += c));
      stream.on('end', () => {
        const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1]?.trim() ?? '';
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), messageId: header('Message-ID'), subject: header('Subject'), text: raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

let database: Database;
let phone = 13500000000;
let t = new Date('2026-05-01T02:00:00Z').getTime();
const clock = () => new Date(t);
const servers: SMTPServer[] = [];
beforeAll(async () => {
  database = await openTestDatabase();
});
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
});
afterAll(async () => database?.close());

async function emails(n: number, tag: string, address = (i: number) => `c${i}.${tag}@example.com`): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const c = await upsertCustomerByPhone(database.db, { name: '客户', phone: String(++phone), email: address(i) }, clock());
    const key = `${tag}:${i}`;
    await database.db.transaction((tx) =>
      notifyCustomer(tx, { event: 'resolved', customerId: c.id, caseId: null, vars: { caseNumber: `TS-${tag}-${i}`, link: 'http://x/portal' }, dedupeKey: key, channels: ['email'] }, clock()),
    );
    keys.push(key);
  }
  return keys;
}
const rows = (keys: string[]) => database.db.select().from(outboxMessages).where(inArray(outboxMessages.dedupeKey, keys));
const worker = () =>
  createOutboxService({ db: database.db, clock, timezone: 'Asia/Shanghai', publicUrl: 'http://x', cases: (() => undefined) as unknown as () => CaseService });

describe('email over a real SMTP server', () => {
  it('should deliver every email once each after the SMTP server was down for a while (acceptance)', async () => {
    const port = await freePort();
    await database.db.delete(notificationChannels);
    await database.db.insert(notificationChannels).values({ channel: 'email', driver: 'smtp', enabled: true, options: { host: '127.0.0.1', port, secure: false, from: 'service@example.com' } });
    const keys = await emails(5, 'down');
    // The server is down: every attempt fails and is put back with a back-off.
    const w = worker();
    const first = await w.deliverDue();
    expect(first).toMatchObject({ claimed: 5, retried: 5, sent: 0 });
    for (const r of await rows(keys)) expect(r).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('ECONNREFUSED') });
    t += 30_000;
    expect((await w.deliverDue()).retried).toBe(5);
    // Back up: the next due run sends each one, and later runs send nothing again.
    const received: Received[] = [];
    servers.push(await startReceiver(port, received));
    t += 60_000;
    expect((await w.deliverDue()).sent).toBe(5);
    t += 3600_000;
    expect((await w.deliverDue()).claimed).toBe(0);
    expect(received).toHaveLength(5);
    expect(received.map((m) => m.to[0]).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `c${i}.down@example.com`).sort());
    expect(new Set(received.map((m) => m.messageId)).size).toBe(5);
    const sent = await rows(keys);
    expect(sent.every((r) => r.status === 'sent' && r.attempts === 3 && r.driver === 'smtp')).toBe(true);
    expect(received[0]!.subject).toContain('=?UTF-8?');
  });

  it('should fail for good when the server refuses the mailbox (5xx), without the address in the error', async () => {
    const received: Received[] = [];
    const port = await freePort();
    servers.push(await startReceiver(port, received, { rejectRcpt: /^nobody/ }));
    const adapter = createSmtpAdapter({ host: '127.0.0.1', port, secure: false, from: 'service@example.com' });
    const r = await adapter.send({ channel: 'email', event: 'resolved', to: 'nobody@example.com', subject: 'x', body: 'y', vars: {}, providerTemplateId: null, messageId: 'm1' });
    expect(r).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('550') });
    expect(!r.ok && r.error).not.toContain('nobody@example.com');
    expect(received).toHaveLength(0);
    adapter.close?.();
  });
});
