import type { Db, Tx } from './db/client.ts';
import type { Clock } from './shared/clock.ts';
import type { CaseDirectoryPort, CaseInvestigationPort, CaseRemedyPort, CaseRow, CaseTaxonomyPort } from './modules/cases/case.listeners.ts';
import { isOpen } from './modules/cases/case.lifecycle.ts';
import { createInvestigationService, responsibilityStatus } from './modules/investigation/investigation.service.ts';
import { completeDelayOf } from './modules/investigation/investigation.rules.ts';
import { createCaseService } from './modules/cases/case.service.ts';
import { findCustomerByPhone, recordPhoneReads, upsertCustomerByPhone } from './modules/customers/customer.service.ts';
import { createPrivacyService, type CaseTextPort } from './modules/privacy/privacy.service.ts';
import { remedyPersonalText } from './modules/resolution/resolution.service.ts';
import { executionPersonalText } from './modules/resolution/execution.service.ts';
import { investigationPersonalText } from './modules/investigation/investigation.service.ts';
import { costPersonalText } from './modules/costs/costs.service.ts';
import { claimPersonalText } from './modules/claims/claim.service.ts';
import { regulatorReplyPersonalText } from './modules/sla/regulator-reply.service.ts';
import { accountabilityPersonalText } from './modules/accountability/accountability.service.ts';
import type { AttachmentStorage } from './modules/attachments/storage.ts';
import { findPartner } from './modules/partners/partner.service.ts';
import { createNotificationService, type ChannelDefaults } from './modules/notifications/notification.service.ts';
import { createRoutingService } from './modules/routing/routing.service.ts';
import { createAdminConfigService } from './modules/admin/admin-config.service.ts';
import { assertCaseTaxonomy, assertCategory } from './modules/taxonomy/taxonomy.service.ts';
import { createSlaService } from './modules/sla/sla.service.ts';
import { createTriageService } from './modules/triage/triage.service.ts';
import { approvedRemedyOf, createResolutionService, latestRemedyTotal } from './modules/resolution/resolution.service.ts';
import { createOutboxService } from './modules/notifications/outbox.service.ts';
import { outboxPersonalText } from './modules/notifications/outbox.service.ts';
import { openActionCount } from './modules/resolution/execution.service.ts';
import { createCostService, type CostService } from './modules/costs/costs.service.ts';
import type { CostKind } from './modules/costs/costs.types.ts';
import type { ActionKind } from './modules/resolution/execution.rules.ts';
import type { ExecutionCostPort } from './modules/resolution/execution.service.ts';
import { findDepartment, findUserView } from './modules/users/user.service.ts';
import { createClaimService, type ClaimRecoveryPort } from './modules/claims/claim.service.ts';
import { createPartnerService } from './modules/partners/partner.service.ts';
import { createRegulatorReplyService } from './modules/sla/regulator-reply.service.ts';
// 彻底延误 as a timeline event
import { createCompleteDelayJob } from './modules/resolution/complete-delay.service.ts';
import { createConfigCache, type ConfigCache } from './modules/settings/config-cache.ts';
import { createAccountabilityService } from './modules/accountability/accountability.service.ts';
import { callbackListener, callbackPersonalText, createCallbackService } from './modules/callbacks/callback.service.ts';

/** What cases asks of the taxonomy: an active category, known stage and cause codes. */
export const caseTaxonomyPort: CaseTaxonomyPort = caseTaxonomyPortWith();

/** The same, reading the active categories from the configuration cache when one is given. */
export function caseTaxonomyPortWith(config?: ConfigCache): CaseTaxonomyPort {
  return {
    assertCategory: (db, code, path) => assertCategory(db, code, path, config),
    assertStageAndCause: (db, codes, current) => assertCaseTaxonomy(db, codes, current),
  };
}

