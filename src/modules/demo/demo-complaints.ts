/**
 * Deterministic generator of synthetic Chinese complaints for the demo database.
 *
 * Everything here is invented: people are random surname + given-name combinations, phone numbers
 * are random digits behind a mobile prefix, waybill / order numbers only look real, and store and
 * station names are made up from district, area and road fragments. The vocabulary follows the
 * five source documents (express, logistics, fresh-food delivery, supermarket, delivery after-sales).
 *
 * The output is a pure function of (count, seed, referenceDate): no Math.random, no clock.
 *
 * Time invariant, for whoever turns the relative times into timestamps with
 * `occurredAt = now - occurredDaysAgo days` and `receivedAt = occurredAt + receivedHoursAfterOccurred`:
 * `receivedHoursAfterOccurred + DEMO_STATUS_MIN_AGE_HOURS[targetStatus] <= occurredDaysAgo * 24`,
 * so no case is received in the future and a case that is far along has had time to get there.
 */

export type DemoCompanyType = 'express' | 'logistics' | 'fresh_food' | 'supermarket' | 'delivery_after_sales';
export type DemoChannel =
  | 'hotline'
  | 'web'
  | 'h5'
  | 'app'
  | 'api'
  | 'email'
  | 'wechat'
  | 'social'
  | 'store'
  | 'qr'
  | 'internal';
export type DemoCategory =
  | 'delay'
  | 'damage'
  | 'loss'
  | 'wrong_item'
  | 'attitude'
  | 'info_lag'
  | 'fee_dispute'
  | 'food_quality'
  | 'price_dispute'
  | 'hygiene'
  | 'product_quality'
  | 'system_error';
export type DemoUrgency = 'normal' | 'urgent' | 'critical';
export type DemoDepartmentCode = 'service' | 'dispatch' | 'quality' | 'warehouse' | 'logistics' | 'finance' | 'store';
export type DemoStatus =
  | 'registered'
  | 'acknowledged'
  | 'assigned'
  | 'investigating'
  | 'remedy_proposed'
  | 'awaiting_customer'
  | 'executing'
  | 'resolved'
  | 'follow_up'
  | 'closed'
  | 'rejected';

export type DemoComplaint = {
  companyType: DemoCompanyType;
  channel: DemoChannel;
  category: DemoCategory;
  urgency: DemoUrgency;
  customer: { name: string; phone: string; isKey: boolean };
  waybillNo?: string;
  orderNo?: string;
  store?: string;
  route?: string;
  description: string;
  demand: string;
  occurredDaysAgo: number;
  receivedHoursAfterOccurred: number;
  departmentCode: DemoDepartmentCode;
  targetStatus: DemoStatus;
};

export const DEMO_COMPANY_TYPES: readonly DemoCompanyType[] = [
  'express',
  'logistics',
  'fresh_food',
  'supermarket',
  'delivery_after_sales',
];

export const DEMO_COMPANY_TYPE_LABELS: Readonly<Record<DemoCompanyType, string>> = {
  express: '快递',
  logistics: '物流',
  fresh_food: '生鲜配送',
  supermarket: '超市',
  delivery_after_sales: '配送售后',
};

/** The categories that make sense for each kind of company. */
export const DEMO_CATEGORIES_BY_COMPANY_TYPE: Readonly<Record<DemoCompanyType, readonly DemoCategory[]>> = {
  express: ['delay', 'damage', 'loss', 'wrong_item', 'attitude', 'info_lag', 'fee_dispute'],
  logistics: ['delay', 'damage', 'loss', 'wrong_item', 'attitude', 'info_lag', 'fee_dispute', 'system_error'],
  fresh_food: ['delay', 'food_quality', 'wrong_item', 'attitude', 'system_error'],
  supermarket: ['product_quality', 'attitude', 'price_dispute', 'hygiene', 'food_quality'],
  delivery_after_sales: ['loss', 'damage', 'delay', 'wrong_item'],
};

/**
 * Share of each target status; the generator apportions exactly these shares (largest remainder). A working
 * team's books: most cases closed, a few days' worth still open, only the newest few not yet assigned.
 */
export const DEMO_STATUS_SHARES: Readonly<Record<DemoStatus, number>> = {
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

/** Hours a case must have existed (since it was received) to plausibly be in that status. */
export const DEMO_STATUS_MIN_AGE_HOURS: Readonly<Record<DemoStatus, number>> = {
  registered: 0,
  acknowledged: 0.3,
  assigned: 1,
  investigating: 6,
  remedy_proposed: 24,
  awaiting_customer: 36,
  executing: 48,
  resolved: 48,
  follow_up: 72,
  closed: 96,
  rejected: 4,
};

/** Calendar day that "today" means in descriptions and order numbers unless another is given. */
export const DEMO_REFERENCE_DATE = '2026-11-23';

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: tiny, fast, good enough for demo data; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  shuffle: <T>(items: T[]) => T[];
  digits: (n: number) => string;
};

function at<T>(items: readonly T[], index: number): T {
  const value = items[index];
  if (value === undefined) throw new RangeError(`index ${index} out of range (length ${items.length})`);
  return value;
}

function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [value, w] of entries) {
        x -= w;
        if (x < 0) return value;
      }
      return at(entries, entries.length - 1)[0];
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = at(items, i);
        items[i] = at(items, j);
        items[j] = tmp;
      }
      return items;
    },
    digits: (n) => {
      let s = String(int(1, 9));
      for (let i = 1; i < n; i++) s += String(int(0, 9));
      return s;
    },
  };
}

/** Largest-remainder apportionment of `total` over `weights` (same order). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const counts = exact.map((x) => Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i] = at(counts, i) + 1;
    left--;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Chinese helpers

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Counting number for 1..99, with 两 for 2 ("两天", "两件"). */
function zhCount(n: number): string {
  if (n === 2) return '两';
  if (n < 10) return at(ZH_DIGITS, n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : at(ZH_DIGITS, tens)}十${ones === 0 ? '' : at(ZH_DIGITS, ones)}`;
}

function parseReferenceDate(referenceDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate);
  if (!m) throw new RangeError(`referenceDate must be YYYY-MM-DD, got ${referenceDate}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function dayOf(refMs: number, daysAgo: number): Date {
  return new Date(refMs - daysAgo * 86_400_000);
}

function yyyymmdd(d: Date): string {
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${d.getUTCFullYear()}${mm}${dd}`;
}

function dayPhrase(r: Rng, refMs: number, daysAgo: number): string {
  if (daysAgo === 0) return r.pick(['今天上午', '今天中午', '今天', '今天早上']);
  if (daysAgo === 1) return r.pick(['昨天', '昨天下午', '昨晚', '昨天上午']);
  if (daysAgo === 2) return r.pick(['前天', '前天下午', '前天上午']);
  const d = dayOf(refMs, daysAgo);
  const date = `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  if (daysAgo <= 6 && r.chance(0.3)) return `${zhCount(daysAgo)}天前`;
  return r.chance(0.25) ? `${date}${r.pick(['上午', '下午', '晚上'])}` : date;
}

function waitPhrase(r: Rng, hours: number): string {
  const d = Math.floor(hours / 24);
  if (d <= 0) return r.pick(['大半天', '一整天', '十几个小时']);
  if (d === 1) return r.pick(['一天多', '整整一天']);
  if (d === 7) return r.pick(['一个星期', '整整一周']);
  if (d > 7) return r.pick(['一个多星期', '十来天']);
  return r.pick([`${zhCount(d)}天`, `整整${zhCount(d)}天`, `${zhCount(d)}天多`]);
}

// ---------------------------------------------------------------------------------------------
// Places (invented combinations)

const CITY_AREAS: Readonly<Record<string, readonly (readonly [string, readonly string[]])[]>> = {
  北京: [
    ['朝阳区', ['酒仙桥', '双井', '大屯', '十里堡']],
    ['海淀区', ['清河', '西三旗', '万柳']],
    ['丰台区', ['花乡', '方庄', '马家堡']],
  ],
  上海: [
    ['浦东新区', ['金桥', '川沙', '北蔡', '三林']],
    ['闵行区', ['七宝', '莘庄', '梅陇']],
    ['徐汇区', ['漕河泾', '田林']],
  ],
  广州: [
    ['天河区', ['石牌', '车陂', '棠下']],
    ['白云区', ['太和', '同和', '三元里']],
    ['番禺区', ['市桥', '大石']],
  ],
  深圳: [
    ['南山区', ['西丽', '蛇口', '桃源']],
    ['龙岗区', ['坂田', '布吉', '横岗']],
    ['宝安区', ['西乡', '福永']],
  ],
  杭州: [
    ['西湖区', ['留下', '三墩', '古荡']],
    ['余杭区', ['良渚', '仓前', '五常']],
    ['萧山区', ['城厢', '新塘']],
  ],
  成都: [
    ['武侯区', ['红牌楼', '簇桥', '玉林']],
    ['成华区', ['建设路', '双桥子']],
    ['郫都区', ['犀浦', '红光']],
  ],
  武汉: [
    ['洪山区', ['关山', '青菱', '卓刀泉']],
    ['江汉区', ['唐家墩', '常青']],
    ['汉阳区', ['王家湾', '四新']],
  ],
  南京: [
    ['江宁区', ['东山', '秣陵', '淳化']],
    ['鼓楼区', ['宁海路', '热河南路']],
    ['栖霞区', ['仙林', '迈皋桥']],
  ],
  福州: [
    ['鼓楼区', ['东街', '洪山桥', '温泉']],
    ['台江区', ['上海街道', '鳌峰']],
    ['仓山区', ['金山', '盖山', '城门']],
  ],
  西安: [
    ['雁塔区', ['电子城', '曲江', '丈八']],
    ['未央区', ['凤城', '张家堡']],
    ['碑林区', ['南稍门', '东关']],
  ],
  长沙: [
    ['岳麓区', ['望城坡', '观沙岭']],
    ['雨花区', ['洞井', '圭塘']],
  ],
  郑州: [
    ['金水区', ['丰产路', '杨金']],
    ['中原区', ['须水', '桐柏路']],
  ],
};
const HOME_CITIES = Object.keys(CITY_AREAS);
const OTHER_CITIES = [
  ...HOME_CITIES,
  '苏州',
  '重庆',
  '青岛',
  '厦门',
  '合肥',
  '昆明',
  '沈阳',
  '天津',
  '济南',
  '南昌',
  '宁波',
  '东莞',
  '佛山',
  '义乌',
  '石家庄',
  '南宁',
  '贵阳',
  '太原',
];
const ROADS = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '五一路',
  '长江路',
  '湖滨路',
  '和平路',
  '新华路',
  '文化路',
  '东风路',
  '迎宾大道',
  '滨江路',
  '学院路',
  '光明街',
  '桂花路',
];
const SUPERMARKET_BRANDS = ['鲜悦汇超市', '邻里佳超市', '家乐源超市', '惠民优选超市', '百鲜荟超市', '万禾生活超市'];
const HUBS = [
  '华东分拨中心',
  '嘉兴中转场',
  '廊坊分拨中心',
  '郑州转运中心',
  '武汉转运中心',
  '义乌分拨中心',
  '西南枢纽',
  '华南分拨中心',
  '济南中转场',
  '长沙转运中心',
];
const COMPANIES = [
  '鼎晟贸易',
  '蓝湾电子商务',
  '启明医疗器械',
  '恒达建材',
  '知行文化传媒',
  '远帆服饰',
  '嘉禾食品',
  '云峰科技',
  '华祺家居',
  '博雅教育',
];

