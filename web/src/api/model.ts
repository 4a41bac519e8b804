// The names the pages use for the API's shapes and vocabularies: aliases of the generated contract
// (schema.gen.ts for types, contract.gen.ts for runtime lists), never hand-written copies. Regenerate both with
// `npm run gen:api` after a server schema changes.
import { ENUMS } from './contract.gen.ts';
import type { components, paths } from './schema.gen.ts';

export type Schemas = components['schemas'];

/** The JSON body of a 2xx answer of one operation. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R;
}
  ? { [C in keyof R]: C extends 200 | 201 ? (R[C] extends { content: { 'application/json': infer B } } ? B : never) : never }[keyof R]
  : never;
/** The JSON request body of one operation. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** The query parameters of one operation. */
export type QueryOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

// Ids are uuids; the UI treats them as opaque strings.
export type Id = string;

// --- vocabularies (runtime lists, in the server's order) -------------------------------------------------
export const CASE_STATUSES = ENUMS.Case.status;
export type CaseStatus = Schemas['Case']['status'];
export const URGENCIES = ENUMS.Case.urgency;
export type Urgency = Schemas['Case']['urgency'];
export const PRIORITIES = ENUMS.Case.priority;
export type Priority = Schemas['Case']['priority'];
export const CHANNELS = ENUMS.Case.channel;
export type Channel = Schemas['Case']['channel'];
export const ROLES = ENUMS.User.role;
export type Role = Schemas['User']['role'];
export const CASE_VIEWS = ENUMS['GET /api/cases']['query.view'];
export type CaseView = NonNullable<QueryOf<'/api/cases', 'get'>['view']>;
export const SORT_FIELDS = ENUMS['GET /api/cases']['query.sort'];
export type SortField = NonNullable<QueryOf<'/api/cases', 'get'>['sort']>;
export type SortOrder = NonNullable<QueryOf<'/api/cases', 'get'>['order']>;
export const SLA_TARGETS = ENUMS.SlaPolicy['policy.targets[].target'];
export type SlaTarget = (typeof SLA_TARGETS)[number];
export const REGULATOR_REFERRALS = ENUMS.CreateCase.regulatorReferral;
export type RegulatorReferral = (typeof REGULATOR_REFERRALS)[number];
export const SERVICE_TYPES = ENUMS.Case.serviceType;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const COMPLAINT_NATURES = ENUMS.Case.nature;
export type ComplaintNature = (typeof COMPLAINT_NATURES)[number];
export const PARTNER_KINDS = ENUMS.Partner.kind;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const ASSIGNMENT_STRATEGIES = ENUMS.Department.assignmentStrategy;
export type AssignmentStrategy = Schemas['Department']['assignmentStrategy'];

// --- people and reference data ----------------------------------------------------------------------------
export type User = Schemas['User'];
export type Me = Schemas['Me'];
export type Session = Schemas['Session'];
export type Department = Schemas['Department'];
export type Category = ResponseOf<'/api/categories', 'get'>['items'][number];
export type StageItem = Schemas['Stage'];
export type CauseItem = Schemas['Cause'];

// --- cases ------------------------------------------------------------------------------------------------
export type Case = Schemas['Case'];
export type CaseDetail = Schemas['CaseDetail'];
export type CaseCustomer = Schemas['CaseCustomer'];
export type CaseEvent = Schemas['CaseEvent'];
export type Attachment = Schemas['Attachment'];
export type AllowedTransition = Case['allowedTransitions'][number];
export type PriorityReason = Case['priorityReasons'][number];
export type CaseSla = NonNullable<Case['sla']>;
export type SlaTargetState = CaseSla['targets'][number];
export type CaseLink = CaseDetail['links'][number];
export type Collaborator = CaseDetail['collaborators'][number];
export type CaseListResponse = ResponseOf<'/api/cases', 'get'>;
export type CaseCounts = ResponseOf<'/api/cases/counts', 'get'>;
export type CustomerLookup = Schemas['CustomerLookup'];
export type CustomerLookupResult = Schemas['CustomerLookupResult'];

export type NewCaseBody = BodyOf<'/api/cases', 'post'>;
export type CasePatch = BodyOf<'/api/cases/{id}', 'patch'>;
export type TransitionBody = BodyOf<'/api/cases/{id}/transitions', 'post'>;
export type CommentBody = BodyOf<'/api/cases/{id}/comments', 'post'>;
export type MergeBody = BodyOf<'/api/cases/{id}/merge', 'post'>;

type ListQuery = QueryOf<'/api/cases', 'get'>;
/** The queue's filters as the UI holds them: the comma-list parameters as lists (joined when sent). */
export type CaseListParams = Omit<ListQuery, 'status' | 'category' | 'urgency' | 'priority' | 'channel' | 'sla' | 'limit' | 'cursor'> & {
  status?: string[];
  category?: string[];
  urgency?: string[];
  priority?: string[];
  channel?: string[];
  sla?: string[];
};

// --- triage -----------------------------------------------------------------------------------------------
export type TriageSuggestion = Schemas['TriageSuggestion'];
export type SuggestInput = BodyOf<'/api/triage/suggest', 'post'>;
export type TriageDuplicate = TriageSuggestion['duplicates'][number];
/** A word that pushed a suggestion one way: from a keyword rule or from the trained model. */
export type TermReason = TriageSuggestion['category']['reasons'][number];

/**
 * What triage suggested at intake, as stored on the case. TODO(server): the API declares `Case.suggestion` as an
 * open object; once it has a schema this becomes `NonNullable<Case['suggestion']>`. Until then the UI reads it
 * through this view, every part optional.
 */
