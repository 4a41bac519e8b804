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

export const SORT_FIELDS = ['createdAt', 'updatedAt', 'occurredAt', 'priority', 'caseNumber'] as const;
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
};

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

export type CaseDetail = Case & { events: CaseEvent[]; attachments: Attachment[] };

export type CaseListResponse = { items: Case[]; nextCursor: string | null };

export type CaseCounts = Record<CaseView, number>;

export type Category = { code: string; nameZh: string; nameEn: string };

export type Department = { id: Id; code: string; name: string; active: boolean };

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
};

export type NewCaseBody = {
  channel: Channel;
  customer: { name: string; phone: string; email?: string };
  description: string;
  waybillNo?: string;
  orderNo?: string;
  category?: string;
  urgency?: Urgency;
  demand?: string;
  occurredAt?: string;
  store?: string;
  route?: string;
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
};

export type TransitionBody = {
  to: CaseStatus;
  reason?: string;
  version?: number;
  departmentId?: Id;
  assigneeId?: Id;
};
