import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from './customer.table.ts';

export type CustomerRow = typeof customers.$inferSelect;

export const customerRepository = {
  async findByPhone(db: DbOrTx, phone: string): Promise<CustomerRow | undefined> {
    const [row] = await db.select().from(customers).where(eq(customers.phone, phone));
    return row;
  },

  /**
   * Find-or-create by the normalised phone in one statement, so two concurrent intakes for the
   * same caller end on one customer. A newly given name or email updates the record.
   */
  async upsertByPhone(
    db: DbOrTx,
    input: { name: string; phone: string; email?: string | null | undefined; isKey?: boolean | undefined },
    now: Date,
  ): Promise<CustomerRow> {
    const [row] = await db
      .insert(customers)
      .values({
        name: input.name,
        phone: input.phone,
        email: input.email ?? null,
        isKey: input.isKey ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: customers.phone,
        set: {
          name: sql`excluded.name`,
          email: sql`coalesce(excluded.email, ${customers.email})`,
          isKey: input.isKey === undefined ? sql`${customers.isKey}` : sql`excluded.is_key`,
          updatedAt: now,
        },
      })
      .returning();
    return row!;
  },
};
