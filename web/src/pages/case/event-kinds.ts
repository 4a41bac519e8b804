// The timeline's event kinds and the label each shows in; a plain module (no React), so the label test can
// import it beside the dictionaries.
import { ENUMS } from '../../api/contract.gen.ts';
import type { MessageKey } from '../../i18n/zh.ts';

/** Every kind of timeline event: the server's closed union (`CaseEvent` is discriminated on `kind`). */
export type CaseEventKind = (typeof ENUMS.CaseEvent.kind)[number];

export const CASE_EVENT_KINDS: readonly CaseEventKind[] = ENUMS.CaseEvent.kind;

export const isCaseEventKind = (kind: string): kind is CaseEventKind => (CASE_EVENT_KINDS as readonly string[]).includes(kind);

/** The label(s) a kind is shown with; a comment shows one of two, by who may see it. */
export const EVENT_LABELS = {
  created: ['event.created'],
  status_changed: ['event.status_changed'],
  updated: ['event.updated'],
  assigned: ['event.assigned'],
  comment: ['event.internalNote', 'event.publicReply'],
  note: ['event.internalNote', 'event.publicReply'],
  attachment_added: ['event.attachment_added'],
  merged: ['event.merged'],
  merged_from: ['event.merged_from'],
  reopened: ['event.reopened'],
  triaged: ['event.triaged'],
  sla_warning: ['event.sla_warning'],
  sla_breached: ['event.sla_breached'],
  sla_policy_changed: ['event.sla_policy_changed'],
  escalated: ['event.escalated'],
  linked: ['event.linked'],
  collaborator_added: ['event.collaborator_added'],
  collaborator_removed: ['event.collaborator_removed'],
  remedy_proposed: ['event.remedy_proposed'],
  remedy_endorsed: ['event.remedy_endorsed'],
  remedy_approved: ['event.remedy_approved'],
  remedy_rejected: ['event.remedy_rejected'],
  remedy_offered: ['event.remedy_offered'],
  remedy_answered: ['event.remedy_answered'],
  investigation_task_given: ['event.investigation_task_given'],
  investigation_task_updated: ['event.investigation_task_updated'],
  investigation_task_done: ['event.investigation_task_done'],
  evidence_linked: ['event.evidence_linked'],
  evidence_hidden: ['event.evidence_hidden'],
  responsibility_decided: ['event.responsibility_decided'],
  action_created: ['event.action_created'],
  action_completed: ['event.action_completed'],
  action_failed: ['event.action_failed'],
  action_cancelled: ['event.action_cancelled'],
  cost_posted: ['event.cost_posted'],
  cost_reversed: ['event.cost_reversed'],
  claim_filed: ['event.claim_filed'],
  claim_accepted: ['event.claim_accepted'],
  claim_rejected: ['event.claim_rejected'],
  claim_paid: ['event.claim_paid'],
  claim_written_off: ['event.claim_written_off'],
  regulator_replied: ['event.regulator_replied'],
  complete_delay_flagged: ['event.complete_delay_flagged'],
  accountability_recorded: ['event.accountability_recorded'],
  accountability_revoked: ['event.accountability_revoked'],
  personal_data_erased: ['event.personal_data_erased'],
  callback_scheduled: ['event.callback_scheduled'],
  callback_opened: ['event.callback_opened'],
  callback_attempted: ['event.callback_attempted'],
  callback_completed: ['event.callback_completed'],
  survey_answered: ['event.survey_answered'],
  callback_unreachable: ['event.callback_unreachable'],
  callback_overdue: ['event.callback_overdue'],
  callback_cancelled: ['event.callback_cancelled'],
  customer_messaging_changed: ['event.customer_messaging_changed'],
} as const satisfies Record<CaseEventKind, readonly [MessageKey, ...MessageKey[]]>;
