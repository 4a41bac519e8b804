import { describe, expect, it } from 'vitest';
import {
  DEMO_COMPANY_TYPE_LABELS,
  DEMO_REFERENCE_DATE,
  DEMO_STATUS_MIN_AGE_HOURS,
  generateDemoComplaints,
  mulberry32,
  type DemoCategory,
  type DemoChannel,
  type DemoCompanyType,
  type DemoComplaint,
  type DemoDepartmentCode,
  type DemoStatus,
} from './demo-complaints.ts';

// Independent restatement of the brief, so the tests do not just echo the generator's own tables.
const EXPECTED_CATEGORIES: Record<DemoCompanyType, DemoCategory[]> = {
  express: ['delay', 'damage', 'loss', 'wrong_item', 'attitude', 'info_lag', 'fee_dispute'],
  logistics: ['delay', 'damage', 'loss', 'wrong_item', 'attitude', 'info_lag', 'fee_dispute', 'system_error'],
  fresh_food: ['delay', 'food_quality', 'wrong_item', 'attitude', 'system_error'],
  supermarket: ['product_quality', 'attitude', 'price_dispute', 'hygiene', 'food_quality'],
  delivery_after_sales: ['loss', 'damage', 'delay', 'wrong_item'],
};
const ALL_CATEGORIES: DemoCategory[] = [
  'delay',
  'damage',
  'loss',
  'wrong_item',
  'attitude',
  'info_lag',
  'fee_dispute',
  'food_quality',
  'price_dispute',
  'hygiene',
  'product_quality',
  'system_error',
];
const ALL_CHANNELS: DemoChannel[] = [
  'hotline',
  'web',
  'h5',
  'app',
  'api',
  'email',
  'wechat',
  'social',
  'store',
  'qr',
  'internal',
];
const SHARES: Record<DemoStatus, number> = {
  registered: 0.025,
  acknowledged: 0.02,
  assigned: 0.04,
  investigating: 0.06,
  remedy_proposed: 0.03,
  awaiting_customer: 0.03,
  executing: 0.03,
  resolved: 0.06,
  follow_up: 0.05,
  closed: 0.625,
  rejected: 0.03,
};
const STAGE: Record<DemoStatus, number> = {
  registered: 0,
  acknowledged: 1,
  assigned: 2,
  investigating: 3,
  remedy_proposed: 4,
  awaiting_customer: 5,
  executing: 6,
  resolved: 7,
  follow_up: 8,
  closed: 9,
  rejected: 3,
};

function allowedDepartments(c: DemoComplaint): DemoDepartmentCode[] {
  switch (c.category) {
    case 'delay':
      return ['dispatch'];
    case 'food_quality':
    case 'product_quality':
      return ['quality'];
    case 'hygiene':
      return ['quality', 'store']; // food handling → quality, store environment → store
    case 'wrong_item':
      return ['warehouse'];
    case 'loss':
    case 'damage':
      return ['logistics'];
    case 'fee_dispute':
    case 'price_dispute':
      return ['finance'];
    case 'attitude':
      return c.companyType === 'supermarket' ? ['store'] : ['service'];
    case 'info_lag':
    case 'system_error':
      return ['service'];
  }
}

function tally<K extends string>(items: readonly DemoComplaint[], key: (c: DemoComplaint) => K): Map<K, number> {
  const m = new Map<K, number>();
  for (const c of items) m.set(key(c), (m.get(key(c)) ?? 0) + 1);
  return m;
}

