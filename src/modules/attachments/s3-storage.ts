import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { StorageConfig } from '../../config.ts';
import { stagedStorage, type AttachmentStorage } from './storage.ts';

/** An S3 client for the configured bucket: AWS, or any S3-compatible store (MinIO, Ceph, OSS, COS) by endpoint. */
export function s3ClientFor(s: Extract<StorageConfig, { kind: 's3' }>): S3Client {
  return new S3Client({
    region: s.region,
    ...(s.endpoint ? { endpoint: s.endpoint } : {}),
    ...(s.credentials ? { credentials: s.credentials } : {}),
    forcePathStyle: s.forcePathStyle,
    // Checksums only where the operation requires them: several S3-compatible stores refuse the newer
    // checksum headers and chunked bodies; the content's SHA-256 is checked by us anyway (it is the key).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Attachments in an S3 bucket under `prefix`, with the same content addresses as on disk (`ab/abcdef…`).
 * A key already present is not written again; `remove` serves only the erasure of personal data.
 */
export function createS3Storage(opts: { client: S3Client; bucket: string; prefix: string; tmpDir: string }): AttachmentStorage {
  const { client, bucket } = opts;
  const objectKey = (key: string) => `${opts.prefix}${key.slice(0, 2)}/${key}`;

  async function exists(key: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      return true;
    } catch (err) {
      if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return false;
      throw err;
    }
  }

  return {
    stage: stagedStorage(opts.tmpDir, async (tmp, key, size) => {
      if (await exists(key)) return;
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey(key),
          Body: fs.createReadStream(tmp),
          ContentLength: size,
          ContentType: 'application/octet-stream',
        }),
      );
    }),
    get: async (key) => {
      const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
      // In Node the body is a readable stream (an IncomingMessage with the SDK's helpers mixed in).
      return res.Body as Readable;
    },
    exists,
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
  };
}
