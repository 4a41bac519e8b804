import { aliasedTable, and, asc, eq, isNull } from 'drizzle-orm';
import { REDACTED } from '../../shared/redaction.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { users } from '../users/user.table.ts';
import { attachments } from './attachment.table.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachmentRow = typeof attachments.$inferInsert;
/** A row with the names of who uploaded and who hid it. */
export type AttachmentNamedRow = { a: AttachmentRow; uploadedByName: string | null; hiddenByName: string | null };

const uploader = aliasedTable(users, 'uploader');
const hider = aliasedTable(users, 'hider');

function named(db: DbOrTx) {
  return db
    .select({ a: attachments, uploadedByName: uploader.displayName, hiddenByName: hider.displayName })
    .from(attachments)
    .leftJoin(uploader, eq(uploader.id, attachments.uploadedById))
    .leftJoin(hider, eq(hider.id, attachments.hiddenById));
}

export const attachmentRepository = {
  async insert(db: DbOrTx, row: NewAttachmentRow): Promise<AttachmentRow> {
    const [created] = await db.insert(attachments).values(row).returning();
    return created!;
  },
  listForCase: (db: DbOrTx, caseId: string): Promise<AttachmentNamedRow[]> =>
    named(db).where(eq(attachments.caseId, caseId)).orderBy(asc(attachments.createdAt), asc(attachments.id)),
  async find(db: DbOrTx, id: string): Promise<AttachmentNamedRow | undefined> {
    const [row] = await named(db).where(eq(attachments.id, id));
    return row;
  },
  /** The only change a stored file's row ever sees (the trigger refuses any other). */
  async hide(tx: Tx, id: string, patch: { hiddenAt: Date; hiddenById: string; hiddenReason: string }): Promise<void> {
    await tx.update(attachments).set(patch).where(eq(attachments.id, id));
  },

  /** Rules 27–28: the case's files not yet redacted get the marker as filename; returns their storage keys. */
  async redactForCase(tx: Tx, caseId: string, at: Date): Promise<string[]> {
    const rows = await tx
      .update(attachments)
      .set({ filename: REDACTED, redactedAt: at })
      .where(and(eq(attachments.caseId, caseId), isNull(attachments.redactedAt)))
      .returning({ key: attachments.storageKey });
    return rows.map((r) => r.key);
  },
  /** Whether a file not redacted still uses these bytes (storage is content-addressed, so bytes may be shared). */
  async keyInUse(db: DbOrTx, key: string): Promise<boolean> {
    const [row] = await db
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.storageKey, key), isNull(attachments.redactedAt)))
      .limit(1);
    return row !== undefined;
  },
};
