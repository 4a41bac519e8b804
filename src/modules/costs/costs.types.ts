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
