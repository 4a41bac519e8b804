// The company settings key/value store: one typed getter and setter per key. Other modules read and
// write company settings only through these functions.
import type { DbOrTx } from '../../db/client.ts';
import type { CallbackWindow, PriorityRules } from '../presets/preset.schema.ts';
import { settingsRepository } from './settings.repository.ts';

export { SETTING_KEYS, type SettingKey } from './settings.repository.ts';

/** The code of the industry preset applied last (fresh-food, express …), or null before the first start. */
export async function industryPreset(db: DbOrTx): Promise<string | null> {
  const value = await settingsRepository.get(db, 'industryPreset');
  return typeof value === 'string' ? value : null;
}
export async function saveIndustryPreset(db: DbOrTx, code: string, by: string | null, now: Date): Promise<void> {
  await settingsRepository.set(db, 'industryPreset', code, by, now);
}

/** The priority weights as the administrator edited them, or null (the preset's own apply). */
export async function priorityRules(db: DbOrTx): Promise<PriorityRules | null> {
  return ((await settingsRepository.get(db, 'priorityRules')) as PriorityRules | undefined) ?? null;
}
export async function savePriorityRules(db: DbOrTx, rules: PriorityRules, by: string | null, now: Date): Promise<void> {
  await settingsRepository.set(db, 'priorityRules', rules, by, now);
}

/** The classifier confidence above which a suggestion is applied without asking, or null when not set. */
export async function autoApplyConfidence(db: DbOrTx): Promise<number | null> {
  const value = await settingsRepository.get(db, 'autoApplyConfidence');
  return typeof value === 'number' ? value : null;
}

/** The satisfaction-callback window as stored, or null while none is stored. */
export async function callbackWindow(db: DbOrTx): Promise<CallbackWindow | null> {
  return ((await settingsRepository.get(db, 'callbackWindow')) as CallbackWindow | undefined) ?? null;
}
const windowValue = (w: CallbackWindow) => ({ fromDays: w.fromDays, toDays: w.toDays, dayKind: w.dayKind });
export async function saveCallbackWindow(db: DbOrTx, window: CallbackWindow, by: string | null, now: Date): Promise<void> {
  await settingsRepository.set(db, 'callbackWindow', windowValue(window), by, now);
}
/** Stores the window only where none is stored yet (first start, concurrent starts). */
export async function initCallbackWindow(db: DbOrTx, window: CallbackWindow, now: Date): Promise<void> {
  await settingsRepository.setIfAbsent(db, 'callbackWindow', windowValue(window), null, now);
}

/** Calls nobody answered before a satisfaction callback is recorded as unreachable, or null while none is stored. */
export async function callbackMaxAttempts(db: DbOrTx): Promise<number | null> {
  const value = await settingsRepository.get(db, 'callbackMaxAttempts');
  return typeof value === 'number' ? value : null;
}
export async function saveCallbackMaxAttempts(db: DbOrTx, attempts: number, by: string | null, now: Date): Promise<void> {
  await settingsRepository.set(db, 'callbackMaxAttempts', attempts, by, now);
}
