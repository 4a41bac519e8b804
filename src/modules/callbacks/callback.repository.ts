import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import { customers } from '../customers/customer.table.ts';
import { categories } from '../taxonomy/taxonomy.table.ts';
import { users } from '../users/user.table.ts';
import { holdsText } from '../../db/redaction.ts';
import { callbacks } from './callback.table.ts';

export type CallbackRow = typeof callbacks.$inferSelect;
export type NewCallbackRow = typeof callbacks.$inferInsert;

/** A callback with what the queue and the panel show of its case and customer. */
export type CallbackQueueRow = {
  cb: CallbackRow;
  caseNumber: string;
  caseStatus: string;
  category: string | null;
  customerId: string;
  customerName: string;
  customerPhone: string;
  customerErasedAt: Date | null;
  completedByName: string | null;
};

const queueColumns = {
  cb: callbacks,
  caseNumber: cases.caseNumber,
  caseStatus: cases.status,
  category: cases.category,
  customerId: customers.id,
  customerName: customers.name,
  customerPhone: customers.phone,
  customerErasedAt: customers.erasedAt,
  completedByName: users.displayName,
};

export type QueueFilter = { bucket: 'due_today' | 'overdue' | 'upcoming' | 'done'; today: string; limit: number };

export const callbackRepository = {
  async insert(tx: Tx, row: NewCallbackRow): Promise<CallbackRow> {
    const [created] = await tx.insert(callbacks).values(row).returning();
    return created!;
  },

  async update(tx: Tx, id: string, patch: Partial<NewCallbackRow>): Promise<CallbackRow> {
    const [row] = await tx.update(callbacks).set(patch).where(eq(callbacks.id, id)).returning();
    return row!;
  },

  /** The case's pending callback, locked when asked (the case row is locked by the caller already). */
  async pendingOfCase(db: DbOrTx, caseId: string, lock = false): Promise<CallbackRow | undefined> {
    const q = db.select().from(callbacks).where(and(eq(callbacks.caseId, caseId), eq(callbacks.status, 'pending')));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async find(db: DbOrTx, id: string): Promise<CallbackRow | undefined> {
    const [row] = await db.select().from(callbacks).where(eq(callbacks.id, id));
    return row;
  },

  async findByTokenHash(db: DbOrTx, hash: string): Promise<CallbackRow | undefined> {
    const [row] = await db.select().from(callbacks).where(eq(callbacks.surveyTokenHash, hash));
    return row;
  },

  /** What the customer's survey page shows: the case number, its category in plain words, when it was resolved. */
  async surveyView(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ cb: callbacks, caseNumber: cases.caseNumber, customerId: cases.customerId, categoryZh: categories.nameZh, categoryEn: categories.nameEn })
      .from(callbacks)
      .innerJoin(cases, eq(cases.id, callbacks.caseId))
      .leftJoin(categories, eq(categories.code, cases.category))
      .where(eq(callbacks.id, id));
    return row;
  },

  /** The latest callback of a customer's case (the portal answers for a verified customer). */
  async latestOfCustomerCase(db: DbOrTx, customerId: string, caseId: string): Promise<CallbackRow | undefined> {
    const [row] = await db
      .select({ cb: callbacks })
      .from(callbacks)
      .innerJoin(cases, eq(cases.id, callbacks.caseId))
      .where(and(eq(callbacks.caseId, caseId), eq(cases.customerId, customerId)))
      .orderBy(desc(callbacks.createdAt))
      .limit(1);
    return row?.cb;
  },

  listOfCase: (db: DbOrTx, caseId: string): Promise<CallbackQueueRow[]> =>
    db
      .select(queueColumns)
      .from(callbacks)
      .innerJoin(cases, eq(cases.id, callbacks.caseId))
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .leftJoin(users, eq(users.id, callbacks.completedById))
      .where(eq(callbacks.caseId, caseId))
      .orderBy(desc(callbacks.createdAt)),

  /** One tab of the agents' queue; cancelled callbacks are no one's work and are left out. */
  queue(db: DbOrTx, f: QueueFilter): Promise<CallbackQueueRow[]> {
    const where =
      f.bucket === 'done'
        ? inArray(callbacks.status, ['completed', 'unreachable'])
        : and(
            eq(callbacks.status, 'pending'),
            f.bucket === 'due_today'
              ? and(lte(callbacks.earliestOn, f.today), gte(callbacks.dueOn, f.today))
              : f.bucket === 'overdue'
                ? lt(callbacks.dueOn, f.today)
                : gt(callbacks.earliestOn, f.today),
          );
    return db
      .select(queueColumns)
      .from(callbacks)
      .innerJoin(cases, eq(cases.id, callbacks.caseId))
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .leftJoin(users, eq(users.id, callbacks.completedById))
      .where(where)
      .orderBy(f.bucket === 'done' ? desc(callbacks.completedAt) : asc(callbacks.dueOn), asc(callbacks.createdAt))
      .limit(f.limit);
  },

  /** How many callbacks each tab holds. */
  async counts(db: DbOrTx, today: string): Promise<Record<'dueToday' | 'overdue' | 'upcoming' | 'done', number>> {
    const [row] = await db
      .select({
        dueToday: sql<number>`count(*) filter (where ${callbacks.status} = 'pending' and ${callbacks.earliestOn} <= ${today} and ${callbacks.dueOn} >= ${today})`.mapWith(Number),
        overdue: sql<number>`count(*) filter (where ${callbacks.status} = 'pending' and ${callbacks.dueOn} < ${today})`.mapWith(Number),
        upcoming: sql<number>`count(*) filter (where ${callbacks.status} = 'pending' and ${callbacks.earliestOn} > ${today})`.mapWith(Number),
        done: sql<number>`count(*) filter (where ${callbacks.status} in ('completed', 'unreachable'))`.mapWith(Number),
      })
      .from(callbacks);
    return row ?? { dueToday: 0, overdue: 0, upcoming: 0, done: 0 };
  },

  /**
   * Pending callbacks whose next action is due, locked; rows another worker holds are skipped, so several
   * workers on one PostgreSQL never take the same step twice.
   */
  claimDue: (tx: Tx, now: Date, limit: number): Promise<CallbackRow[]> =>
    tx
      .select()
      .from(callbacks)
      .where(and(eq(callbacks.status, 'pending'), isNotNull(callbacks.nextActionAt), lte(callbacks.nextActionAt, now)))
      .orderBy(asc(callbacks.nextActionAt))
      .limit(limit)
      .for('update', { skipLocked: true }),

  /** The answers and the unreachable count of callbacks finished in [from, to). */
  async finishedBetween(db: DbOrTx, from: Date, to: Date) {
    const inRange = and(gte(callbacks.completedAt, from), lt(callbacks.completedAt, to));
    const answers = await db
      .select({ overall: callbacks.overall, result: callbacks.result, attitude: callbacks.attitude, efficiency: callbacks.efficiency })
      .from(callbacks)
      .where(and(eq(callbacks.status, 'completed'), isNotNull(callbacks.overall), inRange));
    const [u] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(callbacks)
      .where(and(eq(callbacks.status, 'unreachable'), inRange));
    return { answers: answers.filter((a): a is typeof a & { overall: NonNullable<typeof a.overall> } => a.overall !== null), unreachable: u?.n ?? 0 };
  },

};

/** Personal-data erasure (rule 28): the customer's comment becomes the marker; ratings and times stay. */
export const callbackRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const rows = await tx
      .update(callbacks)
      .set({ comment: marker })
      .where(and(eq(callbacks.caseId, caseId), holdsText([callbacks.comment], marker)))
      .returning({ id: callbacks.id });
    return rows.length;
  },
  texts: (db: DbOrTx, caseId: string) =>
    db.select({ id: callbacks.id, comment: callbacks.comment }).from(callbacks).where(and(eq(callbacks.caseId, caseId), isNotNull(callbacks.comment))).orderBy(asc(callbacks.createdAt)),
};
