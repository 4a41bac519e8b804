// generated — run npm run gen:api (do not edit by hand).
// Source: the server's OpenAPI document (GET /api/docs/json), built in-process by scripts/api-contract.ts.

/** Every enumeration the API declares, by component schema (or "METHOD /path" for inline request schemas) and property path. */
export const ENUMS = {
  AdminAuditEvent: {
    action: ["created", "updated", "deactivated", "deleted", "applied"],
    entity: ["user", "department", "category", "routing_rule", "sla_policy", "calendar", "priority_rules", "preset", "cause", "stage", "callback_window", "partner", "resolution_settings", "execution_settings", "cost_budget", "cost_settings"],
  },
  BusinessCalendar: {
    "definition.holidays": ["cn-statutory", "none"],
    "definition.kind": ["24x7", "working_hours"],
    "definition.overrides[].type": ["off", "workday"],
  },
  CallbackWindow: {
    dayKind: ["calendar", "working"],
  },
  Case: {
    "allowedTransitions[].to": ["registered", "acknowledged", "assigned", "investigating", "remedy_proposed", "awaiting_customer", "executing", "resolved", "follow_up", "closed", "rejected", "merged"],
    channel: ["hotline", "web", "h5", "app", "api", "email", "wechat", "social", "store", "qr", "internal"],
    nature: ["service_quality", "operation_error", "information", "fee_dispute"],
    partnerKind: ["carrier", "supplier", "outlet"],
    priority: ["P1", "P2", "P3", "P4"],
    serviceType: ["same_city", "intra_province", "inter_province"],
    status: ["registered", "acknowledged", "assigned", "investigating", "remedy_proposed", "awaiting_customer", "executing", "resolved", "follow_up", "closed", "rejected", "merged"],
    urgency: ["normal", "urgent", "critical"],
  },
  CaseClaims: {
    blockedBy: ["no_external_responsibility", "case_status", "role"],
  },
  CaseDetail: {
    "allowedTransitions[].to": ["registered", "acknowledged", "assigned", "investigating", "remedy_proposed", "awaiting_customer", "executing", "resolved", "follow_up", "closed", "rejected", "merged"],
    channel: ["hotline", "web", "h5", "app", "api", "email", "wechat", "social", "store", "qr", "internal"],
    nature: ["service_quality", "operation_error", "information", "fee_dispute"],
    partnerKind: ["carrier", "supplier", "outlet"],
    priority: ["P1", "P2", "P3", "P4"],
    serviceType: ["same_city", "intra_province", "inter_province"],
    status: ["registered", "acknowledged", "assigned", "investigating", "remedy_proposed", "awaiting_customer", "executing", "resolved", "follow_up", "closed", "rejected", "merged"],
    urgency: ["normal", "urgent", "critical"],
  },
  CaseEvent: {
    kind: ["created", "triaged", "status_changed", "reopened", "assigned", "updated", "merged", "merged_from", "linked", "comment", "note", "attachment_added", "collaborator_added", "collaborator_removed", "sla_policy_changed", "sla_warning", "sla_breached", "remedy_proposed", "remedy_endorsed", "remedy_approved", "remedy_rejected", "remedy_offered", "remedy_answered", "investigation_task_given", "investigation_task_updated", "investigation_task_done", "evidence_linked", "evidence_hidden", "responsibility_decided", "action_created", "action_completed", "action_failed", "action_cancelled", "cost_posted", "cost_reversed", "escalated", "claim_filed", "claim_accepted", "claim_rejected", "claim_paid", "claim_written_off", "regulator_replied"],
    "payload.answer": ["accepted", "countered", "rejected"],
    "payload.appealClock": ["met", "already_ended", "none"],
    "payload.approval": ["approved", "pending"],
    "payload.auto": [true],
    "payload.cause": ["edit", "config"],
    "payload.channel": ["hotline", "web", "h5", "app", "api", "email", "wechat", "social", "store", "qr", "internal"],
    "payload.priority": ["P1", "P2", "P3", "P4"],
    "payload.status": ["done", "cancelled"],
    "payload.urgency": ["normal", "urgent", "critical"],
    visibility: ["internal", "public"],
  },
  CaseEventActionCancelled: {
    kind: ["action_cancelled"],
    visibility: ["internal", "public"],
  },
  CaseEventActionCompleted: {
    kind: ["action_completed"],
    visibility: ["internal", "public"],
  },
  CaseEventActionCreated: {
    kind: ["action_created"],
    visibility: ["internal", "public"],
  },
  CaseEventActionFailed: {
    kind: ["action_failed"],
    visibility: ["internal", "public"],
  },
  CaseEventAssigned: {
    kind: ["assigned"],
    "payload.auto": [true],
    visibility: ["internal", "public"],
  },
  CaseEventAttachmentAdded: {
    kind: ["attachment_added"],
    visibility: ["internal", "public"],
  },
  CaseEventClaimAccepted: {
    kind: ["claim_accepted"],
    visibility: ["internal", "public"],
  },
  CaseEventClaimFiled: {
    kind: ["claim_filed"],
    visibility: ["internal", "public"],
  },
  CaseEventClaimPaid: {
    kind: ["claim_paid"],
    visibility: ["internal", "public"],
  },
  CaseEventClaimRejected: {
    kind: ["claim_rejected"],
    visibility: ["internal", "public"],
  },
  CaseEventClaimWrittenOff: {
    kind: ["claim_written_off"],
    visibility: ["internal", "public"],
  },
  CaseEventCollaboratorAdded: {
    kind: ["collaborator_added"],
    visibility: ["internal", "public"],
  },
  CaseEventCollaboratorRemoved: {
    kind: ["collaborator_removed"],
    visibility: ["internal", "public"],
  },
  CaseEventComment: {
    kind: ["comment"],
    visibility: ["internal", "public"],
  },
  CaseEventCostPosted: {
    kind: ["cost_posted"],
    visibility: ["internal", "public"],
  },
  CaseEventCostReversed: {
    kind: ["cost_reversed"],
    visibility: ["internal", "public"],
  },
  CaseEventCreated: {
    kind: ["created"],
    "payload.channel": ["hotline", "web", "h5", "app", "api", "email", "wechat", "social", "store", "qr", "internal"],
    visibility: ["internal", "public"],
  },
  CaseEventEscalated: {
    kind: ["escalated"],
    visibility: ["internal", "public"],
  },
  CaseEventEvidenceHidden: {
    kind: ["evidence_hidden"],
    visibility: ["internal", "public"],
  },
  CaseEventEvidenceLinked: {
    kind: ["evidence_linked"],
    visibility: ["internal", "public"],
  },
  CaseEventInvestigationTaskDone: {
    kind: ["investigation_task_done"],
    "payload.status": ["done", "cancelled"],
    visibility: ["internal", "public"],
  },
  CaseEventInvestigationTaskGiven: {
    kind: ["investigation_task_given"],
    visibility: ["internal", "public"],
  },
  CaseEventInvestigationTaskUpdated: {
    kind: ["investigation_task_updated"],
    visibility: ["internal", "public"],
  },
  CaseEventLinked: {
    kind: ["linked"],
    visibility: ["internal", "public"],
  },
  CaseEventMerged: {
    kind: ["merged"],
    visibility: ["internal", "public"],
  },
  CaseEventMergedFrom: {
    kind: ["merged_from"],
    visibility: ["internal", "public"],
  },
  CaseEventNote: {
    kind: ["note"],
    visibility: ["internal", "public"],
  },
  CaseEventRegulatorReplied: {
    kind: ["regulator_replied"],
    "payload.appealClock": ["met", "already_ended", "none"],
    visibility: ["internal", "public"],
  },
  CaseEventRemedyAnswered: {
    kind: ["remedy_answered"],
    "payload.answer": ["accepted", "countered", "rejected"],
    visibility: ["internal", "public"],
  },
  CaseEventRemedyApproved: {
    kind: ["remedy_approved"],
    visibility: ["internal", "public"],
  },
  CaseEventRemedyEndorsed: {
    kind: ["remedy_endorsed"],
    visibility: ["internal", "public"],
  },
  CaseEventRemedyOffered: {
    kind: ["remedy_offered"],
    visibility: ["internal", "public"],
  },
  CaseEventRemedyProposed: {
    kind: ["remedy_proposed"],
    "payload.approval": ["approved", "pending"],
    visibility: ["internal", "public"],
  },
  CaseEventRemedyRejected: {
    kind: ["remedy_rejected"],
    visibility: ["internal", "public"],
  },
  CaseEventReopened: {
    kind: ["reopened"],
    visibility: ["internal", "public"],
  },
  CaseEventResponsibilityDecided: {
    kind: ["responsibility_decided"],
    visibility: ["internal", "public"],
  },
  CaseEventSlaBreached: {
    kind: ["sla_breached"],
    visibility: ["internal", "public"],
  },
  CaseEventSlaPolicyChanged: {
    kind: ["sla_policy_changed"],
    "payload.cause": ["edit", "config"],
    "payload.priority": ["P1", "P2", "P3", "P4"],
    visibility: ["internal", "public"],
  },
  CaseEventSlaWarning: {
    kind: ["sla_warning"],
    visibility: ["internal", "public"],
  },
  CaseEventStatusChanged: {
    kind: ["status_changed"],
    "payload.auto": [true],
    visibility: ["internal", "public"],
  },
  CaseEventTriaged: {
    kind: ["triaged"],
    "payload.priority": ["P1", "P2", "P3", "P4"],
    "payload.urgency": ["normal", "urgent", "critical"],
    visibility: ["internal", "public"],
  },
  CaseEventUpdated: {
    kind: ["updated"],
    visibility: ["internal", "public"],
  },
  CategoryAdmin: {
    baseUrgency: ["normal", "urgent", "critical"],
    nature: ["service_quality", "operation_error", "information", "fee_dispute"],
  },
  Cause: {
    responsibility: ["internal", "external_partner", "force_majeure", "customer"],
  },
  CauseAdmin: {
    responsibility: ["internal", "external_partner", "force_majeure", "customer"],
  },
  Claim: {
    "next[]": ["filed", "accepted", "rejected", "paid", "written_off"],
    partnerKind: ["carrier", "supplier", "outlet"],
    status: ["filed", "accepted", "rejected", "paid", "written_off"],
  },
  ClaimBasis: {
    "limits[].term": ["loss", "insured_declared_value", "fee_multiple", "contract_cap"],
    "partner.kind": ["carrier", "supplier", "outlet"],
    "source.kind": ["remedy", "explicit"],
    term: ["loss", "insured_declared_value", "fee_multiple", "contract_cap"],
  },
  ClaimList: {
    "partners[].partnerKind": ["carrier", "supplier", "outlet"],
  },
  CompleteDelay: {
    status: ["on_time", "delayed", "complete_delay"],
  },
  CostBudget: {
    scope: ["company", "category", "department"],
  },
  CostBudgetBody: {
    scope: ["company", "category", "department"],
  },
  CostEntry: {
    kind: ["compensation", "refund", "fee_waiver", "resend", "replacement", "repair", "voucher", "return_freight", "extra_compensation", "labour", "recovery", "other"],
    source: ["execution_action", "claim", "labour", "manual", "reversal"],
  },
  CostReport: {
    by: ["category", "department", "kind"],
    "company[].status": ["no_budget", "within", "near", "over"],
    "rows[].status": ["no_budget", "within", "near", "over"],
  },
  CreateCase: {
    channel: ["hotline", "web", "h5", "app", "api", "email", "wechat", "social", "store", "qr", "internal"],
    priority: ["P1", "P2", "P3", "P4"],
    regulatorReferral: ["12305", "12315", "other"],
    serviceType: ["same_city", "intra_province", "inter_province"],
    urgency: ["normal", "urgent", "critical"],
  },
  CreateCause: {
    responsibility: ["internal", "external_partner", "force_majeure", "customer"],
  },
  CreateExecutionAction: {
    kind: ["refund", "compensation", "resend", "replace", "repair", "voucher", "return_wrong_item", "keep_wrong_item", "fee_waiver", "other"],
  },
  CreatePartner: {
    kind: ["carrier", "supplier", "outlet"],
  },
  Department: {
    assignmentStrategy: ["round_robin", "least_load", "none"],
  },
  ExecutionAction: {
    kind: ["refund", "compensation", "resend", "replace", "repair", "voucher", "return_wrong_item", "keep_wrong_item", "fee_waiver", "other"],
    status: ["open", "done", "failed", "cancelled"],
  },
  ExecutionSettings: {
    "departments.compensation": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.fee_waiver": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.keep_wrong_item": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.other": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.refund": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.repair": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.replace": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.resend": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.return_wrong_item": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "departments.voucher": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
  },
  "GET /api/actions": {
    "query.overdue": ["true", "false"],
  },
  "GET /api/admin/audit": {
    "query.entity": ["user", "department", "category", "routing_rule", "sla_policy", "calendar", "priority_rules", "preset", "cause", "stage", "callback_window", "partner", "resolution_settings", "execution_settings", "cost_budget", "cost_settings"],
  },
  "GET /api/cases": {
    "query.order": ["asc", "desc"],
    "query.sort": ["createdAt", "updatedAt", "occurredAt", "priority", "caseNumber", "dueAt"],
    "query.view": ["mine", "department", "unassigned", "all"],
  },
  "GET /api/claims": {
    "query.status": ["filed", "accepted", "rejected", "paid", "written_off"],
  },
  "GET /api/cost-entries": {
    "query.kind": ["compensation", "refund", "fee_waiver", "resend", "replacement", "repair", "voucher", "return_freight", "extra_compensation", "labour", "recovery", "other"],
  },
  "GET /api/cost-entries/export": {
    "query.kind": ["compensation", "refund", "fee_waiver", "resend", "replacement", "repair", "voucher", "return_freight", "extra_compensation", "labour", "recovery", "other"],
  },
  "GET /api/costs/report": {
    "query.by": ["category", "department", "kind"],
  },
  "GET /api/escalations": {
    "query.open": ["true", "false"],
  },
  "GET /api/notifications": {
    "query.unread": ["true", "false"],
  },
  "GET /api/partners": {
    "query.includeInactive": ["true", "false"],
    "query.kind": ["carrier", "supplier", "outlet"],
  },
  Investigation: {
    "responsibility.party": ["internal", "carrier", "outlet", "supplier", "force_majeure", "customer"],
    "responsibility.rootCause": ["people", "process", "system", "partner", "external", "customer"],
  },
  InvestigationTask: {
    status: ["open", "done", "cancelled"],
  },
  ManualCostEntryBody: {
    kind: ["compensation", "refund", "fee_waiver", "resend", "replacement", "repair", "voucher", "return_freight", "extra_compensation", "recovery", "other"],
  },
  "PATCH /api/admin/calendars/{id}": {
    "body.definition.holidays": ["cn-statutory", "none"],
    "body.definition.kind": ["24x7", "working_hours"],
    "body.definition.overrides[].type": ["off", "workday"],
  },
  "PATCH /api/admin/categories/{code}": {
    "body.baseUrgency": ["normal", "urgent", "critical"],
    "body.nature": ["service_quality", "operation_error", "information", "fee_dispute"],
  },
  "PATCH /api/admin/sla-policies/{id}": {
    "body.policy.targets[].calendar": ["business", "calendar"],
    "body.policy.targets[].target": ["acknowledge", "first_reply", "resolution", "legal_outer_limit", "appeal_reply"],
    "body.priority": ["P1", "P2", "P3", "P4"],
  },
  "PATCH /api/departments/{id}": {
    "body.assignmentStrategy": ["round_robin", "least_load", "none"],
  },
  "PATCH /api/users/{id}": {
    "body.role": ["agent", "handler", "supervisor", "manager", "admin"],
  },
  "POST /api/admin/categories": {
    "body.baseUrgency": ["normal", "urgent", "critical"],
    "body.nature": ["service_quality", "operation_error", "information", "fee_dispute"],
  },
  "POST /api/admin/sla-policies": {
    "body.policy.targets[].calendar": ["business", "calendar"],
    "body.policy.targets[].target": ["acknowledge", "first_reply", "resolution", "legal_outer_limit", "appeal_reply"],
    "body.priority": ["P1", "P2", "P3", "P4"],
  },
  "POST /api/cases/{id}/comments": {
    "body.visibility": ["internal", "public"],
  },
  "POST /api/cases/{id}/regulator-replies": {
    "body.regulator": ["12305", "12315", "other"],
  },
  "POST /api/cases/{id}/remedies": {
    "body.basedOn.choice": ["return", "exchange", "repair"],
    "body.basedOn.excuse": ["wrong_address", "recipient_unreachable"],
    "body.basedOn.exemption": ["force_majeure", "natural_properties", "customer_fault"],
    "body.basedOn.kind": ["delay", "loss", "damage", "no_reason_return", "quality_defect", "performance_fault", "other"],
    "body.items[].kind": ["apology", "search_recover", "resend", "replace", "repair", "refund", "fee_waiver", "compensation", "voucher", "discipline", "process_fix"],
  },
  "POST /api/cases/{id}/remedies/calculate": {
    "body.choice": ["return", "exchange", "repair"],
    "body.excuse": ["wrong_address", "recipient_unreachable"],
    "body.exemption": ["force_majeure", "natural_properties", "customer_fault"],
    "body.kind": ["delay", "loss", "damage", "no_reason_return", "quality_defect", "performance_fault", "other"],
  },
  "POST /api/claims/{id}/status": {
    "body.status": ["accepted", "rejected", "paid", "written_off"],
  },
  "POST /api/remedies/{id}/answer": {
    "body.answer": ["accepted", "countered", "rejected"],
  },
  "POST /api/remedies/{id}/decisions": {
    "body.decision": ["approve", "reject"],
  },
  "POST /api/triage/suggest": {
    "body.channel": ["hotline", "web", "h5", "app", "api", "email", "wechat", "social", "store", "qr", "internal"],
    "body.regulatorReferral": ["12305", "12315", "other"],
    "body.urgency": ["normal", "urgent", "critical"],
  },
  "POST /api/users": {
    "body.role": ["agent", "handler", "supervisor", "manager", "admin"],
  },
  "PUT /api/admin/execution-settings": {
    "body.departments.compensation": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.fee_waiver": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.keep_wrong_item": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.other": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.refund": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.repair": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.replace": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.resend": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.return_wrong_item": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
    "body.departments.voucher": ["service", "dispatch", "quality", "warehouse", "logistics", "finance", "store"],
  },
  "PUT /api/admin/resolution-settings": {
    "body.compensationPolicy.fraud.basis": ["goods_price", "service_fee"],
    "body.compensationPolicy.noReasonReturn.returnFreightPaidBy": ["customer", "merchant"],
  },
  Partner: {
    kind: ["carrier", "supplier", "outlet"],
  },
  RegulatorReplies: {
    referral: ["12305", "12315", "other"],
  },
  RegulatorReply: {
    regulator: ["12305", "12315", "other"],
  },
  Remedy: {
    "decisions[].kind": ["endorse", "approve", "reject"],
    "items[].kind": ["apology", "search_recover", "resend", "replace", "repair", "refund", "fee_waiver", "compensation", "voucher", "discipline", "process_fix"],
    status: ["pending_approval", "approved", "rejected", "offered", "accepted", "countered", "declined", "superseded"],
  },
  ResolutionSettings: {
    "compensationPolicy.fraud.basis": ["goods_price", "service_fee"],
    "compensationPolicy.noReasonReturn.returnFreightPaidBy": ["customer", "merchant"],
  },
  Responsibility: {
    party: ["internal", "carrier", "outlet", "supplier", "force_majeure", "customer"],
    rootCause: ["people", "process", "system", "partner", "external", "customer"],
  },
  ResponsibilityDecision: {
    party: ["internal", "carrier", "outlet", "supplier", "force_majeure", "customer"],
    rootCause: ["people", "process", "system", "partner", "external", "customer"],
  },
  SlaPolicy: {
    "policy.targets[].calendar": ["business", "calendar"],
    "policy.targets[].target": ["acknowledge", "first_reply", "resolution", "legal_outer_limit", "appeal_reply"],
  },
  Transition: {
    to: ["registered", "acknowledged", "assigned", "investigating", "remedy_proposed", "awaiting_customer", "executing", "resolved", "follow_up", "closed", "rejected", "merged"],
  },
  TriageSuggestion: {
    "urgency.level": ["normal", "urgent", "critical"],
  },
  UpdateCase: {
    priority: ["P1", "P2", "P3", "P4"],
    regulatorReferral: ["12305", "12315", "other"],
    serviceType: ["same_city", "intra_province", "inter_province"],
    urgency: ["normal", "urgent", "critical"],
  },
  UpdateCause: {
    responsibility: ["internal", "external_partner", "force_majeure", "customer"],
  },
  UpdateInvestigationTask: {
    status: ["open", "done", "cancelled"],
  },
  User: {
    role: ["agent", "handler", "supervisor", "manager", "admin"],
  },
} as const;

