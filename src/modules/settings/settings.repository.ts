import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { companySettings, configStamp } from './settings.table.ts';

export const SETTING_KEYS = ['industryPreset', 'priorityRules', 'autoApplyConfidence', 'callbackWindow', 'callbackMaxAttempts'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The company_settings key/value rows; values are JSON the service types per key. */
export const settingsRepository = {
  async get(db: DbOrTx, key: SettingKey): Promise<unknown> {
    const [row] = await db.select({ value: companySettings.value }).from(companySettings).where(eq(companySettings.key, key));
    return row?.value;
  },
  async set(db: DbOrTx, key: SettingKey, value: unknown, by: string | null, now: Date): Promise<void> {
    await db
      .insert(companySettings)
      .values({ key, value, updatedById: by, updatedAt: now })
      .onConflictDoUpdate({ target: companySettings.key, set: { value, updatedById: by, updatedAt: now } });
  },
  /** Stores the value unless the key is set; safe when two servers start at once. */
  async setIfAbsent(db: DbOrTx, key: SettingKey, value: unknown, by: string | null, now: Date): Promise<void> {
    await db.insert(companySettings).values({ key, value, updatedById: by, updatedAt: now }).onConflictDoNothing();
  },
};

/** The configuration stamp (see configStamp in settings.table.ts): one primary-key read. */
export async function readConfigStamp(db: DbOrTx): Promise<string> {
  const [row] = await db.select({ stamp: configStamp.stamp }).from(configStamp).where(eq(configStamp.id, 1));
  // Absent only if someone deleted the row: no stamp means no caching.
  return row?.stamp ?? '';
}