function areaOf(r: Rng, city: string): { district: string; area: string } {
  const entries = CITY_AREAS[city] ?? at(Object.values(CITY_AREAS), 0);
  const [district, areas] = r.pick(entries);
  return { district, area: r.pick(areas) };
}

function stationName(r: Rng, type: DemoCompanyType, city: string): string {
  const { district, area } = areaOf(r, city);
  switch (type) {
    case 'express':
      return `${district}${area}${r.pick(['营业部', '营业部', '站', '网点'])}`;
    case 'logistics':
      return r.chance(0.5) ? `${city}${district}${area}营业部` : `${city}${area}分拨中心`;
    case 'fresh_food':
      return `${district}${area}${r.pick(['前置仓', '配送站', '站'])}`;
    case 'delivery_after_sales':
      return `${district}${area}${r.pick(['配送站', '售后服务站', '配送中心'])}`;
    case 'supermarket':
      return `${r.pick(SUPERMARKET_BRANDS)}(${city}${r.pick(ROADS)}店)`;
  }
}

// ---------------------------------------------------------------------------------------------
// Description building blocks

type Ctx = {
  readonly r: Rng;
  readonly type: DemoCompanyType;
  /** 客户 or 顾客 */
  readonly who: string;
  /** when it happened, e.g. 昨天下午 / 11月3日 */
  readonly day: string;
  /** how long the customer has been waiting, e.g. 整整三天 (consistent with receivedHoursAfterOccurred) */
  readonly wait: string;
  /** customer's city and another city */
  readonly home: string;
  readonly other: string;
  /** 快递员 / 司机 / 骑手 ... */
  readonly courier: string;
  /** main item of the complaint, set by the template for the detail sentence */
  item: string;
  /** extra urgency points (valuables, health impact) */
  severity: number;
  health: boolean;
  department?: DemoDepartmentCode;
  /** demands that fit this particular story better than the category's general list */
  demands?: readonly string[];
  routeFrom?: string;
  routeTo?: string;
  stationUsed: boolean;
  /** the story does not fit the category's generic second sentence */
  skipDetail: boolean;
  readonly stationName: string;
};

function station(c: Ctx): string {
  c.stationUsed = true;
  return c.stationName;
}
function sent(c: Ctx): { from: string; to: string } {
  c.routeFrom = c.home;
  c.routeTo = c.other;
  return { from: c.home, to: c.other };
}
function received(c: Ctx): { from: string; to: string } {
  c.routeFrom = c.other;
  c.routeTo = c.home;
  return { from: c.other, to: c.home };
}
function wants(c: Ctx, demands: readonly string[]): void {
  c.demands = demands;
}
function item(c: Ctx, name: string): string {
  c.item = name;
  return name;
}
function pair(c: Ctx, pairs: readonly (readonly [string, string])[]): readonly [string, string] {
  const p = c.r.pick(pairs);
  c.item = p[0].replace(/^.+区的/, '');
  return p;
}

type Template = (c: Ctx) => string;

const RUDE_QUOTES = [
  '爱要不要',
  '我一天送几百件，哪有空等你',
  '放门口丢了不关我的事',
  '有本事你去投诉',
  '嫌慢你自己来拿',
  '就这个规定，跟我说没用',
  '你自己地址写不清楚怪谁',
];
const COURIER_ATTITUDE_DEMANDS = ['要求道歉', '要求更换派件员', '要求当事人当面道歉', '要求严肃处理并告知结果'];
const PROMISES = ['次日达', '隔日达', '48小时内送达', '当日达', '标快两天到'];

// -- express --------------------------------------------------------------------------------

const EXP_URGENT: readonly (readonly [string, string])[] = [
  ['合同原件', '是下午签约要用的'],
  ['降压药', '是给家里老人吃的，药已经快断了'],
  ['投标文件', '明天就是投标截止日'],
  ['签证材料', '周一就要去领馆面签'],
  ['两罐奶粉', '家里的奶粉只够孩子喝一天了'],
  ['婚礼请柬', '周末就要办婚礼'],
  ['年会奖品', '公司年会就在后天'],
  ['产品样品', '客户明天要看样'],
  ['工程图纸', '工地那边等着开工'],
  ['生日礼物', '是给女儿过生日准备的'],
  ['毕业证书原件', '单位要求本周内交材料入职'],
];
const EXP_FRAGILE: readonly (readonly [string, string])[] = [
  ['陶瓷茶具', '茶壶盖和两个杯子都碎了'],
  ['一箱红酒', '其中两瓶碎了，箱子都泡湿了'],
  ['显示器', '屏幕有一道裂纹，开机花屏'],
  ['玻璃花瓶', '已经碎成好几块'],
  ['笔记本电脑', '外壳凹进去一块，开不了机'],
  ['蓝牙音箱', '外壳裂开，一开就有杂音'],
  ['一套碗碟', '碎了三个盘子'],
  ['护肤品套装', '精华的瓶子漏了一半'],
  ['吉他', '琴头断了'],
  ['鱼缸', '侧面的玻璃裂开了'],
  ['机械键盘', '好几个键帽掉了，有两个键失灵'],
  ['相框', '玻璃碎了，照片也被划花了'],
  ['手机', '屏幕有裂痕，边框也磕坏了'],
];
const EXP_VALUABLE = [
  '手机',
  '金手镯',
  '笔记本电脑',
  '羽绒服',
  '名牌包',
  '相机',
  '平板电脑',
  '茶叶礼盒',
  '两罐进口奶粉',
  '运动鞋',
  '手表',
  '无人机',
  '电动牙刷',
  '一箱书',
];
const EXP_VALUABLE_HIGH = new Set(['手机', '金手镯', '笔记本电脑', '名牌包', '相机', '平板电脑', '手表', '无人机']);
const EXP_OTHER_GOODS = ['一箱卫生纸', '两袋猫粮', '一双女式靴子', '一件儿童外套', '几本小说', '一套床品', '洗发水'];

