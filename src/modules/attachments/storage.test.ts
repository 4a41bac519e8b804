import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAttachmentStorage } from './open-storage.ts';
import { createS3Storage, s3ClientFor } from './s3-storage.ts';
import { createLocalStorage, type AttachmentStorage } from './storage.ts';

// The same behaviour from every store behind the interface: the local disk, and an S3-compatible object
// store (s3rver, an S3 stand-in served in this process on 127.0.0.1).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-storage-'));
const BUCKET = 'closeloop-evidence';
let s3rver: S3rver;
let s3Endpoint = '';

beforeAll(async () => {
  s3rver = new S3rver({ port: 0, address: '127.0.0.1', directory: path.join(root, 's3rver'), silent: true, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await s3rver.run()) as { port: number };
  s3Endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3rver.close();
  fs.rmSync(root, { recursive: true, force: true });
});

type Store = { storage: AttachmentStorage; tmpDir: string; storedCount: () => Promise<number> };

const adapters: Array<[string, () => Store]> = [
  [
    'local disk',
    () => {
      const dir = fs.mkdtempSync(path.join(root, 'disk-'));
      const storage = createLocalStorage(dir);
      const storedCount = async () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.parentPath.endsWith('tmp')).length;
      return { storage, tmpDir: path.join(dir, 'tmp'), storedCount };
    },
  ],
  [
    'S3',
    () => {
      const tmpDir = fs.mkdtempSync(path.join(root, 's3tmp-'));
      const prefix = `${crypto.randomUUID()}/`;
      const client = s3ClientFor({
        kind: 's3',
        bucket: BUCKET,
        endpoint: s3Endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        forcePathStyle: true,
        prefix,
      });
      const storage = createS3Storage({ client, bucket: BUCKET, prefix, tmpDir });
      const storedCount = async () => {
        const { ListObjectsV2Command } = await import('@aws-sdk/client-s3');
        const res = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
        return res.KeyCount ?? 0;
      };
      return { storage, tmpDir, storedCount };
    },
  ],
];

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}
/** A stream of `bytes` in small chunks, failing after them when `failAfter` (a client that went away). */
function upload(bytes: Buffer, failAfter = false): Readable {
  const parts = [bytes.subarray(0, 10), bytes.subarray(10)];
  return new Readable({
    read() {
      const next = parts.shift();
      if (next) this.push(next);
      else if (failAfter) this.destroy(new Error('aborted'));
      else this.push(null);
    },
  });
}
const tmpFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);

describe.each(adapters)('attachment storage on %s', (_name, make) => {
  it('should store a staged file under its SHA-256 and stream the same bytes back', async () => {
    const { storage, tmpDir, storedCount } = make();
    const bytes = crypto.randomBytes(200_000);
    const staged = await storage.stage(upload(bytes), 1024 * 1024);
    expect(staged.outcome).toBe('staged');
    if (staged.outcome !== 'staged') return;
    expect(staged.file).toMatchObject({ key: sha(bytes), sha256: sha(bytes), size: bytes.length });
    expect(await storage.exists(staged.file.key)).toBe(false); // nothing kept before `store`
    await staged.file.store();
    await staged.file.discard();
    expect(await storage.exists(staged.file.key)).toBe(true);
    expect(sha(await readAll(await storage.get(staged.file.key)))).toBe(sha(bytes));
    expect(tmpFiles(tmpDir)).toEqual([]);
    expect(await storedCount()).toBe(1);
  });

  it('should keep the same content once', async () => {
    const { storage, storedCount } = make();
    const bytes = Buffer.from('同一张破损照片 the same photo twice');
    for (let i = 0; i < 2; i++) {
      const staged = await storage.stage(upload(bytes), 1024);
      if (staged.outcome !== 'staged') throw new Error(staged.outcome);
      await staged.file.store();
      await staged.file.discard();
    }
    expect(await storedCount()).toBe(1);
  });

  it('should keep nothing, not even a temporary file, for a file over the limit, one refused by its first bytes, one discarded, or a failed stream', async () => {
    const { storage, tmpDir, storedCount } = make();
    const big = await storage.stage(upload(Buffer.alloc(2048, 1)), 1024);
    expect(big.outcome).toBe('too_large');
    const refused = await storage.stage(upload(Buffer.from('<svg onload=alert(1)>...........')), 1024, () => false);
    expect(refused.outcome).toBe('refused');
    const dropped = await storage.stage(upload(Buffer.from('kept only if stored')), 1024);
    if (dropped.outcome !== 'staged') throw new Error(dropped.outcome);
    await dropped.file.discard();
    await expect(storage.stage(upload(Buffer.from('a client that went away half way'), true), 1024)).rejects.toThrow('aborted');
    expect(tmpFiles(tmpDir)).toEqual([]);
    expect(await storedCount()).toBe(0);
    expect(await storage.exists(sha(Buffer.from('kept only if stored')))).toBe(false);
  });

  // Evidence is never edited through the API: the store offers no overwrite; `remove` exists for the
  // erasure of personal data only (rules 27–28) and no route calls it (investigation.api.test.ts).
  it('should offer no way to overwrite a stored file, and remove one only when erasure asks', async () => {
    const { storage } = make();
    expect(Object.keys(storage).sort()).toEqual(['exists', 'get', 'remove', 'stage']);
    const bytes = Buffer.from('a file to be erased');
    const staged = await storage.stage(upload(bytes), 1024);
    if (staged.outcome !== 'staged') throw new Error(staged.outcome);
    await staged.file.store();
    await staged.file.discard();
    expect(await storage.exists(sha(bytes))).toBe(true);
    await storage.remove(sha(bytes));
    expect(await storage.exists(sha(bytes))).toBe(false);
  });
});

describe('the configured attachment store', () => {
  it('should put files in the bucket with STORAGE=s3 and on disk otherwise', async () => {
    const attachmentsDir = fs.mkdtempSync(path.join(root, 'configured-'));
    const s3 = await openAttachmentStorage({
      attachmentsDir,
      storage: { kind: 's3', bucket: BUCKET, endpoint: s3Endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, forcePathStyle: true, prefix: 'configured/' },
    });
    const bytes = Buffer.from('a photo of the torn parcel');
    const staged = await s3.stage(upload(bytes), 1024);
    if (staged.outcome !== 'staged') throw new Error(staged.outcome);
    await staged.file.store();
    await staged.file.discard();
    expect((await readAll(await s3.get(sha(bytes)))).toString()).toBe('a photo of the torn parcel');
    // Nothing of it on the local disk but the (empty) staging folder.
    expect(fs.readdirSync(attachmentsDir, { recursive: true })).toEqual(['tmp']);
    const disk = await openAttachmentStorage({ attachmentsDir, storage: { kind: 'disk' } });
    expect(await disk.exists(sha(bytes))).toBe(false);
  });
});
