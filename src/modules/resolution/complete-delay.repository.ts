import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';

/** Any fixed number: the advisory lock held while the 彻底延误 job flags cases. */
const COMPLETE_DELAY_LOCK = 7_401_620_011;

export const completeDelayRepository = {
  /**
   * Runs `fn` in a transaction holding the job's lock, or returns null at once when another worker holds
   * it. What `fn` reads after taking the lock includes every flag another worker committed before it.
   */
  async withLock<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T | null> {
    return db.transaction(async (tx) => {
      const { rows } = (await tx.execute(sql`select pg_try_advisory_xact_lock(${COMPLETE_DELAY_LOCK}) as locked`)) as unknown as {
        rows: Array<{ locked: boolean }>;
      };
      return rows[0]?.locked ? fn(tx) : null;
    });
  },
};