const EXPRESS_TEMPLATES: Readonly<Partial<Record<DemoCategory, readonly Template[]>>> = {
  delay: [
    (c) => {
      const { from, to } = sent(c);
      return `${c.day}从${from}寄往${to}的${item(c, c.r.pick(EXP_VALUABLE))}，下单时写的是${c.r.pick(PROMISES)}，到现在等了${c.wait}还没送到，物流一直显示在${c.r.pick(HUBS)}`;
    },
    (c) => {
      received(c);
      return `网购的${item(c, c.r.pick(EXP_VALUABLE))}${c.day}就到了${station(c)}，之后一直显示“派送中”，等了${c.wait}也没人上门，打${c.courier}电话不接`;
    },
    (c) => {
      const [name, why] = pair(c, EXP_URGENT);
      sent(c);
      return `${c.day}寄的${name}，${why}，承诺${c.r.pick(PROMISES)}，结果在${c.r.pick(HUBS)}滞留了${c.wait}都没动`;
    },
    (c) => {
      received(c);
      return `${c.day}约好上门派送${item(c, c.r.pick(EXP_VALUABLE))}，家里留了人等了一整天，${c.courier}既没来也没打电话，晚上物流直接显示“客户不在家，改约派送”`;
    },
    (c) => {
      const { from, to } = received(c);
      return `${item(c, c.r.pick(EXP_VALUABLE))}从${from}发到${to}已经${c.wait}，物流信息一会儿在${c.r.pick(HUBS)}，一会儿又回到${c.r.pick(HUBS)}，像是在来回转`;
    },
    (c) => {
      const [name, why] = pair(c, EXP_URGENT);
      received(c);
      return `对方${c.day}寄来的${name}显示已到${station(c)}，可拖了${c.wait}都没派，${why}`;
    },
  ],
  damage: [
    (c) => {
      const [name, dmg] = pair(c, EXP_FRAGILE);
      received(c);
      return `${c.day}签收的${name}外箱被压得变形，拆开一看${dmg}`;
    },
    (c) => {
      const [name, dmg] = pair(c, EXP_FRAGILE);
      sent(c);
      return `寄给${c.r.pick(['父母', '朋友', '客户', '女儿'])}的${name}到了以后${dmg}，外包装上还有明显的脚印`;
    },
    (c) => {
      const [name, dmg] = pair(c, EXP_FRAGILE);
      received(c);
      return `${c.courier}送来的${name}当面开箱验货，发现${dmg}，${c.courier}却不让在签收单上备注`;
    },
    (c) => {
      const [name, dmg] = pair(c, EXP_FRAGILE);
      sent(c);
      return `${name}寄件时特意${c.r.pick(['交了保价费', '让网点加了泡沫和木架', '贴了易碎标签', '跟收件员说明是易碎品'])}，收件人说到手${dmg}`;
    },
    (c) => {
      const [name, dmg] = pair(c, EXP_FRAGILE);
      const { from, to } = sent(c);
      return `${c.day}从${from}寄到${to}的${name}，签收后发现${dmg}，外箱一角明显是摔过的`;
    },
  ],
  loss: [
    (c) => {
      const name = item(c, c.r.pick(EXP_VALUABLE));
      sent(c);
      if (EXP_VALUABLE_HIGH.has(name)) c.severity += 1;
      return `${c.day}寄出的${name}，物流停在${c.r.pick(HUBS)}已经${c.wait}没更新，网点说找不到件了`;
    },
    (c) => {
      const name = item(c, c.r.pick(EXP_VALUABLE));
      received(c);
      if (EXP_VALUABLE_HIGH.has(name)) c.severity += 1;
      return `网购的${name}显示已签收，但本人和家里人都没收到，快递柜和${c.r.pick(['门卫室', '楼下驿站', '邻居家'])}都找过了，已经过去${c.wait}`;
    },
    (c) => {
      const name = item(c, c.r.pick(EXP_VALUABLE));
      const { to } = sent(c);
      if (EXP_VALUABLE_HIGH.has(name)) c.severity += 1;
      return `寄往${to}的${name}对方一直没收到，查了发现件到${c.r.pick(HUBS)}之后就没有任何扫描记录，前后等了${c.wait}`;
    },
    (c) => {
      received(c);
      return `一票两件的${item(c, c.r.pick(['茶叶礼盒', '一箱书', '两罐进口奶粉', '运动鞋', '冬装']))}只收到一件，另一件${station(c)}说没看到，等了${c.wait}也没消息`;
    },
    (c) => {
      const name = item(c, c.r.pick(EXP_VALUABLE));
      sent(c);
      c.severity += 1;
      return `${c.day}在${station(c)}寄的${name}保价${c.r.pick([2000, 3000, 5000, 8000])}元，过了${c.wait}网点说件丢了，只愿意按运费的几倍赔`;
    },
  ],
  wrong_item: [
    (c) => {
      received(c);
      wants(c, ['要求找回自己的件并上门取走错件', '要求尽快找回自己的件，找不回按价赔偿']);
      return `${c.day}收到的快递拆开不是自己买的${item(c, c.r.pick(EXP_VALUABLE))}，面单上名字电话都是别人的，自己的件却显示已签收`;
    },
    (c) => {
      const { to } = sent(c);
      wants(c, ['要求追回物品并赔偿', '要求查清责任并按价赔偿', '要求协调对方退回并道歉']);
      c.skipDetail = true;
      return `${c.day}寄给${to}客户的${item(c, c.r.pick(EXP_VALUABLE))}被送到了另一个收件人手里，对方已经拆开用了`;
    },
    (c) => {
      received(c);
      return `在网上买的${item(c, c.r.pick(EXP_VALUABLE))}，收到的却是${c.r.pick(EXP_OTHER_GOODS)}，商家说发货没错，怀疑是分拣时面单贴错了`;
    },
    (c) => {
      received(c);
      return `两个快递的面单贴反了，收到的是${c.r.pick(EXP_OTHER_GOODS)}，自己的${item(c, c.r.pick(EXP_VALUABLE))}不知道去哪了`;
    },
    (c) => {
      received(c);
      wants(c, ['要求今天把件送到家并道歉', '要求当面道歉并规范投递', '要求对派件员进行处理']);
      c.skipDetail = true;
      return `${c.courier}把${item(c, c.r.pick(EXP_VALUABLE))}投到了隔壁小区的驿站，取件码发过来了却在那边取不到，最后才知道放错了地方`;
    },
  ],
  attitude: [
    (c) => {
      received(c);
      wants(c, COURIER_ATTITUDE_DEMANDS);
      return `${c.courier}${c.day}派件时没打电话就把件扔在门口，问了一句，对方回“${c.r.pick(RUDE_QUOTES)}”`;
    },
    (c) => {
      wants(c, ['要求道歉', '要求网点负责人出面道歉', '要求严肃处理该员工并告知结果']);
      return `去${station(c)}寄件，前台工作人员${c.r.pick(['一边玩手机一边收件，问问题也不理人', '嫌包装不合格直接把东西推回来，还冷嘲热讽', '当着其他人的面大声呵斥', '称重时不耐烦，催着赶紧付钱走人'])}`;
    },
    (c) => {
      received(c);
      wants(c, [...COURIER_ATTITUDE_DEMANDS, '要求撤销“客户拒收”记录并送货上门']);
      return `${c.courier}要求到楼下自取，说了腿脚不方便，对方直接挂了电话，还把件标成了“客户拒收”`;
    },
    (c) => {
      received(c);
      wants(c, COURIER_ATTITUDE_DEMANDS);
      return `${c.courier}送件时态度很差，让等两分钟开门就骂骂咧咧，说“${c.r.pick(RUDE_QUOTES)}”`;
    },
    (c) => {
      wants(c, ['要求道歉', '要求严肃处理并告知结果', '要求以后换人上门取件']);
      return `${c.day}约了${c.courier}上门取件，约的${c.r.pick(['上午十点', '下午两点到四点', '中午十二点前', '晚上七点'])}，对方迟到一个多小时，问起原因还被怼了一顿`;
    },
  ],
  info_lag: [
    (c) => {
      received(c);
      return `${item(c, c.r.pick(EXP_VALUABLE))}的物流信息${c.wait}没有更新，一直停在“${c.r.pick(['运输中', '已到达' + c.r.pick(HUBS), '派送中', '已揽收'])}”，打客服也说不清件在哪`;
    },
    (c) => {
      received(c);
      return `App上${c.day}就显示${item(c, c.r.pick(EXP_VALUABLE))}已签收，实际又过了${c.wait}才送到，中间一直查不到真实位置`;
    },
    (c) => {
      received(c);
      return `物流显示“${c.r.pick(['客户要求改约时间', '地址不详，待联系', '电话无人接听'])}”，可${c.day}家里一直有人，根本没人来过，${item(c, c.r.pick(EXP_VALUABLE))}也没送到`;
    },
    (c) =>
      `这${c.wait}里多次打客服热线问${item(c, c.r.pick(EXP_VALUABLE))}的位置，每次回复都不一样，有的说在路上，有的说已经到站了`,
    (c) => {
      const { to } = sent(c);
      return `${c.day}在${station(c)}寄给${to}的件过了${c.wait}揽收信息才出来，收件人以为没寄，一直在催`;
    },
  ],
  fee_dispute: [
    (c) => {
      const est = c.r.int(12, 28);
      return `${c.day}寄${item(c, c.r.pick(EXP_VALUABLE))}，下单时预估运费${est}元，结算时被扣了${est + c.r.int(9, 40)}元，说是${c.r.pick(['超重续重', '偏远地区附加费', '包装费', '保价费'])}，事先没人说过`;
    },
    (c) => {
      received(c);
      return `到付件签收时被收了${c.r.int(35, 90)}元，比寄件人说的多了一倍，${c.courier}说不给钱就不给件`;
    },
    (c) =>
      `一票退回件被收了往返运费${c.r.int(20, 60)}元，认为是${c.courier}没联系就退回的，不该自己承担`,
    (c) => {
      const w = c.r.int(2, 6);
      return `在${station(c)}寄件时称重报的是${w + c.r.int(2, 4)}公斤，回家用秤一称才${w}公斤，多收了运费`;
    },
    (c) => {
      wants(c, ['要求核对账单并退款', '要求逐笔核实并出具说明', '要求冲销错误账目']);
      return `${c.r.pick(['十月', '上个月', '本月'])}的月结账单里出现了好几笔不认识的件，合计${c.r.int(300, 1800)}元，说公司根本没寄过`;
    },
  ],
};

// -- logistics ------------------------------------------------------------------------------

const LOG_GOODS = [
  '一批服装',
  '20箱电子元器件',
  '机械配件',
  '展会物料',
  '一批茶叶',
  '办公桌椅',
  '轮胎',
  '五金工具',
  '一批儿童绘本',
  '汽车配件',
  '包装材料',
];
const LOG_BREAKABLE: readonly (readonly [string, string])[] = [
  ['一台冷柜', '门板凹陷、压缩机管线断了'],
  ['一车瓷砖', '有十几箱碎裂'],
  ['两台洗衣机', '外壳变形'],
  ['一套沙发', '布面被划破好几道口子'],
  ['12托饮料', '底下两层被压爆'],
  ['光伏板', '有三块玻璃面板裂了'],
  ['办公桌椅', '桌面边角全磕坏了'],
  ['空调外机', '散热片被压扁了'],
  ['实验室玻璃器皿', '碎了将近一半'],
];
const LOG_WET: readonly (readonly [string, string])[] = [
  ['一批服装', '不少衣服已经发霉'],
  ['20箱电子元器件', '部分元器件受潮生锈'],
  ['一批茶叶', '茶叶受潮结块'],
  ['纸箱装的书', '书页全泡皱了'],
  ['一批面粉', '好几袋结成了硬块'],
];

const LOGISTICS_TEMPLATES: Readonly<Partial<Record<DemoCategory, readonly Template[]>>> = {
  delay: [
    (c) => {
      const { from, to } = sent(c);
      return `${c.day}从${from}发往${to}的${item(c, c.r.pick(LOG_GOODS))}，合同约定${c.r.pick(['三天', '四天', '72小时'])}到货，现在已经超期${c.wait}，${c.r.pick(['收货方一直在催', '下游客户等着上架', '对方仓库排好的卸货时间全错过了'])}`;
    },
    (c) => {
      const { from, to } = received(c);
      return `走${from}—${to}专线的${item(c, c.r.pick(LOG_GOODS))}原定${c.day}到，${c.courier}说车在路上坏了，拖了${c.wait}也说不准什么时候到`;
    },
    (c) => {
      sent(c);
      return `${item(c, c.r.pick(LOG_GOODS))}在${station(c)}压了${c.wait}没装车，询问说是${c.r.pick(['车辆不够', '要等凑满一车', '高速封路', '司机临时请假'])}`;
    },
    (c) => {
      const { from, to } = sent(c);
      return `${from}到${to}整车运输的${item(c, c.r.pick(LOG_GOODS))}晚到了${c.wait}，导致${c.r.pick(['展会布展没赶上', '产线停工半天', '门店开业推迟', '下游客户要扣违约金'])}`;
    },
  ],
  damage: [
    (c) => {
      const [name, dmg] = pair(c, LOG_BREAKABLE);
      received(c);
      return `${c.day}到货的${name}卸货时发现${dmg}，${c.courier}说装车时就这样`;
    },
    (c) => {
      const [name, dmg] = pair(c, LOG_WET);
      const { to } = sent(c);
      return `${name}送到${to}收货方仓库时外包装湿透，开箱后${dmg}，怀疑是途中篷布没盖好`;
    },
    (c) => {
      const [name, dmg] = pair(c, LOG_BREAKABLE);
      received(c);
      return `${name}签收时${c.courier}催着签字不让验货，第二天拆开发现${dmg}`;
    },
    (c) => {
      const [name, dmg] = pair(c, LOG_BREAKABLE);
      const { from } = received(c);
      return `从${from}发来的${name}在${station(c)}中转时被叉车碰过，到手${dmg}`;
    },
  ],
  loss: [
    (c) => {
      const n = c.r.int(12, 60);
      const k = c.r.int(1, 5);
      const { to } = sent(c);
      return `${c.day}发往${to}的${item(c, c.r.pick(LOG_GOODS))}共${n}件，到货只有${n - k}件，少了${zhCount(k)}件`;
    },
    (c) => {
      sent(c);
      return `${item(c, c.r.pick(LOG_GOODS))}在${c.r.pick(HUBS)}中转后就没有任何记录了，网点说在查，已经过去${c.wait}`;
    },
    (c) => {
      sent(c);
      return `运单显示${item(c, c.r.pick(LOG_GOODS))}${c.day}已经签收，但收货单位说从没收到过，签收人也不是他们的人`;
    },
    (c) => {
      sent(c);
      c.severity += 1;
      return `托运的${item(c, c.r.pick(LOG_GOODS))}有一整托不见了，货值大概${c.r.pick(['两万', '三万多', '八千', '一万五'])}元，${station(c)}只说在找`;
    },
  ],
  wrong_item: [
    (c) => {
      const { to } = sent(c);
      return `${to}的收货方收到的是别家的${c.r.pick(['纸箱', '建材', '日用品', '配件'])}，自家的${item(c, c.r.pick(LOG_GOODS))}不知去向，怀疑装车时混了`;
    },
    (c) => {
      const { to } = sent(c);
      const wrong = c.r.pick(OTHER_CITIES.filter((x) => x !== to && x !== c.home));
      c.skipDetail = true;
      return `发往${to}的${item(c, c.r.pick(LOG_GOODS))}被送到了${wrong}的网点，改派回来还要再等好几天`;
    },
    (c) => {
      received(c);
      return `${c.day}收货时发现箱数对但型号不对，${item(c, c.r.pick(LOG_GOODS))}里混了另一个客户的货`;
    },
  ],
  attitude: [
    (c) => {
      const { to } = sent(c);
      return `${c.courier}把货送到${to}后不肯卸货，说要另加${c.r.int(100, 300)}元，不给就拉回去`;
    },
    (c) => `打${station(c)}电话催货，接电话的人很不耐烦，说了句“${c.r.pick(RUDE_QUOTES)}”就挂了`,
    (c) => `${c.courier}${c.day}上门提货迟到两个多小时，到了还在仓库门口抽烟，和仓管吵了起来`,
    (c) => `${c.courier}卸${item(c, c.r.pick(LOG_GOODS))}时乱扔乱放，提醒了一句，对方说“${c.r.pick(RUDE_QUOTES)}”`,
  ],
  info_lag: [
    (c) => {
      sent(c);
      return `${item(c, c.r.pick(LOG_GOODS))}的运单${c.wait}没有更新，车辆轨迹也查不到，没法给下游排期`;
    },
    (c) => {
      const { from, to } = sent(c);
      return `货${c.day}就到了${to}的分拨中心，系统却一直显示在${from}待发车，收货方以为还没走，前后耽误了${c.wait}`;
    },
    (c) => `客服说${item(c, c.r.pick(LOG_GOODS))}${c.day}就到了，到${station(c)}去提货却被告知还没卸车，白跑一趟`,
    (c) => {
      received(c);
      return `约好的到货预约通知一直没发，${c.day}收货方下班了货才到，只能第二天再送`;
    },
  ],
  fee_dispute: [
    (c) => {
      const w = c.r.int(80, 600);
      return `结算时${item(c, c.r.pick(LOG_GOODS))}按${w + c.r.int(40, 200)}公斤计费，实际只有${w}公斤，怀疑体积重算错了`;
    },
    (c) => {
      const p = c.r.int(12, 30) / 10;
      const diff = c.r.int(6, 20) / 10;
      return `合同价是每公斤${p.toFixed(1)}元，${c.r.pick(['上月', '本月', '九月'])}账单却按${(p + diff / 4).toFixed(2)}元结的，差了${c.r.int(800, 5000)}元`;
    },
    (c) => `被收了${c.r.int(60, 400)}元的送货上楼费和等候费，下单时没人说过有这些费用`,
    (c) => {
      sent(c);
      return `货物延误了${c.wait}还照收加急费${c.r.int(100, 500)}元，认为不合理`;
    },
  ],
  system_error: [
    (c) => {
      wants(c, ['要求今天安排提货并查明原因', '要求尽快补录订单并安排提货']);
      return `${c.day}在官网下单后系统显示成功，但一直没人来提货，客服说系统里查不到这个单`;
    },
    (c) => {
      wants(c, ['要求重新出具正确的回单', '要求修复系统并补发回单']);
      return `电子回单系统出错，${item(c, c.r.pick(LOG_GOODS))}的签收回单上显示的是别的公司，没法对账`;
    },
    (c) => {
      wants(c, ['要求退还重复扣款', '要求尽快退款并核对本月账单']);
      return `月结系统重复扣款，同一票${item(c, c.r.pick(LOG_GOODS))}扣了两次运费，共${c.r.int(400, 3000)}元`;
    },
    (c) => {
      wants(c, ['要求尽快改派并承担损失', '要求修复接口并赔偿改派费用']);
      return `通过接口推送的订单，系统把收货地址截断了，导致${item(c, c.r.pick(LOG_GOODS))}送错了地方`;
    },
    (c) => {
      wants(c, ['要求尽快修复并给出说明', '要求修复查询功能并每天同步货物位置']);
      return `运单查询页面${c.day}开始一直报错打不开，所有在途的货都查不到信息`;
    },
  ],
};

