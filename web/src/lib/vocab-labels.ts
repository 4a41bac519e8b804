import { REGULATOR_REFERRALS } from '../api/model.ts';
import type { Translate } from '../i18n/index.ts';

// The codes the industry presets use, with built-in labels in both languages; the company's own lists (which
// the administrator edits) come from /api/stages and /api/causes and win where loaded (components/options.ts).
// These are label sets of the UI, not the API's vocabulary: the API takes any code the company defined.
export const STAGES = [
  'pickup', 'warehouse', 'sorting', 'transport', 'delivery', 'customer_service', 'store', 'procurement', 'ordering', 'repair',
] as const;
export const CAUSES = [
  'operational_error', 'information_lag', 'force_majeure', 'customer', 'customer_misunderstanding', 'carrier', 'system',
  'process_gap', 'training', 'management', 'dispatch_error', 'cold_chain', 'supplier', 'product_defect', 'pricing_error',
] as const;

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

// Codes the UI does not know (a newer preset) are shown as they are rather than hidden.
export const stageLabel = (code: string | null | undefined, t: Translate): string =>
  !code ? '—' : isOneOf(STAGES, code) ? t(`stage.${code}`) : code;

export const causeLabel = (code: string | null | undefined, t: Translate): string =>
  !code ? '—' : isOneOf(CAUSES, code) ? t(`cause.${code}`) : code;

export const regulatorLabel = (code: string | null | undefined, t: Translate): string =>
  !code ? t('regulator.none') : isOneOf(REGULATOR_REFERRALS, code) ? t(`regulator.${code}`) : code;

export const escalationReasonLabel = (reason: string | null | undefined, t: Translate): string => {
  switch (reason) {
    case 'breach':
    case 'critical':
    case 'remedy_rejected':
    case 'reopened':
    case 'dissatisfied_callback':
    case 'callback_overdue':
      return t(`escalation.reason.${reason}`);
    default:
      return reason ?? '—';
  }
};

export const yuan = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `¥${v.toLocaleString('zh-CN')}`);

/** An amount the API carries in integer fen, shown as yuan with cents when there are any (¥12 / ¥12.50). */
export const fenAsYuan = (fen: number | null | undefined): string => {
  if (fen === null || fen === undefined) return '—';
  const y = fen / 100;
  return `¥${y.toLocaleString('zh-CN', { minimumFractionDigits: fen % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
};
