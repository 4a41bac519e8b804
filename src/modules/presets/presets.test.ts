import { describe, expect, it } from 'vitest';
import { IndustryPresetSchema, KNOWN_CATEGORY_CODES, PRESET_CODES } from './preset.schema.ts';
import { DELIVERY_AFTER_SALES_PRESET, EXPRESS_PRESET, FRESH_FOOD_PRESET, LOGISTICS_PRESET, PRESETS, SUPERMARKET_PRESET, getPreset } from './index.ts';

const RAW = [EXPRESS_PRESET, LOGISTICS_PRESET, FRESH_FOOD_PRESET, SUPERMARKET_PRESET, DELIVERY_AFTER_SALES_PRESET];

describe('industry presets', () => {
  it('should have one preset per company type', () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...PRESET_CODES].sort());
  });

  it.each(RAW.map((p) => [p.code, p] as const))('should pass the zod schema when the preset is %s', (_code, preset) => {
    const parsed = IndustryPresetSchema.safeParse(preset);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('should only use the agreed category codes', () => {
    for (const p of RAW) for (const c of p.categories) expect(KNOWN_CATEGORY_CODES).toContain(c.code);
  });

  it('should carry the legal outer limits from DOMAIN-RULES', () => {
    expect(EXPRESS_PRESET.legalOuterLimitDays.direct).toMatchObject({ days: 7, dayKind: 'calendar', binding: 'statutory' });
    expect(EXPRESS_PRESET.legalOuterLimitDays.postalRegulator).toMatchObject({ days: 3, dayKind: 'working', binding: 'internal' });
    // The regulator has 7 working days (消法 Art. 46); the company's own reply limit sits well inside them.
    for (const p of RAW) expect(p.legalOuterLimitDays.consumerRegulator).toMatchObject({ days: 3, dayKind: 'working', binding: 'internal' });
  });

  it('should use the callback windows of the seeds', () => {
    expect(EXPRESS_PRESET.callbackWindow).toEqual({ fromDays: 1, toDays: 3, dayKind: 'working' });
    expect(SUPERMARKET_PRESET.callbackWindow).toEqual({ fromDays: 3, toDays: 7, dayKind: 'calendar' });
  });

  it('should reject a preset whose routing misses a category', () => {
    const broken = { ...EXPRESS_PRESET, routing: { ...EXPRESS_PRESET.routing, rules: EXPRESS_PRESET.routing.rules.filter((r) => r.category !== 'loss') } };
    const parsed = IndustryPresetSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('no category-only routing rule for loss');
  });

  it('should reject time limits longer than the legal outer limit', () => {
    const broken = { ...EXPRESS_PRESET, timeLimits: { ...EXPRESS_PRESET.timeLimits, P4: { acknowledgeMinutes: 60, firstReplyMinutes: 600, resolutionMinutes: 8 * 24 * 60 } } };
    expect(IndustryPresetSchema.safeParse(broken).success).toBe(false);
  });

  it('should throw for an unknown preset code', () => {
    expect(getPreset('fresh-food').code).toBe('fresh-food');
    expect(() => getPreset('bakery')).toThrow(/unknown industry preset/);
  });
});