// -- fresh food -----------------------------------------------------------------------------

const FRESH_ITEMS = [
  '生日蛋糕',
  '冷冻虾仁',
  '有机蔬菜',
  '一箱车厘子',
  '三文鱼刺身',
  '牛排',
  '鲜牛奶',
  '草莓',
  '活鲈鱼',
  '海鲜礼盒',
  '速冻饺子',
  '冰淇淋',
  '土鸡蛋',
  '荔枝',
  '大闸蟹',
];
const FRESH_BAD: readonly (readonly [string, string])[] = [
  ['有机蔬菜', '一半菜叶发黄烂掉，还有股味'],
  ['一箱车厘子', '底下一层全烂了，好多压破出汁'],
  ['三文鱼刺身', '颜色发暗，闻着有异味'],
  ['冷冻虾仁', '送到时已经完全化冻，袋子里全是水'],
  ['鲜牛奶', '打开就是酸的，离保质期还有好几天'],
  ['草莓', '一多半发霉长毛'],
  ['土鸡蛋', '碎了七八个，蛋液流得到处都是'],
  ['冰淇淋', '送到时已经化成了水'],
  ['活鲈鱼', '送到时已经死了，肚子都发白了'],
  ['大闸蟹', '有三只是死的'],
  ['猪肉馅', '颜色发暗，有明显的馊味'],
  ['酸奶', '盒子都鼓包了'],
  ['生日蛋糕', '奶油塌了一半，侧面全压坏了'],
  ['速冻饺子', '全都粘成一坨，明显化过又冻上'],
  ['牛排', '包装漏气，肉摸着发黏'],
  ['荔枝', '大部分发黑，里面都烂了'],
];
const COLD_CHAIN = new Set(['冷冻虾仁', '冰淇淋', '速冻饺子', '三文鱼刺身', '牛排', '鲜牛奶', '酸奶', '猪肉馅']);
const SYMPTOMS = ['拉肚子', '上吐下泻', '肚子疼了一整晚', '发烧去了医院'];
const FRESH_SWAP: readonly (readonly [string, string])[] = [
  ['有机蔬菜套餐', '普通蔬菜'],
  ['500克装的冷冻虾仁', '250克装的'],
  ['全脂鲜牛奶', '脱脂的'],
  ['黑猪五花肉', '普通猪肉'],
  ['六寸动物奶油蛋糕', '植物奶油的'],
  ['智利车厘子JJ级', '小了一圈的J级'],
  ['活的基围虾', '冻虾'],
];
const SLOTS = ['上午十点到十一点', '中午十二点前', '下午三点到四点', '晚上六点到七点', '一小时达'];

const FRESH_TEMPLATES: Readonly<Partial<Record<DemoCategory, readonly Template[]>>> = {
  delay: [
    (c) => {
      const name = item(c, c.r.pick(FRESH_ITEMS));
      const consequence =
        name === '生日蛋糕'
          ? '生日宴都结束了'
          : c.r.pick(['晚饭都已经做完了', '人已经出门了，只能让邻居代收', '孩子等着吃等到睡着了']);
      return `${c.day}预约了${c.r.pick(SLOTS)}送达的${name}，结果晚了${c.r.pick(['一个多小时', '将近两个小时', '三个小时'])}才送到，${consequence}`;
    },
    (c) =>
      `下单的${item(c, c.r.pick(FRESH_ITEMS))}显示“${c.r.pick(SLOTS)}送达”，${c.courier}迟迟不到，App上定位一直停在${station(c)}附近不动`,
    (c) =>
      `公司团餐订的${c.r.int(20, 80)}份${item(c, c.r.pick(['水果切盘', '员工便当', '沙拉', '下午茶点心']))}比约定时间晚了一个多小时，员工都在等着`,
    (c) => {
      const name = item(c, c.r.pick(['冰淇淋', '酸奶', '冷冻虾仁', '速冻饺子']));
      return `${c.day}早上下单的${name}承诺一小时达，等了快三个小时才送到，${name}都软了`;
    },
  ],
  food_quality: [
    (c) => {
      const [name, bad] = pair(c, FRESH_BAD);
      return `${c.day}收到的${name}${bad}`;
    },
    (c) => {
      const [name, bad] = pair(
        c,
        FRESH_BAD.filter(([n]) => COLD_CHAIN.has(n)),
      );
      return `${c.day}收到${name}开箱发现${bad}，冷链箱里的冰袋也全化了，怀疑路上没有冷藏`;
    },
    (c) => {
      const [name, bad] = pair(c, FRESH_BAD);
      return `给孩子买的${name}${bad}，还好吃之前发现了，已经拍照留证`;
    },
    (c) => {
      const name = item(c, c.r.pick(['三文鱼刺身', '猪肉馅', '鲜牛奶', '冷冻虾仁', '大闸蟹', '酸奶']));
      c.health = true;
      c.severity += 3;
      return `家里老人吃了${c.day}送来的${name}后${c.r.pick(SYMPTOMS)}，怀疑是${name}变质`;
    },
    (c) => {
      const [name, bad] = pair(
        c,
        FRESH_BAD.filter(([n]) => COLD_CHAIN.has(n)),
      );
      return `${c.courier}送来的${name}没用保温箱，就装在普通塑料袋里，到手${bad}`;
    },
  ],
  wrong_item: [
    (c) => {
      const [want, got] = pair(c, FRESH_SWAP);
      return `${c.day}订的是${want}，送来的却是${got}，价格差了不少`;
    },
    (c) =>
      `订单里一共${zhCount(c.r.int(5, 9))}样东西，送来少了${item(c, c.r.pick(FRESH_ITEMS))}，多了一袋不是自己买的${c.r.pick(['土豆', '洋葱', '豆腐', '方便面'])}`,
    (c) => {
      wants(c, ['要求道歉并补偿优惠券', '要求规范配送并道歉']);
      c.skipDetail = true;
      return `${c.courier}把${item(c, c.r.pick(FRESH_ITEMS))}送到了隔壁楼，等了半个多小时才在别人家门口找到`;
    },
    (c) =>
      `${c.day}送到的袋子里装的是另一户的订单，自己订的${item(c, c.r.pick(FRESH_ITEMS))}一样都没有，打${station(c)}电话说要重新拣货`,
  ],
  attitude: [
    (c) =>
      `骑手送${item(c, c.r.pick(FRESH_ITEMS))}时敲门很用力，开门慢了一点就被说“${c.r.pick(['磨蹭什么', '我很忙的', '下次自己下楼拿'])}”`,
    (c) => {
      const name = item(c, c.r.pick(['土鸡蛋', '生日蛋糕', '一箱车厘子', '鲜牛奶']));
      return `让${c.courier}把${name}放门口，对方直接往地上一扔，${name}都摔坏了`;
    },
    (c) =>
      `${c.courier}${c.day}送货迟到，说了两句，对方回“${c.r.pick(RUDE_QUOTES)}”，还说给差评就别想再收到货`,
    (c) =>
      `${c.day}打客服电话反映${item(c, c.r.pick(FRESH_ITEMS))}的问题，客服一直打断，最后说“${c.r.pick(['要退就退，不退拉倒', '系统就是这么规定的', '你这种情况我们处理不了'])}”`,
  ],
  system_error: [
    (c) => {
      wants(c, ['要求尽快退款', '要求退款并补偿优惠券', '要求恢复订单并按原时间送达']);
      return `App下单付款成功，订单却显示已取消，被扣了${c.r.int(58, 320)}元一直没退回`;
    },
    (c) => {
      wants(c, ['要求退还多付的钱', '要求补发优惠券并修复问题']);
      return `${c.day}下单时${c.r.pick(['满减券', '新人券', '会员券'])}明明在有效期内，结算时系统提示不可用，多付了${c.r.int(10, 50)}元`;
    },
    (c) => {
      wants(c, ['要求按原时段送达并补偿', '要求修复问题并补偿']);
      return `${c.day}预约的${c.r.pick(SLOTS)}配送时段被系统自动改到了第二天，没收到任何通知`;
    },
    (c) => {
      wants(c, ['要求退还重复扣款', '要求今天内退还重复扣款']);
      return `同一笔订单被扣款两次，共${c.r.int(120, 600)}元，客服说要等系统核对`;
    },
    (c) => {
      wants(c, ['要求尽快退款', '要求尽快退款并说明原因']);
      return `App显示${item(c, c.r.pick(FRESH_ITEMS))}有货，付款后又提示缺货，退款过了好几天还没到账`;
    },
  ],
};

