// Personal data (rules 25–31): what counts as personal text on a case and its timeline, how it is redacted,
// retention periods and when a customer's data may be erased. Pure: no database, no clock.
import type { CaseEventKind } from '../cases/case.events.ts';
import { REDACTED } from '../../shared/redaction.ts';
import type { DataKind, RetentionPeriods } from './privacy.types.ts';

export { REDACTED };

const DAY_MS = 86_400_000;

/** Rule 27 (Art 19 "shortest necessary time"): defaults an administrator may shorten or lengthen. */
export const DEFAULT_RETENTION_DAYS: RetentionPeriods = {
  case_text: 1095,
  attachments: 1095,
  contact: 1095,
  phone_reads: 1095,
};

/** Bounds of an edited period: at least a month, at most ten years. */
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 3650;

/**
 * Rule 27 with rule 4: a case transferred by a regulator keeps its file for 3 years after closure whatever the
 * configured period, and is not erased on request before then (Art 47: storage and security only).
 */
export const REGULATOR_FILE_DAYS = 1095;

/** The case's own free-text and reference fields that identify or describe the customer (rule 26). */
export const PERSONAL_CASE_FIELDS = ['description', 'demand', 'rejectReason', 'waybillNo', 'orderNo'] as const;
export type PersonalCaseField = (typeof PERSONAL_CASE_FIELDS)[number];

/**
 * Per timeline kind, the payload paths (dot-separated) that hold free text written about the customer.
 * Kinds, times, actors, amounts, statuses and ids stay: the audit trail keeps what happened, not what was said.
 */
export const PERSONAL_PAYLOAD_FIELDS: { readonly [K in CaseEventKind]?: readonly string[] } = {
  status_changed: ['reason'],
  reopened: ['reason'],
  assigned: ['reason'],
  updated: PERSONAL_CASE_FIELDS.flatMap((f) => [`changes.${f}.from`, `changes.${f}.to`]),
  merged: ['reason'],
  merged_from: ['reason'],
  comment: ['body'],
  note: ['body'],
  attachment_added: ['filename'],
  remedy_endorsed: ['comment'],
  remedy_approved: ['comment'],
  remedy_rejected: ['comment'],
  remedy_answered: ['note', 'counterOffer'],
  investigation_task_given: ['instructions'],
  investigation_task_updated: ['changes.findings.from', 'changes.findings.to'],
  investigation_task_done: ['findings'],
  evidence_linked: ['filename', 'notApplicableReason'],
  evidence_hidden: ['filename', 'reason'],
  responsibility_decided: ['rootCauseText', 'note'],
  action_completed: ['note', 'repair.fault', 'repair.method', 'repair.partsReplaced'],
  action_failed: ['note'],
  action_cancelled: ['reason'],
  cost_posted: ['note'],
  cost_reversed: ['reason'],
  claim_accepted: ['note'],
  claim_rejected: ['reason'],
  claim_paid: ['note'],
  claim_written_off: ['reason'],
  regulator_replied: ['content'],
  escalated: ['reason'],
  callback_attempted: ['note'],
  callback_completed: ['comment'],
  survey_answered: ['comment'],
};

/**
 * The payload with each listed string replaced by the marker; null when nothing would change (nothing
 * personal, or redacted already). Only strings are replaced, the one change the database trigger accepts.
 */
export function redactPayload(kind: string, payload: Record<string, unknown>): Record<string, unknown> | null {
  const paths = PERSONAL_PAYLOAD_FIELDS[kind as CaseEventKind];
  if (!paths) return null;
  const out = structuredClone(payload);
  let changed = false;
  for (const path of paths) {
    const keys = path.split('.');
    let node: unknown = out;
    for (const key of keys.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    const last = keys[keys.length - 1]!;
    if (!node || typeof node !== 'object') continue;
    const holder = node as Record<string, unknown>;
    if (typeof holder[last] === 'string' && holder[last] !== REDACTED) {
      holder[last] = REDACTED;
      changed = true;
    }
  }
  return changed ? out : null;
}

/** The instant before which a closure (or a read) is past its period. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Whether a finished case's data of this kind is past its period, counted from when it ended (its closure, or
 * its last change when it was rejected or merged); a regulator's file is kept 3 years at least.
 */
export function isPastRetention(c: { endedAt: Date | null; regulatorReferral: string | null }, days: number, now: Date): boolean {
  if (!c.endedAt) return false;
  const effective = c.regulatorReferral ? Math.max(days, REGULATOR_FILE_DAYS) : days;
  return c.endedAt.getTime() < retentionCutoff(now, effective).getTime();
}

export type ErasureBlocker = { reason: 'open_case' | 'regulator_file'; caseNumber: string };

/**
 * Rule 25: while a complaint is being handled, handling it is the legal basis — its data stays until it ends.
 * Rule 27 (with rule 4): a regulator's file is kept 3 years after closure. Anything else may be erased (rule 28).
 */
export function erasureBlockers(
  cases: ReadonlyArray<{ caseNumber: string; terminal: boolean; endedAt: Date | null; regulatorReferral: string | null }>,
  now: Date,
): ErasureBlocker[] {
  const out: ErasureBlocker[] = [];
  for (const c of cases) {
    if (!c.terminal) out.push({ reason: 'open_case', caseNumber: c.caseNumber });
    else if (c.regulatorReferral && !isPastRetention(c, 0, now)) out.push({ reason: 'regulator_file', caseNumber: c.caseNumber });
  }
  return out;
}

/** Periods as stored, with the default for each kind not stored. */
export function effectivePeriods(stored: ReadonlyArray<{ kind: DataKind; days: number }>): RetentionPeriods {
  const out = { ...DEFAULT_RETENTION_DAYS };
  for (const row of stored) out[row.kind] = row.days;
  return out;
}
