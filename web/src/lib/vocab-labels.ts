import { CAUSES, REGULATOR_REFERRALS, STAGES } from '../api/types.ts';
import type { Translate } from '../i18n/index.ts';

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
      return t(`escalation.reason.${reason}`);
    default:
      return reason ?? '—';
  }
};

export const yuan = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `¥${v.toLocaleString('zh-CN')}`);
