import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../users/user.table.ts';
import { regulatorReplies } from './regulator-reply.table.ts';

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
