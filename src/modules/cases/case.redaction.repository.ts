// The only writes that remove personal text from a case: its own fields and its timeline's payloads
// (the timeline's trigger accepts exactly this change, migration 0020). Called by the privacy module.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { caseEvents, cases } from './case.table.ts';

export type RedactableEvent = { id: string; kind: string; payload: Record<string, unknown> };

export const caseRedactionRepository = {
  /** The ids of a customer's cases with what decides whether they may be erased, oldest first. */
  casesOfCustomer: (db: DbOrTx, customerId: string) =>
    db
      .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status, closedAt: cases.closedAt, updatedAt: cases.updatedAt, regulatorReferral: cases.regulatorReferral })
      .from(cases)
      .where(eq(cases.customerId, customerId))
      .orderBy(asc(cases.createdAt), asc(cases.id)),

  /** Events of a case not yet redacted, locked for the redaction. */
  unredactedEvents: (tx: Tx, caseId: string): Promise<RedactableEvent[]> =>
    tx
      .select({ id: caseEvents.id, kind: caseEvents.kind, payload: caseEvents.payload })
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), isNull(caseEvents.redactedAt)))
      .orderBy(asc(caseEvents.seq))
      .for('update'),

  async redactEvent(tx: Tx, id: string, payload: Record<string, unknown>, at: Date): Promise<void> {
    await tx.update(caseEvents).set({ payload, redactedAt: at }).where(eq(caseEvents.id, id));
  },

  /** Overwrites the named text fields of a case (without a version bump: the case's handling is over). */
  async redactFields(tx: Tx, caseId: string, patch: Partial<Record<'description' | 'demand' | 'rejectReason' | 'waybillNo' | 'orderNo', string>>): Promise<void> {
    if (Object.keys(patch).length === 0) return;
    await tx.update(cases).set(patch).where(eq(cases.id, caseId));
  },

  /** Locks the cases' rows (the erasure and the job must not redact while a change is being written). */
  async lockCases(tx: Tx, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return tx.select().from(cases).where(inArray(cases.id, [...ids])).for('update');
  },
};
