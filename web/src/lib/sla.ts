import type { CaseSla, SlaTargetState } from '../api/model.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';

export type SlaTone = 'running' | 'warning' | 'breached' | 'paused' | 'met' | 'stopped';

export type SlaSummaryView = { tone: SlaTone; target: SlaTargetState | null; remainingMs: number | null };

const ACTIVE = ['running', 'warning', 'breached'];
const WARN_SHARE = 0.75;

export const SLA_COLORS: Record<SlaTone, string> = {
  running: 'green',
  warning: 'orange',
  breached: 'red',
  paused: 'default',
  met: 'default',
  stopped: 'default',
};

const due = (t: SlaTargetState): number => (t.dueAt ? Date.parse(t.dueAt) : Number.POSITIVE_INFINITY);

/**
 * The deadline that matters now: the nearest one still running (which is the most overdue one when
 * several are missed). Clocks are started when the case is created, so the share used is measured
 * from createdAt; the server's own 'warning' status wins whenever it has already said so.
 */
export const summariseSla = (sla: CaseSla | null | undefined, createdAt: string, now: number): SlaSummaryView | null => {
  if (!sla || sla.targets.length === 0) return null;
  const active = sla.targets.filter((t) => ACTIVE.includes(t.status) && t.dueAt).sort((a, b) => due(a) - due(b));
  const next = active[0];
  if (next) {
    const remainingMs = due(next) - now;
    const start = Date.parse(createdAt);
    const total = due(next) - start;
    const used = total > 0 ? (now - start) / total : 1;
    const tone: SlaTone =
      remainingMs <= 0 || next.status === 'breached' ? 'breached' : next.status === 'warning' || used >= WARN_SHARE ? 'warning' : 'running';
    return { tone, target: next, remainingMs };
  }
  if (sla.targets.some((t) => t.status === 'paused')) {
    return { tone: 'paused', target: sla.targets.find((t) => t.status === 'paused') ?? null, remainingMs: null };
  }
  if (sla.targets.some((t) => t.status === 'met')) return { tone: 'met', target: null, remainingMs: null };
  return { tone: 'stopped', target: null, remainingMs: null };
};

/** "3小时12分" / "3h 12m": two units at most, dropping a zero second unit. */
export const formatDuration = (ms: number, t: Translate): string => {
  const totalMin = Math.floor(Math.abs(ms) / 60_000);
  if (totalMin < 1) return t('duration.lt1m');
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  if (d > 0) return h > 0 ? t('duration.dh', { d, h }) : t('duration.d', { d });
  if (h > 0) return m > 0 ? t('duration.hm', { h, m }) : t('duration.h', { h });
  return t('duration.m', { m });
};

const SLA_TARGET_KEYS: Record<string, MessageKey> = {
  acknowledge: 'sla.target.acknowledge',
  first_reply: 'sla.target.first_reply',
  resolution: 'sla.target.resolution',
  legal_outer_limit: 'sla.target.legal_outer_limit',
  appeal_reply: 'sla.target.appeal_reply',
  execution: 'sla.target.execution',
  // An overdue satisfaction callback warns and escalates like a time limit.
  callback: 'sla.target.callback',
};

const SLA_STATUS_KEYS: Record<string, MessageKey> = {
  running: 'sla.status.running',
  warning: 'sla.status.warning',
  breached: 'sla.status.breached',
  paused: 'sla.status.paused',
  met: 'sla.status.met',
  stopped: 'sla.status.stopped',
};

export const slaTargetLabel = (target: string | null | undefined, t: Translate): string => {
  if (!target) return '—';
  const key = SLA_TARGET_KEYS[target];
  return key ? t(key) : target;
};

export const slaStatusLabel = (status: string, t: Translate): string => {
  const key = SLA_STATUS_KEYS[status];
  return key ? t(key) : status;
};

export const slaBadgeText = (v: SlaSummaryView, t: Translate): string => {
  if (v.remainingMs !== null) {
    return v.remainingMs > 0 ? t('sla.left', { time: formatDuration(v.remainingMs, t) }) : t('sla.overdue', { time: formatDuration(v.remainingMs, t) });
  }
  if (v.tone === 'paused') return t('sla.paused');
  if (v.tone === 'met') return t('sla.met');
  return t('sla.stopped');
};
