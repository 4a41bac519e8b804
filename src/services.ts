import type { Db } from './db/client.ts';
import type { Clock } from './shared/clock.ts';
import { fieldError } from './shared/errors.ts';
import { FIELD_MESSAGES } from './shared/validation.ts';
import type { CaseDirectoryPort, CaseTaxonomyPort } from './modules/cases/case.listeners.ts';
import { caseRepository } from './modules/cases/case.repository.ts';
import { createCaseService } from './modules/cases/case.service.ts';
import { customerRepository } from './modules/customers/customer.repository.ts';
import { createNotificationService } from './modules/notifications/notification.service.ts';
import { createRoutingService } from './modules/routing/routing.service.ts';
import { createAdminConfigService } from './modules/settings/admin-config.service.ts';
import { assertCaseTaxonomy } from './modules/settings/taxonomy.service.ts';
import { createSlaService } from './modules/sla/sla.service.ts';
import { createTriageService } from './modules/triage/triage.service.ts';
import { departmentRepository, userRepository } from './modules/users/user.repository.ts';

/** What cases asks of the taxonomy: an active category, known stage and cause codes. */
// Until the taxonomy module owns categories, the category check reads the cases repository here.
export const caseTaxonomyPort: CaseTaxonomyPort = {
  async assertCategory(db, code, path) {
    if (code && !(await caseRepository.categoryExists(db, code))) throw fieldError(path, FIELD_MESSAGES.category_unknown);
  },
  assertStageAndCause: (db, codes, current) => assertCaseTaxonomy(db, codes, current),
};

// Users and customers have no service for these look-ups yet; the composition root hands their
// repositories to cases as a port, so cases imports neither module.
export const caseDirectoryPort: CaseDirectoryPort = {
  department: (db, id) => departmentRepository.find(db, id),
  user: (db, id) => userRepository.findView(db, id),
  findCustomerByPhone: (db, phone) => customerRepository.findByPhone(db, phone),
  upsertCustomer: (tx, customer, now) => customerRepository.upsertByPhone(tx, customer, now),
};

/** The ports a case service needs, for code that builds one outside createDomainServices (tests, benches). */
export const casePorts = { taxonomy: caseTaxonomyPort, directory: caseDirectoryPort };

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
  const cases = createCaseService({ db, clock, timezone: deps.timezone, ...casePorts, listeners });
  return {
    sla,
    routing,
    triage,
    cases,
    notifications,
    adminConfig: createAdminConfigService({ db, clock }),
  };
}

export type DomainServices = ReturnType<typeof createDomainServices>;
