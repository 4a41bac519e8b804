import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

/**
 * Where attachment bytes live: the local disk by default (`createLocalStorage`), or an S3-compatible
 * object store (`s3-storage.ts`). Files are content-addressed (the key is the SHA-256 of the bytes), so the
 * same file is stored once. Evidence is never changed through the API (issue 11): a stored key is never
 * written again, and `remove` serves only the erasure of personal data (rules 27–28), never a route.
 */
export type AttachmentStorage = {
  /**
   * Streams the upload to a temporary file, hashing as it goes; nothing is kept until the staged file's
   * `store`. `accept` sees the first bytes; a file it refuses, or one over `limitBytes`, is not kept. A
   * stream that fails (the client went away) rejects, leaving nothing behind.
   */
  stage(stream: Readable, limitBytes: number, accept?: (head: Buffer) => boolean): Promise<StageResult>;
  /** The stored bytes of `key`. */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes (erasure of personal data, rules 27–28); the caller checks that no kept file shares them. */
  remove(key: string): Promise<void>;
};

export type StageResult =
  | { outcome: 'staged'; file: StagedFile }
  | { outcome: 'refused'; size: number }
  | { outcome: 'too_large'; size: number };

export type StagedFile = {
  key: string;
  sha256: string;
  size: number;
  /** Keeps the bytes under `key` (content already stored under it is left as it is). */
  store(): Promise<void>;
  /** Removes the temporary file; safe after `store` and twice. The service calls it on every path. */
  discard(): Promise<void>;
};

/** How much of a file's start is read to tell what it really is. */
const SNIFF_BYTES = 16;

type TempOutcome =
  | { outcome: 'staged'; tmp: string; sha256: string; size: number }
  | { outcome: 'refused'; size: number }
  | { outcome: 'too_large'; size: number };

/**
 * Streams an upload into `tmpDir`, counting and hashing it, with the type check on its first bytes.
 * Every way out but 'staged' removes the temporary file, a failed stream included.
 */
export async function stageToTempFile(
  tmpDir: string,
  stream: Readable,
  limitBytes: number,
  accept?: (head: Buffer) => boolean,
): Promise<TempOutcome> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  let truncated = false;
  let refused = false;
  let head = Buffer.alloc(0);
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tmp = path.join(tmpDir, crypto.randomUUID());
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (accept && size < SNIFF_BYTES && !refused) {
        head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (head.length >= SNIFF_BYTES || chunk.length === 0) refused = !accept(head);
      }
      size += chunk.length;
      if (refused || size > limitBytes) {
        truncated = true;
        cb();
        return;
      }
      hash.update(chunk);
      cb(null, chunk);
    },
  });
  const out = fs.createWriteStream(tmp);
  try {
    await pipeline(stream, meter, out);
  } catch (err) {
    // The file is opened asynchronously: when the upload fails early (a client gone half way) the open may
    // complete after the pipeline has given up, creating the file after a removal. Wait for the stream's close.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
  // A file shorter than the sniffed prefix is judged by all of it.
  if (accept && !refused && size < SNIFF_BYTES) refused = !accept(head);
  if (refused) {
    await fs.promises.rm(tmp, { force: true });
    return { outcome: 'refused', size };
  }
  const truncatedByStream = (stream as Readable & { truncated?: boolean }).truncated === true;
  if (truncated || truncatedByStream) {
    await fs.promises.rm(tmp, { force: true });
    return { outcome: 'too_large', size };
  }
  return { outcome: 'staged', tmp, sha256: hash.digest('hex'), size };
}

/** The common shape of both stores: stage to a temporary file, then keep it with `keep(tmp, key)`. */
export function stagedStorage(
  tmpDir: string,
  keep: (tmp: string, key: string, size: number) => Promise<void>,
): AttachmentStorage['stage'] {
  return async (stream, limitBytes, accept) => {
    const staged = await stageToTempFile(tmpDir, stream, limitBytes, accept);
    if (staged.outcome !== 'staged') return staged;
    const { tmp, sha256, size } = staged;
    const discard = () => fs.promises.rm(tmp, { force: true });
    return {
      outcome: 'staged',
      file: { key: sha256, sha256, size, store: () => keep(tmp, sha256, size), discard },
    };
  };
}

export function createLocalStorage(root: string): AttachmentStorage {
  const tmpDir = path.join(root, 'tmp');
  fs.mkdirSync(tmpDir, { recursive: true });
  const pathOf = (key: string) => path.join(root, key.slice(0, 2), key);
  return {
    stage: stagedStorage(tmpDir, async (tmp, key) => {
      const dest = pathOf(key);
      await fs.promises.mkdir(path.dirname(dest), { recursive: true });
      // Same content, same name: renaming over an existing copy replaces it with identical bytes.
      await fs.promises.rename(tmp, dest);
    }),
    get: async (key) => {
      const stream = fs.createReadStream(pathOf(key));
      // Opened before it is handed on, so a missing file rejects here rather than mid-response.
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return stream;
    },
    remove: (key) => fs.promises.rm(pathOf(key), { force: true }),
    exists: async (key) =>
      fs.promises.access(pathOf(key)).then(
        () => true,
        () => false,
      ),
  };
}
