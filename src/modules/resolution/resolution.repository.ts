import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { remedies, remedyDecisions, resolutionSettings } from './resolution.table.ts';
import { holdsText, redactString, redactedText } from '../../db/redaction.ts';

export type RemedyRow = typeof remedies.$inferSelect;
export type NewRemedyRow = typeof remedies.$inferInsert;
export type RemedyDecisionRow = typeof remedyDecisions.$inferSelect;
export type ResolutionSettingsRow = typeof resolutionSettings.$inferSelect;

export const resolutionRepository = {
  async settings(db: DbOrTx): Promise<ResolutionSettingsRow | undefined> {
    const [row] = await db.select().from(resolutionSettings).where(eq(resolutionSettings.id, 1));
    return row;
  },

  async saveSettings(db: DbOrTx, row: Omit<typeof resolutionSettings.$inferInsert, 'id'>): Promise<void> {
    await db
      .insert(resolutionSettings)
      .values({ id: 1, ...row })
      .onConflictDoUpdate({ target: resolutionSettings.id, set: row });
  },

  async insertRemedy(db: DbOrTx, row: NewRemedyRow): Promise<RemedyRow | undefined> {
    const [created] = await db.insert(remedies).values(row).onConflictDoNothing().returning();
    return created;
  },

  async findRemedy(db: DbOrTx, id: string, lock = false): Promise<RemedyRow | undefined> {
    const q = db.select().from(remedies).where(eq(remedies.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async findByIdempotencyKey(db: DbOrTx, proposerId: string, key: string): Promise<RemedyRow | undefined> {
    const [row] = await db.select().from(remedies).where(and(eq(remedies.proposerId, proposerId), eq(remedies.idempotencyKey, key)));
    return row;
  },

  async remediesOfCase(db: DbOrTx, caseId: string): Promise<RemedyRow[]> {
    return db.select().from(remedies).where(eq(remedies.caseId, caseId)).orderBy(desc(remedies.createdAt), desc(remedies.id));
  },

  async latestOfCase(db: DbOrTx, caseId: string): Promise<RemedyRow | undefined> {
    const [row] = await db
      .select()
      .from(remedies)
      .where(and(eq(remedies.caseId, caseId), sql`${remedies.status} <> 'superseded'`))
      .orderBy(desc(remedies.createdAt), desc(remedies.id))
      .limit(1);
    return row;
  },

  async byStatus(db: DbOrTx, status: RemedyRow['status']): Promise<RemedyRow[]> {
    return db.select().from(remedies).where(eq(remedies.status, status)).orderBy(asc(remedies.createdAt));
  },

  async updateRemedy(db: DbOrTx, id: string, patch: Partial<NewRemedyRow>): Promise<RemedyRow> {
    const [row] = await db.update(remedies).set(patch).where(eq(remedies.id, id)).returning();
    return row!;
  },

  /** A newer proposal replaces the open ones (pending or approved, not yet offered). */
  async supersedeOpen(db: DbOrTx, caseId: string, now: Date): Promise<void> {
    await db
      .update(remedies)
      .set({ status: 'superseded', updatedAt: now })
      .where(and(eq(remedies.caseId, caseId), inArray(remedies.status, ['pending_approval', 'approved'])));
  },

  async decisionsOf(db: DbOrTx, remedyIds: readonly string[]): Promise<RemedyDecisionRow[]> {
    if (!remedyIds.length) return [];
    return db.select().from(remedyDecisions).where(inArray(remedyDecisions.remedyId, [...remedyIds])).orderBy(asc(remedyDecisions.step));
  },

  /** Undefined when the step already has a decision (the other approver won). */
  async insertDecision(db: DbOrTx, row: typeof remedyDecisions.$inferInsert): Promise<RemedyDecisionRow | undefined> {
    const [created] = await db.insert(remedyDecisions).values(row).onConflictDoNothing().returning();
    return created;
  },
};

/**
 * Personal-data erasure (rule 28): a case's remedies keep their kinds, amounts, statuses and times; their notes,
 * the customer's note and counter-offer, item notes and approval comments become the marker.
 */
export const remedyRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    let n = 0;
    const rows = await tx.select().from(remedies).where(eq(remedies.caseId, caseId));
    for (const r of rows) {
      const items = r.items.map((i) => ({ ...i, note: redactString(i.note, marker) }));
      const changed = await tx
        .update(remedies)
        .set({ note: redactedText(remedies.note, marker), customerNote: redactedText(remedies.customerNote, marker), counterOffer: redactedText(remedies.counterOffer, marker), items })
        .where(and(eq(remedies.id, r.id), or(holdsText([remedies.note, remedies.customerNote, remedies.counterOffer], marker), sql`${remedies.items} <> ${JSON.stringify(items)}::jsonb`)))
        .returning({ id: remedies.id });
      n += changed.length;
    }
    const decisions = await tx
      .update(remedyDecisions)
      .set({ comment: marker })
      .where(and(inArray(remedyDecisions.remedyId, tx.select({ id: remedies.id }).from(remedies).where(eq(remedies.caseId, caseId))), sql`${remedyDecisions.comment} not in ('', ${marker})`))
      .returning({ id: remedyDecisions.id });
    return n + decisions.length;
  },

  async texts(db: DbOrTx, caseId: string) {
    const rows = await db.select().from(remedies).where(eq(remedies.caseId, caseId)).orderBy(asc(remedies.createdAt), asc(remedies.id));
    const decisions = rows.length
      ? await db.select().from(remedyDecisions).where(inArray(remedyDecisions.remedyId, rows.map((r) => r.id))).orderBy(asc(remedyDecisions.step))
      : [];
    return rows.map((r) => ({
      id: r.id,
      note: r.note,
      customerNote: r.customerNote,
      counterOffer: r.counterOffer,
      itemNotes: r.items.map((i) => i.note),
      decisionComments: decisions.filter((d) => d.remedyId === r.id).map((d) => d.comment),
    }));
  },
};
