// The remedies' vocabulary, shared by the table, the schemas and the web's generated contract (pure).
/** 待审批 → 已批准 / 已驳回 → 已提交客户 → 客户接受 / 还价 / 拒绝; `superseded` when a newer remedy replaced it. */
export const REMEDY_STATUSES = ['pending_approval', 'approved', 'rejected', 'offered', 'accepted', 'countered', 'declined', 'superseded'] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];

/** The remedy catalogue (issue 11 item 4; seeds 001–004). */
export const REMEDY_KINDS = [
  'apology', 'search_recover', 'resend', 'replace', 'repair', 'refund', 'fee_waiver', 'compensation', 'voucher', 'discipline', 'process_fix',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

export type RemedyItem = { kind: RemedyKind; amountFen: number | null; note: string | null };

