import { describe, expect, it } from 'vitest';
import { CASE_EVENT_KINDS, CaseEventSchema, caseEvent, type CaseEventInput, type CaseEventKind } from './case.events.ts';

const ID = '7d444840-9dc0-41d1-8a12-0f6e3c1b2f3a';
const OTHER = '5b1c2a3e-4f5d-4e6f-9a7b-8c9d0e1f2a3b';
const assignment = {
  fromDepartmentId: null,
  toDepartmentId: ID,
  fromAssigneeId: null,
  toAssigneeId: OTHER,
  fromDepartmentName: null,
  toDepartmentName: '客服部',
  fromAssigneeName: null,
  toAssigneeName: '张三',
};
const clock = { target: 'resolution', dueAt: '2026-03-02T10:00:00.000Z' };

// One sample per builder, as its writer builds it; a kind without a sample fails the coverage test.
const SAMPLES: Record<CaseEventKind, CaseEventInput> = {
  created: caseEvent.created({ status: 'registered', channel: 'hotline', caseNumber: 'TS20260302-0001' }),
  triaged: caseEvent.triaged({
    category: 'delay',
    categorySuggested: 'delay',
    confidence: 0.8,
    urgency: 'normal',
    priority: 'P3',
    priorityReasons: [{ factor: 'urgency', points: 10, labelZh: '一般', labelEn: 'normal' }],
    upset: false,
    repeatCount: 0,
    duplicates: ['TS20260301-0002'],
  }),
  status_changed: caseEvent.statusChanged({ from: 'registered', to: 'assigned' }, { auto: true, reason: '类别=延误 → 客服部', reasonEn: 'category=Delay → Service' }),
  reopened: caseEvent.reopened({ from: 'closed', to: 'investigating' }, { reason: '客户再次来电' }),
  assigned: caseEvent.assigned({ auto: true, ruleId: OTHER, ...assignment }),
  updated: caseEvent.updated({ changes: { urgency: { from: 'normal', to: 'urgent' } } }),
  merged: caseEvent.merged('registered', { intoId: ID, intoCaseNumber: 'TS20260302-0002', reason: null }),
  merged_from: caseEvent.mergedFrom({ fromId: ID, fromCaseNumber: 'TS20260302-0001', reason: '重复' }),
  linked: caseEvent.linked({ otherId: ID, otherCaseNumber: 'TS20260302-0002' }),
  comment: caseEvent.comment({ body: '已联系客户' }),
  note: caseEvent.note({ body: '内部备注' }),
  attachment_added: caseEvent.attachmentAdded({ attachmentId: ID, filename: 'a.png', contentType: 'image/png', size: 12 }),
  collaborator_added: caseEvent.collaboratorAdded({ departmentId: ID, departmentName: '仓储部' }),
  collaborator_removed: caseEvent.collaboratorRemoved({ departmentId: ID, departmentName: '仓储部' }),
  sla_policy_changed: caseEvent.slaPolicyChanged({ fromPolicyId: null, toPolicyId: ID, toPolicyName: 'P1', priority: 'P1', category: null, cause: 'edit' }),
  sla_warning: caseEvent.slaWarning(clock),
  remedy_proposed: caseEvent.remedyProposed({ remedyId: ID, totalFen: 80_000, items: [{ kind: 'compensation', amountFen: 80_000 }], approval: 'pending', awaitingRole: 'supervisor' }),
  remedy_endorsed: caseEvent.remedyEndorsed({ remedyId: ID, step: 0, role: 'supervisor', nextRole: 'manager', comment: '转呈' }),
  remedy_approved: caseEvent.remedyApproved({ remedyId: ID, step: 0, role: 'supervisor', totalFen: 80_000, comment: '' }),
  remedy_rejected: caseEvent.remedyRejected({ remedyId: ID, step: 0, role: 'supervisor', comment: '金额过高' }),
  remedy_offered: caseEvent.remedyOffered({ remedyId: ID, totalFen: 80_000 }),
  remedy_answered: caseEvent.remedyAnswered({ remedyId: ID, answer: 'accepted', note: null, counterOffer: null, counterOfferFen: null, executionDueAt: '2026-03-05T10:00:00.000Z' }),
  sla_breached: caseEvent.slaBreached(clock),
  escalated: caseEvent.escalated({ ...clock, level: 1, role: 'supervisor', reason: 'breach', roleLabel: '主管' }),
  investigation_task_given: caseEvent.investigationTaskGiven({
    taskId: ID, departmentId: OTHER, departmentName: '仓储部', ownerId: null, ownerName: null, dueAt: null, instructions: '核实出库记录',
  }),
  investigation_task_updated: caseEvent.investigationTaskUpdated({
    taskId: ID, departmentId: OTHER, departmentName: '仓储部', changes: { findings: { from: null, to: '出库时外包装完好' } },
  }),
  investigation_task_done: caseEvent.investigationTaskDone({ taskId: ID, departmentId: OTHER, departmentName: '仓储部', status: 'done', findings: '已核实' }),
  evidence_linked: caseEvent.evidenceLinked({
    itemCode: 'waybill_track', itemLabelZh: '运单轨迹', itemLabelEn: 'Waybill track', attachmentId: ID, filename: 'track.pdf', sha256: 'ab', notApplicableReason: null,
  }),
  evidence_hidden: caseEvent.evidenceHidden({ attachmentId: ID, filename: 'a.png', sha256: 'ab', reason: '含他人隐私' }),
  responsibility_decided: caseEvent.responsibilityDecided({
    rootCause: 'partner', rootCauseText: '承运商分拣暴力', party: 'carrier', departmentName: null, personName: null, partnerName: '顺达快运', note: null,
  }),
  action_created: caseEvent.actionCreated({
    actionId: ID, kind: 'compensation', departmentId: OTHER, departmentName: '财务', assigneeName: null, dueAt: '2026-03-05T10:00:00.000Z',
    amountFen: 80_000, remedyId: ID, retryOfId: null, auto: true,
  }),
  action_completed: caseEvent.actionCompleted({
    actionId: ID, kind: 'repair', departmentName: '质控', amountFen: 3_000, note: null, repair: { fault: '屏幕排线松动', method: '重新压接', partsReplaced: '排线' },
  }),
  action_failed: caseEvent.actionFailed({ actionId: ID, kind: 'resend', departmentName: '仓库', note: '缺货' }),
  action_cancelled: caseEvent.actionCancelled({ actionId: ID, kind: 'voucher', departmentName: '客服', reason: '客户放弃' }),
  cost_posted: caseEvent.costPosted({ entryId: ID, kind: 'labour', amountFen: 1_667, source: 'labour', note: null, labourMinutes: 25, rateFenPerHour: 4_000 }),
  cost_reversed: caseEvent.costReversed({ entryId: ID, reversesId: OTHER, kind: 'labour', amountFen: -1_667, reason: '重复登记' }),
  claim_filed: caseEvent.claimFiled({ claimId: ID, partnerId: OTHER, partnerName: '顺达快运', claimedFen: 6_000, lossFen: 80_000, term: 'fee_multiple' }),
  claim_accepted: caseEvent.claimAccepted({ claimId: ID, partnerName: '顺达快运', claimedFen: 6_000, agreedFen: 5_000, note: null }),
  claim_rejected: caseEvent.claimRejected({ claimId: ID, partnerName: '顺达快运', reason: '签收无异议' }),
  claim_paid: caseEvent.claimPaid({ claimId: ID, partnerName: '顺达快运', recoveredFen: 5_000, agreedFen: 5_000, note: null }),
  claim_written_off: caseEvent.claimWrittenOff({ claimId: ID, partnerName: '顺达快运', outstandingFen: 6_000, reason: '金额过小' }),
  regulator_replied: caseEvent.regulatorReplied({
    replyId: ID, regulator: '12305', content: '已赔付并向用户致歉', repliedAt: '2026-03-03T08:00:00.000Z', appealClock: 'met', onTime: true,
  }),
  complete_delay_flagged: caseEvent.completeDelayFlagged({
    completeDelayAt: '2026-12-04T10:00:00.000Z', promisedDeliveryAt: '2026-12-01T10:00:00.000Z', serviceType: 'same_city', thresholdDays: 3,
  }),
  accountability_recorded: caseEvent.accountabilityRecorded({ recordId: ID, kind: 'fine', direction: 'penalty' }),
  accountability_revoked: caseEvent.accountabilityRevoked({ recordId: ID, kind: 'fine', direction: 'penalty' }),
  personal_data_erased: caseEvent.personalDataErased({ cause: 'request', kinds: ['case_text', 'attachments'], eventsRedacted: 3, attachmentsRedacted: 1 }),
  callback_scheduled: caseEvent.callbackScheduled({ callbackId: ID, earliestOn: '2026-10-08', dueOn: '2026-10-10', fromDays: 1, toDays: 3, dayKind: 'working' }),
  callback_opened: caseEvent.callbackOpened({ callbackId: ID, surveySent: true }),
  callback_attempted: caseEvent.callbackAttempted({ callbackId: ID, attempt: 1, maxAttempts: 3, note: null }),
  callback_completed: caseEvent.callbackCompleted({ callbackId: ID, overall: 'satisfied', result: 'satisfied', attitude: 'very_satisfied', efficiency: 'neutral', comment: null, outcome: 'closed' }),
  survey_answered: caseEvent.surveyAnswered({ callbackId: ID, overall: 'dissatisfied', result: null, attitude: null, efficiency: null, comment: '太慢', outcome: 'reopened' }),
  callback_unreachable: caseEvent.callbackUnreachable({ callbackId: ID, attempts: 3 }),
  callback_overdue: caseEvent.callbackOverdue({ callbackId: ID, dueOn: '2026-10-10', dueAt: '2026-10-10T16:00:00.000Z' }),
  callback_cancelled: caseEvent.callbackCancelled({ callbackId: ID, cause: 'resolved_again' }),
  customer_messaging_changed: caseEvent.customerMessagingChanged({ fields: ['preferredChannel', 'email'], preferredChannel: 'email', language: 'zh', optOut: false }),
};

