import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as argon2 from '@node-rs/argon2';
import { buildApp } from '../../app.ts';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { lockMsAfter, ACCOUNT_LIMIT, retryAfterSeconds } from './login-throttle.rules.ts';

// Every verify is counted, so the suite can show a locked sign-in never reaches Argon2.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});
const verifyCalls = () => vi.mocked(argon2.verify).mock.calls.length;

let now = new Date('2026-11-02T02:00:00Z');
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
});
afterAll(async () => ctx?.close());

const minutes = (n: number) => {
  now = new Date(now.getTime() + n * 60_000);
};

async function signIn(username: string, password: string, remoteAddress = '198.51.100.1', app = ctx.app) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  return { status: res.statusCode, code: res.statusCode === 200 ? 'OK' : (res.json().error.code as string), retryAfter: res.headers['retry-after'] };
}

describe('login throttling rules', () => {
  it('should lock from the fifth failure on, doubling up to an hour', () => {
    expect([1, 4, 5, 6, 7].map((n) => lockMsAfter(n, ACCOUNT_LIMIT))).toEqual([0, 0, 60_000, 120_000, 240_000]);
    expect(lockMsAfter(50, ACCOUNT_LIMIT)).toBe(3600_000);
  });

  it('should round the wait up to whole seconds and ignore locks that ended', () => {
    const t = new Date('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds([null, new Date(t.getTime() + 1500)], t)).toBe(2);
    expect(retryAfterSeconds([new Date(t.getTime() - 1), null], t)).toBeNull();
  });
});

describe('login throttling (issue 12)', () => {
  it('should answer 429 RATE_LIMITED with Retry-After after 5 wrong passwords, without running Argon2 again', async () => {
    const before = verifyCalls();
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await signIn('agent', `wrong-${i}`));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(answers.slice(5).map((a) => `${a.status} ${a.code}`))).toEqual(new Set(['429 RATE_LIMITED']));
    expect(Number(answers[5]!.retryAfter)).toBe(60);
    expect(verifyCalls() - before).toBe(5);
    // The right password waits too: the lock is on the account, not on the guess.
    expect((await signIn('agent', 'demo1234')).status).toBe(429);
  });

  it('should lock for twice as long after the next failure once the lock ends, and let the right password in then', async () => {
    minutes(1);
    expect((await signIn('agent', 'wrong-again')).status).toBe(401);
    const locked = await signIn('agent', 'demo1234');
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBe(120);
    minutes(2);
    expect((await signIn('agent', 'demo1234')).status).toBe(200);
  });

  it('should clear the account count on a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn('supervisor', `wrong-${i}`)).status).toBe(401);
    expect((await signIn('supervisor', 'demo1234')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn('supervisor', `wrong-${i}`)).status).toBe(401);
    expect((await signIn('supervisor', 'demo1234')).status).toBe(200);
  });

  it('should count unknown usernames like known ones, so a 429 does not tell which exist', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await signIn('nobody-here', 'x')).status);
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('should forget the failures after 15 quiet minutes', async () => {
    for (let i = 0; i < 4; i++) await signIn('manager', `wrong-${i}`, '198.51.100.7');
    minutes(16);
    for (let i = 0; i < 4; i++) expect((await signIn('manager', `wrong-${i}`, '198.51.100.7')).status).toBe(401);
    expect((await signIn('manager', 'demo1234', '198.51.100.7')).status).toBe(200);
  });

  it('should limit one address trying many accounts, and leave other addresses alone', async () => {
    minutes(60);
    const address = '203.0.113.9';
    const statuses = [];
    // Four guesses per account stay under the account limit; the address meets its own at 30.
    for (let i = 0; i < 32; i++) statuses.push((await signIn(`guess-${Math.floor(i / 4)}`, 'x', address)).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await signIn('finance', 'demo1234', address)).status).toBe(429);
    expect((await signIn('finance', 'demo1234', '203.0.113.10')).status).toBe(200);
  });

  it('should share the counts between server processes on one database', async () => {
    minutes(60);
    const second = await ctx.secondConnection();
    const other = await buildApp({
      database: second,
      config: { maxUploadBytes: 1024, sessionTtlMs: 3600_000, cookieSecure: false, timezone: 'Asia/Shanghai', logLevel: 'silent', attachmentsDir: '/tmp' },
      clock: () => now,
      serveWeb: false,
      logger: false,
    });
    try {
      for (let i = 0; i < 5; i++) expect((await signIn('quality', `wrong-${i}`, '198.51.100.20')).status).toBe(401);
      expect((await signIn('quality', 'demo1234', '198.51.100.21', other.app)).status).toBe(429);
    } finally {
      await other.app.close();
      await second.close();
    }
  });
});
