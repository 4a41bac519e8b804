// How other modules react to a case change: listeners registered when the case service is built,
// called in registration order inside the case's own transaction (docs/decisions/008). A listener
// never writes the cases tables itself; it asks the narrow port it is handed.
import type { SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Assignment, CaseEventInput } from './case.events.ts';
import type { CaseStatus, Priority } from './case.lifecycle.ts';
import type { CaseJoinedRow, CaseRow, ClockSummaryRow, NewCaseRow, SlaSummary } from './case.repository.ts';
import type { CreateCaseInput } from './case.schemas.ts';

export type { Assignment, CaseRow, ClockSummaryRow, SlaSummary };
/** A customer's record as cases joins it. */
export type CaseCustomerRow = CaseJoinedRow['customer'];

/** What triage settles on a new case from its analysis. */
export type TriagePatch = Pick<
  NewCaseRow,
  | 'category'
  | 'categoryConfirmed'
  | 'urgency'
  | 'priority'
  | 'priorityReasons'
  | 'stage'
  | 'upset'
  | 'publicExposure'
  | 'regulatorReferral'
  | 'declaredValueYuan'
  | 'suggestion'
>;

/** A move the system makes by itself (routing at intake), with its reason in both languages. */
export type SystemMove = {
  to: CaseStatus;
  reason: string;
  reasonEn: string;
  /** The owner the move gives the case (an `assigned` event records it). */
  owner?:
    | {
        departmentId: string;
        assigneeId: string | null;
        ruleId: string;
        /** The names, when the mover has them (spares the look-up for the `assigned` event). */
        names?: { department: string; assignee: string | null } | undefined;
      }
    | undefined;
};

/** The port back into cases that a listener is handed: writes go through the cases module. */
export type CasePort = {
  /** The case as this change (and the listeners before) left it. */
  current(): CaseRow;
  /** Appends a timeline event of the system (no actor). */
  appendEvent(event: CaseEventInput): Promise<void>;
  /** Stores triage's analysis on the new case. */
  applyTriage(patch: TriagePatch): Promise<CaseRow>;
  /** A status change made by the system: through the lifecycle check (as `system`), on the timeline. */
  transition(move: SystemMove): Promise<CaseRow>;
  /** Stores the time limits' summary of the case (at intake: part of its one insert). */
  saveClockSummary(summary: Omit<ClockSummaryRow, 'caseId'>): Promise<void>;
  /**
   * A write that needs the case row to exist (rows referring to it): at once for an existing case; at
   * intake after the case's one insert, in the order asked.
   */
  afterInsert(write: () => Promise<void>): Promise<void>;
  /**
   * Rows referring to the case as one INSERT (a query builder's `getSQL()`): at intake sent together with
   * the case's insert, in one statement; at once otherwise.
   */
  insertWithCase(insert: SQL): Promise<void>;
};

/** Why a module above cases made a move, when the listeners must know. */
export type MoveCause = 'counter_offer' | 'dissatisfied_callback';

/** `actor` is null for a change the system makes (a background job, a survey answer) or the customer makes in the portal. */
export type CaseChangeContext = { tx: Tx; now: Date; actor: Actor | null; cases: CasePort };

export type CaseListener = {
  /**
   * A new case, inside the intake transaction, before its one insert (see CasePort.afterInsert);
   * `customer` is its customer's record as the intake has just written it.
   */
  onCreated?(ctx: CaseChangeContext, change: { case: CaseRow; input: CreateCaseInput; customer: CaseCustomerRow }): Promise<void>;
  /**
   * A status change made by a person. `cause` says why when a module above cases made the move: a
   * customer's counter-offer sends the case back to 方案待定 without the escalation a rejection gets; a
   * dissatisfied callback reopens it with an escalation saying so.
   */
  onTransitioned?(ctx: CaseChangeContext, change: { case: CaseRow; from: CaseStatus; cause?: MoveCause | undefined }): Promise<void>;
  /** An edit; `changed` names the fields whose value changed. */
  onEdited?(ctx: CaseChangeContext, change: { case: CaseRow; before: CaseRow; changed: readonly string[] }): Promise<void>;
  /** A customer-visible reply, with its text (the customer is told it). */
  onPublicReply?(ctx: CaseChangeContext, change: { case: CaseRow; body?: string | undefined }): Promise<void>;
  /**
   * The priority the case would get now, asked during an edit of what priority depends on (before the
   * write); the first listener that answers decides.
   */
  prioritise?(ctx: { tx: Tx }, draft: CaseRow): Promise<{ priority: Priority; reasons: CaseRow['priorityReasons'] }>;
};

