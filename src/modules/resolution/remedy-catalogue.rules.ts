// The remedy catalogue 方案目录 (issue 11 item 4) as company data: which kinds of remedy the company offers,
// in what order, under its own label and description, and whether each carries an amount of money. The
// kinds themselves are the closed vocabulary of `REMEDY_KINDS`; an administrator edits everything else.
// Defaults per industry preset follow the seeds (pure: no I/O).
import { z } from 'zod';
import type { PresetCode } from '../presets/preset.schema.ts';
import { REMEDY_KINDS, type RemedyKind } from './resolution.types.ts';

/** The kinds that move money unless the company says otherwise (refund, fee waiver, compensation, voucher). */
export const DEFAULT_MONEY_KINDS: ReadonlySet<RemedyKind> = new Set(['refund', 'fee_waiver', 'compensation', 'voucher']);

export const RemedyCatalogueEntrySchema = z.strictObject({
  kind: z.enum(REMEDY_KINDS),
  enabled: z.boolean(),
  labelZh: z.string().trim().min(1, { error: 'blank' }).max(40),
  labelEn: z.string().trim().min(1, { error: 'blank' }).max(60),
  descriptionZh: z.string().trim().max(300),
  descriptionEn: z.string().trim().max(300),
  /** The item needs an amount (fen) when proposed; without, it must carry none. */
  carriesMoney: z.boolean(),
});
export type RemedyCatalogueEntry = z.infer<typeof RemedyCatalogueEntrySchema>;

/** Every kind exactly once; the order of the list is the order the propose form offers them in. */
export const RemedyCatalogueSchema = z.array(RemedyCatalogueEntrySchema).superRefine((items, ctx) => {
  const seen = new Set<string>();
  items.forEach((e, i) => {
    if (seen.has(e.kind)) ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'catalogue_kind_duplicate' });
    seen.add(e.kind);
  });
  if (REMEDY_KINDS.some((k) => !seen.has(k))) ctx.addIssue({ code: 'custom', path: [], message: 'catalogue_kind_missing' });
});
export type RemedyCatalogue = z.infer<typeof RemedyCatalogueSchema>;

type Label = { zh: string; en: string; dZh: string; dEn: string };

// Seeds 001 (破损赔付, 运费减免), 002 (the remedy list, 批评教育或处罚), 003 (全额退款并赠送等值购物券),
// 004 (补发/退款/优惠券, 维修, 奖惩), 000 (redelivery / discount as an interim remedy).
const LABELS: Record<RemedyKind, Label> = {
  apology: { zh: '道歉', en: 'Apology', dZh: '向客户说明原因并致歉', dEn: 'Explain the cause to the customer and apologise' },
  search_recover: { zh: '查找追回', en: 'Search and recover', dZh: '追查物品去向并追回', dEn: 'Trace the item and bring it back' },
  resend: { zh: '补发', en: 'Resend', dZh: '重新发出货物或重新派送', dEn: 'Send the goods again or redeliver' },
  replace: { zh: '换货', en: 'Replace', dZh: '以同款商品更换', dEn: 'Exchange for the same goods' },
  repair: { zh: '维修', en: 'Repair', dZh: '上门或寄回维修, 留存维修记录', dEn: 'Repair on site or sent back, with a repair record' },
  refund: { zh: '退款', en: 'Refund', dZh: '退还货款或费用', dEn: 'Pay back the price or the fee' },
  fee_waiver: { zh: '运费减免', en: 'Fee waiver', dZh: '免收本单运费 (附加费用不免)', dEn: 'Waive this shipment’s fee (add-on fees are not waived)' },
  compensation: { zh: '赔偿', en: 'Compensation', dZh: '按赔付规则赔偿损失', dEn: 'Pay for the loss under the compensation rules' },
  voucher: { zh: '购物券', en: 'Voucher', dZh: '赠送购物券或优惠券', dEn: 'A shopping voucher or coupon' },
  discipline: { zh: '内部追责', en: 'Discipline', dZh: '对责任人批评教育或处罚', dEn: 'Reprimand or penalise whoever was responsible' },
  process_fix: { zh: '流程改进', en: 'Process fix', dZh: '改进流程, 防止再次发生', dEn: 'Change the process so it does not happen again' },
};

