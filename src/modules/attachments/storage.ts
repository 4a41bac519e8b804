import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

/** Where attachment bytes live. Local disk by default; an object store would implement the same three calls. */
export type AttachmentStorage = {
  /** Streams the upload to storage, hashing as it goes; content-addressed, so the same file is stored once. */
  /**
   * `accept` sees the first bytes before anything is kept; a file it refuses is drained and not stored
   * (the content address may be shared, so a stored file is never deleted again).
   */
  put(
    stream: Readable,
    limitBytes: number,
    accept?: (head: Buffer) => boolean,
  ): Promise<{ key: string; sha256: string; size: number; truncated: boolean; refused?: boolean }>;
  get(key: string): Readable;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes (erasure of personal data, rules 27–28); the caller checks that no kept file shares them. */
  remove(key: string): Promise<void>;
};

/** How much of a file's start is read to tell what it really is. */
const SNIFF_BYTES = 16;

export function createLocalStorage(root: string): AttachmentStorage {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const pathOf = (key: string) => path.join(root, key.slice(0, 2), key);
  return {
    async put(stream, limitBytes, accept) {
      const hash = crypto.createHash('sha256');
      let size = 0;
      let truncated = false;
      let refused = false;
      let head = Buffer.alloc(0);
      const tmp = path.join(root, 'tmp', crypto.randomUUID());
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
      await pipeline(stream, meter, fs.createWriteStream(tmp));
      // A file shorter than the sniffed prefix is judged by all of it.
      if (accept && !refused && size < SNIFF_BYTES) refused = !accept(head);
      if (refused) {
        await fs.promises.rm(tmp, { force: true });
        return { key: '', sha256: '', size, truncated: false, refused: true };
      }
      const truncatedByStream = (stream as Readable & { truncated?: boolean }).truncated === true;
      if (truncated || truncatedByStream) {
        await fs.promises.rm(tmp, { force: true });
        return { key: '', sha256: '', size, truncated: true };
      }
      const sha256 = hash.digest('hex');
      const dest = pathOf(sha256);
      await fs.promises.mkdir(path.dirname(dest), { recursive: true });
      await fs.promises.rename(tmp, dest);
      return { key: sha256, sha256, size, truncated: false };
    },
    get: (key) => fs.createReadStream(pathOf(key)),
    remove: (key) => fs.promises.rm(pathOf(key), { force: true }),
    exists: async (key) =>
      fs.promises.access(pathOf(key)).then(
        () => true,
        () => false,
      ),
  };
}
