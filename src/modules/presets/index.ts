import { IndustryPresetSchema, type IndustryPreset, type PresetCode } from './preset.schema.ts';
import { DELIVERY_AFTER_SALES_PRESET } from './delivery-after-sales.ts';
import { EXPRESS_PRESET } from './express.ts';
import { FRESH_FOOD_PRESET } from './fresh-food.ts';
import { LOGISTICS_PRESET } from './logistics.ts';
import { SUPERMARKET_PRESET } from './supermarket.ts';

export { DELIVERY_AFTER_SALES_PRESET, EXPRESS_PRESET, FRESH_FOOD_PRESET, LOGISTICS_PRESET, SUPERMARKET_PRESET };

// Parsed once at load so a broken preset fails at startup rather than at the first complaint.
export const PRESETS: Readonly<Record<PresetCode, IndustryPreset>> = {
  express: IndustryPresetSchema.parse(EXPRESS_PRESET),
  logistics: IndustryPresetSchema.parse(LOGISTICS_PRESET),
  'fresh-food': IndustryPresetSchema.parse(FRESH_FOOD_PRESET),
  supermarket: IndustryPresetSchema.parse(SUPERMARKET_PRESET),
  'delivery-after-sales': IndustryPresetSchema.parse(DELIVERY_AFTER_SALES_PRESET),
};

export function isPresetCode(code: string): code is PresetCode {
  return Object.hasOwn(PRESETS, code);
}

export function getPreset(code: string): IndustryPreset {
  if (!isPresetCode(code)) throw new Error(`unknown industry preset: ${code}`);
  return PRESETS[code];
}
