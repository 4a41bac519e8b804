import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { partners } from './partner.table.ts';
import type { PartnerKind } from './partner.types.ts';

export type PartnerRow = typeof partners.$inferSelect;
export type NewPartnerRow = typeof partners.$inferInsert;

export const partnerRepository = {
  async list(db: DbOrTx, filter: { kind?: PartnerKind | undefined; active?: boolean | undefined } = {}): Promise<PartnerRow[]> {
    const where: SQL[] = [];
    if (filter.kind) where.push(eq(partners.kind, filter.kind));
    if (filter.active !== undefined) where.push(eq(partners.active, filter.active));
    return db
      .select()
      .from(partners)
      .where(and(...where))
      .orderBy(asc(partners.kind), asc(partners.name));
  },

  async find(db: DbOrTx, id: string): Promise<PartnerRow | undefined> {
    const [row] = await db.select().from(partners).where(eq(partners.id, id));
    return row;
  },

  /** Undefined when a partner of that kind already has the name (a 409, never a unique-violation 500). */
  async insert(db: DbOrTx, row: NewPartnerRow): Promise<PartnerRow | undefined> {
    const [created] = await db.insert(partners).values(row).onConflictDoNothing().returning();
    return created;
  },

  async update(db: DbOrTx, id: string, patch: Partial<NewPartnerRow>): Promise<PartnerRow | undefined> {
    const [row] = await db.update(partners).set(patch).where(eq(partners.id, id)).returning();
    return row;
  },

  async findByName(db: DbOrTx, kind: PartnerKind, name: string): Promise<PartnerRow | undefined> {
    const [row] = await db.select().from(partners).where(and(eq(partners.kind, kind), eq(partners.name, name)));
    return row;
  },
};
