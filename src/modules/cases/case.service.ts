// The case service: intake, commands and queries composed behind one API. Other modules react to case
// changes through the listeners given here (case.listeners.ts); cases imports none of them.
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Clock } from '../../shared/clock.ts';
import { createCaseCommands } from './case.commands.ts';
import { createCaseIntake } from './case.intake.ts';
import type { CaseDirectoryPort, CaseInvestigationPort, CaseListener, CaseRemedyPort, CaseTaxonomyPort } from './case.listeners.ts';
import { createCaseQueries } from './case.queries.ts';
import { caseRepository } from './case.repository.ts';

export { assertLeadsCase, leadsCase, scopeOf, toCaseView, toEventView } from './case.views.ts';

/** The distinct cause or stage codes stored on cases: what taxonomy's backfill (`CodesOnCases`) is given. */
/** The background purge (worker role): intake idempotency keys older than `before`. */
export const purgeIdempotencyKeys = (db: DbOrTx, before: Date): Promise<number> => caseRepository.deleteIdempotencyKeysBefore(db, before);
/** Drops the case-number sequences of days before `beforeDay` (YYYY-MM-DD), keeping their last numbers. */
export const retireCaseNumberSequences = (db: Db, beforeDay: string): Promise<number> => caseRepository.retireDailySequences(db, beforeDay);
export const codesOnCases = (db: DbOrTx, kind: 'cause' | 'stage'): Promise<string[]> => caseRepository.codesOnCases(db, kind);

/**
 * A case's category and department on its row, locked inside the caller's transaction (a no-op when the
 * caller's change holds it already): the cost ledger copies them onto an entry at posting. No visibility
 * check: callers are services that checked the actor already (or post as the system).
 */
export async function caseForPosting(tx: Tx, id: string): Promise<{ id: string; caseNumber: string; category: string | null; departmentId: string | null } | undefined> {
  const row = await caseRepository.findRow(tx, id, true);
  return row && { id: row.id, caseNumber: row.caseNumber, category: row.category, departmentId: row.departmentId };
}

export type CaseServiceDeps = {
  db: Db;
  clock: Clock;
  timezone: string;
  /** The category, stage and cause checks, from the module that owns them. */
  taxonomy: CaseTaxonomyPort;
  /** Departments, people and customers, from the modules that own them. */
  directory: CaseDirectoryPort;
  /** The responsibility guard and the 彻底延误 flag (absent in tests that build cases alone: no guard, no flag). */
  investigation?: CaseInvestigationPort;
  /** Called in this order inside the case's transaction (triage before the time limits, which read its result). */
  listeners?: readonly CaseListener[];
  /** The remedy fact for the `approvedRemedyExists` guard; without it no remedy is ever on record. */
  remedies?: CaseRemedyPort;
};

export function createCaseService(deps: CaseServiceDeps) {
  const listeners = deps.listeners ?? [];
  const queries = createCaseQueries({ db: deps.db, clock: deps.clock, timezone: deps.timezone, directory: deps.directory, investigation: deps.investigation });
  const intake = createCaseIntake({ ...deps, listeners, queries });
  const commands = createCaseCommands({ ...deps, listeners, queries });
  return {
    loadView: queries.loadView,
    create: intake.create,
    createForCustomer: intake.createForCustomer,
    list: queries.list,
    counts: queries.counts,
    get: queries.get,
    customerWithCases: queries.customerWithCases,
    lookupCustomer: queries.lookupCustomer,
    update: commands.update,
    transition: commands.transition,
    merge: commands.merge,
    link: commands.link,
    comment: commands.comment,
    mutate: commands.mutate,
    appendEvent: commands.appendEvent,
    change: commands.change,
    changeAsSystem: commands.changeAsSystem,
    commentAsCustomer: commands.commentAsCustomer,
    appendEventAsCustomer: commands.appendEventAsCustomer,
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
