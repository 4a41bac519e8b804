import path from 'node:path';
import type { StorageConfig } from '../../config.ts';
import { createLocalStorage, type AttachmentStorage } from './storage.ts';

/** The configured store: local disk under `attachmentsDir`, or S3 (its SDK loaded only when used). */
export async function openAttachmentStorage(config: { attachmentsDir: string; storage?: StorageConfig | undefined }): Promise<AttachmentStorage> {
  const s = config.storage;
  if (!s || s.kind === 'disk') return createLocalStorage(config.attachmentsDir);
  const { createS3Storage, s3ClientFor } = await import('./s3-storage.ts');
  // Uploads are staged on local disk (hashed before the key is known), then sent to the bucket.
  return createS3Storage({ client: s3ClientFor(s), bucket: s.bucket, prefix: s.prefix, tmpDir: path.join(config.attachmentsDir, 'tmp') });
}