// The composition root hands the users' and customers' look-ups to cases as a port, so cases imports
// neither module.
export const caseDirectoryPort: CaseDirectoryPort = {
  department: (db, id) => findDepartment(db, id),
  user: (db, id) => findUserView(db, id),
  partner: (db, id) => findPartner(db, id),
  findCustomerByPhone: (db, phone) => findCustomerByPhone(db, phone),
  upsertCustomer: (tx, customer, now, opts) => upsertCustomerByPhone(tx, customer, now, opts),
  // Rule 29: lists showing full phones are recorded by the customers module.
  recordPhoneReads: (db, read) => recordPhoneReads(db, read),
};

/**
 * Personal-data erasure (rule 28): each module keeping its own free text about a case redacts it in the
 * erasure's transaction and lists it for an export; privacy imports none of them.
 */
export const caseTextPorts: readonly CaseTextPort[] = [
  { module: 'remedies', ...remedyPersonalText },
  { module: 'investigation', ...investigationPersonalText },
  { module: 'execution', ...executionPersonalText },
  { module: 'costs', ...costPersonalText },
  { module: 'claims', ...claimPersonalText },
  { module: 'regulatorReplies', ...regulatorReplyPersonalText },
  { module: 'accountability', ...accountabilityPersonalText },
  { module: 'customerMessages', ...outboxPersonalText },
  { module: 'callbacks', ...callbackPersonalText },
];

/** What cases asks of the remedies: whether the latest is approved (the `approvedRemedyExists` guard). */
export const caseRemedyPort: CaseRemedyPort = {
  approvedRemedy: (db, caseId) => approvedRemedyOf(db, caseId),
  // Execution (issue 11 item 7): the `noOpenAction` guard on executing → resolved.
  openActions: (db, caseId) => openActionCount(db, caseId),
};

/**
 * The investigation module above cases feeds the `responsibilityDecided` guard and the 彻底延误 flag. The flag
 * is computed on every read from the facts and now (never stored): an edit of the promised time or service
 * type shows at once, and no sweep has to keep a stored flag in step. A finished case is judged as of when
 * it finished.
 */
export function caseInvestigationPort(timezone: string): CaseInvestigationPort {
  return {
    responsibility: (db, c) => responsibilityStatus(db, c.id),
    completeDelay: (c, now) => completeDelayOf(c, isOpen(c.status) ? now : (c.closedAt ?? c.updatedAt), timezone),
  };
}

/** The ports a case service needs, for code that builds one outside createDomainServices (tests, benches). */
export const casePorts = { taxonomy: caseTaxonomyPort, directory: caseDirectoryPort, remedies: caseRemedyPort };

/** Which ledger line a done execution action is (a wrong item kept or returned costs its freight, if any). */
const COST_KIND_OF_ACTION: Record<ActionKind, CostKind> = {
  refund: 'refund',
  compensation: 'compensation',
  resend: 'resend',
  replace: 'replacement',
  repair: 'repair',
  voucher: 'voucher',
  return_wrong_item: 'return_freight',
  keep_wrong_item: 'other',
  fee_waiver: 'fee_waiver',
  other: 'other',
};

/** Execution posts the cost of a done action to the ledger, in the completing transaction, once per action. */
export function executionCostPort(costs: CostService): ExecutionCostPort {
  return {
    async recordActionCost(tx, e) {
      await costs.postCostEntry(tx, {
        caseId: e.caseId,
        kind: COST_KIND_OF_ACTION[e.actionKind],
        amountFen: e.amountFen,
        source: 'execution_action',
        sourceId: e.actionId,
        note: e.note,
        actorId: e.actorId,
        occurredAt: e.at,
      });
    },
  };
}

/** A claim's payment goes to the ledger as a recovery: negative, once per claim (a paid claim is final). */
export function claimRecoveryPort(costs: CostService): ClaimRecoveryPort {
  return {
    async recordRecovery(tx, e) {
      await costs.postCostEntry(tx, {
        caseId: e.caseId,
        kind: 'recovery',
        amountFen: -e.amountFen,
        source: 'claim',
        sourceId: e.claimId,
        note: e.note,
        actorId: e.actorId,
        occurredAt: e.at,
      });
    },
  };
}

