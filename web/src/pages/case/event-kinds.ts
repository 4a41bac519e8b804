// The timeline's event kinds and the label each shows in; a plain module (no React), so the label test can
// import it beside the dictionaries.
import { ENUMS } from '../../api/contract.gen.ts';
import type { MessageKey } from '../../i18n/zh.ts';

/**
 * The kinds this UI knows, for as long as the API describes `CaseEvent.kind` as a plain string.
 * TODO(lead): once the server's CaseEvent is the discriminated union on `kind` and `npm run gen:api` has been
 * rerun, contract.gen.ts lists the kinds under ENUMS.CaseEvent.kind and CaseEventKind below is taken from
 * there automatically; then delete this list. The compiler then names any kind that lacks a label here or a
 * view in event-view.tsx, and test/event-labels.test.ts any label missing from a dictionary.
 */
const KNOWN_EVENT_KINDS = [
  'created',
  'status_changed',
  'updated',
  'assigned',
  'comment',
  'note',
  'attachment_added',
  'merged',
  'merged_from',
  'reopened',
  'triaged',
  'sla_warning',
  'sla_breached',
  'sla_policy_changed',
  'escalated',
  'linked',
  'collaborator_added',
  'collaborator_removed',
] as const;

type ContractKind = typeof ENUMS extends { CaseEvent: { kind: readonly (infer K)[] } } ? K : never;
/** Every kind of timeline event: the server's union once the contract has one, else the list above. */
export type CaseEventKind = [ContractKind] extends [never] ? (typeof KNOWN_EVENT_KINDS)[number] : ContractKind;

const fromContract = (ENUMS as { CaseEvent?: { kind?: readonly CaseEventKind[] } }).CaseEvent?.kind;
export const CASE_EVENT_KINDS: readonly CaseEventKind[] = fromContract ?? (KNOWN_EVENT_KINDS as readonly CaseEventKind[]);

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
} as const satisfies Record<CaseEventKind, readonly [MessageKey, ...MessageKey[]]>;
