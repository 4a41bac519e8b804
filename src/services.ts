import type { Db } from './db/client.ts';
import type { Clock } from './shared/clock.ts';
import type { CaseDirectoryPort, CaseInvestigationPort, CaseRemedyPort, CaseTaxonomyPort } from './modules/cases/case.listeners.ts';
import { isOpen } from './modules/cases/case.lifecycle.ts';
import { createInvestigationService, responsibilityStatus } from './modules/investigation/investigation.service.ts';
import { completeDelayOf } from './modules/investigation/investigation.rules.ts';
import { createCaseService } from './modules/cases/case.service.ts';
import { findCustomerByPhone, upsertCustomerByPhone } from './modules/customers/customer.service.ts';
import { findPartner } from './modules/partners/partner.service.ts';
import { createNotificationService } from './modules/notifications/notification.service.ts';
import { createRoutingService } from './modules/routing/routing.service.ts';
import { createAdminConfigService } from './modules/admin/admin-config.service.ts';
import { assertCaseTaxonomy, assertCategory } from './modules/taxonomy/taxonomy.service.ts';
import { createSlaService } from './modules/sla/sla.service.ts';
import { createTriageService } from './modules/triage/triage.service.ts';
import { approvedRemedyOf, createResolutionService } from './modules/resolution/resolution.service.ts';
import { findDepartment, findUserView } from './modules/users/user.service.ts';
import { createAccountabilityService } from './modules/accountability/accountability.service.ts';

/** What cases asks of the taxonomy: an active category, known stage and cause codes. */
export const caseTaxonomyPort: CaseTaxonomyPort = {
  assertCategory: (db, code, path) => assertCategory(db, code, path),
  assertStageAndCause: (db, codes, current) => assertCaseTaxonomy(db, codes, current),
};

// The composition root hands the users' and customers' look-ups to cases as a port, so cases imports
// neither module.
export const caseDirectoryPort: CaseDirectoryPort = {
  department: (db, id) => findDepartment(db, id),
  user: (db, id) => findUserView(db, id),
  partner: (db, id) => findPartner(db, id),
  findCustomerByPhone: (db, phone) => findCustomerByPhone(db, phone),
  upsertCustomer: (tx, customer, now) => upsertCustomerByPhone(tx, customer, now),
};

/** What cases asks of the remedies: whether the latest is approved (the `approvedRemedyExists` guard). */
export const caseRemedyPort: CaseRemedyPort = { approvedRemedy: (db, caseId) => approvedRemedyOf(db, caseId) };

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

/**
 * The domain services wired together: intake runs triage (classify, prioritise, route) and starts the
 * clocks; status changes, edits and public replies keep the clocks in step — all inside the case's
 * transaction, through the listeners the case service calls in this order.
 */
export function createDomainServices(deps: { db: Db; clock: Clock; timezone: string; autoRoute?: boolean }) {
  const { db, clock } = deps;
  const notifications = createNotificationService({ db, clock });
  const sla = createSlaService({ db, clock, notifications });
  const routing = createRoutingService({ db });
  const triage = createTriageService({ db, clock, routing });
  // Triage first: the clocks start on the priority, category and status it settles.
  const listeners = [triage.listener({ route: deps.autoRoute ?? true }), sla.listener()];
  const cases = createCaseService({ db, clock, timezone: deps.timezone, ...casePorts, investigation: caseInvestigationPort(deps.timezone), listeners });
  const resolution = createResolutionService({ db, clock, timezone: deps.timezone, cases });
  const investigation = createInvestigationService({ db, cases, routing });
  const accountability = createAccountabilityService({ db, clock, timezone: deps.timezone, cases });
  return {
    investigation,
    accountability,
    sla,
    resolution,
    routing,
    triage,
    cases,
    notifications,
    adminConfig: createAdminConfigService({ db, clock, timezone: deps.timezone }),
  };
}

export type DomainServices = ReturnType<typeof createDomainServices>;
