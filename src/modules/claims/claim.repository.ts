import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import { partners } from '../partners/partner.table.ts';
import { users } from '../users/user.table.ts';
import type { ClaimStatus } from './claim.rules.ts';
import { claims } from './claim.table.ts';
import { holdsText, redactedText } from '../../db/redaction.ts';

export type ClaimRow = typeof claims.$inferSelect;
export type NewClaimRow = typeof claims.$inferInsert;
export type ClaimNamedRow = { c: ClaimRow; caseNumber: string; partnerName: string; partnerKind: (typeof partners.$inferSelect)['kind']; filedByName: string | null };

function named(db: DbOrTx) {
  return db
    .select({ c: claims, caseNumber: cases.caseNumber, partnerName: partners.name, partnerKind: partners.kind, filedByName: users.displayName })
    .from(claims)
    .innerJoin(cases, eq(cases.id, claims.caseId))
    .innerJoin(partners, eq(partners.id, claims.partnerId))
    .leftJoin(users, eq(users.id, claims.filedById));
}

export const claimRepository = {
  /** Undefined when a unique key refused it: the same Idempotency-Key, or an open claim on this case and partner. */
  async insert(db: DbOrTx, row: NewClaimRow): Promise<ClaimRow | undefined> {
    const [created] = await db.insert(claims).values(row).onConflictDoNothing().returning();
    return created;
  },

  async find(db: DbOrTx, id: string, lock = false): Promise<ClaimRow | undefined> {
    const q = db.select().from(claims).where(eq(claims.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async findNamed(db: DbOrTx, id: string): Promise<ClaimNamedRow | undefined> {
    const [row] = await named(db).where(eq(claims.id, id));
    return row;
  },

  async findByIdempotencyKey(db: DbOrTx, filedById: string, key: string): Promise<ClaimRow | undefined> {
    const [row] = await db.select().from(claims).where(and(eq(claims.filedById, filedById), eq(claims.idempotencyKey, key)));
    return row;
  },

  async openFor(db: DbOrTx, caseId: string, partnerId: string): Promise<ClaimRow | undefined> {
    const [row] = await db
      .select()
      .from(claims)
      .where(and(eq(claims.caseId, caseId), eq(claims.partnerId, partnerId), inArray(claims.status, ['filed', 'accepted'])));
    return row;
  },

  listOfCase: (db: DbOrTx, caseId: string): Promise<ClaimNamedRow[]> =>
    named(db).where(eq(claims.caseId, caseId)).orderBy(desc(claims.filedAt), desc(claims.id)),

  /**
   * Per partner over every claim the filter matches (not only the page listed): how many, claimed, recovered and
   * still outstanding (the agreed amount, else the claimed one, of the open claims — `outstandingFen` in the rules).
   */
  async totals(db: DbOrTx, filter: { status?: ClaimStatus | undefined; partnerId?: string | undefined }) {
    const where: SQL[] = [];
    if (filter.status) where.push(eq(claims.status, filter.status));
    if (filter.partnerId) where.push(eq(claims.partnerId, filter.partnerId));
    const rows = await db
      .select({
        partnerId: claims.partnerId,
        partnerName: partners.name,
        partnerKind: partners.kind,
        count: sql<number>`count(*)::int`,
        claimedFen: sql<number>`coalesce(sum(${claims.claimedFen}), 0)::bigint`,
        recoveredFen: sql<number>`coalesce(sum(${claims.recoveredFen}), 0)::bigint`,
        outstandingFen: sql<number>`coalesce(sum(case when ${claims.status} in ('filed', 'accepted') then coalesce(${claims.agreedFen}, ${claims.claimedFen}) else 0 end), 0)::bigint`,
      })
      .from(claims)
      .innerJoin(partners, eq(partners.id, claims.partnerId))
      .where(where.length ? and(...where) : undefined)
      .groupBy(claims.partnerId, partners.name, partners.kind)
      .orderBy(asc(partners.name));
    // bigint sums arrive as strings from node-postgres; amounts stay far below 2^53.
    return rows.map((r) => ({ ...r, count: Number(r.count), claimedFen: Number(r.claimedFen), recoveredFen: Number(r.recoveredFen), outstandingFen: Number(r.outstandingFen) }));
  },

  /** The claims list: oldest first (the age is what a claims desk chases); filtered through the status and partner indexes. */
  list(db: DbOrTx, filter: { status?: ClaimStatus | undefined; partnerId?: string | undefined }, limit: number): Promise<ClaimNamedRow[]> {
    const where: SQL[] = [];
    if (filter.status) where.push(eq(claims.status, filter.status));
    if (filter.partnerId) where.push(eq(claims.partnerId, filter.partnerId));
    return named(db)
      .where(where.length ? and(...where) : undefined)
      .orderBy(asc(claims.filedAt), asc(claims.id))
      .limit(limit);
  },

  /** A move, only if nobody moved the claim since `version` was read (undefined = stale). */
  async updateVersioned(db: DbOrTx, id: string, version: number, patch: Partial<NewClaimRow>): Promise<ClaimRow | undefined> {
    const [row] = await db
      .update(claims)
      .set({ ...patch, version: version + 1 })
      .where(and(eq(claims.id, id), eq(claims.version, version)))
      .returning();
    return row;
  },
};

/**
 * Personal-data erasure (rule 28): a claim's note and reason become the marker. The basis filed stays frozen
 * (amounts, terms and the partner's facts, no customer text).
 */
export const claimRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const rows = await tx
      .update(claims)
      .set({ note: redactedText(claims.note, marker), reason: redactedText(claims.reason, marker) })
      .where(and(eq(claims.caseId, caseId), holdsText([claims.note, claims.reason], marker)))
      .returning({ id: claims.id });
    return rows.length;
  },

  texts: (db: DbOrTx, caseId: string) =>
    db.select({ id: claims.id, note: claims.note, reason: claims.reason }).from(claims).where(eq(claims.caseId, caseId)).orderBy(asc(claims.filedAt), asc(claims.id)),
};