/**
 * The domain services wired together: intake runs triage (classify, prioritise, route) and starts the
 * clocks; status changes, edits and public replies keep the clocks in step — all inside the case's
 * transaction, through the listeners the case service calls in this order.
 */
export function createDomainServices(deps: { db: Db; clock: Clock; timezone: string; autoRoute?: boolean; storage?: AttachmentStorage; publicUrl?: string; notifyChannels?: ChannelDefaults }) {
  const { db, clock } = deps;
  // Read-mostly configuration cached in this process; every edit, by any process, changes its stamp.
  const config = createConfigCache();
  // Customer messages link to PUBLIC_URL (notifications.publicUrl).
  const notifications = createNotificationService({ db, clock, publicUrl: deps.publicUrl, config });
  const sla = createSlaService({ db, clock, notifications, config });
  const routing = createRoutingService({ db });
  const triage = createTriageService({ db, clock, routing, config });
  // Customer messages (outbox): written by a case listener in the case's transaction, delivered by the worker.
  let casesRef: ReturnType<typeof createCaseService> | undefined;
  const outbox = createOutboxService({
    db,
    clock,
    timezone: deps.timezone,
    publicUrl: notifications.publicUrl,
    cases: () => casesRef!,
    remedyTotal: latestRemedyTotal,
    config,
    ...(deps.notifyChannels ? { channelDefaults: deps.notifyChannels } : {}),
  });
  // Satisfaction callbacks count their window on the case's working-day calendar, which the time limits own.
  const callbackCalendar = { workingDayOf: (tx: Tx, c: CaseRow) => sla.workingDayOf(tx, c) };
  // Triage first: the clocks start on the priority, category and status it settles; the customer's
  // received message then publishes the time limits the clocks set.
  const listeners = [
    triage.listener({ route: deps.autoRoute ?? true }),
    sla.listener(),
    callbackListener({ timezone: deps.timezone, calendar: callbackCalendar }),
    outbox.listener(),
  ];
  const cases = createCaseService({ db, clock, timezone: deps.timezone, ...casePorts, taxonomy: caseTaxonomyPortWith(config), investigation: caseInvestigationPort(deps.timezone), listeners });
  casesRef = cases;
  // The cost ledger: execution actions and carrier claims post through costs.postCostEntry (their ports).
  const costs = createCostService({ db, clock, timezone: deps.timezone, cases });
  const resolution = createResolutionService({
    db,
    clock,
    timezone: deps.timezone,
    cases,
    routing,
    costs: executionCostPort(costs),
    executionClock: { start: (tx, c, dueAt, now) => sla.startExecutionClock(tx, c, dueAt, now) },
  });
  const investigation = createInvestigationService({ db, cases, routing });
  // Recovery claims 追偿 (issue 11 item 9): a payment is a negative entry in the cost ledger, in the claim's transaction.
  const claims = createClaimService({ db, clock, cases, investigation, resolution, partners: createPartnerService({ db, clock }), recovery: claimRecoveryPort(costs) });
  // Replies to the regulator meet the appeal-reply clock (issue 11 item 8).
  const regulatorReplies = createRegulatorReplyService({ db, cases, sla });
  const accountability = createAccountabilityService({ db, clock, timezone: deps.timezone, cases });
  // Satisfaction callbacks 回访: the queue, outcomes, the survey link and the overdue sweep.
  const callbacks = createCallbackService({ db, clock, timezone: deps.timezone, cases, notifications });
  return {
    costs,
    investigation,
    claims,
    regulatorReplies,
    completeDelay: createCompleteDelayJob({ db, timezone: deps.timezone, notifications }),
    accountability,
    callbacks,
    sla,
    resolution,
    execution: resolution.execution,
    routing,
    triage,
    cases,
    notifications,
    outbox,
    adminConfig: createAdminConfigService({ db, clock, timezone: deps.timezone }),
    // Personal data (rules 27–29): erasure, export, retention; the storage lets it remove a file's bytes.
    privacy: createPrivacyService({ db, clock, cases, storage: deps.storage, caseTexts: caseTextPorts }),
  };
}

export type DomainServices = ReturnType<typeof createDomainServices>;