const list = generateDemoComplaints();
const SEEDS = [1, 7, 42, 99991, 20261123];

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('generateDemoComplaints', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoComplaints()).toEqual(list);
    expect(generateDemoComplaints(200, 20261123)).toEqual(list);
    const other = generateDemoComplaints(200, 7);
    expect(other).not.toEqual(list);
    const same = other.filter((c, i) => c.description === list[i]?.description).length;
    expect(same).toBe(0);
  });

  it('honours count and rejects a bad one', () => {
    for (const n of [0, 1, 5, 37, 200, 500]) expect(generateDemoComplaints(n, 3)).toHaveLength(n);
    expect(list).toHaveLength(200);
    expect(() => generateDemoComplaints(-1)).toThrow(RangeError);
    expect(() => generateDemoComplaints(2.5)).toThrow(RangeError);
    expect(() => generateDemoComplaints(10, 1, '23/11/2026')).toThrow(RangeError);
  });

  it('covers every company type, every category and every fitting pair, and no unfitting pair', () => {
    const types = tally(list, (c) => c.companyType);
    for (const t of Object.keys(EXPECTED_CATEGORIES) as DemoCompanyType[]) {
      expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(20);
      expect(DEMO_COMPANY_TYPE_LABELS[t]).toMatch(/^[\u4e00-\u9fa5]+$/);
    }
    const categories = tally(list, (c) => c.category);
    for (const cat of ALL_CATEGORIES) expect(categories.get(cat) ?? 0).toBeGreaterThan(0);
    const pairs = tally<string>(list, (c) => `${c.companyType}/${c.category}`);
    for (const [t, cats] of Object.entries(EXPECTED_CATEGORIES)) {
      for (const cat of cats) expect(pairs.get(`${t}/${cat}`) ?? 0, `${t}/${cat}`).toBeGreaterThan(0);
    }
    for (const c of list) expect(EXPECTED_CATEGORIES[c.companyType]).toContain(c.category);
    const channels = tally(list, (c) => c.channel);
    for (const ch of ALL_CHANNELS) expect(channels.get(ch) ?? 0, ch).toBeGreaterThan(0);
  });

  it('produces well-formed synthetic identifiers', () => {
    const refMs = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`);
    for (const seed of SEEDS) {
      for (const c of generateDemoComplaints(200, seed)) {
        expect(c.customer.phone).toMatch(/^1[3-9]\d{9}$/);
        expect(c.customer.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
        if (c.waybillNo !== undefined) {
          expect(c.waybillNo).toMatch(
            c.companyType === 'logistics' ? /^WL\d{12}$/ : /^(SF\d{12}|YT\d{13}|ZTO\d{12}|JT\d{13})$/,
          );
        }
        if (c.orderNo !== undefined) {
          const m = /^DD(\d{4})(\d{2})(\d{2})\d{6}$/.exec(c.orderNo);
          expect(m, c.orderNo).not.toBeNull();
          const ms = Date.UTC(Number(m?.[1]), Number(m?.[2]) - 1, Number(m?.[3]));
          expect(new Date(ms).getUTCDate()).toBe(Number(m?.[3])); // a real calendar date
          expect(ms).toBeLessThanOrEqual(refMs - c.occurredDaysAgo * 86_400_000); // ordered on or before the event
        }
        switch (c.companyType) {
          case 'logistics':
            expect(c.waybillNo).toBeDefined();
            expect(c.route).toMatch(/^.+→.+$/);
            break;
          case 'fresh_food':
            expect(c.orderNo).toBeDefined();
            expect(c.waybillNo).toBeUndefined();
            break;
          case 'supermarket':
            expect(c.store).toMatch(/^.+超市\(.+店\)$/);
            expect(c.waybillNo).toBeUndefined();
            break;
          case 'delivery_after_sales':
            expect(c.orderNo).toBeDefined();
            expect(c.waybillNo).toBeDefined();
            break;
          case 'express':
            if (c.channel !== 'store') expect(c.waybillNo).toBeDefined();
            break;
        }
      }
    }
  });

  it('writes unique, natural descriptions and demands', () => {
    for (const seed of SEEDS) {
      const l = generateDemoComplaints(200, seed);
      expect(new Set(l.map((c) => c.description)).size).toBe(l.length);
      for (const c of l) {
        const sentences = c.description.split('。').filter((s) => s.length > 0);
        expect(sentences.length).toBeGreaterThanOrEqual(1);
        expect(sentences.length).toBeLessThanOrEqual(3);
        expect(c.description.endsWith('。')).toBe(true);
        const cjk = c.description.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
        expect(cjk / c.description.length).toBeGreaterThan(0.6); // Chinese prose, not codes
        expect(c.description).not.toMatch(/undefined|NaN|\$\{|\[object/);
        expect(c.demand.length).toBeGreaterThan(1);
        expect(c.demand).not.toMatch(/undefined|NaN/);
      }
    }
    // not one template: openings vary, and no two descriptions are near-copies (character-bigram Jaccard)
    expect(new Set(list.map((c) => c.description.slice(0, 12))).size).toBeGreaterThan(150);
    for (const seed of [20261123, 7]) {
      const grams = generateDemoComplaints(200, seed).map((c) => {
        const g = new Set<string>();
        for (let i = 0; i + 1 < c.description.length; i++) g.add(c.description.slice(i, i + 2));
        return g;
      });
      let max = 0;
      for (let i = 0; i < grams.length; i++) {
        for (let j = i + 1; j < grams.length; j++) {
          const a = grams[i] ?? new Set<string>();
          const b = grams[j] ?? new Set<string>();
          let inter = 0;
          for (const x of a) if (b.has(x)) inter++;
          max = Math.max(max, inter / (a.size + b.size - inter));
        }
      }
      expect(max).toBeLessThan(0.8);
    }
    // upset customers and threats of exposure are there, and so are key customers
    expect(list.filter((c) => /12305|12315/.test(c.description)).length).toBeGreaterThan(3);
    expect(list.filter((c) => /微博|小红书|媒体|网上/.test(c.description)).length).toBeGreaterThan(3);
    expect(list.filter((c) => c.description.includes('情绪激动')).length).toBeGreaterThan(5);
    expect(list.filter((c) => /月结|会员/.test(c.description)).length).toBeGreaterThan(5);
  });

  it('has repeat customers (same phone on 2–3 complaints, same person, same kind of company)', () => {
    const byPhone = new Map<string, DemoComplaint[]>();
    for (const c of list) byPhone.set(c.customer.phone, [...(byPhone.get(c.customer.phone) ?? []), c]);
    const repeats = [...byPhone.values()].filter((g) => g.length > 1);
    expect(repeats.length).toBeGreaterThanOrEqual(5);
    for (const g of byPhone.values()) {
      expect(g.length).toBeLessThanOrEqual(3);
      expect(new Set(g.map((c) => c.customer.name)).size).toBe(1);
      expect(new Set(g.map((c) => c.customer.isKey)).size).toBe(1);
      expect(new Set(g.map((c) => c.companyType)).size).toBe(1);
    }
    const keyCustomers = [...byPhone.values()].filter((g) => g[0]?.customer.isKey).length;
    expect(keyCustomers).toBeGreaterThan(5);
    expect(keyCustomers).toBeLessThan(byPhone.size / 3);
  });

  it('spreads target statuses as specified, older complaints further along', () => {
    for (const n of [200, 100, 333]) {
      const l = n === 200 ? list : generateDemoComplaints(n, 11);
      const counts = tally(l, (c) => c.targetStatus);
      for (const [status, share] of Object.entries(SHARES) as [DemoStatus, number][]) {
        expect(Math.abs((counts.get(status) ?? 0) / n - share), status).toBeLessThanOrEqual(0.01);
      }
    }
    const meanDays = (statuses: DemoStatus[]): number => {
      const d = list.filter((c) => statuses.includes(c.targetStatus)).map((c) => c.occurredDaysAgo);
      return d.reduce((a, b) => a + b, 0) / d.length;
    };
    expect(meanDays(['registered', 'acknowledged'])).toBeLessThan(meanDays(['assigned', 'investigating']));
    expect(meanDays(['assigned', 'investigating'])).toBeLessThan(
      meanDays(['remedy_proposed', 'awaiting_customer', 'executing']),
    );
    expect(meanDays(['remedy_proposed', 'awaiting_customer', 'executing'])).toBeLessThan(
      meanDays(['resolved', 'follow_up', 'closed']),
    );
    // rank correlation between age and stage is clearly positive
    const rank = (xs: number[]): number[] => {
      const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
      const r = new Array<number>(xs.length).fill(0);
      order.forEach(({ i }, k) => {
        r[i] = k;
      });
      return r;
    };
    const a = rank(list.map((c) => c.occurredDaysAgo));
    const b = rank(list.map((c) => STAGE[c.targetStatus]));
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    const ma = mean(a);
    const mb = mean(b);
    let cov = 0;
    let va = 0;
    let vb = 0;
    a.forEach((x, i) => {
      const y = b[i] ?? 0;
      cov += (x - ma) * (y - mb);
      va += (x - ma) ** 2;
      vb += (y - mb) ** 2;
    });
    expect(cov / Math.sqrt(va * vb)).toBeGreaterThan(0.7);
  });

  it('keeps times plausible: within 60 days, received after it happened and never in the future', () => {
    for (const seed of SEEDS) {
      for (const c of generateDemoComplaints(200, seed)) {
        expect(Number.isInteger(c.occurredDaysAgo)).toBe(true);
        expect(c.occurredDaysAgo).toBeGreaterThanOrEqual(0);
        expect(c.occurredDaysAgo).toBeLessThanOrEqual(60);
        expect(c.receivedHoursAfterOccurred).toBeGreaterThanOrEqual(0);
        expect(c.receivedHoursAfterOccurred + DEMO_STATUS_MIN_AGE_HOURS[c.targetStatus]).toBeLessThanOrEqual(
          c.occurredDaysAgo * 24,
        );
      }
    }
  });

  it('routes each complaint to the department its category calls for', () => {
    for (const seed of SEEDS) {
      for (const c of generateDemoComplaints(200, seed)) {
        expect(allowedDepartments(c), `${c.companyType}/${c.category}`).toContain(c.departmentCode);
      }
    }
    expect(list.some((c) => c.category === 'hygiene' && c.departmentCode === 'quality')).toBe(true);
  });

  it('raises urgency for food quality, key customers and threats of exposure', () => {
    const urgencies = tally(list, (c) => c.urgency);
    expect(urgencies.get('normal') ?? 0).toBeGreaterThan(list.length * 0.4);
    expect(urgencies.get('urgent') ?? 0).toBeGreaterThan(list.length * 0.15);
    expect(urgencies.get('critical') ?? 0).toBeGreaterThan(0);
    expect(urgencies.get('critical') ?? 0).toBeLessThan(list.length * 0.2);
    for (const c of list) {
      if (c.category === 'food_quality' || c.customer.isKey) expect(c.urgency).not.toBe('normal');
    }
  });

  it('dates order numbers and descriptions against the reference date', () => {
    const a = generateDemoComplaints(50, 5, '2026-03-10');
    const b = generateDemoComplaints(50, 5, '2027-01-20');
    const years = (l: DemoComplaint[]): Set<string> =>
      new Set(l.flatMap((c) => (c.orderNo === undefined ? [] : [c.orderNo.slice(2, 6)])));
    expect([...years(a)].every((y) => y === '2026')).toBe(true);
    expect(years(b).has('2027') || years(b).has('2026')).toBe(true);
    expect(a.map((c) => c.companyType)).toEqual(b.map((c) => c.companyType));
  });
});
