// Personal data's own queries: retention periods, what was redacted, and which closed cases and customers are
// past their period. Writes to cases, events, files and customers go through their owners (case.records.ts,
// the attachment and customer services).
import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, notExists, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { TERMINAL_STATUSES } from '../cases/case.lifecycle.ts';
import { cases } from '../cases/case.table.ts';
import { customers } from '../customers/customer.table.ts';
import { privacyCaseRedactions, privacyRetention } from './privacy.table.ts';
import type { CaseRedactionKind, DataKind, RedactionCause } from './privacy.types.ts';

/**
 * When a finished case ended: its closure, or for a case rejected or merged without one, its last change
 * (a terminal case changes no more). No index: the job runs a few times an hour over finished cases only.
 */
const endedAt = sql<Date>`coalesce(${cases.closedAt}, ${cases.updatedAt})`;

export const privacyRepository = {
  retention: (db: DbOrTx) => db.select().from(privacyRetention).orderBy(asc(privacyRetention.kind)),

  async setRetention(tx: Tx, kind: DataKind, days: number, actorId: string, at: Date): Promise<void> {
    await tx
      .insert(privacyRetention)
      .values({ kind, days, updatedAt: at, updatedById: actorId })
      .onConflictDoUpdate({ target: privacyRetention.kind, set: { days, updatedAt: at, updatedById: actorId } });
  },

  redactionsOf: (db: DbOrTx, caseIds: readonly string[]) =>
    caseIds.length === 0 ? Promise.resolve([]) : db.select().from(privacyCaseRedactions).where(inArray(privacyCaseRedactions.caseId, [...caseIds])),

  async recordRedaction(tx: Tx, row: { caseId: string; kind: CaseRedactionKind; cause: RedactionCause; redactedAt: Date }): Promise<void> {
    await tx.insert(privacyCaseRedactions).values(row).onConflictDoNothing();
  },

  /**
   * Closed cases whose `kind` data is past its period and not yet redacted, locked (SKIP LOCKED: two workers
   * share the work). A regulator's file is kept until `regulatorCutoff` at the earliest (rule 27 with rule 4).
   */
  caseCandidates: (tx: Tx, q: { kind: CaseRedactionKind; cutoff: Date; regulatorCutoff: Date; limit: number }) =>
    tx
      .select({ id: cases.id })
      .from(cases)
      .where(
        and(
          inArray(cases.status, [...TERMINAL_STATUSES]),
          lt(endedAt, q.cutoff),
          or(isNull(cases.regulatorReferral), lt(endedAt, q.regulatorCutoff)),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(privacyCaseRedactions)
              .where(and(eq(privacyCaseRedactions.caseId, cases.id), eq(privacyCaseRedactions.kind, q.kind))),
          ),
        ),
      )
      .orderBy(asc(endedAt))
      .limit(q.limit)
      .for('update', { of: cases, skipLocked: true }),

  /**
   * Customers not erased whose every case is closed, the last before the cutoff (and any regulator's file
   * before its own cutoff), locked with SKIP LOCKED.
   */
  contactCandidates: (tx: Tx, q: { cutoff: Date; regulatorCutoff: Date; limit: number }) =>
    tx
      .select({ id: customers.id })
      .from(customers)
      .where(
        and(
          isNull(customers.erasedAt),
          sql`exists (select 1 from ${cases} where ${cases.customerId} = ${customers.id})`,
          notExists(
            tx
              .select({ one: sql`1` })
              .from(cases)
              .where(
                and(
                  eq(cases.customerId, customers.id),
                  or(
                    notInArray(cases.status, [...TERMINAL_STATUSES]),
                    gte(endedAt, q.cutoff),
                    and(isNotNull(cases.regulatorReferral), gte(endedAt, q.regulatorCutoff)),
                  ),
                ),
              ),
          ),
        ),
      )
      .limit(q.limit)
      .for('update', { of: customers, skipLocked: true }),
};
