// Investigation (调查) and responsibility (定责), issue 11 items 2–3, as pure data and functions: the evidence
// checklists per preset and category, the vocabularies of root cause and responsible party, and the
// 彻底延误 flag of a case (rule 10, through resolution's pure delay rules).
import type { PresetCode } from '../presets/preset.schema.ts';
import { assessDelay } from '../resolution/delay.rules.ts';

/** People, process, system, partner, external, customer: where the failure came from. */
export const ROOT_CAUSE_KINDS = ['people', 'process', 'system', 'partner', 'external', 'customer'] as const;
export type RootCauseKind = (typeof ROOT_CAUSE_KINDS)[number];

/** Who answers for it: a department of ours, a carrier or outlet, a supplier, nobody (force majeure), the customer. */
export const RESPONSIBLE_PARTIES = ['internal', 'carrier', 'outlet', 'supplier', 'force_majeure', 'customer'] as const;
export type ResponsibleParty = (typeof RESPONSIBLE_PARTIES)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** One item of a category's evidence checklist; `required` items are what the investigation must collect. */
export type EvidenceItem = { code: string; zh: string; en: string; required: boolean };

// Seeds 001/002/004 (运单轨迹、仓库记录、车辆轨迹、通话录音、监控录像、照片) and 000 (照片、批次、冷链).
const ITEMS = {
  parcel_photos: { zh: '外包装照片', en: 'Photos of the parcel' },
  item_photos: { zh: '物品照片', en: 'Photos of the item' },
  waybill_track: { zh: '运单轨迹', en: 'Waybill track record' },
  dispatch_record: { zh: '仓库出库记录', en: 'Warehouse dispatch record' },
  warehouse_record: { zh: '仓库/网点操作记录', en: 'Warehouse records' },
  vehicle_track: { zh: '车辆轨迹', en: 'Vehicle track' },
  call_recording: { zh: '通话录音', en: 'Call recording' },
  cctv: { zh: '监控录像', en: 'CCTV footage' },
  delivery_proof: { zh: '签收记录', en: 'Proof of delivery' },
  sent_vs_ordered: { zh: '实发商品与订单对比', en: 'What was sent vs what was ordered' },
  food_photos: { zh: '商品照片', en: 'Photos of the food' },
  batch_number: { zh: '批次号', en: 'Batch number' },
  cold_chain: { zh: '冷链温度记录', en: 'Cold-chain record' },
  receipt: { zh: '小票或订单记录', en: 'Receipt or order record' },
  price_tag: { zh: '价签照片', en: 'Photo of the price tag' },
  fee_record: { zh: '计费记录', en: 'Billing record' },
  system_log: { zh: '系统日志或截图', en: 'System log or screenshot' },
} as const satisfies Record<string, Omit<EvidenceItem, 'code' | 'required'>>;
type ItemCode = keyof typeof ITEMS;

// The preset's items are all required: they are what the seeds say to collect for the category.
const items = (...codes: ItemCode[]): readonly EvidenceItem[] => codes.map((code) => ({ code, ...ITEMS[code], required: true }));

// By category, as the parcel presets (express, logistics, delivery after-sales) investigate.
const PARCEL: Record<string, readonly EvidenceItem[]> = {
  damage: items('parcel_photos', 'item_photos', 'waybill_track', 'dispatch_record'),
  loss: items('waybill_track', 'warehouse_record', 'vehicle_track', 'cctv'),
  delay: items('waybill_track'),
  wrong_item: items('sent_vs_ordered', 'item_photos', 'dispatch_record'),
  attitude: items('call_recording', 'cctv'),
  delivery_service: items('delivery_proof', 'call_recording'),
  info_lag: items('waybill_track', 'call_recording'),
  fee_dispute: items('fee_record', 'call_recording'),
  other: [],
};

/** The default checklist of each preset, keyed by category code; a category not listed has none. */
export const EVIDENCE_CHECKLISTS: Readonly<Record<PresetCode, Readonly<Record<string, readonly EvidenceItem[]>>>> = {
  express: PARCEL,
  logistics: PARCEL,
  'delivery-after-sales': PARCEL,
  'fresh-food': {
    food_quality: items('food_photos', 'batch_number', 'cold_chain'),
    // A late fresh delivery is judged by the cold chain as much as by the track (rule 9: value destroyed).
    delay: items('waybill_track', 'cold_chain'),
    wrong_item: items('sent_vs_ordered', 'food_photos'),
    attitude: items('call_recording'),
    system_error: items('system_log', 'receipt'),
    other: [],
  },
  supermarket: {
    product_quality: items('item_photos', 'batch_number', 'receipt'),
    price_dispute: items('price_tag', 'receipt'),
    hygiene: items('cctv', 'item_photos'),
    attitude: items('cctv', 'call_recording'),
    delay: items('receipt'),
    other: [],
  },
};

/** The preset's default checklist of a category (the company's edited one, when saved, replaces it). */
export function checklistOf(preset: string | null, category: string | null): readonly EvidenceItem[] {
  if (!preset || !category) return [];
  return (EVIDENCE_CHECKLISTS as Record<string, Record<string, readonly EvidenceItem[]> | undefined>)[preset]?.[category] ?? [];
}

export type ChecklistEntry = EvidenceItem & {
  /** No longer on the category's checklist, shown because a case already has marks on it (marks are kept). */
  retired: boolean;
};

/**
 * The checklist a case shows: the category's current items, then any item the case has marks on that an
 * administrator has since removed (its label as the last mark recorded it) — marks are append-only and
 * never lost to an edit of the checklist.
 */
export function caseChecklist(current: readonly EvidenceItem[], marked: ReadonlyArray<{ code: string; zh: string; en: string }>): ChecklistEntry[] {
  const out: ChecklistEntry[] = current.map((i) => ({ ...i, retired: false }));
  const have = new Set(current.map((i) => i.code));
  for (const m of marked) {
    if (have.has(m.code)) continue;
    have.add(m.code);
    out.push({ code: m.code, zh: m.zh, en: m.en, required: false, retired: true });
  }
  return out;
}

/** Which partner kind each external party names. */
export const PARTY_PARTNER_KIND: Partial<Record<ResponsibleParty, 'carrier' | 'outlet' | 'supplier'>> = {
  carrier: 'carrier',
  outlet: 'outlet',
  supplier: 'supplier',
};

export type CompleteDelayFlag = {
  status: 'on_time' | 'delayed' | 'complete_delay';
  completeDelayAt: string;
  thresholdDays: number;
  treatAsLoss: boolean;
};

/**
 * 彻底延误 of a delay complaint (rule 10): null without the facts it needs. The system does not know when a
 * parcel was delivered, so a delay complaint counts as undelivered while the case is open; a finished
 * case is judged as of when it finished (`finishedAt`), so the flag does not keep growing afterwards.
 */
export function completeDelayOf(
  c: { category: string | null; serviceType: 'same_city' | 'intra_province' | 'inter_province' | null; promisedDeliveryAt: Date | null },
  asOf: Date,
  timeZone: string,
): CompleteDelayFlag | null {
  if (c.category !== 'delay' || !c.serviceType || !c.promisedDeliveryAt) return null;
  const a = assessDelay({ serviceType: c.serviceType, promisedAt: c.promisedDeliveryAt, deliveredAt: null, now: asOf, timeZone });
  return {
    status: a.status,
    completeDelayAt: a.completeDelayAt.toISOString(),
    thresholdDays: a.thresholdDays,
    treatAsLoss: a.status === 'complete_delay',
  };
}