// -- supermarket ----------------------------------------------------------------------------

const SM_PRODUCT_BAD: readonly (readonly [string, string])[] = [
  ['电饭煲', '用了两次就不加热了'],
  ['保温杯', '不保温，还漏水'],
  ['洗衣液', '瓶身有裂缝，拿回家漏了一地'],
  ['儿童玩具', '零件一掰就断，断口很锋利'],
  ['毛巾', '洗一次就严重掉色'],
  ['电热水壶', '第一次用底座就冒烟'],
  ['拖鞋', '穿了一天就开胶'],
  ['抽纸', '打开里面有黑点'],
  ['不粘锅', '涂层一刷就掉'],
  ['床单四件套', '有一股刺鼻的味道'],
  ['插线板', '一插上就跳闸'],
  ['雨伞', '第一次撑开伞骨就断了'],
];
const SM_FOOD_BAD: readonly (readonly [string, string])[] = [
  ['散装大米', '里面有虫'],
  ['酸奶', '回家发现已经过期两天'],
  ['切片面包', '里面长了绿毛'],
  ['熟食区的卤鸡腿', '吃着有酸味'],
  ['西瓜', '切开里面是烂的'],
  ['冷冻水饺', '袋子里结了一层冰，明显反复解冻过'],
  ['进口牛奶', '生产日期被贴纸盖住了，撕开发现早就临期'],
  ['鲜猪肉', '回家发现有异味'],
  ['花生油', '瓶底有很多沉淀物'],
  ['海鲜区的基围虾', '一半是死虾'],
  ['橙子', '一袋里有好几个发霉'],
  ['青菜', '洗的时候闻到很重的农药味'],
  ['冷冻汤圆', '包装破了，里面粘成一团'],
];
const SM_PRICED = ['洗发水', '食用油', '鸡蛋', '大米', '牛奶', '猪肉', '车厘子', '纸巾', '啤酒', '苹果', '奶粉', '牙膏'];

const SUPERMARKET_TEMPLATES: Readonly<Partial<Record<DemoCategory, readonly Template[]>>> = {
  product_quality: [
    (c) => {
      const [name, bad] = pair(c, SM_PRODUCT_BAD);
      return `${c.day}在${station(c)}买的${name}${bad}`;
    },
    (c) => {
      const [name, bad] = pair(c, SM_PRODUCT_BAD);
      return `${name}是${c.day}店里搞促销时买的，回家${bad}，要求退货时店员说促销商品不退不换`;
    },
    (c) => {
      const [name, bad] = pair(c, SM_PRODUCT_BAD);
      return `${c.day}在线上商城下单的${name}${bad}，${c.r.pick(['认为是质量问题，门店却让找厂家', '客服让自己寄回去检测', '门店说要等厂家来人鉴定'])}`;
    },
    (c) => {
      const [name, bad] = pair(c, SM_PRODUCT_BAD);
      return `给${c.r.pick(['家里老人', '孩子', '自己', '新房'])}买的${name}${bad}，${c.r.pick(['同一批次货架上还摆着好多', '听邻居说也买到过一样的', '买回来还不到一周'])}`;
    },
  ],
  food_quality: [
    (c) => {
      const [name, bad] = pair(c, SM_FOOD_BAD);
      return `${c.day}在${station(c)}买的${name}${bad}`;
    },
    (c) => {
      const [name, bad] = pair(c, SM_FOOD_BAD);
      return `买回家的${name}${bad}，货架上同一批的还在卖`;
    },
    (c) => {
      const name = item(c, c.r.pick(['熟食区的凉拌菜', '卤牛肉', '寿司拼盘', '散装蛋糕', '鲜榨果汁']));
      c.health = true;
      c.severity += 3;
      return `${c.day}买的${name}，全家吃完以后${c.r.pick(SYMPTOMS)}，怀疑食品不新鲜`;
    },
    (c) => {
      const [name, bad] = pair(c, SM_FOOD_BAD);
      return `会员日在${station(c)}囤的${name}${bad}，店员还说“回家放坏了别赖我们”`;
    },
  ],
  attitude: [
    (c) =>
      `${c.day}在${station(c)}收银台结账时，收银员${c.r.pick(['嫌零钱多，直接把钱扔回来', '全程黑脸，问会员积分被怼“自己看”', '跟旁边同事聊天，扫错了商品还不承认', '不停催促，东西还没装完就喊下一位'])}`,
    (c) =>
      `在${c.r.pick(['生鲜区', '日化区', '粮油区', '冷冻区'])}问理货员商品在哪，对方头也不抬说“${c.r.pick(['自己找', '不知道', '没看我在忙吗'])}”`,
    (c) =>
      `${c.day}拿小票到${station(c)}服务台${c.r.pick(['退货', '开发票', '补积分'])}，工作人员推来推去，让等了${c.r.pick(['四十多分钟', '快一个小时', '半个多小时'])}`,
    (c) =>
      `${c.day}${c.r.pick(['出门时', '过防盗门报警时', '在收银口'])}保安怀疑偷东西，当众要求翻包，最后什么也没查到，${c.r.pick(['也没一句道歉', '还说“例行检查而已”', '转身就走了'])}`,
    (c) =>
      `${c.day}在${c.r.pick(['水果区', '生鲜区', '散货区'])}，称重员给称的${item(c, c.r.pick(['苹果', '五花肉', '香蕉', '散装坚果', '砂糖橘', '排骨']))}没贴价签，${c.r.pick(['回去补贴时被大声呵斥', '回去找她补贴，被说“自己不会看吗”', '到收银台才发现，回去找称重员还被翻白眼'])}`,
  ],
  price_dispute: [
    (c) => {
      const p = c.r.int(9, 89);
      wants(c, ['要求按标价退还差价', '要求退差价并赔偿', '要求退还多收的钱并整改价签']);
      return `${item(c, c.r.pick(SM_PRICED))}价签标的是${p}.9元，结账时按${p + c.r.int(3, 20)}.9元收的，服务台说是价签没及时更换`;
    },
    (c) => {
      wants(c, ['要求按活动价结算并退差价', '要求退还多付的钱']);
      return `参加“${c.r.pick(['第二件半价', '满99减20', '会员日9折', '买一送一'])}”活动的${item(c, c.r.pick(SM_PRICED))}，结账时没有享受优惠，多付了${c.r.int(6, 45)}元`;
    },
    (c) => {
      const p = c.r.int(15, 60);
      wants(c, ['要求按会员价退差价', '要求退差价并修复会员系统']);
      return `会员价${p}元的${item(c, c.r.pick(SM_PRICED))}按原价${p + c.r.int(4, 15)}元结算，店员说是会员系统问题，让自己去找客服`;
    },
    (c) => {
      wants(c, ['要求退还多收的钱', '要求退款并道歉', '要求退还多收的钱并核查收银']);
      return `回家核对小票发现${item(c, c.r.pick(SM_PRICED))}被扫了两次，多收了${c.r.int(12, 80)}元，${c.day}在${station(c)}买的`;
    },
    (c) => {
      const w = c.r.int(3, 8);
      wants(c, ['要求退还缺斤少两的差价', '要求退差价并检查电子秤', '要求按价赔偿并整改']);
      return `称重的${item(c, c.r.pick(['五花肉', '车厘子', '排骨', '草鱼']))}标签上写${w}斤${c.r.int(2, 8)}两，回家复称只有${w}斤出头`;
    },
  ],
  hygiene: [
    (c) => {
      c.department = 'quality';
      return `在${station(c)}熟食区看到员工没戴手套直接抓${c.r.pick(['卤味', '烤鸭', '凉菜', '面包'])}，还用同一只手收钱`;
    },
    (c) => {
      c.department = 'quality';
      return `${c.day}在面包房买的${item(c, c.r.pick(['吐司', '菠萝包', '蛋挞']))}里吃出一根头发`;
    },
    (c) => {
      c.department = 'quality';
      return `${c.day}在${station(c)}水产区买鱼，切鱼的砧板发黑发臭，刀上还有上一位顾客的鱼鳞，员工说“${c.r.pick(['一直都这样', '下班才洗', '没事的'])}”`;
    },
    (c) => {
      c.department = 'quality';
      return `在${station(c)}货架角落看到老鼠跑过去，就在散装食品区旁边`;
    },
    (c) => {
      c.department = 'store';
      return `${station(c)}生鲜区地面全是污水，差点滑倒，旁边也没放警示牌`;
    },
    (c) => {
      c.department = 'store';
      return `${c.day}去${station(c)}，卫生间很久没打扫，味道很大，洗手台也堵了`;
    },
    (c) => {
      c.department = 'store';
      return `${c.r.pick(['购物车把手黏糊糊的', '冷冻柜里结着厚冰，还有脏水', '收银台旁边的垃圾桶满了没人倒'])}，水产区一股腥臭味，${c.day}整个${station(c)}都有异味`;
    },
  ],
};

// -- delivery after-sales -------------------------------------------------------------------

const DAS_ITEMS = [
  '冰箱',
  '洗衣机',
  '电视',
  '床垫',
  '沙发',
  '书柜',
  '空调',
  '餐桌',
  '热水器',
  '跑步机',
  '婴儿床',
  '投影仪',
  '扫地机器人',
];
const DAS_DAMAGE: readonly (readonly [string, string])[] = [
  ['冰箱', '门体凹进去一块'],
  ['电视', '屏幕有裂纹'],
  ['洗衣机', '滚筒变形，转起来哐哐响'],
  ['沙发', '扶手皮面划破一道口子'],
  ['书柜', '侧板裂开了'],
  ['餐桌', '玻璃台面碎了'],
  ['床垫', '被弄脏了，还破了个洞'],
  ['热水器', '外壳摔瘪了'],
  ['跑步机', '电机盖板碎了'],
  ['投影仪', '开机没有画面'],
];
const DAS_SPEC: readonly (readonly [string, string, string])[] = [
  ['冰箱', '三门', '两门'],
  ['电视', '65寸', '55寸'],
  ['床垫', '1.8米', '1.5米'],
  ['空调', '1.5匹', '1匹'],
  ['洗衣机', '10公斤滚筒', '8公斤波轮'],
  ['沙发', '灰色', '米白色'],
  ['餐桌', '岩板', '实木贴皮'],
  ['书柜', '五层', '三层'],
];

