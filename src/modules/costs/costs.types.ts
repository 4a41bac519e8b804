// The cost ledger's vocabulary, shared by the table, the rules, the schemas and the service.

/**
 * What a ledger entry is for (seed 004 七、成本控制: 人工成本、物流赔偿费用、货物换货及维修成本、客户补偿费用; seed 001/002
 * 赔付、运费减免). `recovery` is money coming back from a carrier or supplier claim (追偿): always negative.
 */
export const COST_KINDS = [
  'compensation',
  'refund',
  'fee_waiver',
  'resend',
  'replacement',
  'repair',
  'voucher',
  'return_freight',
  'extra_compensation',
  'labour',
  'recovery',
  'other',
] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** Kinds a supervisor may post by hand (labour has its own route, recoveries come from claims). */
export const MANUAL_COST_KINDS = COST_KINDS.filter((k) => k !== 'labour') as Exclude<CostKind, 'labour'>[];

/**
 * Where an entry came from: an execution action (refund paid, goods resent …), a carrier / supplier claim,
 * handling labour, a person's manual entry, or the reversal of another entry.
 */
export const COST_SOURCES = ['execution_action', 'claim', 'labour', 'manual', 'reversal'] as const;
export type CostSource = (typeof COST_SOURCES)[number];

/** A budget is for the whole company, one category (its code) or one department (its id), per month. */
export const BUDGET_SCOPES = ['company', 'category', 'department'] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];

export const REPORT_GROUPINGS = ['category', 'department', 'kind'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** The kinds and sources by name, for the CSV export (the web has its own labels). */
export const COST_KIND_LABELS: Readonly<Record<CostKind, { zh: string; en: string }>> = {
  compensation: { zh: '赔偿', en: 'Compensation' },
  refund: { zh: '退款', en: 'Refund' },
  fee_waiver: { zh: '运费减免', en: 'Fee waiver' },
  resend: { zh: '补发', en: 'Resend' },
  replacement: { zh: '换货', en: 'Replacement' },
  repair: { zh: '维修', en: 'Repair' },
  voucher: { zh: '购物券', en: 'Voucher' },
  return_freight: { zh: '退货运费', en: 'Return freight' },
  extra_compensation: { zh: '惩罚性赔偿', en: 'Punitive compensation' },
  labour: { zh: '处理工时', en: 'Handling labour' },
  recovery: { zh: '追偿回款', en: 'Recovery' },
  other: { zh: '其他', en: 'Other' },
};

export const COST_SOURCE_LABELS: Readonly<Record<CostSource, { zh: string; en: string }>> = {
  execution_action: { zh: '执行', en: 'Execution' },
  claim: { zh: '追偿', en: 'Claim' },
  labour: { zh: '工时', en: 'Labour' },
  manual: { zh: '手工登记', en: 'Manual' },
  reversal: { zh: '冲销', en: 'Reversal' },
};
