// The timeline's closed set of event kinds: one payload schema per kind, one builder per kind.
// Every writer (cases, triage, time limits, routing, attachments) goes through a builder, so an unknown
// kind or a wrong payload does not compile; the API's `CaseEvent` schema is the union of these.
import { z } from 'zod';
import { CHANNELS, PRIORITIES, URGENCIES, type CaseStatus } from './case.lifecycle.ts';

const PriorityReasonSchema = z.object({ factor: z.string(), points: z.number(), labelZh: z.string(), labelEn: z.string() });

/** Ids and the names they had at the time, so the timeline reads right after a rename or a departure. */
const AssignmentSchema = z.object({
  fromDepartmentId: z.uuid().nullable(),
  toDepartmentId: z.uuid().nullable(),
  fromAssigneeId: z.uuid().nullable(),
  toAssigneeId: z.uuid().nullable(),
  fromDepartmentName: z.string().nullable(),
  toDepartmentName: z.string().nullable(),
  fromAssigneeName: z.string().nullable(),
  toAssigneeName: z.string().nullable(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

const ClockPayload = z.object({ target: z.string(), dueAt: z.string() });
const CollaboratorPayload = z.object({ departmentId: z.uuid(), departmentName: z.string() });

/** An investigation task as the timeline names it: ids and the names they had at the time. */
const TaskRef = z.object({ taskId: z.uuid(), departmentId: z.uuid(), departmentName: z.string() });
const TaskChange = z.object({ from: z.string().nullable(), to: z.string().nullable() });

const SATISFACTION = z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied']);
/** A callback's answer: overall satisfaction (seed 004's five levels), the three dimensions of seed 002, what it did. */
const CallbackAnswer = z.object({
  callbackId: z.uuid(),
  overall: SATISFACTION,
  result: SATISFACTION.nullable(),
  attitude: SATISFACTION.nullable(),
  efficiency: SATISFACTION.nullable(),
  comment: z.string().nullable(),
  outcome: z.enum(['closed', 'reopened']),
});

/** The payload of each kind: exactly what the writers put there. */
export const CASE_EVENT_PAYLOADS = {
  /** `by: 'customer'`: filed by the customer through the portal (no staff actor). */
  created: z.object({ channel: z.enum(CHANNELS), caseNumber: z.string(), by: z.literal('customer').optional() }),
  triaged: z.object({
    category: z.string(),
    categorySuggested: z.string(),
    confidence: z.number(),
    urgency: z.enum(URGENCIES),
    priority: z.enum(PRIORITIES),
    priorityReasons: z.array(PriorityReasonSchema),
    upset: z.boolean(),
    repeatCount: z.number().int(),
    /** Case numbers of likely duplicates. */
    duplicates: z.array(z.string()),
  }),
  // A manual move carries the agent's reason; an automatic one (routing) says so, in both languages.
  status_changed: z.object({ reason: z.string().optional(), auto: z.literal(true).optional(), reasonEn: z.string().optional() }),
  reopened: z.object({ reason: z.string().optional() }),
  assigned: AssignmentSchema.extend({
    reason: z.string().optional(),
    /** Routed by a rule at intake. */
    auto: z.literal(true).optional(),
    ruleId: z.uuid().optional(),
  }),
  updated: z.object({ changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  merged: z.object({ intoId: z.uuid(), intoCaseNumber: z.string(), reason: z.string().nullable() }),
  merged_from: z.object({ fromId: z.uuid(), fromCaseNumber: z.string(), reason: z.string().nullable() }),
  linked: z.object({ otherId: z.uuid(), otherCaseNumber: z.string() }),
  /** A public reply; `by: 'customer'` when the customer wrote it in the portal (no staff actor). */
  comment: z.object({ body: z.string(), by: z.literal('customer').optional() }),
  note: z.object({ body: z.string() }),
  attachment_added: z.object({ attachmentId: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int(), by: z.literal('customer').optional() }),
  collaborator_added: CollaboratorPayload,
  collaborator_removed: CollaboratorPayload,
  sla_policy_changed: z.object({
    fromPolicyId: z.uuid().nullable(),
    toPolicyId: z.uuid().nullable(),
    toPolicyName: z.string().nullable(),
    priority: z.enum(PRIORITIES),
    category: z.string().nullable(),
    /** An edit of the case, or an administrator's change of the configuration. */
    cause: z.enum(['edit', 'config']),
  }),
  sla_warning: ClockPayload,
  sla_breached: ClockPayload,
  // Remedies (resolution module): amounts in fen; the remedy's id lets the timeline point at it.
  remedy_proposed: z.object({
    remedyId: z.uuid(),
    totalFen: z.number().int(),
    items: z.array(z.object({ kind: z.string(), amountFen: z.number().int().nullable() })),
    /** `approved` when within the proposer's own limit, else pending at `awaitingRole`. */
    approval: z.enum(['approved', 'pending']),
    awaitingRole: z.string().nullable(),
  }),
  remedy_endorsed: z.object({ remedyId: z.uuid(), step: z.number().int(), role: z.string(), nextRole: z.string(), comment: z.string() }),
  remedy_approved: z.object({ remedyId: z.uuid(), step: z.number().int(), role: z.string(), totalFen: z.number().int(), comment: z.string() }),
  remedy_rejected: z.object({ remedyId: z.uuid(), step: z.number().int(), role: z.string(), comment: z.string() }),
  remedy_offered: z.object({ remedyId: z.uuid(), totalFen: z.number().int() }),
  remedy_answered: z.object({
    remedyId: z.uuid(),
    answer: z.enum(['accepted', 'countered', 'rejected']),
    note: z.string().nullable(),
    counterOffer: z.string().nullable(),
    counterOfferFen: z.number().int().nullable(),
    executionDueAt: z.string().nullable(),
    /** The customer answered in the portal themselves (no staff actor recorded it). */
    by: z.literal('customer').optional(),
  }),
  // Investigation (issue 11 item 2): tasks of the joint team, evidence, and the responsibility decision (item 3).
  investigation_task_given: TaskRef.extend({
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    dueAt: z.string().nullable(),
    instructions: z.string(),
  }),
  /** Findings, owner or due date changed; `changes` holds only what changed (names, not ids). */
  investigation_task_updated: TaskRef.extend({
    changes: z.object({ findings: TaskChange.optional(), ownerName: TaskChange.optional(), dueAt: TaskChange.optional() }),
  }),
  /** The task finished: done with its findings, or cancelled. */
  investigation_task_done: TaskRef.extend({ status: z.enum(['done', 'cancelled']), findings: z.string().nullable() }),
  /** An evidence file linked to a checklist item, or the item marked not applicable with a reason. */
  evidence_linked: z.object({
    itemCode: z.string(),
    itemLabelZh: z.string(),
    itemLabelEn: z.string(),
    attachmentId: z.uuid().nullable(),
    filename: z.string().nullable(),
    sha256: z.string().nullable(),
    notApplicableReason: z.string().nullable(),
  }),
  /** An administrator hid an evidence file (it is kept, unchanged, and no longer served to others). */
  evidence_hidden: z.object({ attachmentId: z.uuid(), filename: z.string(), sha256: z.string(), reason: z.string() }),
  /** 定责: the root cause and who is responsible (a later decision supersedes, both stay on the timeline). */
  responsibility_decided: z.object({
    rootCause: z.string(),
    rootCauseText: z.string(),
    party: z.string(),
    departmentName: z.string().nullable(),
    personName: z.string().nullable(),
    partnerName: z.string().nullable(),
    note: z.string().nullable(),
  }),
  // Execution 执行 (issue 11 item 7): actions of an accepted remedy; amounts in fen, names as they were at the time.
  action_created: z.object({
    actionId: z.uuid(),
    kind: z.string(),
    departmentId: z.uuid(),
    departmentName: z.string(),
    assigneeName: z.string().nullable(),
    dueAt: z.string().nullable(),
    amountFen: z.number().int().nullable(),
    remedyId: z.uuid().nullable(),
    retryOfId: z.uuid().nullable(),
    /** Created from the accepted remedy (true) or added by hand. */
    auto: z.boolean(),
  }),
  action_completed: z.object({
    actionId: z.uuid(),
    kind: z.string(),
    departmentName: z.string(),
    amountFen: z.number().int().nullable(),
    note: z.string().nullable(),
    /** A repair's record (seed 004 维修记录). */
    repair: z.object({ fault: z.string(), method: z.string(), partsReplaced: z.string().nullable() }).nullable(),
  }),
  action_failed: z.object({ actionId: z.uuid(), kind: z.string(), departmentName: z.string(), note: z.string() }),
  action_cancelled: z.object({ actionId: z.uuid(), kind: z.string(), departmentName: z.string(), reason: z.string() }),
  // Cost ledger 成本台账 (costs module): signed fen; the entry's id lets the timeline point at it.
  cost_posted: z.object({
    entryId: z.uuid(),
    kind: z.string(),
    amountFen: z.number().int(),
    source: z.string(),
    note: z.string().nullable(),
    labourMinutes: z.number().int().nullable(),
    rateFenPerHour: z.number().int().nullable(),
  }),
  /** A correction: a reversing entry of the opposite amount, with the reason. */
  cost_reversed: z.object({ entryId: z.uuid(), reversesId: z.uuid(), kind: z.string(), amountFen: z.number().int(), reason: z.string() }),
  // Accountability 考核 (issue 11 item 11): a reward or penalty attached to the case, and its revocation. The
  // timeline is read by everyone who sees the case, so it names neither the person nor the amount: only
  // those who assess (and the person concerned) read the record itself.
  accountability_recorded: z.object({ recordId: z.uuid(), kind: z.string(), direction: z.enum(['reward', 'penalty']) }),
  accountability_revoked: z.object({ recordId: z.uuid(), kind: z.string(), direction: z.enum(['reward', 'penalty']) }),
  escalated: ClockPayload.extend({ level: z.number().int(), role: z.string(), reason: z.string(), roleLabel: z.string().optional() }),
  // Recovery claims 追偿 (claims module, issue 11 item 9): amounts in fen; the partner by the name it had then.
  claim_filed: z.object({
    claimId: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    claimedFen: z.number().int(),
    lossFen: z.number().int(),
    /** The term that produced the amount (loss, insured_declared_value, fee_multiple, contract_cap). */
    term: z.string(),
  }),
  claim_accepted: z.object({ claimId: z.uuid(), partnerName: z.string(), claimedFen: z.number().int(), agreedFen: z.number().int(), note: z.string().nullable() }),
  claim_rejected: z.object({ claimId: z.uuid(), partnerName: z.string(), reason: z.string() }),
  claim_paid: z.object({ claimId: z.uuid(), partnerName: z.string(), recoveredFen: z.number().int(), agreedFen: z.number().int(), note: z.string().nullable() }),
  claim_written_off: z.object({ claimId: z.uuid(), partnerName: z.string(), outstandingFen: z.number().int(), reason: z.string() }),
  // A reply to the regulator on a transferred appeal (time limits, issue 11 item 8): meets the appeal clock.
  regulator_replied: z.object({
    replyId: z.uuid(),
    regulator: z.string(),
    content: z.string(),
    repliedAt: z.string(),
    /** What the reply did to the appeal-reply clock: met it (on time or late), found it ended already, or none ran. */
    appealClock: z.enum(['met', 'already_ended', 'none']),
    onTime: z.boolean().nullable(),
  }),
  // Rule 10: an open case crossed its 彻底延误 instant; written once per case by the worker's job.
  complete_delay_flagged: z.object({
    completeDelayAt: z.string(),
    promisedDeliveryAt: z.string(),
    serviceType: z.string(),
    thresholdDays: z.number().int(),
  }),
  // Rules 27–28: the case's personal text (and files) were replaced by a marker, on request or at the end of
  // the retention period. Says what kinds and how many, never the data itself.
  personal_data_erased: z.object({
    cause: z.enum(['request', 'retention']),
    kinds: z.array(z.enum(['case_text', 'attachments'])),
    eventsRedacted: z.number().int(),
    attachmentsRedacted: z.number().int(),
  }),
  // Satisfaction callbacks 回访 (callbacks module, seeds 002–004): scheduled at the resolve from the callback
  // window, opened (回访中, survey link sent), calls not answered, answered by phone or survey, given up.
  callback_scheduled: z.object({
    callbackId: z.uuid(),
    earliestOn: z.string(),
    dueOn: z.string(),
    fromDays: z.number().int(),
    toDays: z.number().int(),
    dayKind: z.enum(['working', 'calendar']),
  }),
  callback_opened: z.object({ callbackId: z.uuid(), surveySent: z.boolean() }),
  callback_attempted: z.object({ callbackId: z.uuid(), attempt: z.number().int(), maxAttempts: z.number().int(), note: z.string().nullable() }),
  callback_completed: CallbackAnswer,
  survey_answered: CallbackAnswer,
  callback_unreachable: z.object({ callbackId: z.uuid(), attempts: z.number().int() }),
  callback_overdue: z.object({ callbackId: z.uuid(), dueOn: z.string(), dueAt: z.string() }),
  callback_cancelled: z.object({ callbackId: z.uuid(), cause: z.enum(['case_moved', 'resolved_again']) }),
  // Staff changed the customer's message settings on the customer's word (rule 24): which settings, and the
  // new channel / language / opt-out; an email address is contact data and is named, never written here.
  customer_messaging_changed: z.object({
    fields: z.array(z.enum(['preferredChannel', 'language', 'optOut', 'email'])),
    preferredChannel: z.enum(['sms', 'email', 'wechat']).nullable(),
    language: z.enum(['zh', 'en']),
    optOut: z.boolean(),
  }),
} as const;

// A reference to another case as a reader who may not see that case reads it: no id, no number, and
// `hidden: true` (the page shows "a case of another department"). Written events always name the case.
const HIDDEN = z.literal(true).optional();

/**
 * The payloads as the API shows them: as written, except where an event names another case; there the
 * reference is hidden from a reader outside that case's scope (case.views.ts `scopeEventRefs`).
 */
export const CASE_EVENT_VIEW_PAYLOADS = {
  ...CASE_EVENT_PAYLOADS,
  /** A likely duplicate the reader may not see is null. */
  triaged: CASE_EVENT_PAYLOADS.triaged.extend({ duplicates: z.array(z.string().nullable()) }),
  merged: z.object({ intoId: z.uuid().nullable(), intoCaseNumber: z.string().nullable(), reason: z.string().nullable(), hidden: HIDDEN }),
  merged_from: z.object({ fromId: z.uuid().nullable(), fromCaseNumber: z.string().nullable(), reason: z.string().nullable(), hidden: HIDDEN }),
  linked: z.object({ otherId: z.uuid().nullable(), otherCaseNumber: z.string().nullable(), hidden: HIDDEN }),
} as const;

export type CaseEventKind = keyof typeof CASE_EVENT_PAYLOADS;
export const CASE_EVENT_KINDS = Object.keys(CASE_EVENT_PAYLOADS) as CaseEventKind[];
export type CaseEventPayload<K extends CaseEventKind> = z.infer<(typeof CASE_EVENT_PAYLOADS)[K]>;
export type CaseEventViewPayload<K extends CaseEventKind> = z.infer<(typeof CASE_EVENT_VIEW_PAYLOADS)[K]>;

/** An event as written: the kind, its payload and the fields beside it (the row adds id, case, actor, time). */
export type CaseEventInput = {
  [K in CaseEventKind]: {
    kind: K;
    payload: CaseEventPayload<K>;
    fromStatus?: CaseStatus | null;
    toStatus?: CaseStatus | null;
    visibility?: 'internal' | 'public';
  };
}[CaseEventKind];

const pascal = (kind: string) => kind.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());

// The fields around the payload, in the order the API has always listed them.
const eventFields = {
  id: z.uuid(),
  caseId: z.uuid(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  visibility: z.enum(['internal', 'public']),
  createdAt: z.string(),
};

function memberOf<K extends CaseEventKind>(kind: K) {
  return z
    .object({
      id: eventFields.id,
      caseId: eventFields.caseId,
      kind: z.literal(kind),
      actorId: eventFields.actorId,
      actorName: eventFields.actorName,
      fromStatus: eventFields.fromStatus,
      toStatus: eventFields.toStatus,
      visibility: eventFields.visibility,
      payload: CASE_EVENT_VIEW_PAYLOADS[kind],
      createdAt: eventFields.createdAt,
    })
    .meta({ id: `CaseEvent${pascal(kind)}` });
}

const members = CASE_EVENT_KINDS.map(memberOf) as unknown as [
  ReturnType<typeof memberOf<CaseEventKind>>,
  ...Array<ReturnType<typeof memberOf<CaseEventKind>>>,
];

/** A timeline event as the API shows it: one member per kind, discriminated on `kind`. */
export const CaseEventSchema = z.discriminatedUnion('kind', members).meta({ id: 'CaseEvent' });

// The view type, spelled per kind (the runtime list above is built in a loop).
export type CaseEventView = {
  [K in CaseEventKind]: {
    id: string;
    caseId: string;
    kind: K;
    actorId: string | null;
    actorName: string | null;
    fromStatus: string | null;
    toStatus: string | null;
    visibility: 'internal' | 'public';
    payload: CaseEventViewPayload<K>;
    createdAt: string;
  };
}[CaseEventKind];

type Moved = { from: CaseStatus; to: CaseStatus };

/** One builder per kind: the only way an event is made. */
export const caseEvent = {
  created: (p: CaseEventPayload<'created'> & { status: CaseStatus }): CaseEventInput => ({
    kind: 'created',
    toStatus: p.status,
    payload: { channel: p.channel, caseNumber: p.caseNumber, ...(p.by ? { by: p.by } : {}) },
  }),
  triaged: (payload: CaseEventPayload<'triaged'>): CaseEventInput => ({ kind: 'triaged', payload }),
  statusChanged: (m: Moved, payload: CaseEventPayload<'status_changed'>): CaseEventInput => ({
    kind: 'status_changed',
    fromStatus: m.from,
    toStatus: m.to,
    payload,
  }),
  reopened: (m: Moved, payload: CaseEventPayload<'reopened'>): CaseEventInput => ({ kind: 'reopened', fromStatus: m.from, toStatus: m.to, payload }),
  assigned: (payload: CaseEventPayload<'assigned'>): CaseEventInput => ({ kind: 'assigned', payload }),
  updated: (payload: CaseEventPayload<'updated'>): CaseEventInput => ({ kind: 'updated', payload }),
  merged: (from: CaseStatus, payload: CaseEventPayload<'merged'>): CaseEventInput => ({
    kind: 'merged',
    fromStatus: from,
    toStatus: 'merged',
    payload,
  }),
  mergedFrom: (payload: CaseEventPayload<'merged_from'>): CaseEventInput => ({ kind: 'merged_from', payload }),
  linked: (payload: CaseEventPayload<'linked'>): CaseEventInput => ({ kind: 'linked', payload }),
  /** A customer-visible reply. */
  comment: (payload: CaseEventPayload<'comment'>): CaseEventInput => ({ kind: 'comment', visibility: 'public', payload }),
  /** An internal note. */
  note: (payload: CaseEventPayload<'note'>): CaseEventInput => ({ kind: 'note', visibility: 'internal', payload }),
  attachmentAdded: (payload: CaseEventPayload<'attachment_added'>): CaseEventInput => ({ kind: 'attachment_added', payload }),
  collaboratorAdded: (payload: CaseEventPayload<'collaborator_added'>): CaseEventInput => ({ kind: 'collaborator_added', payload }),
  collaboratorRemoved: (payload: CaseEventPayload<'collaborator_removed'>): CaseEventInput => ({ kind: 'collaborator_removed', payload }),
  slaPolicyChanged: (payload: CaseEventPayload<'sla_policy_changed'>): CaseEventInput => ({ kind: 'sla_policy_changed', payload }),
  slaWarning: (payload: CaseEventPayload<'sla_warning'>): CaseEventInput => ({ kind: 'sla_warning', payload }),
  slaBreached: (payload: CaseEventPayload<'sla_breached'>): CaseEventInput => ({ kind: 'sla_breached', payload }),
  escalated: (payload: CaseEventPayload<'escalated'>): CaseEventInput => ({ kind: 'escalated', payload }),
  remedyProposed: (payload: CaseEventPayload<'remedy_proposed'>): CaseEventInput => ({ kind: 'remedy_proposed', payload }),
  remedyEndorsed: (payload: CaseEventPayload<'remedy_endorsed'>): CaseEventInput => ({ kind: 'remedy_endorsed', payload }),
  remedyApproved: (payload: CaseEventPayload<'remedy_approved'>): CaseEventInput => ({ kind: 'remedy_approved', payload }),
  remedyRejected: (payload: CaseEventPayload<'remedy_rejected'>): CaseEventInput => ({ kind: 'remedy_rejected', payload }),
  remedyOffered: (payload: CaseEventPayload<'remedy_offered'>): CaseEventInput => ({ kind: 'remedy_offered', payload }),
  remedyAnswered: (payload: CaseEventPayload<'remedy_answered'>): CaseEventInput => ({ kind: 'remedy_answered', payload }),
  investigationTaskGiven: (payload: CaseEventPayload<'investigation_task_given'>): CaseEventInput => ({ kind: 'investigation_task_given', payload }),
  investigationTaskUpdated: (payload: CaseEventPayload<'investigation_task_updated'>): CaseEventInput => ({ kind: 'investigation_task_updated', payload }),
  investigationTaskDone: (payload: CaseEventPayload<'investigation_task_done'>): CaseEventInput => ({ kind: 'investigation_task_done', payload }),
  evidenceLinked: (payload: CaseEventPayload<'evidence_linked'>): CaseEventInput => ({ kind: 'evidence_linked', payload }),
  evidenceHidden: (payload: CaseEventPayload<'evidence_hidden'>): CaseEventInput => ({ kind: 'evidence_hidden', payload }),
  responsibilityDecided: (payload: CaseEventPayload<'responsibility_decided'>): CaseEventInput => ({ kind: 'responsibility_decided', payload }),
  actionCreated: (payload: CaseEventPayload<'action_created'>): CaseEventInput => ({ kind: 'action_created', payload }),
  actionCompleted: (payload: CaseEventPayload<'action_completed'>): CaseEventInput => ({ kind: 'action_completed', payload }),
  actionFailed: (payload: CaseEventPayload<'action_failed'>): CaseEventInput => ({ kind: 'action_failed', payload }),
  actionCancelled: (payload: CaseEventPayload<'action_cancelled'>): CaseEventInput => ({ kind: 'action_cancelled', payload }),
  costPosted: (payload: CaseEventPayload<'cost_posted'>): CaseEventInput => ({ kind: 'cost_posted', payload }),
  costReversed: (payload: CaseEventPayload<'cost_reversed'>): CaseEventInput => ({ kind: 'cost_reversed', payload }),
  claimFiled: (payload: CaseEventPayload<'claim_filed'>): CaseEventInput => ({ kind: 'claim_filed', payload }),
  claimAccepted: (payload: CaseEventPayload<'claim_accepted'>): CaseEventInput => ({ kind: 'claim_accepted', payload }),
  claimRejected: (payload: CaseEventPayload<'claim_rejected'>): CaseEventInput => ({ kind: 'claim_rejected', payload }),
  claimPaid: (payload: CaseEventPayload<'claim_paid'>): CaseEventInput => ({ kind: 'claim_paid', payload }),
  claimWrittenOff: (payload: CaseEventPayload<'claim_written_off'>): CaseEventInput => ({ kind: 'claim_written_off', payload }),
  regulatorReplied: (payload: CaseEventPayload<'regulator_replied'>): CaseEventInput => ({ kind: 'regulator_replied', payload }),
  completeDelayFlagged: (payload: CaseEventPayload<'complete_delay_flagged'>): CaseEventInput => ({ kind: 'complete_delay_flagged', payload }),
  accountabilityRecorded: (payload: CaseEventPayload<'accountability_recorded'>): CaseEventInput => ({ kind: 'accountability_recorded', payload }),
  accountabilityRevoked: (payload: CaseEventPayload<'accountability_revoked'>): CaseEventInput => ({ kind: 'accountability_revoked', payload }),
  personalDataErased: (payload: CaseEventPayload<'personal_data_erased'>): CaseEventInput => ({ kind: 'personal_data_erased', payload }),
  callbackScheduled: (payload: CaseEventPayload<'callback_scheduled'>): CaseEventInput => ({ kind: 'callback_scheduled', payload }),
  callbackOpened: (payload: CaseEventPayload<'callback_opened'>): CaseEventInput => ({ kind: 'callback_opened', payload }),
  callbackAttempted: (payload: CaseEventPayload<'callback_attempted'>): CaseEventInput => ({ kind: 'callback_attempted', payload }),
  callbackCompleted: (payload: CaseEventPayload<'callback_completed'>): CaseEventInput => ({ kind: 'callback_completed', payload }),
  surveyAnswered: (payload: CaseEventPayload<'survey_answered'>): CaseEventInput => ({ kind: 'survey_answered', payload }),
  callbackUnreachable: (payload: CaseEventPayload<'callback_unreachable'>): CaseEventInput => ({ kind: 'callback_unreachable', payload }),
  callbackOverdue: (payload: CaseEventPayload<'callback_overdue'>): CaseEventInput => ({ kind: 'callback_overdue', payload }),
  customerMessagingChanged: (payload: CaseEventPayload<'customer_messaging_changed'>): CaseEventInput => ({ kind: 'customer_messaging_changed', payload }),
  callbackCancelled: (payload: CaseEventPayload<'callback_cancelled'>): CaseEventInput => ({ kind: 'callback_cancelled', payload }),
} as const;

