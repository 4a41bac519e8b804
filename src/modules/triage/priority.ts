import type { Suggestion } from './classifier.ts';
import type { IndustryPreset, Priority, TimeLimit, Urgency } from '../presets/preset.schema.ts';

export type RegulatorReferral = 'postal_12305' | 'consumer_12315';

export type PriorityInput = {
  urgency: Urgency;
  category?: string | null | undefined;
  isKeyCustomer?: boolean | undefined;
  // When omitted, the category's foodSafety flag in the preset decides.
  foodSafety?: boolean | undefined;
  declaredValueYuan?: number | null | undefined;
  // The text names something valuable (phone, gold, "保价8000") without a declared value on record.
  valuables?: boolean | undefined;
  upset?: boolean | undefined;
  // Earlier cases from the same customer or on the same waybill inside the preset's repeat window.
  repeatCount?: number | undefined;
  regulatorReferral?: RegulatorReferral | null | undefined;
  // The customer says they will go to 12305/12315 but the case did not come from there.
  regulatorThreat?: boolean | undefined;
  publicExposure?: boolean | undefined;
};

export type PriorityFactor =
  | 'urgency'
  | 'key_customer'
  | 'food_safety'
  | 'valuables'
  | 'upset'
  | 'repeat'
  | 'regulator_referral'
  | 'regulator_threat'
  | 'public_exposure';

export type PriorityReason = { factor: PriorityFactor; points: number; labelZh: string; labelEn: string };
export type PriorityResult = { priority: Priority; score: number; reasons: PriorityReason[]; timeLimit: TimeLimit };

const URGENCY_ZH: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '特急' };
const yuan = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

// Every point comes with a reason, so an agent can see why a case sits where it does and challenge it.
export function computePriority(preset: IndustryPreset, input: PriorityInput): PriorityResult {
  const w = preset.priorityRules;
  const reasons: PriorityReason[] = [];
  const add = (factor: PriorityFactor, points: number, labelZh: string, labelEn: string): void => {
    if (points > 0) reasons.push({ factor, points, labelZh, labelEn });
  };

  add('urgency', w.urgencyPoints[input.urgency], `紧急程度：${URGENCY_ZH[input.urgency]}`, `Urgency: ${input.urgency}`);
  if (input.isKeyCustomer) add('key_customer', w.keyCustomer, '重要客户', 'Key customer');

  const categoryFoodSafety = preset.categories.find((c) => c.code === input.category)?.foodSafety ?? false;
  if (input.foodSafety ?? categoryFoodSafety) add('food_safety', w.foodSafety, '食品安全风险', 'Food safety risk');

  const declared = input.declaredValueYuan ?? 0;
  if (declared >= w.valuables.highDeclaredValueYuan) {
    add('valuables', w.valuables.highValuePoints, `高价值物品（申报价值 ¥${yuan(declared)}）`, `High-value goods (declared ¥${yuan(declared)})`);
  } else if (declared >= w.valuables.declaredValueYuan) {
    add('valuables', w.valuables.points, `贵重物品（申报价值 ¥${yuan(declared)}）`, `Valuables (declared ¥${yuan(declared)})`);
  } else if (input.valuables) {
    add('valuables', w.valuables.points, '贵重物品', 'Valuables');
  }

  if (input.upset) add('upset', w.upset, '客户情绪激动', 'Customer upset');

  const repeats = Math.max(0, Math.floor(input.repeatCount ?? 0));
  if (repeats > 0) {
    add(
      'repeat',
      Math.min(w.repeat.maxPoints, repeats * w.repeat.pointsPerCase),
      `重复投诉（${w.repeat.windowDays}天内第${repeats + 1}次）`,
      `Repeat complaint (${repeats + 1} in ${w.repeat.windowDays} days)`,
    );
  }

  if (input.regulatorReferral === 'postal_12305') {
    add('regulator_referral', w.regulatorReferral, '监管转办：邮政管理部门（12305）', 'Referred by the postal regulator (12305)');
  } else if (input.regulatorReferral === 'consumer_12315') {
    add('regulator_referral', w.regulatorReferral, '监管转办：市场监管部门（12315）', 'Referred by market regulation (12315)');
  } else if (input.regulatorThreat) {
    add('regulator_threat', w.regulatorThreat, '客户扬言向监管部门投诉', 'Customer threatens to go to the regulator');
  }

  if (input.publicExposure) add('public_exposure', w.publicExposure, '舆情/曝光风险', 'Public exposure risk');

  const score = reasons.reduce((s, r) => s + r.points, 0);
  const priority: Priority = score >= w.thresholds.P1 ? 'P1' : score >= w.thresholds.P2 ? 'P2' : score >= w.thresholds.P3 ? 'P3' : 'P4';
  return { priority, score, reasons: reasons.sort((a, b) => b.points - a.points), timeLimit: preset.timeLimits[priority] };
}

export type PriorityContext = {
  isKeyCustomer?: boolean | undefined;
  declaredValueYuan?: number | null | undefined;
  repeatCount?: number | undefined;
  regulatorReferral?: RegulatorReferral | null | undefined;
  // An agent's confirmed values win over the suggestion.
  category?: string | undefined;
  urgency?: Urgency | undefined;
};

// Joins what the text says (suggestion) with what the record knows (customer, waybill, source).
export function priorityInputFromSuggestion(suggestion: Suggestion, context: PriorityContext = {}): PriorityInput {
  const s = suggestion.signals;
  return {
    urgency: context.urgency ?? suggestion.urgency.level,
    category: context.category ?? suggestion.category.code,
    isKeyCustomer: context.isKeyCustomer,
    foodSafety: s.foodSafety.detected ? true : undefined,
    declaredValueYuan: context.declaredValueYuan,
    valuables: s.valuables.detected,
    upset: suggestion.upset.upset,
    repeatCount: context.repeatCount,
    regulatorReferral: context.regulatorReferral,
    regulatorThreat: s.postalRegulator.detected || s.consumerRegulator.detected,
    publicExposure: s.publicExposure.detected,
  };
}

export type CaseRef = {
  id?: string | undefined;
  customerId?: string | null | undefined;
  phone?: string | null | undefined;
  waybillNo?: string | null | undefined;
  receivedAt: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;
export const normalisePhone = (p: string | null | undefined): string => (p ?? '').replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, '');
export const normaliseWaybill = (w: string | null | undefined): string => (w ?? '').toUpperCase().replace(/[\s-]/g, '');

// Earlier cases (not later ones, not the case itself) from the same customer or on the same waybill.
export function countRepeatComplaints(current: CaseRef, history: readonly CaseRef[], windowDays: number): number {
  const from = current.receivedAt.getTime() - windowDays * DAY_MS;
  const phone = normalisePhone(current.phone);
  const waybill = normaliseWaybill(current.waybillNo);
  return history.filter((h) => {
    if (current.id !== undefined && h.id === current.id) return false;
    const t = h.receivedAt.getTime();
    if (t < from || t > current.receivedAt.getTime()) return false;
    const sameCustomer =
      (current.customerId != null && h.customerId === current.customerId) || (phone !== '' && normalisePhone(h.phone) === phone);
    const sameWaybill = waybill !== '' && normaliseWaybill(h.waybillNo) === waybill;
    return sameCustomer || sameWaybill;
  }).length;
}
