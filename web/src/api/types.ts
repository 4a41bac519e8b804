export const CASE_STATUSES = [
  'registered',
  'acknowledged',
  'assigned',
  'investigating',
  'remedy_proposed',
  'awaiting_customer',
  'executing',
  'resolved',
  'follow_up',
  'closed',
  'rejected',
  'merged',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = [
  'hotline',
  'web',
  'h5',
  'app',
  'api',
  'email',
  'wechat',
  'social',
  'store',
  'qr',
  'internal',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ROLES = ['agent', 'handler', 'supervisor', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CASE_VIEWS = ['mine', 'department', 'unassigned', 'all'] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

export const SORT_FIELDS = ['createdAt', 'updatedAt', 'occurredAt', 'priority', 'caseNumber', 'dueAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = 'asc' | 'desc';

export const EVENT_KINDS = [
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
  'escalated',
  'linked',
  'collaborator_added',
  'collaborator_removed',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

// Ids are uuids; the UI treats them as opaque strings.
export type Id = string;

export type User = {
  id: Id;
  username: string;
  displayName: string;
  role: Role;
  departmentId: Id | null;
  departmentName: string | null;
  active: boolean;
  /** Off duty: automatic assignment skips this person. */
  onDuty?: boolean;
};

export type Me = { user: User; permissions: string[] };

export type CaseCustomer = {
  id: Id;
  name: string;
  phone: string;
  /** True when the caller's role may not see the full number (then phone is e.g. 138****1234). */
  phoneMasked?: boolean;
  email: string | null;
  isKey: boolean;
  caseCount: number;
};

export const SLA_TARGETS = ['acknowledge', 'first_reply', 'resolution', 'legal_outer_limit', 'appeal_reply'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

export const SLA_STATUSES = ['running', 'warning', 'breached', 'paused', 'met', 'stopped'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

export type SlaTargetState = {
  target: string;
  dueAt: string | null;
  status: string;
  breachedAt: string | null;
  metAt: string | null;
};

export type CaseSla = { targets: SlaTargetState[]; nextDueAt: string | null; status: string | null };

// The codes the industry presets use, with built-in labels for them; the company's own lists (which the
// administrator edits) come from /api/stages and /api/causes and win where loaded (components/options.ts).
export const STAGES = [
  'pickup', 'warehouse', 'sorting', 'transport', 'delivery', 'customer_service', 'store', 'procurement', 'ordering', 'repair',
] as const;
export type Stage = (typeof STAGES)[number];

export const CAUSES = [
  'operational_error', 'information_lag', 'force_majeure', 'customer', 'customer_misunderstanding', 'carrier', 'system',
  'process_gap', 'training', 'management', 'dispatch_error', 'cold_chain', 'supplier', 'product_defect', 'pricing_error',
] as const;
export type Cause = (typeof CAUSES)[number];

export const REGULATOR_REFERRALS = ['12305', '12315', 'other'] as const;
export type RegulatorReferral = (typeof REGULATOR_REFERRALS)[number];

export type PriorityReason = { factor: string; points: number; labelZh: string; labelEn: string };

/** A word that pushed a suggestion one way: from a keyword rule or from the trained model. */
export type TermReason = { term: string; contribution: number; source: string };

/** What triage suggested at intake, as stored on the case (names are looked up by code). */
export type StoredSuggestion = {
  category?: { code: string; confidence: number; decidedBy?: string; reasons?: TermReason[] } | null;
  urgency?: { level: string; confidence: number; reasons?: TermReason[] } | null;
  upset?: { upset: boolean; confidence: number; reasons?: TermReason[] } | null;
  stage?: { code: string; confidence: number } | null;
  route?: { departmentId: string; reasonZh: string; reasonEn: string } | null;
};

export type AllowedTransition = { to: CaseStatus; requiresReason: boolean; requiresDepartment?: boolean; reopen?: boolean };

export type Case = {
  id: Id;
  caseNumber: string;
  status: CaseStatus;
  channel: Channel;
  category: string | null;
  urgency: Urgency;
  priority: Priority;
  waybillNo: string | null;
  orderNo: string | null;
  store: string | null;
  route: string | null;
  occurredAt: string | null;
  description: string;
  demand: string | null;
  customer: CaseCustomer;
  departmentId: Id | null;
  departmentName: string | null;
  assigneeId: Id | null;
  assigneeName: string | null;
  receivedById: Id | null;
  receivedByName: string | null;
  mergedIntoId: Id | null;
  rejectReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt?: string | null;
  allowedTransitions: AllowedTransition[];
  stage?: string | null;
  cause?: string | null;
  upset?: boolean;
  publicExposure?: boolean;
  regulatorReferral?: string | null;
  declaredValueYuan?: number | null;
  categoryConfirmed?: boolean;
  priorityReasons?: PriorityReason[];
  suggestion?: StoredSuggestion | null;
  /** 0 none, 1 supervisor, 2 manager. */
  escalationLevel?: number;
  sla?: CaseSla | null;
};

export type CaseLink = { id: Id; caseNumber: string; status: CaseStatus };
export type Collaborator = { departmentId: Id; name: string };

export type CaseEvent = {
  id: Id;
  caseId: Id;
  kind: EventKind | string;
  actorId: Id | null;
  actorName: string | null;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  visibility: 'internal' | 'public' | null;
  payload: Record<string, unknown> | null;
  createdAt: string;
};

export type Attachment = {
  id: Id;
  caseId: Id;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedById: Id | null;
  createdAt: string;
  url: string;
};

export type CaseDetail = Case & {
  events: CaseEvent[];
  attachments: Attachment[];
  collaborators?: Collaborator[];
  links?: CaseLink[];
};

export type CaseListResponse = { items: Case[]; nextCursor: string | null };

export type CaseCounts = Record<CaseView, number>;

export type Category = { code: string; nameZh: string; nameEn: string };

export const ASSIGNMENT_STRATEGIES = ['round_robin', 'least_load', 'none'] as const;
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

export type Department = { id: Id; code: string; name: string; active: boolean; assignmentStrategy?: AssignmentStrategy };

export type CustomerLookup = {
  customer: CaseCustomer;
  cases: Case[];
};

export type CaseListParams = {
  view?: CaseView;
  status?: string[];
  category?: string[];
  urgency?: string[];
  priority?: string[];
  channel?: string[];
  departmentId?: string;
  assigneeId?: string;
  from?: string;
  to?: string;
  q?: string;
  sort?: SortField;
  order?: SortOrder;
  sla?: string[];
  minEscalation?: number;
};

export type NewCaseBody = {
  channel: Channel;
  customer: { name: string; phone: string; email?: string; isKey?: boolean };
  description: string;
  waybillNo?: string;
  orderNo?: string;
  category?: string;
  urgency?: Urgency;
  demand?: string;
  occurredAt?: string;
  store?: string;
  route?: string;
  stage?: string;
  cause?: string;
  regulatorReferral?: RegulatorReferral;
  declaredValueYuan?: number;
};

export type CasePatch = {
  version: number;
  category?: string | null;
  urgency?: Urgency;
  priority?: Priority;
  waybillNo?: string;
  orderNo?: string;
  store?: string;
  route?: string;
  occurredAt?: string | null;
  description?: string;
  demand?: string;
  departmentId?: Id | null;
  assigneeId?: Id | null;
  stage?: string | null;
  cause?: string | null;
  upset?: boolean;
  regulatorReferral?: RegulatorReferral | null;
  declaredValueYuan?: number | null;
  /** Why the case moves to another department or person. */
  reason?: string;
};

export type TransitionBody = {
  to: CaseStatus;
  reason?: string;
  version?: number;
  departmentId?: Id;
  assigneeId?: Id;
};
