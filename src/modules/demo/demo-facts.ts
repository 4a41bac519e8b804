// The shipment or order facts of the demo cases (issue 11, item 1): deterministic from the complaint and its
// position, so every first start shows the same values on the 货物与运单 card. Pure.
import type { CreateCaseInput } from '../cases/case.schemas.ts';
import type { DemoComplaint } from './demo-complaints.ts';

type Goods = { name: string; priceFen: number };
const PARCEL_GOODS: readonly Goods[] = [
  { name: '蓝牙耳机', priceFen: 29_900 },
  { name: '羊毛大衣', priceFen: 89_900 },
  { name: '陶瓷餐具套装', priceFen: 25_800 },
  { name: '儿童绘本（套装）', priceFen: 12_800 },
  { name: '笔记本电脑', priceFen: 549_900 },
  { name: '保温杯', priceFen: 9_900 },
  { name: '茶叶礼盒', priceFen: 36_800 },
  { name: '运动鞋', priceFen: 45_900 },
];
const FRESH_GOODS: readonly Goods[] = [
  { name: '进口车厘子 2kg', priceFen: 19_800 },
  { name: '冷冻牛排 1kg', priceFen: 15_900 },
  { name: '有机蔬菜箱', priceFen: 8_800 },
  { name: '鲜活大闸蟹 8只', priceFen: 39_800 },
];
const STORE_GOODS: readonly Goods[] = [
  { name: '洗衣液 3kg', priceFen: 4_990 },
  { name: '婴儿奶粉 800g', priceFen: 26_800 },
  { name: '东北大米 10kg', priceFen: 6_990 },
];
const APPLIANCES: readonly Goods[] = [
  { name: '滚筒洗衣机', priceFen: 259_900 },
  { name: '冰箱', priceFen: 399_900 },
  { name: '电热水器', priceFen: 129_900 },
];

const SERVICE_TYPES = ['same_city', 'intra_province', 'inter_province'] as const;
const HOUR = 3600_000;
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

export type DemoFacts = Pick<
  CreateCaseInput,
  'shippedAt' | 'promisedDeliveryAt' | 'serviceType' | 'goodsName' | 'quantity' | 'itemPriceFen' | 'freightFen' | 'insured' | 'brandCompany' | 'deliveryCompany' | 'partnerId'
>;

/**
 * No declared value: it feeds the priority score, and the demo's priorities, clocks and escalations stay as
 * they were. Facts for most shipment and order complaints (four in five); none for the rest and for complaints about
 * people, prices or hygiene, so the card's empty state is seen too. `partner` finds a demo partner's id.
 */
export function demoFacts(c: DemoComplaint, index: number, occurredAt: Date, partner: (name: string) => string | undefined): DemoFacts | null {
  if (index % 5 === 4 || ['attitude', 'price_dispute', 'hygiene', 'system_error', 'info_lag', 'fee_dispute'].includes(c.category)) return null;
  const serviceType = pick(SERVICE_TYPES, index);
  // Shipped a day or three before the complaint's event; promised 1 day later same-city, 3 otherwise.
  const shipped = new Date(occurredAt.getTime() - (24 + (index % 3) * 24) * HOUR);
  const promised = new Date(shipped.getTime() + (serviceType === 'same_city' ? 24 : 72) * HOUR);
  const shipping = { shippedAt: shipped.toISOString(), promisedDeliveryAt: promised.toISOString(), serviceType };
  const insured = index % 3 === 0;
  switch (c.companyType) {
    case 'express': {
      const goods = pick(PARCEL_GOODS, index);
      const outlet = index % 2 === 0 ? '中联速递 浦东张江网点' : '中联速递 海淀中关村网点';
      return {
        ...shipping,
        goodsName: goods.name,
        quantity: 1,
        itemPriceFen: goods.priceFen,
        freightFen: serviceType === 'same_city' ? 1_200 : serviceType === 'intra_province' ? 1_500 : 2_300,
        insured,
        brandCompany: '中联速递',
        deliveryCompany: outlet,
        partnerId: partner(outlet) ?? null,
      };
    }
    case 'logistics':
    case 'delivery_after_sales': {
      const goods = pick(c.companyType === 'logistics' ? PARCEL_GOODS : APPLIANCES, index);
      const carrier = c.companyType === 'logistics' && index % 2 === 0 ? '恒通干线物流' : '捷达城配';
      return {
        ...shipping,
        goodsName: goods.name,
        quantity: 1 + (index % 2),
        itemPriceFen: goods.priceFen,
        freightFen: 3_000 + (index % 4) * 1_000,
        insured,
        brandCompany: carrier,
        deliveryCompany: carrier,
        partnerId: partner(carrier) ?? null,
      };
    }
    case 'fresh_food': {
      const goods = pick(FRESH_GOODS, index);
      const involved = c.category === 'food_quality' ? '鲜源农产品合作社' : '冷链优运';
      return {
        ...shipping,
        serviceType: 'same_city',
        goodsName: goods.name,
        quantity: 1 + (index % 3),
        itemPriceFen: goods.priceFen,
        freightFen: 800,
        insured: false,
        deliveryCompany: '冷链优运',
        partnerId: partner(involved) ?? null,
      };
    }
    case 'supermarket': {
      const goods = pick(STORE_GOODS, index);
      const supplier = goods.name.includes('大米') || goods.name.includes('奶粉') ? '禾丰粮油' : '优选日用品批发';
      return { goodsName: goods.name, quantity: 1 + (index % 2), itemPriceFen: goods.priceFen, partnerId: partner(supplier) ?? null };
    }
  }
}