export type StoredSuggestion = {
  category?: { code: string; confidence: number; decidedBy?: string; reasons?: TermReason[] } | null;
  urgency?: { level: string; confidence: number; reasons?: TermReason[] } | null;
  upset?: { upset: boolean; confidence: number; reasons?: TermReason[] } | null;
  stage?: { code: string; confidence: number } | null;
  route?: { departmentId: string; reasonZh: string; reasonEn: string } | null;
};

/** The stored suggestion of a case, read through StoredSuggestion (see its TODO). */
export const storedSuggestion = (c: Pick<Case, 'suggestion'>): StoredSuggestion | null => c.suggestion as StoredSuggestion | null;

// --- notifications, escalations, health, audit ------------------------------------------------------------
export type AppNotification = Schemas['Notification'];
export type NotificationList = ResponseOf<'/api/notifications', 'get'>;
export type Escalation = Schemas['Escalation'];
export type EscalationList = ResponseOf<'/api/escalations', 'get'>;
export type EscalationSummary = NonNullable<EscalationList['summary']>;
export type Health = ResponseOf<'/api/health', 'get'>;
export type AuditEvent = Schemas['AdminAuditEvent'];
export type AuditPage = Schemas['AdminAuditPage'];
export const AUDIT_ENTITIES = ENUMS.AdminAuditEvent.entity;
export type AuditEntity = AuditEvent['entity'];
export type AuditAction = AuditEvent['action'];

// --- administration ---------------------------------------------------------------------------------------
export type NewUserBody = BodyOf<'/api/users', 'post'>;
export type UserPatch = BodyOf<'/api/users/{id}', 'patch'>;
export type NewDepartmentBody = BodyOf<'/api/departments', 'post'>;
export type DepartmentPatch = BodyOf<'/api/departments/{id}', 'patch'>;
export type Preset = ResponseOf<'/api/admin/presets', 'get'>['items'][number];
export type AdminCategory = Schemas['CategoryAdmin'];
export type Partner = Schemas['Partner'];
export type NewPartnerBody = BodyOf<'/api/admin/partners', 'post'>;
export type PartnerPatch = BodyOf<'/api/admin/partners/{id}', 'patch'>;
export type Keyword = AdminCategory['keywords'][number];
export type AdminCause = Schemas['CauseAdmin'];
export type Responsibility = AdminCause['responsibility'];
export type AdminStage = Schemas['StageAdmin'];
export type CallbackWindow = Schemas['CallbackWindow'];
export type RoutingRule = Schemas['RoutingRule'];
export type RoutingRuleBody = BodyOf<'/api/admin/routing-rules', 'post'>;
export type SlaPolicy = Schemas['SlaPolicy'];
export type SlaPolicyBody = SlaPolicy['policy'];
export type SlaPolicyInput = BodyOf<'/api/admin/sla-policies', 'post'>;
export type TargetPolicy = SlaPolicyBody['targets'][number];
export type EscalationPolicy = SlaPolicyBody['escalation'];
export type BusinessCalendar = Schemas['BusinessCalendar'];
export type CalendarDefinition = BusinessCalendar['definition'];
export type WorkingHoursDefinition = Extract<CalendarDefinition, { kind: 'working_hours' }>;
export type CalendarOverride = WorkingHoursDefinition['overrides'][number];
export type Period = NonNullable<CalendarOverride['periods']>[number];
export type ClassifierModel = Schemas['ClassifierModel'];
export type ClassifierQuality = NonNullable<NonNullable<NonNullable<ClassifierModel['metrics']>['quality']>['category']>;

export type Remedy = Schemas['Remedy'];
export type ExecutionAction = Schemas['ExecutionAction'];
export const ACTION_KINDS = ENUMS.ExecutionAction.kind;
export type ActionKind = (typeof ACTION_KINDS)[number];
export type RemedyCalculation = Schemas['RemedyCalculation'];
export type ResolutionSettings = Schemas['ResolutionSettings'];
export const REMEDY_KINDS = ENUMS.Remedy['items[].kind'];
export type RemedyKind = (typeof REMEDY_KINDS)[number];

// --- cost ledger 成本台账 ---------------------------------------------------------------------------------------
export type CostEntry = Schemas['CostEntry'];
export type CaseCosts = Schemas['CaseCosts'];
export type CostReport = Schemas['CostReport'];
export type CostBudget = Schemas['CostBudget'];
export type CostSettings = Schemas['CostSettings'];
export const COST_KINDS = ENUMS.CostEntry.kind;
export type CostKind = (typeof COST_KINDS)[number];
export const MANUAL_COST_KINDS = ENUMS.ManualCostEntryBody.kind;
export type ManualCostKind = (typeof MANUAL_COST_KINDS)[number];
export const COST_REPORT_GROUPINGS = ENUMS.CostReport.by;
export type CostReportGrouping = (typeof COST_REPORT_GROUPINGS)[number];
export type BudgetStatus = CostReport['company'][number]['status'];
// --- recovery claims 追偿 and replies to the regulator (issue 11 items 8–9) --------------------------------
export type Claim = Schemas['Claim'];
export type ClaimBasis = Schemas['ClaimBasis'];
export type ClaimList = Schemas['ClaimList'];
export type CaseClaims = Schemas['CaseClaims'];
export const CLAIM_STATUSES = ENUMS.Claim.status;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type RegulatorReply = Schemas['RegulatorReply'];
export const REGULATORS = ENUMS.RegulatorReply.regulator;
export type Regulator = (typeof REGULATORS)[number];
