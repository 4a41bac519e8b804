import { describe, expect, it } from 'vitest';
import { PRESET_CODES } from '../presets/preset.schema.ts';
import { checkRemedyItems, DEFAULT_REMEDY_CATALOGUES, RemedyCatalogueSchema } from './remedy-catalogue.rules.ts';
import { REMEDY_KINDS } from './resolution.types.ts';

// Issue 11 item 4: the remedy catalogue per preset (seeds 001–004), as company data.
describe('remedy catalogue', () => {
  it.each([...PRESET_CODES])('should list every kind exactly once for the %s preset, valid by the schema', (preset) => {
    const cat = DEFAULT_REMEDY_CATALOGUES[preset];
    expect(RemedyCatalogueSchema.safeParse(cat).success).toBe(true);
    expect([...cat.map((e) => e.kind)].sort()).toEqual([...REMEDY_KINDS].sort());
    // Seed 002: an apology is always offered; refund, fee waiver, compensation and voucher carry money.
    expect(cat.find((e) => e.kind === 'apology')?.enabled).toBe(true);
    expect(cat.filter((e) => e.carriesMoney).map((e) => e.kind).sort()).toEqual(['compensation', 'fee_waiver', 'refund', 'voucher']);
  });

  it('should follow the seeds: a carrier gives no vouchers (001), the supermarket refunds with a voucher (003)', () => {
    const on = (preset: keyof typeof DEFAULT_REMEDY_CATALOGUES, kind: string) => DEFAULT_REMEDY_CATALOGUES[preset].find((e) => e.kind === kind)?.enabled;
    expect(on('express', 'voucher')).toBe(false);
    expect(on('express', 'fee_waiver')).toBe(true);
    expect(on('supermarket', 'voucher')).toBe(true);
    expect(on('supermarket', 'search_recover')).toBe(false);
    expect(on('delivery-after-sales', 'repair')).toBe(true);
  });

  const cat = DEFAULT_REMEDY_CATALOGUES.express;
  it.each([
    { items: [{ kind: 'apology' as const }], refused: [] },
    { items: [{ kind: 'voucher' as const, amountFen: 100 }], refused: [{ index: 0, field: 'kind', message: 'remedy_kind_disabled' }] },
    { items: [{ kind: 'apology' as const }, { kind: 'compensation' as const }], refused: [{ index: 1, field: 'amountFen', message: 'remedy_amount_required' }] },
    { items: [{ kind: 'apology' as const, amountFen: 5 }], refused: [{ index: 0, field: 'amountFen', message: 'remedy_amount_not_allowed' }] },
    { items: [{ kind: 'compensation' as const, amountFen: 0 }], refused: [] },
  ])('should check $items against the express catalogue', ({ items, refused }) => {
    expect(checkRemedyItems(items, cat)).toEqual(refused);
  });

  it('should refuse a catalogue that lists a kind twice or leaves one out', () => {
    const twice = RemedyCatalogueSchema.safeParse([...cat.slice(0, 10), cat[0]]);
    expect(twice.success).toBe(false);
    expect(twice.error?.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['catalogue_kind_duplicate', 'catalogue_kind_missing']));
  });
});
