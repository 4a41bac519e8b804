import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

/** Where attachment bytes live. Local disk by default; an object store would implement the same three calls. */
export type AttachmentStorage = {
  /** Streams the upload to storage, hashing as it goes; content-addressed, so the same file is stored once. */
  put(stream: Readable, limitBytes: number): Promise<{ key: string; sha256: string; size: number; truncated: boolean }>;
  get(key: string): Readable;
  exists(key: string): Promise<boolean>;
};

export function createLocalStorage(root: string): AttachmentStorage {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const pathOf = (key: string) => path.join(root, key.slice(0, 2), key);
  return {
    async put(stream, limitBytes) {
      const hash = crypto.createHash('sha256');
      let size = 0;
      let truncated = false;
      const tmp = path.join(root, 'tmp', crypto.randomUUID());
      const meter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          size += chunk.length;
          if (size > limitBytes) {
            truncated = true;
            cb();
            return;
          }
          hash.update(chunk);
          cb(null, chunk);
        },
      });
      await pipeline(stream, meter, fs.createWriteStream(tmp));
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
    exists: async (key) =>
      fs.promises.access(pathOf(key)).then(
        () => true,
        () => false,
      ),
  };
}
