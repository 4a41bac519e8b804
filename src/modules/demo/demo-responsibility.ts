// Synthetic but realistic 定责 for the demo cases that reach 已解决: the presets that require it
// (responsibilityDecided guard) would otherwise refuse to resolve them. Pure: the seed records it.
import type { ResponsibilityInput } from '../investigation/investigation.schemas.ts';
import type { DemoComplaint } from './demo-complaints.ts';

type Facts = { partnerId: string | null; partnerKind: 'carrier' | 'supplier' | 'outlet' | null; departmentId: string | null; personId?: string | null };

const PARTNER_TEXT: Record<string, string> = {
  delay: '承运商中转分拨积压，未按承诺时限派送',
  loss: '承运商中转交接未扫描，包裹在分拨中心遗失',
  damage: '承运商分拣装卸不规范，外包装受压破损',
  food_quality: '供应商批次冷链断链，到货时已变质',
  product_quality: '供应商该批次商品存在质量缺陷',
  wrong_item: '网点分拣错误，派送了同名收件人的包裹',
};

const INTERNAL: Record<string, { rootCause: ResponsibilityInput['rootCause']; text: string }> = {
  attitude: { rootCause: 'people', text: '一线人员服务用语不规范，未按标准话术沟通' },
  delivery_service: { rootCause: 'people', text: '派送员未按约定送货上门，未提前电话联系' },
  info_lag: { rootCause: 'system', text: '物流轨迹同步延迟，客户查询不到最新状态' },
  system_error: { rootCause: 'system', text: '订单系统库存同步异常导致超卖' },
  fee_dispute: { rootCause: 'process', text: '计费规则未在下单页面清楚提示' },
  price_dispute: { rootCause: 'process', text: '促销价签未及时更换，与收银系统价格不一致' },
  hygiene: { rootCause: 'process', text: '门店清洁巡检记录缺失，未按频次执行' },
  wrong_item: { rootCause: 'process', text: '仓库拣货未复核条码，错发相近商品' },
};

export function demoResponsibility(c: DemoComplaint, index: number, facts: Facts): ResponsibilityInput {
  // About one delay in nine had an external cause nobody answers for.
  if (c.category === 'delay' && index % 9 === 4) {
    return { rootCause: 'external', rootCauseText: '暴雨红色预警，干线停运两天', party: 'force_majeure' };
  }
  // Some fee disputes turn out to be the customer's misunderstanding.
  if ((c.category === 'fee_dispute' || c.category === 'price_dispute') && index % 3 === 0) {
    return { rootCause: 'customer', rootCauseText: '客户误解了计费/促销规则，经解释后认可', party: 'customer' };
  }
  const partnerText = PARTNER_TEXT[c.category];
  if (partnerText && facts.partnerId && facts.partnerKind) {
    return { rootCause: 'partner', rootCauseText: partnerText, party: facts.partnerKind, partnerId: facts.partnerId };
  }
  const internal = INTERNAL[c.category] ?? { rootCause: 'process' as const, text: '处理流程未落实到位，已纳入整改' };
  if (!facts.departmentId) return { rootCause: internal.rootCause, rootCauseText: internal.text, party: 'force_majeure' };
  // Where it came down to one person's work (root cause people), the handler of the department is named.
  const person = internal.rootCause === 'people' && facts.personId ? { personId: facts.personId } : {};
  return { rootCause: internal.rootCause, rootCauseText: internal.text, party: 'internal', departmentId: facts.departmentId, ...person };
}
