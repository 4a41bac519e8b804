// Every query on the taxonomy tables: categories, causes and stages.
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { categories, causes, stages } from './taxonomy.table.ts';

export type CategoryRow = typeof categories.$inferSelect;
export type NewCategoryRow = typeof categories.$inferInsert;
export type CauseRow = typeof causes.$inferSelect;
export type NewCauseRow = typeof causes.$inferInsert;
export type StageRow = typeof stages.$inferSelect;
export type NewStageRow = typeof stages.$inferInsert;
export type TaxonomyKind = 'cause' | 'stage';

const tableOf = (kind: TaxonomyKind) => (kind === 'stage' ? stages : causes);

export const categoryRepository = {
  list(db: DbOrTx): Promise<CategoryRow[]> {
    return db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.code));
  },
  listActive(db: DbOrTx): Promise<CategoryRow[]> {
    return db.select().from(categories).where(eq(categories.active, true)).orderBy(asc(categories.sortOrder));
  },
  async find(db: DbOrTx, code: string): Promise<CategoryRow | undefined> {
    const [row] = await db.select().from(categories).where(eq(categories.code, code));
    return row;
  },
  async isActive(db: DbOrTx, code: string): Promise<boolean> {
    const [row] = await db
      .select({ code: categories.code })
      .from(categories)
      .where(and(eq(categories.code, code), eq(categories.active, true)));
    return !!row;
  },
  count(db: DbOrTx): Promise<number> {
    return db.$count(categories);
  },
  async insert(db: DbOrTx, row: NewCategoryRow): Promise<CategoryRow> {
    const [created] = await db.insert(categories).values(row).returning();
    return created!;
  },
  async update(db: DbOrTx, code: string, patch: Partial<NewCategoryRow>): Promise<CategoryRow | undefined> {
    const [row] = await db.update(categories).set(patch).where(eq(categories.code, code)).returning();
    return row;
  },
  /** A preset's category: inserted, or every column overwritten. */
  async upsert(db: DbOrTx, row: NewCategoryRow): Promise<void> {
    await db.insert(categories).values(row).onConflictDoUpdate({ target: categories.code, set: row });
  },
  /** The starting list: names and order only, so keywords an administrator added survive. */
  async upsertNames(db: DbOrTx, rows: NewCategoryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insert(categories)
      .values(rows)
      .onConflictDoUpdate({
        target: categories.code,
        set: { nameZh: sql`excluded.name_zh`, nameEn: sql`excluded.name_en`, sortOrder: sql`excluded.sort_order` },
      });
  },
  async deactivateAllBut(db: DbOrTx, codes: string[]): Promise<void> {
    await db.update(categories).set({ active: false }).where(notInArray(categories.code, codes));
  },
};

/** Causes and stages share their queries; `kind` picks the table. */
export const causeStageRepository = {
  listCauses(db: DbOrTx): Promise<CauseRow[]> {
    return db.select().from(causes).orderBy(asc(causes.sortOrder), asc(causes.code));
  },
  listStages(db: DbOrTx): Promise<StageRow[]> {
    return db.select().from(stages).orderBy(asc(stages.sortOrder), asc(stages.code));
  },
  async findCause(db: DbOrTx, code: string): Promise<CauseRow | undefined> {
    const [row] = await db.select().from(causes).where(eq(causes.code, code));
    return row;
  },
  async findStage(db: DbOrTx, code: string): Promise<StageRow | undefined> {
    const [row] = await db.select().from(stages).where(eq(stages.code, code));
    return row;
  },
  /** Whether a code is stored, and whether it is active. */
  async activeFlag(db: DbOrTx, kind: TaxonomyKind, code: string): Promise<boolean | undefined> {
    const table = tableOf(kind);
    const [row] = await db.select({ active: table.active }).from(table).where(eq(table.code, code));
    return row?.active;
  },
  async anyStored(db: DbOrTx, kind: TaxonomyKind): Promise<boolean> {
    const table = tableOf(kind);
    const [row] = await db.select({ code: table.code }).from(table).limit(1);
    return !!row;
  },
  /** ON CONFLICT keeps a concurrent duplicate a 409, never a unique-violation 500: undefined when the code is taken. */
  async insertCause(db: DbOrTx, row: NewCauseRow): Promise<CauseRow | undefined> {
    const [created] = await db.insert(causes).values(row).onConflictDoNothing().returning();
    return created;
  },
  async insertStage(db: DbOrTx, row: NewStageRow): Promise<StageRow | undefined> {
    const [created] = await db.insert(stages).values(row).onConflictDoNothing().returning();
    return created;
  },
  async updateCause(db: DbOrTx, code: string, patch: Partial<NewCauseRow>): Promise<CauseRow | undefined> {
    const [row] = await db.update(causes).set(patch).where(eq(causes.code, code)).returning();
    return row;
  },
  async updateStage(db: DbOrTx, code: string, patch: Partial<NewStageRow>): Promise<StageRow | undefined> {
    const [row] = await db.update(stages).set(patch).where(eq(stages.code, code)).returning();
    return row;
  },
  async upsertCause(db: DbOrTx, row: NewCauseRow): Promise<void> {
    await db.insert(causes).values(row).onConflictDoUpdate({ target: causes.code, set: row });
  },
  async upsertStage(db: DbOrTx, row: NewStageRow): Promise<void> {
    await db.insert(stages).values(row).onConflictDoUpdate({ target: stages.code, set: row });
  },
  async deactivateAllBut(db: DbOrTx, kind: TaxonomyKind, codes: string[], now: Date): Promise<void> {
    const table = tableOf(kind);
    await db.update(table).set({ active: false, updatedAt: now }).where(notInArray(table.code, codes));
  },
  /** Backfill: inserts the rows whose codes are not stored yet (safe when two servers start at once). */
  async insertCausesIfAbsent(db: DbOrTx, rows: NewCauseRow[]): Promise<void> {
    if (rows.length) await db.insert(causes).values(rows).onConflictDoNothing();
  },
  async insertStagesIfAbsent(db: DbOrTx, rows: NewStageRow[]): Promise<void> {
    if (rows.length) await db.insert(stages).values(rows).onConflictDoNothing();
  },
};
