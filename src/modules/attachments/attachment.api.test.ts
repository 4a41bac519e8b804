import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { findUserByUsername, toActor } from '../users/user.service.ts';

// A failed upload leaves nothing behind: no temporary file, no stored file without its row.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ maxUploadBytes: 64 * 1024 });
});
afterAll(async () => ctx.close());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** Files under the attachments folder: [temporary, stored]. */
function files(): { tmp: string[]; stored: string[] } {
  const all = fs.readdirSync(ctx.attachmentsDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const tmp = all.filter((e) => path.basename(e.parentPath) === 'tmp').map((e) => e.name);
  return { tmp, stored: all.map((e) => e.name).filter((n) => !tmp.includes(n)) };
}

async function send(caseId: string, filename: string, type: string, bytes: Buffer) {
  const boundary = '----clfail';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments`,
    headers: { cookie: await ctx.login('agent'), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

describe('a failed upload', () => {
  it('should leave no temporary or stored file when too large, of a wrong type, disguised or empty', async () => {
    const c = await ctx.newCase();
    expect((await send(c.id, 'huge.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(70 * 1024, 1)]))).statusCode).toBe(413);
    expect((await send(c.id, 'virus.exe', 'application/x-msdownload', Buffer.from('MZ')))).toMatchObject({ statusCode: 415 });
    expect((await send(c.id, 'photo.png', 'image/png', Buffer.from('<svg onload="alert(1)"/>      ')))).toMatchObject({ statusCode: 415 });
    expect((await send(c.id, 'note.txt', 'text/plain', Buffer.alloc(0)))).toMatchObject({ statusCode: 400 });
    expect(files()).toEqual({ tmp: [], stored: [] });
  });

  it('should leave no temporary file when the client goes away half way', async () => {
    const c = await ctx.newCase();
    const agent = toActor((await findUserByUsername(ctx.db, 'agent'))!);
    const parts = [PNG, Buffer.alloc(1000, 2)];
    const stream = new Readable({
      read() {
        const next = parts.shift();
        if (next) this.push(next);
        else this.destroy(new Error('aborted')); // what a dropped connection does to the multipart stream
      },
    });
    await expect(ctx.services.attachments.upload(agent, c.id, { filename: 'cut.png', mimetype: 'image/png', stream })).rejects.toThrow('aborted');
    expect(files()).toEqual({ tmp: [], stored: [] });
  });

  it('should leave no stored file when the database refuses the row after the bytes arrived', async () => {
    const c = await ctx.newCase();
    // The database fails the insert, as a lost connection or a statement timeout would.
    await ctx.db.execute(sql.raw(`CREATE FUNCTION cl_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$`));
    await ctx.db.execute(sql.raw(`CREATE TRIGGER cl_test_refuse BEFORE INSERT ON attachments FOR EACH ROW EXECUTE FUNCTION cl_test_refuse()`));
    try {
      const res = await send(c.id, 'photo.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(500, 3)]));
      expect(res.statusCode).toBe(500);
      expect(files()).toEqual({ tmp: [], stored: [] });
    } finally {
      await ctx.db.execute(sql.raw(`DROP TRIGGER cl_test_refuse ON attachments`));
      await ctx.db.execute(sql.raw(`DROP FUNCTION cl_test_refuse()`));
    }
    // And the same file goes through once the database takes it.
    const ok = await send(c.id, 'photo.png', 'image/png', Buffer.concat([PNG, Buffer.alloc(500, 3)]));
    expect(ok.statusCode).toBe(201);
    expect(files()).toMatchObject({ tmp: [], stored: [ok.json().sha256] });
  });
});