const DELIVERY_TEMPLATES: Readonly<Partial<Record<DemoCategory, readonly Template[]>>> = {
  loss: [
    (c) =>
      `${c.r.pick(['网上订的', '商场下单的', '直播间买的'])}${item(c, c.r.pick(DAS_ITEMS))}和配件分两个包裹发，${c.day}只收到${c.r.pick(['主机', '大件', '一个箱子'])}，另一个包裹等了${c.wait}都查不到`,
    (c) => `${item(c, c.r.pick(DAS_ITEMS))}显示${c.day}已送达签收，可当天家里一直有人，根本没人送货上门`,
    (c) => {
      const n = c.r.int(3, 8);
      const k = c.r.int(1, 2);
      return `订单一共${zhCount(n)}件，送货时少了${zhCount(k)}件${item(c, c.r.pick(['餐椅', '柜门', '床板', '配件包']))}，${c.courier}说可能在仓库没装车`;
    },
    (c) =>
      `下单的${item(c, c.r.pick(DAS_ITEMS))}配送${c.wait}了还没到，${station(c)}说货在转运时丢了，要重新调货`,
  ],
  damage: [
    (c) => {
      const [name, dmg] = pair(c, DAS_DAMAGE);
      return `${c.courier}${c.day}送来的${name}${dmg}，当场想拒收，师傅却说只能先签收再走售后`;
    },
    (c) => {
      const [name, dmg] = pair(c, DAS_DAMAGE);
      return `${name}安装时才发现${dmg}，外箱上有被叉车扎穿的洞`;
    },
    (c) => {
      const [name, dmg] = pair(c, DAS_DAMAGE);
      wants(c, ['要求赔偿维修费用并修补墙面', '要求换新并赔偿墙面损失']);
      return `${name}送货上楼时${c.courier}磕到了门框，${dmg}，家里的墙也蹭掉一块漆`;
    },
    (c) => {
      const [name, dmg] = pair(c, DAS_DAMAGE);
      return `${c.day}到货的${name}拆开后${dmg}，包装里只有薄薄一层泡沫`;
    },
  ],
  delay: [
    (c) =>
      `${item(c, c.r.pick(DAS_ITEMS))}约好${c.day}${c.r.pick(['上午', '下午', '全天'])}送货安装，特意请了一天假在家等，结果没人来`,
    (c) =>
      `订单页面承诺${c.r.pick(['三天', '五天', '七天'])}内送达，${item(c, c.r.pick(DAS_ITEMS))}已经多等了${c.wait}，${station(c)}一直说在排车`,
    (c) => `${item(c, c.r.pick(DAS_ITEMS))}的送货时间前后改了三次，每次都是快到点才通知，拖了${c.wait}`,
    (c) =>
      `${c.day}就该到的${item(c, c.r.pick(DAS_ITEMS))}到现在还没送，${c.r.pick(['新房下周就要入住', '旧的已经卖掉了', '家里老人一直等着用'])}`,
  ],
  wrong_item: [
    (c) => {
      const [name, want, got] = c.r.pick(DAS_SPEC);
      c.item = name;
      return `下单的是${want}的${name}，${c.day}送来的是${got}的`;
    },
    (c) => `送来的${item(c, c.r.pick(DAS_ITEMS))}颜色型号都对不上，一看外箱上贴的是别人的订单`,
    (c) =>
      `${item(c, c.r.pick(DAS_ITEMS))}的安装配件送错了，${c.r.pick(['安装师傅', '师傅'])}到了发现装不上，白跑一趟`,
    (c) => {
      const [name, want, got] = c.r.pick(DAS_SPEC);
      c.item = name;
      return `${station(c)}${c.day}配送的${name}型号不对，订的${want}送成了${got}，安装到一半才发现`;
    },
  ],
};

const TEMPLATES: Readonly<Record<DemoCompanyType, Readonly<Partial<Record<DemoCategory, readonly Template[]>>>>> = {
  express: EXPRESS_TEMPLATES,
  logistics: LOGISTICS_TEMPLATES,
  fresh_food: FRESH_TEMPLATES,
  supermarket: SUPERMARKET_TEMPLATES,
  delivery_after_sales: DELIVERY_TEMPLATES,
};

// -- second sentence: what was said / done ---------------------------------------------------

const DETAILS: Readonly<Record<DemoCategory, readonly Template[]>> = {
  delay: [
    (c) =>
      `${c.courier}说${c.r.pick(c.type === 'fresh_food' ? ['单子太多跑不过来', '路上堵车', '站里拣货慢了'] : ['最近件多送不过来', '车还没到站', '天气原因高速封了', '站点人手不够'])}，但一直给不出具体时间。`,
    () => '打过客服电话，对方说已经催了，让再等等。',
    (c) => `${c.who}之前已经催过两次，每次都说“今天一定送到”。`,
    (c) => `${c.who}说东西急用，晚了就没意义了。`,
  ],
  damage: [
    (c) => `${c.who}已经拍了照片和开箱视频。`,
    (c) => `${c.courier}说是寄件方包装不行，跟他们没关系。`,
    () => '网点说要先填理赔单，审核至少要一周。',
    (c) => `${c.who}说外包装还留着，可以配合查看。`,
  ],
  loss: [
    () => '网点说还在找，让再等三到五个工作日。',
    () => '问了几次客服都只说在核实，没有给出处理时限。',
    (c) => `${c.who}说东西是${c.r.pick(['给父母买的', '急用的', '托人代购的', '公司采购的'])}，希望尽快有个结果。`,
  ],
  wrong_item: [
    (c) => `${c.who}说收到的东西原样放着没动。`,
    () => '联系站点，对方说要等领导回来才能处理。',
    (c) => `${c.who}不想再跑一趟，希望上门处理。`,
  ],
  attitude: [
    (c) => `${c.who}说有录音可以作证。`,
    (c) => `${c.who}表示不是要较真，就是咽不下这口气。`,
    (c) => `${c.who}说周围好几个人都看到了。`,
  ],
  info_lag: [
    (c) => `${c.who}说查了好几次都是同样的信息。`,
    () => '客服只让耐心等待，没有任何解释。',
  ],
  fee_dispute: [
    (c) => `${c.who}有付款截图。`,
    (c) => `${c.who}说以前寄同样的东西从没收过这么多。`,
  ],
  food_quality: [
    (c) => `${c.who}已拍照，剩下的${c.item}还留着。`,
    (c) => `${c.who}表示东西不值多少钱，但太影响心情。`,
    (c) => `${c.who}说这已经不是第一次买到这样的${c.item}了。`,
  ],
  price_dispute: [
    (c) => `${c.who}保留了小票和价签照片。`,
    (c) => `${c.who}说钱不多，但觉得是在故意坑人。`,
  ],
  hygiene: [(c) => `${c.who}拍了视频。`, (c) => `${c.who}说带着孩子，看了很不放心。`],
  product_quality: [(c) => `${c.who}保留了购物小票。`, (c) => `${c.who}说才用了没几天，包装盒都还在。`],
  system_error: [(c) => `${c.who}发来了App页面截图。`, () => '重新登录、换手机都试过了，还是一样。'],
};

// -- third sentence: who the customer is and how they feel -----------------------------------

function keyClause(c: Ctx): string {
  const company = c.r.pick(COMPANIES);
  switch (c.type) {
    case 'express':
      return c.r.pick([`${c.who}是我司企业月结客户（${company}）`, `${c.who}为月结大客户，每月发件两千票以上`]);
    case 'logistics':
      return c.r.pick([`${c.who}是协议客户${company}的物流负责人`, `该客户为我司年度合同客户`]);
    case 'fresh_food':
      return c.r.pick([`${c.who}是平台年卡会员`, `${c.who}为企业团餐客户（${company}），每周固定下单`]);
    case 'supermarket':
      return c.r.pick(['顾客是门店钻石会员', '顾客是持卡多年的老会员']);
    case 'delivery_after_sales':
      return c.r.pick([`${c.who}是合作商家${company}的月结账户`, `${c.who}为平台VIP会员`]);
  }
}

function repeatClause(c: Ctx): string {
  return c.r.pick([
    `${c.who}说这已经是第二次投诉了`,
    `${c.who}说上次投诉的事还没处理完，这次又出问题`,
    `${c.who}说前几天反映过一次，一直没人回电`,
    `${c.who}称同样的问题已经遇到过一回`,
  ]);
}

type Mood = { clause: string; upset: boolean; threat: boolean };

function moodClause(c: Ctx, upset: boolean): Mood | undefined {
  const regulator = c.type === 'fresh_food' || c.type === 'supermarket' ? '12315' : '12305';
  if (upset) {
    const threat = c.r.chance(0.55);
    if (threat) {
      return {
        upset,
        threat,
        clause: c.r.pick([
          `${c.who}情绪激动，称再不解决就投诉到${regulator}`,
          `${c.who}非常生气，说已经拍了视频要发微博曝光`,
          `${c.who}语气很冲，要求主管马上回电，否则就找媒体`,
          `${c.who}说已经在小红书发了帖子，不给说法就继续发`,
          `${c.who}情绪激动，要投诉到${regulator}并要一个书面说法`,
          `${c.who}扬言要把聊天记录发到网上`,
          `${c.who}表示要去消费者协会投诉`,
        ]),
      };
    }
    return {
      upset,
      threat,
      clause: c.r.pick([
        `${c.who}情绪激动，多次打断坐席`,
        `${c.who}很着急，说话带着哭腔`,
        `${c.who}非常不满，说以后再也不用我们了`,
        `${c.who}情绪很大，反复问到底谁负责`,
      ]),
    };
  }
  if (!c.r.chance(0.35)) return undefined;
  return {
    upset,
    threat: false,
    clause: c.r.pick([
      `${c.who}态度还算平和，希望尽快处理`,
      `${c.who}表示可以理解，但希望给个准确答复`,
      `${c.who}比较着急，希望今天内有回复`,
      `${c.who}希望有专人跟进`,
    ]),
  };
}

function leadIn(c: Ctx, channel: DemoChannel): string {
  const w = c.who;
  switch (channel) {
    case 'hotline':
      return c.r.pick([`${w}来电称`, `${w}来电反映：`, `来电${w}表示`, `${w}致电投诉，`, '', `${w}打热线说`]);
    case 'web':
      return c.r.pick([`${w}通过官网留言：`, '官网投诉单：', `${w}在官网提交投诉，称`]);
    case 'h5':
      return c.r.pick([`${w}通过手机投诉页提交：`, `${w}在H5页面填写：`]);
    case 'app':
      return c.r.pick([`${w}在App内反馈：`, `${w}通过App投诉称`, 'App意见反馈：']);
    case 'api':
      return c.r.pick(['合作平台转来工单：买家反映', '电商平台推送投诉：', '平台工单同步：']);
    case 'email':
      return c.r.pick([`${w}来邮件投诉，`, `收到${w}邮件，称`]);
    case 'wechat':
      return c.r.pick([`${w}在公众号留言：`, `${w}通过微信客服反映`, `企业微信群里${w}反映`]);
    case 'social':
      return c.r.pick([`${w}在微博@官方账号称`, '网友在抖音评论区投诉：', `${w}在小红书发帖并私信称`]);
    case 'store':
      return c.type === 'supermarket'
        ? c.r.pick(['顾客到服务台反映', '顾客在门店客服台投诉：', '顾客找到值班经理反映'])
        : c.r.pick([`${w}到网点当面反映`, `${w}到营业厅投诉：`]);
    case 'qr':
      return c.r.pick([`${w}扫码提交反馈：`, `${w}扫描二维码投诉：`]);
    case 'internal':
      switch (c.type) {
        case 'supermarket':
          return c.r.pick(['值班经理巡店时顾客当面反映，', '理货员上报：顾客反映']);
        case 'logistics':
          return c.r.pick(['司机回传信息：收货方反映', '营业部主管上报：客户反映']);
        case 'fresh_food':
          return c.r.pick(['配送员回站后反馈，客户当面说', '站长回访时客户提到，']);
        default:
          return c.r.pick([`${c.courier}回站后反馈，${w}当面说`, `站点主管回访时${w}提到，`]);
      }
  }
}