const asView = (e: CaseEventInput) => ({
  id: ID,
  caseId: OTHER,
  kind: e.kind,
  actorId: null,
  actorName: null,
  fromStatus: e.fromStatus ?? null,
  toStatus: e.toStatus ?? null,
  visibility: e.visibility ?? 'internal',
  payload: e.payload,
  createdAt: '2026-03-02T08:00:00.000Z',
});

describe('timeline events', () => {
  it.each(CASE_EVENT_KINDS.map((k) => [k] as const))('should parse what the %s builder builds, unchanged', (kind) => {
    const e = SAMPLES[kind];
    expect(e.kind).toBe(kind);
    const parsed = CaseEventSchema.parse(asView(e));
    expect(parsed).toEqual(asView(e));
  });

  it('should have a builder sample for every kind and no other', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CASE_EVENT_KINDS].sort());
  });

  it('should reject an unknown kind', () => {
    expect(CaseEventSchema.safeParse({ ...asView(SAMPLES.note), kind: 'tampered' }).success).toBe(false);
  });

  it('should reject a payload that does not fit its kind', () => {
    expect(CaseEventSchema.safeParse({ ...asView(SAMPLES.note), payload: { text: 'x' } }).success).toBe(false);
    expect(CaseEventSchema.safeParse({ ...asView(SAMPLES.merged), payload: SAMPLES.linked.payload }).success).toBe(false);
  });

  it('should mark customer-visible replies public and notes internal', () => {
    expect(SAMPLES.comment.visibility).toBe('public');
    expect(SAMPLES.note.visibility).toBe('internal');
  });

  it('should not compile an unknown kind or a wrong payload', () => {
    // @ts-expect-error: no such kind
    const unknownKind: CaseEventInput = { kind: 'tampered', payload: {} };
    // @ts-expect-error: a note's payload is { body }
    const wrongPayload: CaseEventInput = { kind: 'note', payload: { text: 'x' } };
    expect([unknownKind, wrongPayload]).toHaveLength(2);
  });
});
