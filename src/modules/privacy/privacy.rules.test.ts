import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CASE_EVENT_PAYLOADS, type CaseEventKind } from '../cases/case.events.ts';
import { PERSONAL_PAYLOAD_FIELDS, REDACTED, erasureBlockers, isPastRetention, redactPayload } from './privacy.rules.ts';

const DAY = 86_400_000;
const now = new Date('2026-12-07T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

// String fields of the timeline's payloads that are NOT text about the customer: codes, names of staff,
// departments and partners, case numbers, ids and times. A new string field must join one list or the other.
const NOT_PERSONAL = new Set([
  'created.caseNumber', 'triaged.category', 'triaged.categorySuggested', 'triaged.priorityReasons.factor', 'triaged.priorityReasons.labelZh',
  'triaged.priorityReasons.labelEn', 'triaged.duplicates', 'status_changed.reasonEn', 'merged.intoCaseNumber', 'merged_from.fromCaseNumber',
  'linked.otherCaseNumber', 'attachment_added.contentType', 'sla_policy_changed.toPolicyName', 'sla_policy_changed.category',
  'sla_warning.target', 'sla_warning.dueAt', 'sla_breached.target', 'sla_breached.dueAt', 'escalated.target', 'escalated.dueAt', 'escalated.role',
  'escalated.roleLabel', 'remedy_proposed.items.kind', 'remedy_proposed.awaitingRole', 'remedy_endorsed.role', 'remedy_endorsed.nextRole',
  'remedy_approved.role', 'remedy_rejected.role', 'remedy_answered.executionDueAt', 'investigation_task_given.departmentName',
  'investigation_task_given.ownerName', 'investigation_task_given.dueAt', 'investigation_task_updated.departmentName',
  'investigation_task_updated.changes.ownerName.from', 'investigation_task_updated.changes.ownerName.to', 'investigation_task_updated.changes.dueAt.from',
  'investigation_task_updated.changes.dueAt.to', 'investigation_task_done.departmentName', 'evidence_linked.itemCode', 'evidence_linked.itemLabelZh',
  'evidence_linked.itemLabelEn', 'evidence_linked.sha256', 'evidence_hidden.sha256', 'responsibility_decided.rootCause', 'responsibility_decided.party',
  'responsibility_decided.departmentName', 'responsibility_decided.personName', 'responsibility_decided.partnerName', 'action_created.kind',
  'action_created.departmentName', 'action_created.assigneeName', 'action_created.dueAt', 'action_completed.kind', 'action_completed.departmentName',
  'action_failed.kind', 'action_failed.departmentName', 'action_cancelled.kind', 'action_cancelled.departmentName', 'cost_posted.kind',
  'cost_posted.source', 'cost_reversed.kind', 'claim_filed.partnerName', 'claim_filed.term', 'claim_accepted.partnerName', 'claim_rejected.partnerName',
  'claim_paid.partnerName', 'claim_written_off.partnerName', 'regulator_replied.regulator', 'regulator_replied.repliedAt',
  'complete_delay_flagged.completeDelayAt', 'complete_delay_flagged.promisedDeliveryAt', 'complete_delay_flagged.serviceType',
  'assigned.fromDepartmentName', 'assigned.toDepartmentName', 'assigned.fromAssigneeName', 'assigned.toAssigneeName',
  'collaborator_added.departmentName', 'collaborator_removed.departmentName', 'accountability_recorded.kind', 'accountability_revoked.kind',
  'callback_scheduled.earliestOn', 'callback_scheduled.dueOn', 'callback_overdue.dueOn', 'callback_overdue.dueAt',
]);

/** Dot paths of every free string in a zod schema (enums, literals, uuids and records skipped). */
function stringPaths(schema: z.ZodType, prefix: string): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; format?: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
  switch (def.type) {
    case 'string':
      return def.format ? [] : [prefix];
    case 'optional':
    case 'nullable':
      return stringPaths(def.innerType!, prefix);
    case 'array':
      return stringPaths(def.element!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([k, v]) => stringPaths(v, prefix ? `${prefix}.${k}` : k));
    default:
      return [];
  }
}

