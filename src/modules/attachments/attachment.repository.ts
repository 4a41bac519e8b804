import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { attachments } from './attachment.table.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachmentRow = typeof attachments.$inferInsert;

export const attachmentRepository = {
  async insert(db: DbOrTx, row: NewAttachmentRow): Promise<AttachmentRow> {
    const [created] = await db.insert(attachments).values(row).returning();
    return created!;
  },
  listForCase: (db: DbOrTx, caseId: string): Promise<AttachmentRow[]> =>
    db.select().from(attachments).where(eq(attachments.caseId, caseId)).orderBy(asc(attachments.createdAt)),
  async find(db: DbOrTx, id: string): Promise<AttachmentRow | undefined> {
    const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
    return row;
  },
};
