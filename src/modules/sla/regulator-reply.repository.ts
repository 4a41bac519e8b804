import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { users } from '../users/user.table.ts';
import { regulatorReplies } from './regulator-reply.table.ts';
import { holdsText } from '../../db/redaction.ts';

export type RegulatorReplyRow = typeof regulatorReplies.$inferSelect;
export type RegulatorReplyNamedRow = { r: RegulatorReplyRow; recordedByName: string | null };

export const regulatorReplyRepository = {
  async insert(db: DbOrTx, row: typeof regulatorReplies.$inferInsert): Promise<RegulatorReplyRow> {
    const [created] = await db.insert(regulatorReplies).values(row).returning();
    return created!;
  },

  listOfCase: (db: DbOrTx, caseId: string): Promise<RegulatorReplyNamedRow[]> =>
    db
      .select({ r: regulatorReplies, recordedByName: users.displayName })
      .from(regulatorReplies)
      .leftJoin(users, eq(users.id, regulatorReplies.recordedById))
      .where(eq(regulatorReplies.caseId, caseId))
      .orderBy(asc(regulatorReplies.repliedAt), asc(regulatorReplies.recordedAt)),

  /** The same reply recorded before (a retried request): same case, regulator, time and text. */
  async findSame(db: DbOrTx, r: { caseId: string; regulator: RegulatorReplyRow['regulator']; repliedAt: Date; content: string }): Promise<RegulatorReplyRow | undefined> {
    const [row] = await db
      .select()
      .from(regulatorReplies)
      .where(
        and(
          eq(regulatorReplies.caseId, r.caseId),
          eq(regulatorReplies.regulator, r.regulator),
          eq(regulatorReplies.repliedAt, r.repliedAt),
          eq(regulatorReplies.content, r.content),
        ),
      );
    return row;
  },
};

/** Personal-data erasure (rule 28): what was answered becomes the marker; regulator, times and author stay. */
export const regulatorReplyRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const rows = await tx
      .update(regulatorReplies)
      .set({ content: marker })
      .where(and(eq(regulatorReplies.caseId, caseId), holdsText([regulatorReplies.content], marker)))
      .returning({ id: regulatorReplies.id });
    return rows.length;
  },

  texts: (db: DbOrTx, caseId: string) =>
    db
      .select({ id: regulatorReplies.id, regulator: regulatorReplies.regulator, content: regulatorReplies.content })
      .from(regulatorReplies)
      .where(eq(regulatorReplies.caseId, caseId))
      .orderBy(asc(regulatorReplies.repliedAt)),
};
