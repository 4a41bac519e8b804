import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { OPEN_STATUSES } from '../cases/case.lifecycle.ts';
import { scopeCondition, type CaseScope } from '../cases/case.scope.ts';
import { cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
import type { ActionKind } from './execution.rules.ts';
import { executionActions, executionSettings } from './execution.table.ts';
import { holdsText, redactString, redactedText } from '../../db/redaction.ts';

export type ActionRow = typeof executionActions.$inferSelect;
export type NewActionRow = typeof executionActions.$inferInsert;
/** An action with the names it is shown with, and its case's number and status. */
export type ActionNamedRow = {
  a: ActionRow;
  departmentName: string;
  departmentCode: string;
  assigneeName: string | null;
  caseNumber: string;
  caseStatus: string;
};

const named = {
  a: executionActions,
  departmentName: departments.name,
  departmentCode: departments.code,
  assigneeName: users.displayName,
  caseNumber: cases.caseNumber,
  caseStatus: cases.status,
};

export const executionRepository = {
  async settings(db: DbOrTx) {
    const [row] = await db.select().from(executionSettings).where(eq(executionSettings.id, 1));
    return row;
  },

  async saveSettings(db: DbOrTx, row: Omit<typeof executionSettings.$inferInsert, 'id'>): Promise<void> {
    await db.insert(executionSettings).values({ id: 1, ...row }).onConflictDoUpdate({ target: executionSettings.id, set: row });
  },

  /** Undefined when the Idempotency-Key is already taken (a concurrent retry won). */
  async insert(db: DbOrTx, row: NewActionRow): Promise<ActionRow | undefined> {
    const [created] = await db.insert(executionActions).values(row).onConflictDoNothing().returning();
    return created;
  },

  async find(db: DbOrTx, id: string, lock = false): Promise<ActionRow | undefined> {
    const q = db.select().from(executionActions).where(eq(executionActions.id, id));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  },

  async findByIdempotencyKey(db: DbOrTx, createdById: string, key: string): Promise<ActionRow | undefined> {
    const [row] = await db
      .select()
      .from(executionActions)
      .where(and(eq(executionActions.createdById, createdById), eq(executionActions.idempotencyKey, key)));
    return row;
  },

  async findNamed(db: DbOrTx, id: string): Promise<ActionNamedRow | undefined> {
    const [row] = await db
      .select(named)
      .from(executionActions)
      .innerJoin(departments, eq(departments.id, executionActions.departmentId))
      .innerJoin(cases, eq(cases.id, executionActions.caseId))
      .leftJoin(users, eq(users.id, executionActions.assigneeId))
      .where(eq(executionActions.id, id));
    return row;
  },

  async ofCase(db: DbOrTx, caseId: string): Promise<ActionNamedRow[]> {
    return db
      .select(named)
      .from(executionActions)
      .innerJoin(departments, eq(departments.id, executionActions.departmentId))
      .innerJoin(cases, eq(cases.id, executionActions.caseId))
      .leftJoin(users, eq(users.id, executionActions.assigneeId))
      .where(eq(executionActions.caseId, caseId))
      // The actions of one acceptance share an instant: by kind then, so the order does not change between reads.
      .orderBy(asc(executionActions.createdAt), asc(executionActions.kind), asc(executionActions.id));
  },

  /**
   * Open actions of open cases the caller may see, for the 待执行 inbox: of one department (null = every
   * department), optionally of some kinds. Served by the partial index on open actions by department.
   */
  async open(db: DbOrTx, q: { departmentId: string | null; scope: CaseScope; kinds?: readonly ActionKind[] | undefined }): Promise<ActionNamedRow[]> {
    return db
      .select(named)
      .from(executionActions)
      .innerJoin(departments, eq(departments.id, executionActions.departmentId))
      .innerJoin(cases, eq(cases.id, executionActions.caseId))
      .leftJoin(users, eq(users.id, executionActions.assigneeId))
      .where(
        and(
          eq(executionActions.status, 'open'),
          inArray(cases.status, [...OPEN_STATUSES]),
          q.departmentId ? eq(executionActions.departmentId, q.departmentId) : undefined,
          q.kinds?.length ? inArray(executionActions.kind, [...q.kinds]) : undefined,
          scopeCondition(q.scope),
        ),
      )
      .orderBy(asc(executionActions.dueAt), asc(executionActions.createdAt))
      .limit(500);
  },

  /** The `noOpenAction` guard's count. */
  async openCount(db: DbOrTx, caseId: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(executionActions)
      .where(and(eq(executionActions.caseId, caseId), eq(executionActions.status, 'open')));
    return Number(row?.n ?? 0);
  },

  /** Finishes an open action; undefined when it was no longer open (another request finished it first). */
  async finish(db: DbOrTx, id: string, patch: Partial<NewActionRow>): Promise<ActionRow | undefined> {
    const [row] = await db
      .update(executionActions)
      .set(patch)
      .where(and(eq(executionActions.id, id), sql`${executionActions.status} = 'open'`))
      .returning();
    return row;
  },
};

/** Personal-data erasure (rule 28): an action's notes, repair record and cancel reason become the marker. */
export const executionRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const a = executionActions;
    let n = 0;
    for (const r of await tx.select().from(a).where(eq(a.caseId, caseId))) {
      const repair = r.repair
        ? { fault: marker, method: marker, partsReplaced: redactString(r.repair.partsReplaced, marker) }
        : null;
      const same = JSON.stringify(repair) === JSON.stringify(r.repair);
      const changed = await tx
        .update(a)
        .set({ note: redactedText(a.note, marker), resultNote: redactedText(a.resultNote, marker), cancelReason: redactedText(a.cancelReason, marker), repair })
        .where(and(eq(a.id, r.id), same ? holdsText([a.note, a.resultNote, a.cancelReason], marker) : sql`true`))
        .returning({ id: a.id });
      n += changed.length;
    }
    return n;
  },

  texts: (db: DbOrTx, caseId: string) =>
    db
      .select({ id: executionActions.id, note: executionActions.note, resultNote: executionActions.resultNote, repair: executionActions.repair, cancelReason: executionActions.cancelReason })
      .from(executionActions)
      .where(eq(executionActions.caseId, caseId))
      .orderBy(asc(executionActions.createdAt), asc(executionActions.id)),
};
