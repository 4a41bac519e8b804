// Writes other modules make to a case outside a case change (the time-limit sweep, a configuration
// recomputation, joint teams), inside the caller's transaction. The cases module stays the one writer
// of its tables; callers hand typed events and plain rows.
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { CaseEventInput } from './case.events.ts';
import { caseRepository, type CaseEventRow, type ClockSummaryRow, type SlaSummary } from './case.repository.ts';
import { caseRedactionRepository } from './case.redaction.repository.ts';

export type CaseEventWrite = { caseId: string; actorId: string | null; at: Date; event: CaseEventInput };

export const caseRecords = {
  /** The case's time limits as its clocks summarise them (customer messages publish them). */
  clockSummary: async (db: DbOrTx, caseId: string) => (await caseRepository.findRow(db, caseId))?.slaSummary ?? null,
  async appendEvent(tx: Tx, write: CaseEventWrite): Promise<CaseEventRow> {
    const [row] = await caseRepository.insertEvents(tx, [write]);
    return row!;
  },
  appendEvents: (tx: Tx, writes: readonly CaseEventWrite[]): Promise<CaseEventRow[]> => caseRepository.insertEvents(tx, writes),

  /** The time limits' summary of one case (the escalation level only ever rises). */
  saveClockSummary: (
    tx: Tx,
    caseId: string,
    patch: { slaSummary: SlaSummary; slaNextActionAt: Date | null; slaPolicyId?: string | null; escalationLevel?: number },
  ): Promise<void> => caseRepository.saveClockSummary(tx, caseId, patch),
  saveClockSummaries: (tx: Tx, rows: readonly ClockSummaryRow[]): Promise<void> => caseRepository.saveClockSummaries(tx, rows),

  /** Adds a collaborating department; false when it was one already. */
  addCollaborator: (tx: Tx, row: { caseId: string; departmentId: string; addedById: string; addedAt: Date }): Promise<boolean> =>
    caseRepository.addCollaborator(tx, row),
  /** Removes a collaborating department; false when it was none. */
  removeCollaborator: (tx: Tx, caseId: string, departmentId: string): Promise<boolean> => caseRepository.removeCollaborator(tx, caseId, departmentId),

  /** Rule 10: open delay cases past their 彻底延误 cut-off and not yet flagged, locked for the job. */
  completeDelayCandidates: (tx: Tx, q: { sameCityBefore: Date; otherBefore: Date; limit: number }) => caseRepository.completeDelayCandidates(tx, q),

  // Personal data (rules 27–28): the privacy module's erasure and retention job remove text through these.
  /** A customer's cases (ids, numbers, status, closure, regulator referral), oldest first. */
  casesOfCustomer: (db: DbOrTx, customerId: string) => caseRedactionRepository.casesOfCustomer(db, customerId),
  lockCases: (tx: Tx, ids: readonly string[]) => caseRedactionRepository.lockCases(tx, ids),
  unredactedEvents: (tx: Tx, caseId: string) => caseRedactionRepository.unredactedEvents(tx, caseId),
  redactEvent: (tx: Tx, id: string, payload: Record<string, unknown>, at: Date) => caseRedactionRepository.redactEvent(tx, id, payload, at),
  redactFields: (tx: Tx, caseId: string, patch: Parameters<typeof caseRedactionRepository.redactFields>[2]) => caseRedactionRepository.redactFields(tx, caseId, patch),
};