// ---------------------------------------------------------------------------------------------
// Demands

const DEMANDS: Readonly<Record<DemoCategory, readonly string[]>> = {
  delay: [
    '要求尽快派送并减免运费',
    '要求今天之内送到，并给个说法',
    '要求按时效承诺赔付',
    '要求退还加急费并道歉',
    '要求明确送达时间，超时要赔偿',
    '要求赔偿因延误造成的损失',
  ],
  damage: [
    '要求按实际价值赔偿',
    '要求补发一件新的',
    '退款并赔偿',
    '要求赔偿维修费用',
    '要求按保价金额赔付',
    '要求上门取回并换新',
  ],
  loss: [
    '要求尽快找回，找不回按价赔偿',
    '要求全额赔偿',
    '要求补发并道歉',
    '要求按保价赔偿并退运费',
    '要求给出书面调查结果并赔偿',
  ],
  wrong_item: [
    '要求换回正确商品并承担来回运费',
    '要求尽快补发正确的货',
    '要求退款',
    '要求上门取回错发的货并补发',
    '要求找回自己的货并道歉',
  ],
  attitude: [
    '要求道歉',
    '要求当事人当面道歉',
    '要求严肃处理该员工并告知结果',
    '要求书面道歉',
    '要求公司给个说法',
  ],
  info_lag: [
    '要求核实包裹真实位置并及时更新',
    '要求给出准确送达时间',
    '要求专人跟进并每天告知进度',
    '要求解释为什么物流信息与实际不符',
  ],
  fee_dispute: [
    '要求退还多收的运费',
    '要求出具收费明细并退差价',
    '要求取消不合理的附加费',
    '要求核对账单并退款',
  ],
  system_error: ['要求尽快退款', '要求修复问题并补偿', '要求退还重复扣款', '要求恢复订单并按原时间送达'],
  food_quality: [
    '退款并赔偿',
    '要求补送新鲜的',
    '要求全额退款并道歉',
    '要求查清批次并给书面答复',
    '要求退款并补偿优惠券',
  ],
  price_dispute: ['要求按标价退还差价', '要求退差价并赔偿', '要求按活动价结算', '要求退还多收的钱并整改价签'],
  hygiene: ['要求门店整改并给出说法', '要求负责人道歉', '要求对门店卫生进行检查并公布结果', '要求处理当事员工'],
  product_quality: ['要求退货退款', '要求换新', '要求退一赔三', '要求退款并承担检测费用', '要求按三包规定处理'],
};

const DEMAND_OVERRIDES: Readonly<Partial<Record<DemoCompanyType, Partial<Record<DemoCategory, readonly string[]>>>>> = {
  logistics: {
    damage: ['要求按货值赔偿', '要求按保价金额赔付', '要求承担损失并出具货损证明', '要求赔偿并退还本票运费'],
    wrong_item: ['要求尽快找回货物并送达', '要求承担改派费用并尽快送达', '要求查清原因并赔偿延误损失'],
    delay: ['要求赔偿违约金', '要求安排专车尽快送达', '要求按合同时效赔付', '要求尽快送达并减免运费'],
    attitude: ['要求更换司机并道歉', '要求道歉并退还额外收取的费用', '要求严肃处理并告知结果'],
  },
  fresh_food: {
    delay: ['要求退还配送费并补偿优惠券', '退款并赔偿', '要求重新配送并道歉', '要求全额退款'],
    wrong_item: ['要求补送正确的商品', '要求退差价', '要求退款并道歉'],
  },
  supermarket: {
    food_quality: ['退款并赔偿', '要求退一赔十', '要求全额退款并道歉', '要求查清批次并给书面答复'],
    attitude: ['要求道歉', '要求当事员工当面道歉', '要求门店给个说法', '要求严肃处理该员工'],
  },
  delivery_after_sales: {
    delay: ['要求确定送货安装时间并补偿误工', '要求尽快送货并赔偿请假损失', '要求今天内送到并道歉'],
    damage: ['要求换新并上门安装', '退款并赔偿', '要求上门维修并补偿', '要求上门取回并换新'],
  },
  express: {
    attitude: ['要求道歉', '要求更换派件员', '要求当事人当面道歉', '要求严肃处理并告知结果'],
  },
};

const HEALTH_DEMANDS = ['要求赔偿医药费并说明原因', '退款并赔偿医药费', '要求查清原因并赔偿就医费用'];
const DEMAND_SUFFIXES = ['，并要求主管回电', '，同时要求书面回复', '，并要求当天答复', '，希望有专人跟进'];

// ---------------------------------------------------------------------------------------------
// Routing, channels, identifiers

function departmentFor(type: DemoCompanyType, category: DemoCategory): DemoDepartmentCode {
  switch (category) {
    case 'delay':
      return 'dispatch';
    case 'damage':
    case 'loss':
      return 'logistics';
    case 'wrong_item':
      return 'warehouse';
    case 'attitude':
      return type === 'supermarket' ? 'store' : 'service';
    case 'info_lag':
    case 'system_error':
      return 'service';
    case 'fee_dispute':
    case 'price_dispute':
      return 'finance';
    case 'food_quality':
    case 'product_quality':
      return 'quality';
    case 'hygiene':
      return 'store';
  }
}

const CHANNEL_WEIGHTS: Readonly<Record<DemoCompanyType, readonly (readonly [DemoChannel, number])[]>> = {
  express: [
    ['hotline', 28],
    ['app', 14],
    ['web', 8],
    ['h5', 6],
    ['wechat', 12],
    ['social', 8],
    ['api', 8],
    ['email', 3],
    ['store', 6],
    ['qr', 3],
    ['internal', 6],
  ],
  logistics: [
    ['hotline', 34],
    ['web', 14],
    ['email', 14],
    ['api', 12],
    ['wechat', 8],
    ['app', 5],
    ['social', 3],
    ['h5', 2],
    ['internal', 8],
  ],
  fresh_food: [
    ['app', 30],
    ['hotline', 18],
    ['wechat', 14],
    ['h5', 10],
    ['social', 8],
    ['qr', 5],
    ['email', 3],
    ['internal', 12],
  ],
  supermarket: [
    ['store', 28],
    ['hotline', 14],
    ['wechat', 14],
    ['qr', 12],
    ['app', 12],
    ['social', 8],
    ['email', 3],
    ['h5', 4],
    ['web', 3],
    ['internal', 4],
  ],
  delivery_after_sales: [
    ['hotline', 28],
    ['api', 18],
    ['web', 8],
    ['app', 12],
    ['wechat', 10],
    ['email', 8],
    ['h5', 4],
    ['social', 4],
    ['internal', 8],
  ],
};

/** Categories a staff member can plausibly relay (channel internal), and for express the desk (store). */
const INTERNAL_OK: Readonly<Record<DemoCompanyType, readonly DemoCategory[]>> = {
  express: ['delay', 'damage', 'loss', 'wrong_item', 'info_lag'],
  logistics: ['delay', 'damage', 'loss', 'wrong_item', 'info_lag', 'system_error'],
  fresh_food: ['food_quality', 'delay', 'wrong_item'],
  supermarket: ['hygiene', 'product_quality', 'food_quality', 'price_dispute'],
  delivery_after_sales: ['damage', 'loss', 'wrong_item'],
};
const EXPRESS_DESK_OK: readonly DemoCategory[] = ['attitude', 'fee_dispute', 'loss', 'damage'];

function chooseChannel(r: Rng, type: DemoCompanyType, category: DemoCategory): DemoChannel {
  const entries = CHANNEL_WEIGHTS[type].filter(([ch]) => {
    if (ch === 'internal') return INTERNAL_OK[type].includes(category);
    if (ch === 'store' && type === 'express') return EXPRESS_DESK_OK.includes(category);
    return true;
  });
  return r.weighted(entries);
}

function waybill(r: Rng, type: DemoCompanyType): string {
  if (type === 'logistics') return `WL${r.digits(12)}`;
  return r.weighted<() => string>([
    [() => `SF${r.digits(12)}`, 3],
    [() => `YT${r.digits(13)}`, 3],
    [() => `ZTO${r.digits(12)}`, 3],
    [() => `JT${r.digits(13)}`, 2],
  ])();
}

function orderNo(r: Rng, refMs: number, daysAgo: number, extraDays: number): string {
  return `DD${yyyymmdd(dayOf(refMs, daysAgo + extraDays))}${r.digits(6)}`;
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严武戴莫孔汤'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲俊凤红梅鑫斌宇浩凯婷欣怡涵轩萱诺然远琪志晓东燕春兰国庆晨阳雪琳博宁佳悦子瑞嘉颖慧亮松'];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189'];

// ---------------------------------------------------------------------------------------------
// The generator

type Customer = { name: string; phone: string; isKey: boolean; type: DemoCompanyType; uses: number };

type Slot = {
  type: DemoCompanyType;
  category: DemoCategory;
  daysAgo: number;
  status: DemoStatus;
  customer?: Customer;
  repeatIndex: number;
};

const STATUS_RANK: Readonly<Record<DemoStatus, number>> = {
  registered: 0,
  acknowledged: 1,
  assigned: 2,
  rejected: 2.5,
  investigating: 3,
  remedy_proposed: 4,
  awaiting_customer: 5,
  executing: 6,
  resolved: 7,
  follow_up: 8,
  closed: 9,
};

const DEMO_STATUS_KEYS = Object.keys(DEMO_STATUS_SHARES) as DemoStatus[];

const TYPE_WEIGHTS: Readonly<Record<DemoCompanyType, number>> = {
  express: 26,
  logistics: 20,
  fresh_food: 20,
  supermarket: 20,
  delivery_after_sales: 14,
};

const CATEGORY_WEIGHTS: Readonly<Record<DemoCompanyType, Readonly<Partial<Record<DemoCategory, number>>>>> = {
  express: { delay: 25, damage: 15, loss: 12, wrong_item: 8, attitude: 15, info_lag: 13, fee_dispute: 12 },
  logistics: {
    delay: 22,
    damage: 18,
    loss: 12,
    wrong_item: 8,
    attitude: 10,
    info_lag: 12,
    fee_dispute: 10,
    system_error: 8,
  },
  fresh_food: { delay: 25, food_quality: 40, wrong_item: 12, attitude: 12, system_error: 11 },
  supermarket: { product_quality: 25, attitude: 18, price_dispute: 22, hygiene: 13, food_quality: 22 },
  delivery_after_sales: { loss: 20, damage: 30, delay: 30, wrong_item: 20 },
};

/** Categories whose complaint comes after days of waiting (the wait shows in the description). */
function waitsDays(type: DemoCompanyType, category: DemoCategory): boolean {
  if (type === 'express' || type === 'logistics') return category === 'delay' || category === 'loss' || category === 'info_lag';
  if (type === 'delivery_after_sales') return category === 'delay' || category === 'loss';
  return false;
}

