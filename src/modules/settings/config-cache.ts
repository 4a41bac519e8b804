// Read-mostly configuration (categories, routing rules, time-limit policies, calendars, the classifier
// model …) cached in the process under the database's configuration stamp. Every edit of those tables
// changes the stamp in its own transaction (triggers, migration 0023), so an operation that reads the
// stamp after another process committed an edit never uses what that edit replaced.
import type { DbOrTx } from '../../db/client.ts';
import { readConfigStamp } from './settings.repository.ts';

export type ConfigCache = {
  /**
   * The value of `kind` as of the stamp `db` sees: from the cache when loaded under that stamp, else
   * loaded with `db`. Inside a transaction the stamp is read once, on first use (so a transaction that
   * edits configuration reads it uncached, not through here); the value is shared and must not be changed.
   */
  read<T>(db: DbOrTx, kind: string, load: (db: DbOrTx) => Promise<T>): Promise<T>;
};

export function createConfigCache(): ConfigCache {
  const entries = new Map<string, { stamp: string; value: Promise<unknown> }>();
  // One stamp per transaction: its reads of configuration agree with each other.
  const stampOfTx = new WeakMap<object, Promise<string>>();

  function stampFor(db: DbOrTx): Promise<string> {
    // A transaction has rollback(); the database itself has not.
    if (!('rollback' in db)) return readConfigStamp(db);
    let stamp = stampOfTx.get(db);
    if (!stamp) {
      stamp = readConfigStamp(db);
      stampOfTx.set(db, stamp);
    }
    return stamp;
  }

  return {
    async read<T>(db: DbOrTx, kind: string, load: (db: DbOrTx) => Promise<T>): Promise<T> {
      const stamp = await stampFor(db);
      const hit = entries.get(kind);
      if (stamp && hit?.stamp === stamp) return hit.value as Promise<T>;
      // Loaded after the stamp was read, so it is at least as new as the stamp says. A stamp written by a
      // transaction that later rolls back is never read again by anyone, so what is cached under it is never used.
      const value = load(db);
      if (stamp) {
        entries.set(kind, { stamp, value });
        value.catch(() => {
          if (entries.get(kind)?.value === value) entries.delete(kind);
        });
      }
      return value;
    },
  };
}
