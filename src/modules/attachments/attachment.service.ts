import type { Readable } from 'node:stream';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { caseEvent } from '../cases/case.events.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { AttachmentView } from '../cases/case.schemas.ts';
import { can } from '../../shared/permissions.ts';
import { attachmentRepository, type AttachmentRow } from './attachment.repository.ts';
import { contentMatchesType, isAllowedType, safeFilename } from './attachment.rules.ts';
import type { AttachmentStorage } from './storage.ts';

export function toAttachmentView(a: AttachmentRow): AttachmentView {
  return {
    id: a.id,
    caseId: a.caseId,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    uploadedById: a.uploadedById,
    createdAt: a.createdAt.toISOString(),
    url: `/api/attachments/${a.id}`,
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;

export function createAttachmentService(deps: {
  db: Db;
  clock: Clock;
  storage: AttachmentStorage;
  cases: CaseService;
  maxBytes: number;
}) {
  const { db, storage, cases } = deps;
  async function assertUploadable(actor: Actor, caseId: string): Promise<void> {
    if (!can(actor.role, 'attachment.upload')) throw new AppError('FORBIDDEN');
    await cases.loadView({ id: caseId }, actor); // 404 before reading a byte of an invisible case
  }

  return {
    assertUploadable,

    async upload(
      actor: Actor,
      caseId: string,
      file: { filename: string; mimetype: string; stream: Readable },
    ): Promise<AttachmentView> {
      await assertUploadable(actor, caseId);
      const filename = safeFilename(file.filename);
      if (!isAllowedType(file.mimetype, filename)) {
        file.stream.resume();
        throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      }
      const stored = await storage.put(file.stream, deps.maxBytes, (head) => contentMatchesType(file.mimetype, head));
      if (stored.refused) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
          message: { zh: '文件内容与其类型不符', en: 'The file’s content does not match its type' },
        });
      }
      if (stored.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
      if (stored.size === 0) throw fieldError('file', { zh: '文件是空的', en: 'The file is empty' });
      const row = await db.transaction(async (tx) => {
        const created = await attachmentRepository.insert(tx, {
          caseId,
          filename,
          contentType: file.mimetype.toLowerCase(),
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: actor.id,
          createdAt: deps.clock(),
        });
        await cases.appendEvent(
          tx,
          actor,
          caseId,
          caseEvent.attachmentAdded({ attachmentId: created.id, filename, contentType: created.contentType, size: stored.size }),
        );
        return created;
      });
      return toAttachmentView(row);
    },

    async listForCase(caseId: string): Promise<AttachmentView[]> {
      const rows = await attachmentRepository.listForCase(db, caseId);
      return rows.map(toAttachmentView);
    },

    async open(actor: Actor, id: string): Promise<{ meta: AttachmentRow; stream: Readable }> {
      const row = await attachmentRepository.find(db, id);
      if (!row) throw notFound();
      await cases.loadView({ id: row.caseId }, actor); // same visibility as the case
      if (!(await storage.exists(row.storageKey))) throw notFound();
      return { meta: row, stream: storage.get(row.storageKey) };
    },
  };
}
