import { aliasedTable, and, desc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
import type { Direction, RecordGroup } from './accountability.rules.ts';
import { accountabilityRecords } from './accountability.table.ts';
import { holdsText } from '../../db/redaction.ts';

export type RecordRow = typeof accountabilityRecords.$inferSelect;
export type NewRecordRow = typeof accountabilityRecords.$inferInsert;
export type RecordNamedRow = {
  r: RecordRow;
  userName: string | null;
  departmentName: string | null;
  caseNumber: string | null;
  decidedByName: string | null;
  revokedById: string | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  revokedByName: string | null;
};

export type RecordFilter = {
  from?: Date | undefined;
  to?: Date | undefined;
  userId?: string | undefined;
  departmentId?: string | undefined;
  caseId?: string | undefined;
  direction?: Direction | undefined;
  includeRevoked: boolean;
  limit: number;
};

const subject = aliasedTable(users, 'subject');
const decider = aliasedTable(users, 'decider');
const revoker = aliasedTable(users, 'revoker');
const revocation = aliasedTable(accountabilityRecords, 'revocation');
const R = accountabilityRecords;

function named(db: DbOrTx) {
  return db
    .select({
      r: R,
      userName: subject.displayName,
      departmentName: departments.name,
      caseNumber: cases.caseNumber,
      decidedByName: decider.displayName,
      revokedById: revocation.id,
      revokedAt: revocation.decidedAt,
      revokedReason: revocation.reason,
      revokedByName: revoker.displayName,
    })
    .from(R)
    .leftJoin(subject, eq(subject.id, R.userId))
    .leftJoin(departments, eq(departments.id, R.departmentId))
    .leftJoin(cases, eq(cases.id, R.caseId))
    .leftJoin(decider, eq(decider.id, R.decidedById))
    .leftJoin(revocation, eq(revocation.revokesId, R.id))
    .leftJoin(revoker, eq(revoker.id, revocation.decidedById));
}

export const accountabilityRepository = {
  async insert(tx: Tx, row: NewRecordRow): Promise<RecordRow | undefined> {
    const [created] = await tx.insert(R).values(row).onConflictDoNothing().returning();
    return created;
  },
  async find(db: DbOrTx, id: string): Promise<RecordNamedRow | undefined> {
    const [row] = await named(db).where(and(eq(R.id, id), eq(R.entry, 'record')));
    return row;
  },
  async findByIdempotencyKey(db: DbOrTx, deciderId: string, key: string): Promise<RecordRow | undefined> {
    const [row] = await db.select().from(R).where(and(eq(R.decidedById, deciderId), eq(R.idempotencyKey, key)));
    return row;
  },
  /** Records (never the revocation rows themselves), newest first, each with its revocation if any. */
  list(db: DbOrTx, f: RecordFilter): Promise<RecordNamedRow[]> {
    const where: SQL[] = [eq(R.entry, 'record')];
    if (f.from) where.push(gte(R.decidedAt, f.from));
    if (f.to) where.push(lt(R.decidedAt, f.to));
    if (f.userId) where.push(eq(R.userId, f.userId));
    if (f.departmentId) where.push(eq(R.departmentId, f.departmentId));
    if (f.caseId) where.push(eq(R.caseId, f.caseId));
    if (f.direction) where.push(eq(R.direction, f.direction));
    if (!f.includeRevoked) where.push(isNull(revocation.id));
    return named(db)
      .where(and(...where))
      .orderBy(desc(R.decidedAt), desc(R.id))
      .limit(f.limit);
  },
  /** Unrevoked records decided in [from, to), counted and summed per department or per person and direction. */
  async groups(db: DbOrTx, by: 'department' | 'person', from: Date, to: Date): Promise<RecordGroup[]> {
    const key: SQL = by === 'department' ? sql`${R.departmentId}` : sql`${R.userId}`;
    const rows: Array<{ key: string; direction: Direction; count: number; amountFen: number }> = await db
      .select({
        key: sql<string>`${key}::text`,
        direction: sql<Direction>`${R.direction}`,
        count: sql<number>`count(*)::int`,
        amountFen: sql<number>`coalesce(sum(${R.amountFen}), 0)::bigint`,
      })
      .from(R)
      .leftJoin(revocation, eq(revocation.revokesId, R.id))
      .where(and(eq(R.entry, 'record'), isNull(revocation.id), gte(R.decidedAt, from), lt(R.decidedAt, to), sql`${key} is not null`))
      .groupBy(key, R.direction);
    return rows.map((r) => ({ key: r.key, direction: r.direction, count: Number(r.count), amountFen: Number(r.amountFen) }));
  },
};

/** Personal-data erasure (rule 28): a record's reason about the case becomes the marker; kind, amount, person stay. */
export const accountabilityRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const t = accountabilityRecords;
    const rows = await tx
      .update(t)
      .set({ reason: marker })
      .where(and(eq(t.caseId, caseId), holdsText([t.reason], marker)))
      .returning({ id: t.id });
    return rows.length;
  },

  texts: (db: DbOrTx, caseId: string) =>
    db
      .select({ id: accountabilityRecords.id, reason: accountabilityRecords.reason })
      .from(accountabilityRecords)
      .where(eq(accountabilityRecords.caseId, caseId))
      .orderBy(desc(accountabilityRecords.decidedAt)),
};