/** Every field limit the API declares (lengths, ranges, item counts, patterns), by schema and property path. */
export const LIMITS = {
  BusinessCalendar: {
    "definition.overrides": { maxItems: 2000 },
    "definition.overrides[].date": { pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    "definition.overrides[].name": { maxLength: 60 },
    "definition.overrides[].periods": { maxItems: 6 },
    "definition.overrides[].periods[].end": { pattern: "^\\d{2}:\\d{2}$" },
    "definition.overrides[].periods[].start": { pattern: "^\\d{2}:\\d{2}$" },
    "definition.timezone": { minLength: 1, maxLength: 64 },
  },
  CallbackWindow: {
    fromDays: { minimum: 0, maximum: 90 },
    toDays: { minimum: 1, maximum: 90 },
  },
  CancelExecutionAction: {
    reason: { minLength: 1, maxLength: 2000 },
  },
  CompleteExecutionAction: {
    amountFen: { minimum: 0 },
    "repair.fault": { minLength: 1, maxLength: 1000 },
    "repair.method": { minLength: 1, maxLength: 1000 },
  },
  CompleteExecutionActionInput: {
    amountFen: { minimum: 0 },
    note: { maxLength: 2000 },
    "repair.fault": { minLength: 1, maxLength: 1000 },
    "repair.method": { minLength: 1, maxLength: 1000 },
    "repair.partsReplaced": { maxLength: 1000 },
  },
  CostBudgetBody: {
    amountFen: { minimum: 0 },
    month: { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
    scopeKey: { maxLength: 64 },
  },
  CostSettingsBody: {
    labourRateFenPerHour: { minimum: 1, maximum: 10000000 },
  },
  CreateCase: {
    category: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    cause: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    "customer.email": { maxLength: 200 },
    "customer.name": { minLength: 1, maxLength: 64 },
    declaredValueYuan: { minimum: 0, maximum: 100000000 },
    description: { minLength: 1, maxLength: 5000 },
    freightFen: { minimum: 0, maximum: 100000000 },
    itemPriceFen: { minimum: 0, maximum: 1000000000 },
    quantity: { minimum: 1, maximum: 1000000 },
    stage: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
  },
  CreateCaseInput: {
    brandCompany: { maxLength: 100 },
    category: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    cause: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    "customer.email": { maxLength: 200 },
    "customer.name": { minLength: 1, maxLength: 64 },
    "customer.phone": { minLength: 1, maxLength: 32 },
    declaredValueYuan: { minimum: 0, maximum: 100000000 },
    deliveryCompany: { maxLength: 100 },
    demand: { maxLength: 2000 },
    description: { minLength: 1, maxLength: 5000 },
    freightFen: { minimum: 0, maximum: 100000000 },
    goodsName: { maxLength: 200 },
    itemPriceFen: { minimum: 0, maximum: 1000000000 },
    orderNo: { maxLength: 64 },
    quantity: { minimum: 1, maximum: 1000000 },
    route: { maxLength: 200 },
    stage: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    store: { maxLength: 200 },
    waybillNo: { maxLength: 64 },
  },
  CreateCause: {
    code: { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    definitionEn: { maxLength: 500 },
    definitionZh: { maxLength: 500 },
    nameEn: { minLength: 1, maxLength: 60 },
    nameZh: { minLength: 1, maxLength: 40 },
    sortOrder: { minimum: 0, maximum: 10000 },
  },
  CreateExecutionAction: {
    amountFen: { minimum: 0 },
  },
  CreateExecutionActionInput: {
    amountFen: { minimum: 0 },
    note: { maxLength: 2000 },
  },
  CreateInvestigationTask: {
    instructions: { minLength: 1, maxLength: 2000 },
  },
  CreatePartner: {
    claimCapFen: { minimum: 0, maximum: 1000000000 },
    claimMultiple: { minimum: 0, maximum: 100 },
    contactEmail: { maxLength: 200 },
    name: { minLength: 1, maxLength: 100 },
  },
  CreatePartnerInput: {
    claimCapFen: { minimum: 0, maximum: 1000000000 },
    claimMultiple: { minimum: 0, maximum: 100 },
    compensationTerms: { maxLength: 2000 },
    contactEmail: { maxLength: 200 },
    contactName: { maxLength: 64 },
    contactPhone: { maxLength: 32 },
    name: { minLength: 1, maxLength: 100 },
  },
  CreateStage: {
    code: { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    definitionEn: { maxLength: 500 },
    definitionZh: { maxLength: 500 },
    keywords: { maxItems: 200 },
    "keywords[].term": { minLength: 1, maxLength: 40 },
    "keywords[].weight": { minimum: 0, maximum: 5, exclusiveMinimum: true },
    nameEn: { minLength: 1, maxLength: 60 },
    nameZh: { minLength: 1, maxLength: 40 },
    sortOrder: { minimum: 0, maximum: 10000 },
  },
  EvidenceMark: {
    itemCode: { minLength: 1, maxLength: 40 },
    notApplicableReason: { minLength: 1, maxLength: 500 },
  },
  FailExecutionAction: {
    note: { minLength: 1, maxLength: 2000 },
  },
  "GET /api/actions": {
    "query.kind": { maxLength: 300 },
  },
  "GET /api/admin/audit": {
    "query.cursor": { maxLength: 40 },
    "query.entityId": { minLength: 1, maxLength: 200 },
    "query.limit": { minimum: 1, maximum: 200 },
  },
  "GET /api/cases": {
    "query.cursor": { maxLength: 500 },
    "query.limit": { minimum: 1, maximum: 500 },
    "query.minEscalation": { minimum: 1, maximum: 2 },
    "query.q": { maxLength: 200 },
  },
  "GET /api/cases/{idOrCaseNumber}": {
    "path.idOrCaseNumber": { minLength: 1, maxLength: 64 },
  },
  "GET /api/cost-budgets": {
    "query.from": { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
    "query.to": { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
  },
  "GET /api/cost-entries": {
    "query.category": { maxLength: 64 },
    "query.cursor": { maxLength: 500 },
    "query.limit": { minimum: 1, maximum: 200 },
    "query.month": { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
  },
  "GET /api/cost-entries/export": {
    "query.category": { maxLength: 64 },
    "query.month": { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
  },
  "GET /api/costs/report": {
    "query.from": { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
    "query.to": { pattern: "^\\d{4}-(0[1-9]|1[0-2])$" },
  },
  "GET /api/customers": {
    "query.phone": { minLength: 1, maxLength: 32 },
  },
  "GET /api/customers/lookup": {
    "query.phone": { minLength: 1, maxLength: 32 },
  },
  "GET /api/escalations": {
    "query.limit": { minimum: 1, maximum: 500 },
  },
  "GET /api/notifications": {
    "query.limit": { minimum: 1, maximum: 200 },
  },
  LabourEntryBody: {
    minutes: { minimum: 1, maximum: 10080 },
  },
  LabourEntryBodyInput: {
    minutes: { minimum: 1, maximum: 10080 },
    note: { maxLength: 500 },
  },
  ManualCostEntryBody: {
    amountFen: { minimum: -1000000000, maximum: 1000000000 },
    note: { minLength: 1, maxLength: 500 },
  },
  "PATCH /api/admin/calendars/{id}": {
    "body.definition.overrides": { maxItems: 2000 },
    "body.definition.overrides[].date": { pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    "body.definition.overrides[].name": { maxLength: 60 },
    "body.definition.overrides[].periods": { maxItems: 6 },
    "body.definition.overrides[].periods[].end": { pattern: "^\\d{2}:\\d{2}$" },
    "body.definition.overrides[].periods[].start": { pattern: "^\\d{2}:\\d{2}$" },
    "body.definition.timezone": { minLength: 1, maxLength: 64 },
    "body.name": { minLength: 1, maxLength: 100 },
  },
  "PATCH /api/admin/categories/{code}": {
    "body.definitionEn": { maxLength: 500 },
    "body.definitionZh": { maxLength: 500 },
    "body.keywords": { maxItems: 200 },
    "body.keywords[].term": { minLength: 1, maxLength: 40 },
    "body.keywords[].weight": { minimum: 0, maximum: 5, exclusiveMinimum: true },
    "body.nameEn": { minLength: 1, maxLength: 60 },
    "body.nameZh": { minLength: 1, maxLength: 40 },
    "body.sortOrder": { minimum: 0, maximum: 10000 },
    "path.code": { minLength: 1, maxLength: 40 },
  },
  "PATCH /api/admin/causes/{code}": {
    "path.code": { minLength: 1, maxLength: 40 },
  },
  "PATCH /api/admin/routing-rules/{id}": {
    "body.category": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.channel": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.position": { minimum: 0, maximum: 100000 },
    "body.stage": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.storePrefix": { minLength: 1, maxLength: 100 },
  },
  "PATCH /api/admin/sla-policies/{id}": {
    "body.category": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.name": { minLength: 1, maxLength: 100 },
    "body.policy.escalation.managerAfterBreachMinutes": { minimum: 0 },
    "body.policy.escalation.supervisorAfterBreachMinutes": { minimum: 0 },
    "body.policy.pauseStatuses": { maxItems: 12 },
    "body.policy.targets": { minItems: 1, maxItems: 10 },
    "body.policy.targets[].escalation.managerAfterBreachMinutes": { minimum: 0 },
    "body.policy.targets[].escalation.supervisorAfterBreachMinutes": { minimum: 0 },
    "body.policy.targets[].minutes": { minimum: 0, maximum: 525600, exclusiveMinimum: true },
    "body.policy.warnAtShare": { minimum: 0, maximum: 1 },
    "body.position": { minimum: 0, maximum: 10000 },
  },
  "PATCH /api/admin/stages/{code}": {
    "path.code": { minLength: 1, maxLength: 40 },
  },
  "PATCH /api/departments/{id}": {
    "body.name": { minLength: 1, maxLength: 64 },
  },
  "PATCH /api/users/{id}": {
    "body.displayName": { minLength: 1, maxLength: 64 },
    "body.password": { minLength: 8, maxLength: 200 },
  },
  "POST /api/admin/categories": {
    "body.code": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.definitionEn": { maxLength: 500 },
    "body.definitionZh": { maxLength: 500 },
    "body.keywords": { maxItems: 200 },
    "body.keywords[].term": { minLength: 1, maxLength: 40 },
    "body.keywords[].weight": { minimum: 0, maximum: 5, exclusiveMinimum: true },
    "body.nameEn": { minLength: 1, maxLength: 60 },
    "body.nameZh": { minLength: 1, maxLength: 40 },
    "body.sortOrder": { minimum: 0, maximum: 10000 },
  },
  "POST /api/admin/presets/{code}/apply": {
    "path.code": { minLength: 1, maxLength: 40 },
  },
  "POST /api/admin/routing-rules": {
    "body.category": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.channel": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.position": { minimum: 0, maximum: 100000 },
    "body.stage": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.storePrefix": { minLength: 1, maxLength: 100 },
  },
  "POST /api/admin/sla-policies": {
    "body.category": { minLength: 1, maxLength: 40, pattern: "^[a-z][a-z0-9_]*$" },
    "body.name": { minLength: 1, maxLength: 100 },
    "body.policy.escalation.managerAfterBreachMinutes": { minimum: 0 },
    "body.policy.escalation.supervisorAfterBreachMinutes": { minimum: 0 },
    "body.policy.pauseStatuses": { maxItems: 12 },
    "body.policy.targets": { minItems: 1, maxItems: 10 },
    "body.policy.targets[].escalation.managerAfterBreachMinutes": { minimum: 0 },
    "body.policy.targets[].escalation.supervisorAfterBreachMinutes": { minimum: 0 },
    "body.policy.targets[].minutes": { minimum: 0, maximum: 525600, exclusiveMinimum: true },
    "body.policy.warnAtShare": { minimum: 0, maximum: 1 },
    "body.position": { minimum: 0, maximum: 10000 },
  },
  "POST /api/attachments/{id}/hide": {
    "body.reason": { minLength: 1, maxLength: 500 },
  },
  "POST /api/auth/login": {
    "body.password": { minLength: 1, maxLength: 200 },
    "body.username": { minLength: 1, maxLength: 64 },
  },
  "POST /api/cases/{id}/claims": {
    "body.basis": { maxLength: 2000 },
    "body.lossFen": { minimum: 0 },
    "body.note": { maxLength: 2000 },
  },
  "POST /api/cases/{id}/claims/calculate": {
    "body.basis": { maxLength: 2000 },
    "body.lossFen": { minimum: 0 },
  },
  "POST /api/cases/{id}/comments": {
    "body.body": { minLength: 1, maxLength: 10000 },
  },
  "POST /api/cases/{id}/links": {
    "body.otherId": { minLength: 1, maxLength: 64 },
  },
  "POST /api/cases/{id}/merge": {
    "body.intoId": { minLength: 1, maxLength: 64 },
    "body.reason": { maxLength: 2000 },
  },
  "POST /api/cases/{id}/regulator-replies": {
    "body.content": { minLength: 1, maxLength: 5000 },
  },
  "POST /api/cases/{id}/remedies": {
    "body.basedOn.addOnFeesFen": { minimum: 0 },
    "body.basedOn.claimedFen": { minimum: 0 },
    "body.basedOn.damagedParts": { minimum: 1, maximum: 1000000 },
    "body.basedOn.daysSinceReceipt": { minimum: 0, maximum: 3650 },
    "body.basedOn.daysSinceSale": { minimum: 0, maximum: 3650 },
    "body.basedOn.returnFreightFen": { minimum: 0 },
    "body.basedOn.totalParts": { minimum: 1, maximum: 1000000 },
    "body.items": { minItems: 1, maxItems: 20 },
    "body.items[].amountFen": { minimum: 0 },
    "body.items[].note": { maxLength: 500 },
    "body.note": { maxLength: 2000 },
  },
  "POST /api/cases/{id}/remedies/calculate": {
    "body.addOnFeesFen": { minimum: 0 },
    "body.claimedFen": { minimum: 0 },
    "body.damagedParts": { minimum: 1, maximum: 1000000 },
    "body.daysSinceReceipt": { minimum: 0, maximum: 3650 },
    "body.daysSinceSale": { minimum: 0, maximum: 3650 },
    "body.returnFreightFen": { minimum: 0 },
    "body.totalParts": { minimum: 1, maximum: 1000000 },
  },
  "POST /api/claims/{id}/status": {
    "body.agreedFen": { minimum: 0 },
    "body.note": { maxLength: 2000 },
    "body.reason": { maxLength: 2000 },
    "body.recoveredFen": { minimum: 0 },
    "body.version": { minimum: 1 },
  },
  "POST /api/departments": {
    "body.code": { minLength: 1, maxLength: 32, pattern: "^[a-z0-9_-]+$" },
    "body.name": { minLength: 1, maxLength: 64 },
  },
  "POST /api/remedies/{id}/answer": {
    "body.counterOffer": { maxLength: 2000 },
    "body.counterOfferFen": { minimum: 0 },
    "body.note": { maxLength: 2000 },
  },
  "POST /api/remedies/{id}/decisions": {
    "body.comment": { maxLength: 2000 },
    "body.step": { minimum: 0, maximum: 10 },
  },
  "POST /api/triage/suggest": {
    "body.category": { maxLength: 40 },
    "body.declaredValueYuan": { minimum: 0 },
    "body.phone": { maxLength: 32 },
    "body.store": { maxLength: 200 },
    "body.text": { minLength: 1, maxLength: 5000 },
    "body.waybillNo": { maxLength: 64 },
  },
  "POST /api/users": {
    "body.displayName": { minLength: 1, maxLength: 64 },
    "body.password": { minLength: 8, maxLength: 200 },
    "body.username": { minLength: 2, maxLength: 64, pattern: "^[a-zA-Z0-9_.-]+$" },
  },
  "PUT /api/admin/resolution-settings": {
    "body.authorityLimits.agent": { minimum: 0, exclusiveMinimum: true },
    "body.authorityLimits.handler": { minimum: 0 },
    "body.authorityLimits.manager": { minimum: 0, exclusiveMinimum: true },
    "body.authorityLimits.supervisor": { minimum: 0, exclusiveMinimum: true },
    "body.compensationPolicy.completeDelay.otherDays": { minimum: 1, maximum: 365 },
    "body.compensationPolicy.completeDelay.sameCityDays": { minimum: 1, maximum: 365 },
    "body.compensationPolicy.foodSafety.lossMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
    "body.compensationPolicy.foodSafety.minimumExtraFen": { minimum: 0 },
    "body.compensationPolicy.foodSafety.priceMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
    "body.compensationPolicy.fraud.minimumExtraFen": { minimum: 0 },
    "body.compensationPolicy.fraud.priceMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
    "body.compensationPolicy.noReasonReturn.windowDays": { minimum: 1, maximum: 365 },
    "body.compensationPolicy.qualityRefundVoucher.percentOfPrice": { minimum: 1, maximum: 1000 },
    "body.compensationPolicy.qualityReturn.windowDays": { minimum: 1, maximum: 365 },
    "body.compensationPolicy.threeGuarantees.choiceWindowDays": { minimum: 1, maximum: 365 },
    "body.compensationPolicy.threeGuarantees.exchangeWindowDays": { minimum: 1, maximum: 365 },
    "body.compensationPolicy.uninsuredFeeMultiple.feeMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
  },
  ResolutionSettings: {
    "authorityLimits.agent": { minimum: 0, exclusiveMinimum: true },
    "authorityLimits.handler": { minimum: 0 },
    "authorityLimits.manager": { minimum: 0, exclusiveMinimum: true },
    "authorityLimits.supervisor": { minimum: 0, exclusiveMinimum: true },
    "compensationPolicy.completeDelay.otherDays": { minimum: 1, maximum: 365 },
    "compensationPolicy.completeDelay.sameCityDays": { minimum: 1, maximum: 365 },
    "compensationPolicy.foodSafety.lossMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
    "compensationPolicy.foodSafety.minimumExtraFen": { minimum: 0 },
    "compensationPolicy.foodSafety.priceMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
    "compensationPolicy.fraud.minimumExtraFen": { minimum: 0 },
    "compensationPolicy.fraud.priceMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
    "compensationPolicy.noReasonReturn.windowDays": { minimum: 1, maximum: 365 },
    "compensationPolicy.qualityRefundVoucher.percentOfPrice": { minimum: 1, maximum: 1000 },
    "compensationPolicy.qualityReturn.windowDays": { minimum: 1, maximum: 365 },
    "compensationPolicy.threeGuarantees.choiceWindowDays": { minimum: 1, maximum: 365 },
    "compensationPolicy.threeGuarantees.exchangeWindowDays": { minimum: 1, maximum: 365 },
    "compensationPolicy.uninsuredFeeMultiple.feeMultiple": { minimum: 0, maximum: 1000, exclusiveMinimum: true },
  },
  ResponsibilityDecision: {
    rootCauseText: { minLength: 1, maxLength: 2000 },
  },
  ResponsibilityDecisionInput: {
    note: { maxLength: 2000 },
    rootCauseText: { minLength: 1, maxLength: 2000 },
  },
  ReverseCostEntryBody: {
    reason: { minLength: 1, maxLength: 500 },
  },
  SlaPolicy: {
    "policy.escalation.managerAfterBreachMinutes": { minimum: 0 },
    "policy.escalation.supervisorAfterBreachMinutes": { minimum: 0 },
    "policy.pauseStatuses": { maxItems: 12 },
    "policy.targets": { minItems: 1, maxItems: 10 },
    "policy.targets[].escalation.managerAfterBreachMinutes": { minimum: 0 },
    "policy.targets[].escalation.supervisorAfterBreachMinutes": { minimum: 0 },
    "policy.targets[].minutes": { minimum: 0, maximum: 525600, exclusiveMinimum: true },
    "policy.warnAtShare": { minimum: 0, maximum: 1 },
  },
  Transition: {
    reason: { maxLength: 2000 },
    version: { minimum: 0, exclusiveMinimum: true },
  },
  UpdateCase: {
    category: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    cause: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    declaredValueYuan: { minimum: 0, maximum: 100000000 },
    description: { minLength: 1, maxLength: 5000 },
    freightFen: { minimum: 0, maximum: 100000000 },
    itemPriceFen: { minimum: 0, maximum: 1000000000 },
    quantity: { minimum: 1, maximum: 1000000 },
    reason: { maxLength: 2000 },
    stage: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    version: { minimum: 0, exclusiveMinimum: true },
  },
  UpdateCaseInput: {
    brandCompany: { maxLength: 100 },
    category: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    cause: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    declaredValueYuan: { minimum: 0, maximum: 100000000 },
    deliveryCompany: { maxLength: 100 },
    demand: { maxLength: 2000 },
    description: { minLength: 1, maxLength: 5000 },
    freightFen: { minimum: 0, maximum: 100000000 },
    goodsName: { maxLength: 200 },
    itemPriceFen: { minimum: 0, maximum: 1000000000 },
    orderNo: { maxLength: 64 },
    quantity: { minimum: 1, maximum: 1000000 },
    reason: { maxLength: 2000 },
    route: { maxLength: 200 },
    stage: { maxLength: 40, pattern: "^[a-z0-9_]+$" },
    store: { maxLength: 200 },
    version: { minimum: 0, exclusiveMinimum: true },
    waybillNo: { maxLength: 64 },
  },
  UpdateCause: {
    definitionEn: { maxLength: 500 },
    definitionZh: { maxLength: 500 },
    nameEn: { minLength: 1, maxLength: 60 },
    nameZh: { minLength: 1, maxLength: 40 },
    sortOrder: { minimum: 0, maximum: 10000 },
  },
  UpdateInvestigationTaskInput: {
    findings: { maxLength: 5000 },
  },
  UpdatePartner: {
    claimCapFen: { minimum: 0, maximum: 1000000000 },
    claimMultiple: { minimum: 0, maximum: 100 },
    contactEmail: { maxLength: 200 },
    name: { minLength: 1, maxLength: 100 },
  },
  UpdatePartnerInput: {
    claimCapFen: { minimum: 0, maximum: 1000000000 },
    claimMultiple: { minimum: 0, maximum: 100 },
    compensationTerms: { maxLength: 2000 },
    contactEmail: { maxLength: 200 },
    contactName: { maxLength: 64 },
    contactPhone: { maxLength: 32 },
    name: { minLength: 1, maxLength: 100 },
  },
  UpdateStage: {
    definitionEn: { maxLength: 500 },
    definitionZh: { maxLength: 500 },
    keywords: { maxItems: 200 },
    "keywords[].term": { minLength: 1, maxLength: 40 },
    "keywords[].weight": { minimum: 0, maximum: 5, exclusiveMinimum: true },
    nameEn: { minLength: 1, maxLength: 60 },
    nameZh: { minLength: 1, maxLength: 40 },
    sortOrder: { minimum: 0, maximum: 10000 },
  },
} as const;
