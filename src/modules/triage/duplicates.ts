import { normalisePhone, normaliseWaybill } from './priority.ts';

export type DuplicateProbe = {
  id?: string | undefined;
  waybillNo?: string | null | undefined;
  phone?: string | null | undefined;
  category?: string | null | undefined;
  receivedAt: Date;
};

export type ExistingCase = DuplicateProbe & { id: string; caseNumber?: string | undefined; status?: string | undefined };

export type DuplicateReason = 'same_waybill' | 'same_phone_and_category';

export type DuplicateCandidate = {
  caseId: string;
  caseNumber: string | undefined;
  reasons: DuplicateReason[];
  reasonZh: string;
  reasonEn: string;
  daysApart: number;
};

export type DuplicateOptions = {
  // Window for "same phone and same category".
  windowDays?: number;
  // A waybill match is a duplicate whenever it happened, unless a window is given here.
  waybillWindowDays?: number | null;
  // A merged case points to the case that lives on, which is the one to offer.
  ignoreStatuses?: readonly string[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

// Pure rule: the same waybill, or the same phone number with the same category within N days.
export function findDuplicates(probe: DuplicateProbe, existing: readonly ExistingCase[], options: DuplicateOptions = {}): DuplicateCandidate[] {
  const windowDays = options.windowDays ?? 3;
  const waybillWindowDays = options.waybillWindowDays ?? null;
  const ignore = new Set(options.ignoreStatuses ?? ['merged']);
  const waybill = normaliseWaybill(probe.waybillNo);
  const phone = normalisePhone(probe.phone);
  const out: DuplicateCandidate[] = [];
  for (const c of existing) {
    if (probe.id !== undefined && c.id === probe.id) continue;
    if (c.status !== undefined && ignore.has(c.status)) continue;
    const daysApart = Math.abs(probe.receivedAt.getTime() - c.receivedAt.getTime()) / DAY_MS;
    const reasons: DuplicateReason[] = [];
    if (waybill !== '' && normaliseWaybill(c.waybillNo) === waybill && (waybillWindowDays === null || daysApart <= waybillWindowDays)) {
      reasons.push('same_waybill');
    }
    if (
      phone !== '' &&
      probe.category != null &&
      normalisePhone(c.phone) === phone &&
      c.category === probe.category &&
      daysApart <= windowDays
    ) {
      reasons.push('same_phone_and_category');
    }
    if (reasons.length === 0) continue;
    const zh = reasons.map((r) => (r === 'same_waybill' ? `运单号相同（${waybill}）` : `同一手机号、同类投诉（${windowDays}天内）`));
    const en = reasons.map((r) => (r === 'same_waybill' ? `same waybill (${waybill})` : `same phone and category within ${windowDays} days`));
    out.push({ caseId: c.id, caseNumber: c.caseNumber, reasons, reasonZh: zh.join('；'), reasonEn: en.join('; '), daysApart: Math.round(daysApart * 10) / 10 });
  }
  // Waybill matches first (strongest evidence), then the closest in time.
  return out.sort((a, b) => Number(b.reasons.includes('same_waybill')) - Number(a.reasons.includes('same_waybill')) || a.daysApart - b.daysApart);
}
