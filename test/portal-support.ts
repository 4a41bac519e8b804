import { sql } from 'drizzle-orm';
// The customer portal as a phone's browser sees it, for the API tests: its own cookie, photos, the SMS code.
import { expect } from 'vitest';
import type { TestContext } from './harness.ts';

// A 1×1 PNG: the smallest real photo.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A multipart body with one file (the portal's photo upload). */
export function multipart(filename: string, contentType: string, content: Buffer) {
  const boundary = '----portal';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

let seq = 0;
/** A complaint as the public form sends it; a fresh phone each time unless one is given. */
export function complaint(over: Record<string, unknown> = {}) {
  seq += 1;
  return {
    waybillNo: `SF77${String(100000 + seq)}`,
    description: `包裹外箱破损，里面的杯子碎了 #${seq}`,
    demand: '希望赔偿杯子的钱',
    name: '王女士',
    phone: `1370000${String(1000 + seq).slice(-4)}`,
    ...over,
  };
}

/** The portal as a customer's browser: its own cookie jar (the portal cookie only). */
export function portalClient(ctx: TestContext, address = '10.0.0.1') {
  let cookie: string | null = null;
  return {
    get cookie() {
      return cookie;
    },
    set cookie(v: string | null) {
      cookie = v;
    },
    async req(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) {
      const res = await ctx.app.inject({
        method,
        url,
        remoteAddress: address,
        headers: { ...(cookie ? { cookie } : {}), ...headers },
        ...(payload !== undefined ? { payload: payload as never } : {}),
      });
      const set = res.cookies.find((c) => c.name === 'cl_portal');
      if (set) cookie = set.value ? `cl_portal=${set.value}` : null;
      return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
    },
  };
}

/** The latest one-time code sent for a case, read as an administrator reads it: from the outbox. */
export async function lastCode(ctx: TestContext, caseNumber: string): Promise<string | null> {
  const res = (await ctx.db.execute(
    sql`select o.body from outbox_messages o join cases c on c.id = o.case_id where o.event = 'otp' and c.case_number = ${caseNumber} order by o.seq desc limit 1`,
  )) as unknown as { rows?: Array<{ body: string }> } & Array<{ body: string }>;
  const body = (res.rows ?? res)[0]?.body;
  return body?.match(/\d{6}/)?.[0] ?? null;
}

/** Files a complaint and follows it with the SMS code: a client with a session for that customer. */
export async function verifiedCustomer(ctx: TestContext, over: Record<string, unknown> = {}, address?: string) {
  const body = complaint(over);
  const filing = portalClient(ctx, address);
  const filed = await filing.req('POST', '/api/portal/complaints', body);
  expect(filed.status).toBe(201);
  const c = portalClient(ctx, address);
  expect((await c.req('POST', '/api/portal/follow/code', { caseNumber: filed.body.caseNumber, phone: body.phone })).status).toBe(202);
  const code = await lastCode(ctx, filed.body.caseNumber);
  const ok = await c.req('POST', '/api/portal/follow/verify', { caseNumber: filed.body.caseNumber, phone: body.phone, code });
  expect(ok.status).toBe(200);
  return { client: c, caseNumber: filed.body.caseNumber as string, phone: body.phone, body };
}

