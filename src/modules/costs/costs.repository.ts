// The cost ledger's SQL: entries (append-only), budgets and the one settings row. The report's grouping and
// sums run here, in the database, over the month-leading indexes of cost_entries (costs.table.ts).
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import { categories } from '../taxonomy/taxonomy.table.ts';
import { departments, users } from '../users/user.table.ts';
import { costBudgets, costEntries, costSettings } from './costs.table.ts';
import type { BudgetScope, CostKind, CostSource, ReportGrouping } from './costs.types.ts';
import { holdsText } from '../../db/redaction.ts';

export type CostEntryRow = typeof costEntries.$inferSelect;
export type NewCostEntryRow = typeof costEntries.$inferInsert;
export type CostBudgetRow = typeof costBudgets.$inferSelect;
export type CostSettingsRow = typeof costSettings.$inferSelect;

/** An entry with the names the views show: its poster and its case's number. */
export type CostEntryNamedRow = { e: CostEntryRow; actorName: string | null; caseNumber: string; reversedById: string | null };

export type LedgerFilter = {
  month?: string | undefined;
  kind?: CostKind | undefined;
  category?: string | undefined;
  departmentId?: string | undefined;
  caseId?: string | undefined;
  after?: { postedAt: Date; id: string } | undefined;
  limit: number;
};

/** One month and group of the report: costs (non-recovery entries, their reversals included) and recoveries. */
export type ReportRow = { month: string; key: string | null; grossFen: number; recoveriesFen: number };

const reversal = sql`(select r.id from cost_entries r where r.reverses_id = ${costEntries.id} limit 1)`;

function named(db: DbOrTx) {
  return db
    .select({ e: costEntries, actorName: users.displayName, caseNumber: cases.caseNumber, reversedById: sql<string | null>`${reversal}` })
    .from(costEntries)
    .innerJoin(cases, eq(cases.id, costEntries.caseId))
    .leftJoin(users, eq(users.id, costEntries.actorId));
}

const GROUP_COLUMN: Record<ReportGrouping, SQL> = {
  category: sql`${costEntries.category}`,
  department: sql`${costEntries.departmentId}::text`,
  kind: sql`${costEntries.kind}`,
};

