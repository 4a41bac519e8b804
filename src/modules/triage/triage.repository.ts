import { and, desc, eq, exists, gt, gte, isNotNull, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { scopeCondition, type CaseScope } from '../cases/case.scope.ts';
import { cases } from '../cases/case.table.ts';
import { customers } from '../customers/customer.table.ts';
import { departments } from '../users/user.table.ts';
import { classifierModels } from './triage.table.ts';

export type RecentCase = {
  id: string;
  caseNumber: string;
  status: string;
  category: string | null;
  waybillNo: string | null;
  phone: string;
  /** The key-customer flag of the case's customer (read with it: intake needs it for the same phone). */
  customerIsKey: boolean;
  createdAt: Date;
};

export const triageRepository = {
  /** The id of the model in use; the model itself (large JSON) is read only when it changed. */
  async activeModelId(db: DbOrTx): Promise<string | undefined> {
    const [active] = await db
      .select({ id: classifierModels.id })
      .from(classifierModels)
      .where(eq(classifierModels.active, true))
      .orderBy(desc(classifierModels.trainedAt))
      .limit(1);
    return active?.id;
  },

  async model(db: DbOrTx, id: string): Promise<unknown> {
    const [row] = await db.select({ model: classifierModels.model }).from(classifierModels).where(eq(classifierModels.id, id));
    return row?.model;
  },

  async activeModelInfo(db: DbOrTx) {
    const [m] = await db
      .select({ id: classifierModels.id, trainedAt: classifierModels.trainedAt, examples: classifierModels.examples, metrics: classifierModels.metrics })
      .from(classifierModels)
      .where(eq(classifierModels.active, true))
      .limit(1);
    return m;
  },

  /** Makes `model` the one in use, in one transaction. */
  async replaceActiveModel(db: DbOrTx, row: { trainedAt: Date; examples: number; model: unknown; metrics: Record<string, unknown> }): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.update(classifierModels).set({ active: false }).where(eq(classifierModels.active, true));
      await tx.insert(classifierModels).values({ ...row, active: true });
    });
  },

  /**
   * Cases of the same waybill (ever) or phone (since `since`), newest first: repeats and duplicates. Only
   * those in `scope` (a preview for a department handler names none of another department's cases).
   */
  async recentCases(
    db: DbOrTx,
    probe: { waybillNo?: string | null | undefined; phone?: string | null | undefined },
    since: Date,
    scope: CaseScope = 'all',
  ): Promise<RecentCase[]> {
    const conditions = [];
    if (probe.waybillNo) conditions.push(eq(cases.waybillNo, probe.waybillNo));
    if (probe.phone) conditions.push(eq(customers.phone, probe.phone));
    if (!conditions.length) return [];
    return db
      .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status, category: cases.category, waybillNo: cases.waybillNo, phone: customers.phone, customerIsKey: customers.isKey, createdAt: cases.createdAt })
      .from(cases)
      .innerJoin(customers, eq(customers.id, cases.customerId))
      .where(and(or(...conditions), or(gte(cases.createdAt, since), probe.waybillNo ? eq(cases.waybillNo, probe.waybillNo) : sql`false`), scopeCondition(scope)))
      .orderBy(desc(cases.createdAt))
      .limit(50);
  },

  /** Whether the customer with this phone is marked key: known in `scope` only through a case in it. */
  async customerByPhoneIsKey(db: DbOrTx, phone: string, scope: CaseScope = 'all'): Promise<boolean> {
    const known =
      scope === 'all' ? undefined : exists(db.select({ one: sql`1` }).from(cases).where(and(eq(cases.customerId, customers.id), scopeCondition(scope))));
    const [row] = await db.select({ isKey: customers.isKey }).from(customers).where(and(eq(customers.phone, phone), known)).limit(1);
    return row?.isKey ?? false;
  },

  async customer(db: DbOrTx, id: string): Promise<{ phone: string; isKey: boolean } | undefined> {
    const [row] = await db.select({ phone: customers.phone, isKey: customers.isKey }).from(customers).where(eq(customers.id, id));
    return row;
  },

  async department(db: DbOrTx, id: string) {
    const [dep] = await db.select().from(departments).where(eq(departments.id, id));
    return dep;
  },

  /** Cases whose category an agent confirmed or corrected, newest first: the training set. */
  async confirmedExamples(db: DbOrTx, limit: number) {
    return db
      .select({ description: cases.description, demand: cases.demand, category: cases.category, urgency: cases.urgency })
      .from(cases)
      .where(and(eq(cases.categoryConfirmed, true), isNotNull(cases.category)))
      .orderBy(desc(cases.createdAt))
      .limit(limit);
  },

  /**
   * How many categories agents confirmed or corrected after `since` (all of them when null), counting no
   * further than `atMost`: "is a retraining due?" reads at most that many entries of the partial index
   * cases_category_confirmed_at_idx, however many cases the company has.
   */
  async confirmationsSince(db: DbOrTx, since: Date | null, atMost: number): Promise<number> {
    const newer = since ? gt(cases.categoryConfirmedAt, since) : isNotNull(cases.categoryConfirmedAt);
    const rows = await db.select({ one: sql<number>`1` }).from(cases).where(newer).limit(atMost);
    return rows.length;
  },

  /**
   * Runs `fn` in a transaction holding the training lock, or returns null at once when another worker
   * holds it: two workers never train at the same time (the lock ends with the transaction).
   */
  async withTrainingLock<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T | null> {
    return db.transaction(async (tx) => {
      // Both drivers (node-postgres and PGlite) answer raw SQL with { rows }.
      const { rows } = (await tx.execute(sql`select pg_try_advisory_xact_lock(${TRAINING_LOCK}) as locked`)) as unknown as {
        rows: Array<{ locked: boolean }>;
      };
      const row = rows[0];
      return row?.locked ? fn(tx) : null;
    });
  },
};

/** Any fixed number: the advisory lock held while a model is trained. */
const TRAINING_LOCK = 7_401_620_003;