function catalogue(order: readonly RemedyKind[], off: readonly RemedyKind[], relabel: Partial<Record<RemedyKind, Partial<Label>>> = {}): RemedyCatalogue {
  const rest = REMEDY_KINDS.filter((k) => !order.includes(k));
  return [...order, ...rest].map((kind) => {
    const l = { ...LABELS[kind], ...relabel[kind] };
    return {
      kind,
      enabled: !off.includes(kind) && order.includes(kind),
      labelZh: l.zh,
      labelEn: l.en,
      descriptionZh: l.dZh,
      descriptionEn: l.dEn,
      carriesMoney: DEFAULT_MONEY_KINDS.has(kind),
    };
  });
}

// A carrier sells carriage: it traces, redelivers, waives its fee and compensates; it sells no goods to
// replace or repair, and gives no shopping vouchers.
const CARRIER = catalogue(['apology', 'search_recover', 'resend', 'fee_waiver', 'compensation', 'refund', 'discipline', 'process_fix'], [], {
  resend: { zh: '重新派送', en: 'Redeliver', dZh: '重新派送或补寄', dEn: 'Deliver again or send again' },
  refund: { dZh: '退还运费', dEn: 'Pay back the carriage fee' },
});

export const DEFAULT_REMEDY_CATALOGUES: { readonly [P in PresetCode]: RemedyCatalogue } = {
  express: CARRIER,
  logistics: CARRIER,
  // 000: redelivery or a discount as the interim remedy; food is not repaired.
  'fresh-food': catalogue(['apology', 'resend', 'replace', 'refund', 'voucher', 'compensation', 'fee_waiver', 'discipline', 'process_fix'], [], {
    resend: { zh: '补送', en: 'Redeliver', dZh: '重新配送同款商品', dEn: 'Deliver the same goods again' },
    voucher: { zh: '优惠券', en: 'Coupon', dZh: '下次订单抵扣', dEn: 'A discount on the next order' },
  }),
  // 003: 全额退款并赠送等值购物券; 三包 goods are repaired.
  supermarket: catalogue(['apology', 'refund', 'voucher', 'replace', 'repair', 'compensation', 'discipline', 'process_fix'], []),
  // 004: all four case types — lost (search, resend, refund), damaged (repair, replace), delayed, wrong item.
  'delivery-after-sales': catalogue(
    ['apology', 'search_recover', 'resend', 'replace', 'repair', 'refund', 'fee_waiver', 'compensation', 'voucher', 'discipline', 'process_fix'],
    [],
  ),
};

export function defaultRemedyCatalogue(preset: PresetCode): RemedyCatalogue {
  return structuredClone(DEFAULT_REMEDY_CATALOGUES[preset]);
}

export type RemedyItemRefusal = { index: number; field: 'kind' | 'amountFen'; message: 'remedy_kind_disabled' | 'remedy_amount_required' | 'remedy_amount_not_allowed' };

/**
 * The items of a proposal checked against the catalogue: an item of a kind the company does not offer, a
 * money item without an amount, or an amount on an item that carries none.
 */
export function checkRemedyItems(items: ReadonlyArray<{ kind: RemedyKind; amountFen?: number | null | undefined }>, cat: RemedyCatalogue): RemedyItemRefusal[] {
  const byKind = new Map(cat.map((e) => [e.kind, e]));
  const out: RemedyItemRefusal[] = [];
  items.forEach((item, index) => {
    const e = byKind.get(item.kind);
    if (!e || !e.enabled) out.push({ index, field: 'kind', message: 'remedy_kind_disabled' });
    else if (e.carriesMoney && (item.amountFen === null || item.amountFen === undefined)) out.push({ index, field: 'amountFen', message: 'remedy_amount_required' });
    else if (!e.carriesMoney && item.amountFen) out.push({ index, field: 'amountFen', message: 'remedy_amount_not_allowed' });
  });
  return out;
}
