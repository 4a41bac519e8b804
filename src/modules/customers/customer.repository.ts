import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { REDACTED } from '../../shared/redaction.ts';
import { users } from '../users/user.table.ts';
import { customerPhoneReads, customers } from './customer.table.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type PhoneReadRow = typeof customerPhoneReads.$inferSelect;

export const customerRepository = {
  async findByPhone(db: DbOrTx, phone: string): Promise<CustomerRow | undefined> {
    const [row] = await db.select().from(customers).where(eq(customers.phone, phone));
    return row;
  },

  async findById(db: DbOrTx, id: string, lock = false): Promise<CustomerRow | undefined> {
    const q = db.select().from(customers).where(eq(customers.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  /**
   * Find-or-create by the normalised phone in one statement, so two concurrent intakes for the
   * same caller end on one customer. A newly given name or email updates the record, unless
   * `keepContact` (a filing whose caller has not proved the phone is theirs).
   */
  async upsertByPhone(
    db: DbOrTx,
    input: { name: string; phone: string; email?: string | null | undefined; isKey?: boolean | undefined },
    now: Date,
    opts: { keepContact?: boolean | undefined } = {},
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
        set: opts.keepContact
          ? // A no-op update, so the existing row is returned.
            { updatedAt: sql`${customers.updatedAt}` }
          : {
              name: sql`excluded.name`,
              email: sql`coalesce(excluded.email, ${customers.email})`,
              isKey: input.isKey === undefined ? sql`${customers.isKey}` : sql`excluded.is_key`,
              updatedAt: now,
            },
      })
      .returning();
    return row!;
  },

  /**
   * Rules 27–28: the contact data goes; the row stays for the cases that refer to it. The phone column is
   * unique and required, so it takes a placeholder no normalised phone can equal: a later call from the same
   * number starts a new customer.
   */
  async erase(tx: Tx, id: string, at: Date): Promise<void> {
    await tx
      .update(customers)
      .set({ name: REDACTED, email: null, wechatOpenId: null, phone: `erased:${id}`, erasedAt: at, updatedAt: at })
      .where(and(eq(customers.id, id), sql`${customers.erasedAt} is null`));
  },

  async setMessaging(
    db: DbOrTx,
    id: string,
    patch: Partial<Pick<CustomerRow, 'preferredChannel' | 'language' | 'notifyOptOut' | 'wechatOpenId' | 'email'>>,
    at: Date,
  ): Promise<void> {
    await db.update(customers).set({ ...patch, updatedAt: at }).where(eq(customers.id, id));
  },

  async insertPhoneRead(db: DbOrTx, row: { actorId: string; source: string; filters: string[]; phoneCount: number; createdAt: Date }): Promise<void> {
    await db.insert(customerPhoneReads).values(row);
  },

  /** Up to `limit` reads older than sequence number `before` (all when undefined), newest first, with the reader's name. */
  phoneReadsPage: (db: DbOrTx, q: { before?: number | undefined; limit: number }) =>
    db
      .select({ r: customerPhoneReads, actorName: users.displayName })
      .from(customerPhoneReads)
      .leftJoin(users, eq(users.id, customerPhoneReads.actorId))
      .where(q.before !== undefined ? lt(customerPhoneReads.seq, q.before) : undefined)
      .orderBy(desc(customerPhoneReads.seq))
      .limit(q.limit),

  /** Rule 27: reads older than the cutoff are removed (customer_phone_reads_created_idx). */
  async prunePhoneReads(db: DbOrTx, before: Date): Promise<number> {
    const rows = await db.delete(customerPhoneReads).where(lt(customerPhoneReads.createdAt, before)).returning({ id: customerPhoneReads.id });
    return rows.length;
  },
};