/** What cases needs from the taxonomy (categories, stages, causes): checks that throw field errors. */
export type CaseTaxonomyPort = {
  assertCategory(db: DbOrTx, code: string | null | undefined, path: string): Promise<void>;
  /** A code kept from `current` passes even when it was deactivated since it was set. */
  assertStageAndCause(
    db: DbOrTx,
    codes: { stage?: string | null | undefined; cause?: string | null | undefined },
    current?: { stage?: string | null | undefined; cause?: string | null | undefined },
  ): Promise<void>;
};

/**
 * What cases needs of departments, people and customers, whose modules own them: look-ups for the
 * checks of an assignment, and the customer a complaint is filed for (created or updated with it).
 */
export type CaseDirectoryPort = {
  department(db: DbOrTx, id: string): Promise<{ active: boolean } | undefined>;
  user(db: DbOrTx, id: string): Promise<{ active: boolean; departmentId: string | null } | undefined>;
  /** A carrier, supplier or outlet (partners module), to check the one a case refers to and name it. */
  partner(db: DbOrTx, id: string): Promise<{ active: boolean; name: string } | undefined>;
  findCustomerByPhone(db: DbOrTx, phone: string): Promise<CaseJoinedRow['customer'] | undefined>;
  /** Inside the intake transaction; `keepContact`: an existing customer's name and email are not changed. */
  upsertCustomer(tx: Tx, customer: CreateCaseInput['customer'], now: Date, opts?: { keepContact?: boolean }): Promise<CaseCustomerRow>;
  /** Rule 29: records that a list showed unmasked phone numbers (who, what, how many; never the numbers). */
  recordPhoneReads?(db: DbOrTx, read: { actorId: string; source: string; filters: string[]; phoneCount: number; at: Date }): Promise<void>;
};

/**
 * What cases needs of the remedies (resolution module, above cases) for the `approvedRemedyExists` guard:
 * true when the case's latest remedy is approved, false when one is recorded but not approved, null when
 * none is recorded.
 */
export type CaseRemedyPort = {
  approvedRemedy(db: DbOrTx, caseId: string): Promise<boolean | null>;
  /** How many execution actions of the case are open (the `noOpenAction` guard); absent = none. */
  openActions?(db: DbOrTx, caseId: string): Promise<number>;
};

/** 彻底延误 (rule 10) as the case shows it; computed, never stored (see CaseInvestigationPort). */
export type CompleteDelayInfo = {
  status: 'on_time' | 'delayed' | 'complete_delay';
  /** When it becomes (or became) 彻底延误 if still undelivered. */
  completeDelayAt: string;
  thresholdDays: number;
  /** Rule 10: from this instant on the shipment is treated as lost. */
  treatAsLoss: boolean;
};

/**
 * What cases asks of the investigation module above it (wired in src/services.ts): whether the preset
 * requires a responsibility decision before resolving and whether one is recorded (the
 * `responsibilityDecided` guard), and the 彻底延误 flag computed from the case's facts and now.
 */
export type CaseInvestigationPort = {
  responsibility(db: DbOrTx, c: CaseRow): Promise<{ required: boolean; decided: boolean }>;
  completeDelay(c: CaseRow, now: Date): CompleteDelayInfo | null;
};