function planSlots(r: Rng, count: number): { type: DemoCompanyType; category: DemoCategory }[] {
  const typeCounts = apportion(
    count,
    DEMO_COMPANY_TYPES.map((t) => TYPE_WEIGHTS[t]),
  );
  const slots: { type: DemoCompanyType; category: DemoCategory }[] = [];
  DEMO_COMPANY_TYPES.forEach((type, ti) => {
    const n = at(typeCounts, ti);
    const cats = DEMO_CATEGORIES_BY_COMPANY_TYPE[type];
    const weights = cats.map((cat) => CATEGORY_WEIGHTS[type][cat] ?? 1);
    let counts: number[];
    if (n >= cats.length) {
      counts = apportion(n - cats.length, weights).map((k) => k + 1);
    } else {
      // too few to cover every category: take the heaviest ones
      const order = cats.map((_, i) => i).sort((a, b) => at(weights, b) - at(weights, a));
      counts = cats.map(() => 0);
      for (const i of order.slice(0, n)) counts[i] = 1;
    }
    cats.forEach((category, ci) => {
      for (let k = 0; k < at(counts, ci); k++) slots.push({ type, category });
    });
  });
  return r.shuffle(slots);
}

function roundTenth(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Generates `count` synthetic complaints. Pure: the same (count, seed, referenceDate) always gives
 * the same list. `referenceDate` (YYYY-MM-DD) is the "today" that order numbers and dates in the
 * descriptions are relative to.
 */
export function generateDemoComplaints(
  count = 200,
  seed = 20261123,
  referenceDate: string = DEMO_REFERENCE_DATE,
): DemoComplaint[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const refMs = parseReferenceDate(referenceDate);
  const r = createRng(seed);

  // 1. what: company type and category, balanced and shuffled
  const plan = planSlots(r, count);

  // 2. when: skewed towards recent days
  const slots: Slot[] = plan.map((p) => ({
    ...p,
    daysAgo: Math.min(60, Math.floor(61 * Math.pow(r.next(), 1.6))),
    status: 'registered',
    repeatIndex: 0,
  }));

  // 3. status: exact shares, older complaints further along (ranked by a noisy age)
  const statusCounts = apportion(
    count,
    DEMO_STATUS_KEYS.map((k) => DEMO_STATUS_SHARES[k]),
  );
  const statuses = DEMO_STATUS_KEYS.flatMap((s, i) => Array.from({ length: at(statusCounts, i) }, () => s)).sort(
    (a, b) => STATUS_RANK[a] - STATUS_RANK[b],
  );
  const byAge = slots
    // Little noise: the open cases are the recent ones, as in a team that keeps up with its work.
    .map((s) => ({ s, key: Math.log1p(s.daysAgo) + (r.next() - 0.5) * 0.3 }))
    .sort((a, b) => a.key - b.key);
  byAge.forEach(({ s }, i) => {
    s.status = at(statuses, i);
  });

  // 4. who: synthetic customers, some of whom complain two or three times (same company type)
  const usedPhones = new Set<string>();
  const usedNames = new Set<string>();
  const customers: Customer[] = [];
  const newCustomer = (type: DemoCompanyType): Customer => {
    let phone = '';
    do phone = `${r.pick(MOBILE_PREFIXES)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
    while (usedPhones.has(phone));
    usedPhones.add(phone);
    let name = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      const surname = r.pick(SURNAMES);
      name = r.chance(0.14)
        ? `${surname}${r.pick(['先生', '女士'])}`
        : `${surname}${r.pick(GIVEN)}${r.chance(0.6) ? r.pick(GIVEN) : ''}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    const keyShare = type === 'supermarket' || type === 'fresh_food' ? 0.12 : 0.16;
    const c: Customer = { name, phone, isKey: r.chance(keyShare), type, uses: 0 };
    customers.push(c);
    return c;
  };
  for (const slot of slots) {
    const candidates = customers.filter((c) => c.type === slot.type && c.uses < 3);
    const reuse = candidates.length > 0 && r.chance(0.1);
    const customer = reuse ? r.pick(candidates) : newCustomer(slot.type);
    customer.uses++;
    slot.customer = customer;
  }
  // the latest complaint of a repeat customer is the repeat (older ones came first)
  const byCustomer = new Map<string, Slot[]>();
  for (const s of slots) {
    const phone = s.customer?.phone ?? '';
    byCustomer.set(phone, [...(byCustomer.get(phone) ?? []), s]);
  }
  for (const group of byCustomer.values()) {
    group.sort((a, b) => b.daysAgo - a.daysAgo).forEach((s, i) => {
      s.repeatIndex = i;
    });
  }

  // 5. build each complaint
  const descriptions = new Set<string>();
  return slots.map((slot) => {
    const customer = slot.customer ?? newCustomer(slot.type);
    return buildComplaint(r, refMs, slot, customer, descriptions);
  });
}

function buildComplaint(
  r: Rng,
  refMs: number,
  slot: Slot,
  customer: Customer,
  descriptions: Set<string>,
): DemoComplaint {
  const { type, category, status } = slot;
  const channel = chooseChannel(r, type, category);

  // timing: how long after the event the complaint came in, kept consistent with the status
  let received: number;
  if (waitsDays(type, category))
    received = (category === 'loss' ? r.int(3, 8) : r.int(1, 6)) * 24 + r.int(0, 10) + r.int(0, 9) / 10;
  else if (channel === 'email' || channel === 'web' || channel === 'api') received = 1 + r.next() * 40;
  else if (channel === 'store' || channel === 'qr') received = r.next() * 3;
  else received = 0.1 + Math.pow(r.next(), 2) * 20;
  received = roundTenth(received);
  const minAge = DEMO_STATUS_MIN_AGE_HOURS[status];
  let daysAgo = slot.daysAgo;
  if (daysAgo * 24 < received + minAge) daysAgo = Math.ceil((received + minAge) / 24);
  if (daysAgo > 60) {
    daysAgo = 60;
    received = roundTenth(Math.max(0, Math.min(received, 60 * 24 - minAge - 1)));
  }
  if (daysAgo === 0) received = 0;

  const home = r.pick(HOME_CITIES);
  const other = r.pick(OTHER_CITIES.filter((x) => x !== home));
  const courierWords: Readonly<Record<DemoCompanyType, readonly string[]>> = {
    express: ['快递员', '派件员', '快递小哥'],
    logistics: ['司机', '送货师傅', '提货司机'],
    fresh_food: ['配送员', '骑手', '送货小哥'],
    supermarket: ['配送员'],
    delivery_after_sales: ['送货师傅', '配送员', '送装师傅'],
  };
  const templates = TEMPLATES[type][category] ?? [];
  if (templates.length === 0) throw new Error(`no templates for ${type}/${category}`);

  const upset = r.chance(slot.repeatIndex > 0 ? 0.5 : 0.24);
  let description = '';
  let ctx: Ctx | undefined;
  let mood: Mood | undefined;
  for (let attempt = 0; attempt < 40; attempt++) {
    const c: Ctx = {
      r,
      type,
      who: type === 'supermarket' ? '顾客' : '客户',
      day: dayPhrase(r, refMs, daysAgo),
      wait: waitPhrase(r, received),
      home,
      other,
      courier: r.pick(courierWords[type]),
      item: '',
      severity: 0,
      health: false,
      stationUsed: false,
      skipDetail: false,
      stationName: stationName(r, type, home),
    };
    const core = r.pick(templates)(c);
    const sentences = [`${leadIn(c, channel)}${core}。`];
    if (!c.skipDetail && r.chance(0.5)) sentences.push(r.pick(DETAILS[category])(c));
    const clauses: string[] = [];
    if (customer.isKey && r.chance(0.7)) clauses.push(keyClause(c));
    if (slot.repeatIndex > 0) clauses.push(repeatClause(c));
    const m = moodClause(c, upset);
    if (m) clauses.push(m.clause);
    // one subject per sentence: 客户是月结客户，情绪激动，称……
    const tail = clauses.map((cl, i) => (i > 0 && cl.startsWith(c.who) ? cl.slice(c.who.length) : cl));
    if (tail.length > 0) sentences.push(`${tail.join('，')}。`);
    const text = sentences.join('');
    if (!descriptions.has(text)) {
      description = text;
      ctx = c;
      mood = m;
      break;
    }
  }
  if (ctx === undefined) throw new Error('could not produce a unique description');
  descriptions.add(description);
  const c = ctx;

  // urgency: food safety, valuables, key customers, upset customers, threats of exposure, repeats
  let score = c.severity;
  if (category === 'food_quality') score += 2;
  if (category === 'hygiene' || category === 'loss') score += 1;
  if (customer.isKey) score += 1;
  if (mood?.upset) score += 1;
  if (mood?.threat) score += 2;
  if (slot.repeatIndex > 0) score += 1;
  let urgency: DemoUrgency = score >= 4 ? 'critical' : score >= 2 ? 'urgent' : 'normal';
  if (urgency === 'normal' && (category === 'food_quality' || customer.isKey)) urgency = 'urgent';

  // demand
  let demand: string;
  if (c.health) demand = r.pick(HEALTH_DEMANDS);
  else demand = r.pick(c.demands ?? DEMAND_OVERRIDES[type]?.[category] ?? DEMANDS[category]);
  if (r.chance(mood?.upset ? 0.45 : 0.15)) {
    const suffix = r.pick(DEMAND_SUFFIXES);
    if (!demand.includes('，') && !(suffix.includes('书面') && demand.includes('书面'))) demand += suffix;
  }

  // identifiers and places
  const result: DemoComplaint = {
    companyType: type,
    channel,
    category,
    urgency,
    customer: { name: customer.name, phone: customer.phone, isKey: customer.isKey },
    description,
    demand,
    occurredDaysAgo: daysAgo,
    receivedHoursAfterOccurred: received,
    departmentCode: c.department ?? departmentFor(type, category),
    targetStatus: status,
  };
  switch (type) {
    case 'express':
      if (!(category === 'attitude' && channel === 'store') || r.chance(0.5)) result.waybillNo = waybill(r, type);
      if (c.stationUsed || r.chance(0.75)) result.store = c.stationName;
      if (c.routeFrom !== undefined && c.routeTo !== undefined && r.chance(0.5)) result.route = `${c.routeFrom}→${c.routeTo}`;
      break;
    case 'logistics':
      result.waybillNo = waybill(r, type);
      if (c.stationUsed || r.chance(0.5)) result.store = c.stationName;
      {
        const [from, to] =
          c.routeFrom !== undefined && c.routeTo !== undefined
            ? [c.routeFrom, c.routeTo]
            : r.chance(0.5)
              ? [home, other]
              : [other, home];
        result.route = `${from}→${to}${r.chance(0.3) ? '干线' : ''}`;
      }
      break;
    case 'fresh_food':
      result.orderNo = orderNo(r, refMs, daysAgo, r.int(0, 1));
      if (c.stationUsed || r.chance(0.8)) result.store = c.stationName;
      break;
    case 'supermarket': {
      result.store = c.stationName;
      const online = channel === 'app' || channel === 'h5' || channel === 'web';
      if (online || category === 'price_dispute' || (category !== 'attitude' && category !== 'hygiene' && r.chance(0.4)))
        result.orderNo = orderNo(r, refMs, daysAgo, category === 'product_quality' ? r.int(0, 5) : 0);
      break;
    }
    case 'delivery_after_sales':
      result.orderNo = orderNo(r, refMs, daysAgo, r.int(2, 9));
      result.waybillNo = waybill(r, type);
      if (c.stationUsed || r.chance(0.6)) result.store = c.stationName;
      break;
  }
  return result;
}
