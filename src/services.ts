import type { Db } from './db/client.ts';
import type { Clock } from './shared/clock.ts';
import { createCaseService, type CaseHooks } from './modules/cases/case.service.ts';
import { createNotificationService } from './modules/notifications/notification.service.ts';
import { createRoutingService } from './modules/routing/routing.service.ts';
import { createAdminConfigService } from './modules/admin/admin-config.service.ts';
import { createSlaService } from './modules/sla/sla.service.ts';
import { createTriageService } from './modules/triage/triage.service.ts';

/**
 * The domain services wired together: intake runs triage (classify, prioritise, route) and starts the
 * clocks; status changes and public replies keep the clocks in step — all inside the case's transaction.
 */
export function createDomainServices(deps: { db: Db; clock: Clock; timezone: string; autoRoute?: boolean }) {
  const { db, clock } = deps;
  const sla = createSlaService({ db, clock });
  const routing = createRoutingService({ db });
  const triage = createTriageService({ db, clock, routing, sla });
  const hooks: CaseHooks = {
    afterCreate: (tx, created, input, _actor, now) => triage.onCaseCreated(tx, created, input, now, { route: deps.autoRoute ?? true }),
    afterTransition: (tx, updated, from, _actor, now) => sla.onTransition(tx, updated, from, now),
    afterPublicReply: (tx, c, now) => sla.onPublicReply(tx, c, now),
    afterEdit: (tx, updated, before, now) => sla.onEdited(tx, updated, before, now),
    reprioritise: (tx, c) => triage.reprioritise(tx, c),
  };
  const cases = createCaseService({ db, clock, timezone: deps.timezone, hooks });
  return {
    sla,
    routing,
    triage,
    cases,
    notifications: createNotificationService({ db, clock }),
    adminConfig: createAdminConfigService({ db, clock, timezone: deps.timezone }),
  };
}

export type DomainServices = ReturnType<typeof createDomainServices>;