describe('personal text on the timeline (rule 26)', () => {
  it('should classify every free-text field of every event kind as personal or not', () => {
    expect(stringPaths(CASE_EVENT_PAYLOADS.comment, '')).toEqual(['body']);
    expect(stringPaths(CASE_EVENT_PAYLOADS.investigation_task_updated, '')).toContain('changes.findings.from');
    const unclassified: string[] = [];
    for (const [kind, schema] of Object.entries(CASE_EVENT_PAYLOADS)) {
      const personal = new Set(PERSONAL_PAYLOAD_FIELDS[kind as CaseEventKind] ?? []);
      for (const path of stringPaths(schema, '')) {
        if (!personal.has(path) && !NOT_PERSONAL.has(`${kind}.${path}`)) unclassified.push(`${kind}.${path}`);
      }
    }
    expect(unclassified).toEqual([]);
  });

  it('should list only paths that exist in the payloads', () => {
    for (const [kind, paths] of Object.entries(PERSONAL_PAYLOAD_FIELDS)) {
      const known = new Set(stringPaths(CASE_EVENT_PAYLOADS[kind as CaseEventKind], ''));
      for (const path of paths ?? []) {
        // `updated` records any case field's change; its paths are fixed by the case's personal fields.
        if (kind !== 'updated') expect(known.has(path), `${kind}.${path}`).toBe(true);
      }
    }
  });

  it('should replace only listed strings by the marker and keep ids, amounts and structure', () => {
    const payload = { remedyId: 'r1', step: 1, role: 'supervisor', totalFen: 5000, comment: '张三要求赔偿' };
    expect(redactPayload('remedy_approved', payload)).toEqual({ ...payload, comment: REDACTED });
    expect(payload.comment).toBe('张三要求赔偿');
    const updated = { changes: { description: { from: '旧的描述 13800001111', to: '新的描述' }, priority: { from: 'P3', to: 'P2' }, demand: { from: null, to: '退款' } } };
    expect(redactPayload('updated', updated)).toEqual({
      changes: { description: { from: REDACTED, to: REDACTED }, priority: { from: 'P3', to: 'P2' }, demand: { from: null, to: REDACTED } },
    });
    const repair = { actionId: 'a', kind: 'repair', departmentName: '售后', amountFen: null, note: null, repair: { fault: '屏幕', method: '更换', partsReplaced: null } };
    expect(redactPayload('action_completed', repair)).toMatchObject({ note: null, repair: { fault: REDACTED, method: REDACTED, partsReplaced: null } });
  });

  it('should answer null when nothing is personal or it was redacted already', () => {
    expect(redactPayload('created', { channel: 'hotline', caseNumber: 'TS1' })).toBeNull();
    expect(redactPayload('comment', { body: REDACTED })).toBeNull();
    expect(redactPayload('status_changed', { auto: true, reasonEn: 'x' })).toBeNull();
  });
});

describe('retention and erasure (rules 25, 27, 28)', () => {
  it('should count the period from when the case ended (rule 27)', () => {
    expect(isPastRetention({ endedAt: daysAgo(31), regulatorReferral: null }, 30, now)).toBe(true);
    expect(isPastRetention({ endedAt: daysAgo(29), regulatorReferral: null }, 30, now)).toBe(false);
    expect(isPastRetention({ endedAt: null, regulatorReferral: null }, 30, now)).toBe(false);
  });

  it("should keep a regulator's file 3 years whatever the period (rule 27 with rule 4)", () => {
    expect(isPastRetention({ endedAt: daysAgo(400), regulatorReferral: '12315' }, 30, now)).toBe(false);
    expect(isPastRetention({ endedAt: daysAgo(1100), regulatorReferral: '12315' }, 30, now)).toBe(true);
  });

  it('should refuse erasure while a case is open (rule 25) or a regulator file is kept (rule 27), allow it otherwise (rule 28)', () => {
    const closed = { caseNumber: 'A', terminal: true, endedAt: daysAgo(1), regulatorReferral: null };
    expect(erasureBlockers([closed], now)).toEqual([]);
    expect(erasureBlockers([closed, { ...closed, caseNumber: 'B', terminal: false }], now)).toEqual([{ reason: 'open_case', caseNumber: 'B' }]);
    expect(erasureBlockers([{ ...closed, regulatorReferral: '12305' }], now)).toEqual([{ reason: 'regulator_file', caseNumber: 'A' }]);
    expect(erasureBlockers([{ ...closed, endedAt: daysAgo(1200), regulatorReferral: '12305' }], now)).toEqual([]);
  });
});