export const costsRepository = {
  /** Inserts an entry; undefined when its (source, source id, kind) was posted already (the unique index). */
  async insertEntry(db: DbOrTx, row: NewCostEntryRow): Promise<CostEntryRow | undefined> {
    const [created] = await db.insert(costEntries).values(row).onConflictDoNothing().returning();
    return created;
  },

  async findBySource(db: DbOrTx, source: CostSource, sourceId: string, kind: CostKind): Promise<CostEntryRow | undefined> {
    const [row] = await db
      .select()
      .from(costEntries)
      .where(and(eq(costEntries.source, source), eq(costEntries.sourceId, sourceId), eq(costEntries.kind, kind)));
    return row;
  },

  /** A labour or manual entry posted under one poster's Idempotency-Key (`<user id>:<key>`). */
  async findKeyed(db: DbOrTx, sourceId: string): Promise<CostEntryRow | undefined> {
    const [row] = await db
      .select()
      .from(costEntries)
      .where(and(inArray(costEntries.source, ['labour', 'manual']), eq(costEntries.sourceId, sourceId)))
      .limit(1);
    return row;
  },

  async findEntry(db: DbOrTx, id: string): Promise<CostEntryRow | undefined> {
    const [row] = await db.select().from(costEntries).where(eq(costEntries.id, id));
    return row;
  },

  async findNamed(db: DbOrTx, id: string): Promise<CostEntryNamedRow | undefined> {
    const [row] = await named(db).where(eq(costEntries.id, id));
    return row;
  },

  async reversalOf(db: DbOrTx, id: string): Promise<CostEntryRow | undefined> {
    const [row] = await db.select().from(costEntries).where(eq(costEntries.reversesId, id));
    return row;
  },

  /** One case's entries in posting order (cost_entries_case_idx). */
  entriesOfCase: (db: DbOrTx, caseId: string): Promise<CostEntryNamedRow[]> =>
    named(db).where(eq(costEntries.caseId, caseId)).orderBy(asc(costEntries.postedAt), asc(costEntries.id)),

  /** The ledger, newest first, keyset-paged on (posted_at, id) (cost_entries_posted_idx). */
  listEntries(db: DbOrTx, f: LedgerFilter): Promise<CostEntryNamedRow[]> {
    const conds: SQL[] = [];
    if (f.month) conds.push(eq(costEntries.month, f.month));
    if (f.kind) conds.push(eq(costEntries.kind, f.kind));
    if (f.category) conds.push(eq(costEntries.category, f.category));
    if (f.departmentId) conds.push(eq(costEntries.departmentId, f.departmentId));
    if (f.caseId) conds.push(eq(costEntries.caseId, f.caseId));
    if (f.after) conds.push(sql`(${costEntries.postedAt}, ${costEntries.id}) < (${f.after.postedAt.toISOString()}::timestamptz, ${f.after.id}::uuid)`);
    return named(db)
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(desc(costEntries.postedAt), desc(costEntries.id))
      .limit(f.limit);
  },

  /** The ledger with the names a spreadsheet needs (category, department), newest first, at most `limit` rows. */
  exportEntries(db: DbOrTx, f: Omit<LedgerFilter, 'after'>) {
    const conds: SQL[] = [];
    if (f.month) conds.push(eq(costEntries.month, f.month));
    if (f.kind) conds.push(eq(costEntries.kind, f.kind));
    if (f.category) conds.push(eq(costEntries.category, f.category));
    if (f.departmentId) conds.push(eq(costEntries.departmentId, f.departmentId));
    return db
      .select({
        e: costEntries,
        caseNumber: cases.caseNumber,
        actorName: users.displayName,
        departmentName: departments.name,
        categoryZh: categories.nameZh,
        categoryEn: categories.nameEn,
      })
      .from(costEntries)
      .innerJoin(cases, eq(cases.id, costEntries.caseId))
      .leftJoin(users, eq(users.id, costEntries.actorId))
      .leftJoin(departments, eq(departments.id, costEntries.departmentId))
      .leftJoin(categories, eq(categories.code, costEntries.category))
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(desc(costEntries.postedAt), desc(costEntries.id))
      .limit(f.limit);
  },

  /**
   * Costs and recoveries per month and group, summed in the database. The month range is the leading key of
   * cost_entries_month_{category,department,kind}_idx, so a report reads only its months' index range; the
   * group is the index's second column. A reversal carries its original's kind, category and department, so
   * it nets out inside the same group (in the month it was posted: a closed month never moves).
   */
  async report(db: DbOrTx, q: { from: string; to: string; by: ReportGrouping }): Promise<ReportRow[]> {
    const key = GROUP_COLUMN[q.by];
    const rows = await db
      .select({
        month: costEntries.month,
        key: sql<string | null>`${key}`,
        grossFen: sql<number>`coalesce(sum(${costEntries.amountFen}) filter (where ${costEntries.kind} <> 'recovery'), 0)::bigint`.mapWith(Number),
        recoveriesFen: sql<number>`coalesce(-sum(${costEntries.amountFen}) filter (where ${costEntries.kind} = 'recovery'), 0)::bigint`.mapWith(Number),
      })
      .from(costEntries)
      .where(and(gte(costEntries.month, q.from), lte(costEntries.month, q.to)))
      .groupBy(costEntries.month, key)
      .orderBy(asc(costEntries.month), sql`${key} nulls last`);
    return rows;
  },

  /** The company's totals per month (the report's company line and the company budget's actual). */
  async monthTotals(db: DbOrTx, q: { from: string; to: string }): Promise<ReportRow[]> {
    return db
      .select({
        month: costEntries.month,
        key: sql<string | null>`null`,
        grossFen: sql<number>`coalesce(sum(${costEntries.amountFen}) filter (where ${costEntries.kind} <> 'recovery'), 0)::bigint`.mapWith(Number),
        recoveriesFen: sql<number>`coalesce(-sum(${costEntries.amountFen}) filter (where ${costEntries.kind} = 'recovery'), 0)::bigint`.mapWith(Number),
      })
      .from(costEntries)
      .where(and(gte(costEntries.month, q.from), lte(costEntries.month, q.to)))
      .groupBy(costEntries.month)
      .orderBy(asc(costEntries.month));
  },

  budgets(db: DbOrTx, q: { from: string; to: string; scope?: BudgetScope | undefined }): Promise<CostBudgetRow[]> {
    const conds = [gte(costBudgets.month, q.from), lte(costBudgets.month, q.to)];
    if (q.scope) conds.push(eq(costBudgets.scope, q.scope));
    return db
      .select()
      .from(costBudgets)
      .where(and(...conds))
      .orderBy(asc(costBudgets.month), asc(costBudgets.scope), asc(costBudgets.scopeKey));
  },

  async findBudget(db: DbOrTx, month: string, scope: BudgetScope, scopeKey: string): Promise<CostBudgetRow | undefined> {
    const [row] = await db
      .select()
      .from(costBudgets)
      .where(and(eq(costBudgets.month, month), eq(costBudgets.scope, scope), eq(costBudgets.scopeKey, scopeKey)))
      .for('update');
    return row;
  },

  async saveBudget(db: DbOrTx, row: Omit<typeof costBudgets.$inferInsert, 'id'>): Promise<CostBudgetRow> {
    const [saved] = await db
      .insert(costBudgets)
      .values(row)
      .onConflictDoUpdate({
        target: [costBudgets.month, costBudgets.scope, costBudgets.scopeKey],
        set: { amountFen: row.amountFen, updatedById: row.updatedById, updatedAt: row.updatedAt },
      })
      .returning();
    return saved!;
  },

  async deleteBudget(db: DbOrTx, id: string): Promise<void> {
    await db.delete(costBudgets).where(eq(costBudgets.id, id));
  },

  async settings(db: DbOrTx): Promise<CostSettingsRow | undefined> {
    const [row] = await db.select().from(costSettings).where(eq(costSettings.id, 1));
    return row;
  },

  async saveSettings(db: DbOrTx, row: Omit<typeof costSettings.$inferInsert, 'id'>): Promise<void> {
    await db
      .insert(costSettings)
      .values({ id: 1, ...row })
      .onConflictDoUpdate({ target: costSettings.id, set: row });
  },
};

/** Personal-data erasure (rule 28): a ledger entry's note becomes the marker; amounts, kinds and times stay. */
export const costRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const rows = await tx
      .update(costEntries)
      .set({ note: marker })
      .where(and(eq(costEntries.caseId, caseId), holdsText([costEntries.note], marker)))
      .returning({ id: costEntries.id });
    return rows.length;
  },

  texts: (db: DbOrTx, caseId: string) =>
    db
      .select({ id: costEntries.id, note: costEntries.note })
      .from(costEntries)
      .where(eq(costEntries.caseId, caseId))
      .orderBy(asc(costEntries.postedAt), asc(costEntries.id)),
};
