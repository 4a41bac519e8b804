import type { Readable } from 'node:stream';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { caseEvent } from '../cases/case.events.ts';
import type { CaseService } from '../cases/case.service.ts';
import type { AttachmentView } from '../cases/case.schemas.ts';
import { can } from '../../shared/permissions.ts';
import { caseRecords } from '../cases/case.records.ts';
import { attachmentRepository, type AttachmentNamedRow, type AttachmentRow } from './attachment.repository.ts';
import { contentMatchesType, isAllowedType, safeFilename } from './attachment.rules.ts';
import type { AttachmentStorage } from './storage.ts';

export function toAttachmentView(row: AttachmentNamedRow): AttachmentView {
  const { a } = row;
  return {
    id: a.id,
    caseId: a.caseId,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    uploadedById: a.uploadedById,
    uploadedByName: row.uploadedByName,
    createdAt: a.createdAt.toISOString(),
    url: `/api/attachments/${a.id}`,
    // An erased file (rules 27–28) is served to nobody: the UI shows it as withheld.
    hidden: a.hiddenAt !== null || a.redactedAt !== null,
    hiddenReason: a.hiddenReason,
    hiddenAt: a.hiddenAt?.toISOString() ?? null,
    hiddenByName: row.hiddenByName,
  };
}

/** One stored file with its names (for the investigation module, which links files to its checklist). */
export const findAttachment = (db: DbOrTx, id: string): Promise<AttachmentNamedRow | undefined> => attachmentRepository.find(db, id);
/** A case's files, oldest first. */
export const listCaseAttachments = (db: DbOrTx, caseId: string): Promise<AttachmentNamedRow[]> => attachmentRepository.listForCase(db, caseId);

/** Rules 27–28: marks a case's files redacted in the caller's transaction; returns the storage keys to release. */
export const redactCaseAttachments = (tx: Tx, caseId: string, at: Date): Promise<string[]> => attachmentRepository.redactForCase(tx, caseId, at);

/** After the redaction committed: removes the bytes no file that is still kept refers to. */
export async function releaseStoredFiles(db: DbOrTx, storage: AttachmentStorage, keys: readonly string[]): Promise<number> {
  let removed = 0;
  for (const key of new Set(keys)) {
    if (!key || (await attachmentRepository.keyInUse(db, key))) continue;
    await storage.remove(key);
    removed += 1;
  }
  return removed;
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

  /** Checks, stages and stores one file of a case; `actor` null for the customer's own upload. */
  async function store(actor: Actor | null, caseId: string, file: { filename: string; mimetype: string; stream: Readable }): Promise<AttachmentView> {
    const filename = safeFilename(file.filename);
    if (!isAllowedType(file.mimetype, filename)) {
      file.stream.resume();
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    const staged = await storage.stage(file.stream, deps.maxBytes, (head) => contentMatchesType(file.mimetype, head));
    if (staged.outcome === 'refused') {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
        message: { zh: '文件内容与其类型不符', en: 'The file’s content does not match its type' },
      });
    }
    if (staged.outcome === 'too_large') throw new AppError('PAYLOAD_TOO_LARGE');
    const stored = staged.file;
    // Every way out removes the temporary file. The bytes are kept as the transaction's last step, so a
    // database failure before it leaves nothing stored; one after it (the commit itself) leaves at most
    // a content-addressed file with no row, which a later upload of the same file reuses.
    let row;
    try {
      if (stored.size === 0) throw fieldError('file', { zh: '文件是空的', en: 'The file is empty' });
      row = await db.transaction(async (tx) => {
        const created = await attachmentRepository.insert(tx, {
          caseId,
          filename,
          contentType: file.mimetype.toLowerCase(),
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: actor?.id ?? null,
          createdAt: deps.clock(),
        });
        const event = caseEvent.attachmentAdded({
          attachmentId: created.id,
          filename,
          contentType: created.contentType,
          size: stored.size,
          ...(actor ? {} : { by: 'customer' as const }),
        });
        if (actor) await cases.appendEvent(tx, actor, caseId, event);
        else await cases.appendEventAsCustomer(tx, caseId, event);
        await stored.store();
        return created;
      });
    } finally {
      await stored.discard();
    }
    return toAttachmentView({ a: row, uploadedByName: actor?.displayName ?? null, hiddenByName: null });
  }

  return {
    assertUploadable,

    async upload(
      actor: Actor,
      caseId: string,
      file: { filename: string; mimetype: string; stream: Readable },
    ): Promise<AttachmentView> {
      await assertUploadable(actor, caseId);
      return store(actor, caseId, file);
    },

    /**
     * A photo the customer adds in the portal: images only, the same checks and storage, no staff
     * uploader; the timeline's `attachment_added` says `by: 'customer'`. The portal has verified the
     * customer and checked the case is theirs.
     */
    async uploadAsCustomer(caseId: string, file: { filename: string; mimetype: string; stream: Readable }): Promise<AttachmentView> {
      if (!file.mimetype.toLowerCase().startsWith('image/')) {
        file.stream.resume();
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { message: { zh: '只能上传图片', en: 'Only images can be uploaded' } });
      }
      return store(null, caseId, file);
    },


    // The list shows a hidden file's record (that evidence existed and why it was hidden) to everyone;
    // only its bytes are withheld from all but administrators (open below).
    async listForCase(caseId: string): Promise<AttachmentView[]> {
      const rows = await attachmentRepository.listForCase(db, caseId);
      return rows.map(toAttachmentView);
    },

    async open(actor: Actor, id: string): Promise<{ meta: AttachmentRow; stream: Readable }> {
      const found = await attachmentRepository.find(db, id);
      if (!found) throw notFound();
      const row = found.a;
      await cases.loadView({ id: row.caseId }, actor); // same visibility as the case
      if (row.hiddenAt && !can(actor.role, 'attachment.hide')) throw notFound();
      // Erased or expired personal data (rules 27–28): served to nobody.
      if (row.redactedAt) throw notFound();
      if (!(await storage.exists(row.storageKey))) throw notFound();
      return { meta: row, stream: await storage.get(row.storageKey) };
    },

    /** An administrator hides a file with a reason: kept unchanged, no longer served to others, on the timeline. */
    async hide(actor: Actor, id: string, reason: string): Promise<AttachmentView> {
      const found = await attachmentRepository.find(db, id);
      if (!found) throw notFound();
      const a = found.a;
      await cases.loadView({ id: a.caseId }, actor); // 404 for a file of a case the caller cannot see, before 403
      if (!can(actor.role, 'attachment.hide')) throw new AppError('FORBIDDEN');
      if (a.hiddenAt) {
        throw new AppError('ILLEGAL_TRANSITION', { message: { zh: '该文件已隐藏', en: 'This file is already hidden' } });
      }
      await cases.mutate(actor, a.caseId, async (tx, _c, now) => {
        await attachmentRepository.hide(tx, id, { hiddenAt: now, hiddenById: actor.id, hiddenReason: reason });
        await caseRecords.appendEvent(tx, {
          caseId: a.caseId,
          actorId: actor.id,
          at: now,
          event: caseEvent.evidenceHidden({ attachmentId: id, filename: a.filename, sha256: a.sha256, reason }),
        });
      });
      const after = await attachmentRepository.find(db, id);
      return toAttachmentView(after!);
    },
  };
}
