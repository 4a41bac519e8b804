import { aliasedTable, and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { cases } from '../cases/case.table.ts';
import { partners } from '../partners/partner.table.ts';
import { departments, users } from '../users/user.table.ts';
import { caseResponsibilities, evidenceChecklists, evidenceMarks, investigationTasks } from './investigation.table.ts';
import { holdsText, redactedText } from '../../db/redaction.ts';

export type TaskRow = typeof investigationTasks.$inferSelect;
export type NewTaskRow = typeof investigationTasks.$inferInsert;
export type EvidenceMarkRow = typeof evidenceMarks.$inferSelect;
export type ResponsibilityRow = typeof caseResponsibilities.$inferSelect;
export type NewResponsibilityRow = typeof caseResponsibilities.$inferInsert;

export type TaskNamedRow = { t: TaskRow; departmentName: string; ownerName: string | null; createdByName: string | null };
export type ResponsibilityNamedRow = {
  r: ResponsibilityRow;
  departmentName: string | null;
  personName: string | null;
  partnerName: string | null;
  decidedByName: string | null;
};
export type ResponsibilityGroupRow = { key: string; rootCause: string; cases: number; responsible: number };
export type EvidenceMarkNamedRow = { m: EvidenceMarkRow; markedByName: string | null };

const owner = aliasedTable(users, 'owner');
const creator = aliasedTable(users, 'creator');
const person = aliasedTable(users, 'person');
const decider = aliasedTable(users, 'decider');

function tasksNamed(db: DbOrTx) {
  return db
    .select({ t: investigationTasks, departmentName: departments.name, ownerName: owner.displayName, createdByName: creator.displayName })
    .from(investigationTasks)
    .innerJoin(departments, eq(departments.id, investigationTasks.departmentId))
    .leftJoin(owner, eq(owner.id, investigationTasks.ownerId))
    .leftJoin(creator, eq(creator.id, investigationTasks.createdById));
}

export const investigationRepository = {
  listTasks: (db: DbOrTx, caseId: string): Promise<TaskNamedRow[]> =>
    tasksNamed(db).where(eq(investigationTasks.caseId, caseId)).orderBy(asc(investigationTasks.createdAt), asc(investigationTasks.id)),
  async findTask(db: DbOrTx, id: string): Promise<TaskNamedRow | undefined> {
    const [row] = await tasksNamed(db).where(eq(investigationTasks.id, id));
    return row;
  },
  async insertTask(tx: Tx, row: NewTaskRow): Promise<TaskRow> {
    const [created] = await tx.insert(investigationTasks).values(row).returning();
    return created!;
  },
  async updateTask(tx: Tx, id: string, patch: Partial<NewTaskRow>): Promise<void> {
    await tx.update(investigationTasks).set(patch).where(eq(investigationTasks.id, id));
  },

  listMarks: (db: DbOrTx, caseId: string): Promise<EvidenceMarkNamedRow[]> =>
    db
      .select({ m: evidenceMarks, markedByName: users.displayName })
      .from(evidenceMarks)
      .leftJoin(users, eq(users.id, evidenceMarks.markedById))
      .where(eq(evidenceMarks.caseId, caseId))
      .orderBy(asc(evidenceMarks.markedAt), asc(evidenceMarks.id)),
  async insertMark(tx: Tx, row: typeof evidenceMarks.$inferInsert): Promise<void> {
    await tx.insert(evidenceMarks).values(row);
  },

  async findResponsibility(db: DbOrTx, caseId: string): Promise<ResponsibilityNamedRow | undefined> {
    const [row] = await db
      .select({
        r: caseResponsibilities,
        departmentName: departments.name,
        personName: person.displayName,
        partnerName: partners.name,
        decidedByName: decider.displayName,
      })
      .from(caseResponsibilities)
      .leftJoin(departments, eq(departments.id, caseResponsibilities.departmentId))
      .leftJoin(person, eq(person.id, caseResponsibilities.personId))
      .leftJoin(partners, eq(partners.id, caseResponsibilities.partnerId))
      .leftJoin(decider, eq(decider.id, caseResponsibilities.decidedById))
      .where(eq(caseResponsibilities.caseId, caseId));
    return row;
  },
  async hasResponsibility(db: DbOrTx, caseId: string): Promise<boolean> {
    const [row] = await db.select({ c: caseResponsibilities.caseId }).from(caseResponsibilities).where(eq(caseResponsibilities.caseId, caseId));
    return !!row;
  },
  async upsertResponsibility(tx: Tx, row: NewResponsibilityRow): Promise<void> {
    const { caseId: _id, ...rest } = row;
    await tx.insert(caseResponsibilities).values(row).onConflictDoUpdate({ target: caseResponsibilities.caseId, set: rest });
  },

  // the evidence checklists as the company edited them.
  async checklist(db: DbOrTx, category: string): Promise<typeof evidenceChecklists.$inferSelect | undefined> {
    const [row] = await db.select().from(evidenceChecklists).where(eq(evidenceChecklists.category, category));
    return row;
  },

  allChecklists: (db: DbOrTx) => db.select().from(evidenceChecklists),

  async saveChecklist(tx: Tx, row: typeof evidenceChecklists.$inferInsert): Promise<void> {
    const { category, ...rest } = row;
    await tx.insert(evidenceChecklists).values(row).onConflictDoUpdate({ target: evidenceChecklists.category, set: rest });
  },

  async deleteChecklist(tx: Tx, category: string): Promise<boolean> {
    const rows = await tx.delete(evidenceChecklists).where(eq(evidenceChecklists.category, category)).returning({ category: evidenceChecklists.category });
    return rows.length > 0;
  },

  /**
   * 定责 decided in [from, to) grouped for accountability: per department (the case's department, and the
   * department held responsible when another) or per person (the case's assignee, and the person held
   * responsible when another), and root cause; `responsible` counts the cases where that department or
   * person was the internal party held responsible.
   */
  async responsibilityGroups(db: DbOrTx, by: 'department' | 'person', from: Date, to: Date): Promise<ResponsibilityGroupRow[]> {
    const r = caseResponsibilities;
    const handled = by === 'department' ? cases.departmentId : cases.assigneeId;
    const held = by === 'department' ? r.departmentId : r.personId;
    const period = sql`${r.decidedAt} >= ${from.toISOString()} and ${r.decidedAt} < ${to.toISOString()}`;
    const result = await db.execute(sql`
      select x.key::text as key, x.root_cause as "rootCause", count(*)::int as cases, count(*) filter (where x.responsible)::int as responsible
      from (
        select ${handled} as key, ${r.rootCause} as root_cause, (${r.party} = 'internal' and ${held} is not distinct from ${handled}) as responsible
          from ${r} join ${cases} on ${cases.id} = ${r.caseId}
          where ${period} and ${handled} is not null
        union all
        select ${held} as key, ${r.rootCause} as root_cause, true as responsible
          from ${r} join ${cases} on ${cases.id} = ${r.caseId}
          where ${period} and ${r.party} = 'internal' and ${held} is not null and ${held} is distinct from ${handled}
      ) x
      group by x.key, x.root_cause`);
    return (result as unknown as { rows: ResponsibilityGroupRow[] }).rows;
  },
};

/**
 * Personal-data erasure (rule 28): task instructions and findings, evidence marks' reasons and the root cause
 * and responsibility text become the marker; kinds, parties, statuses and times stay.
 */
export const investigationRedaction = {
  async redactCase(tx: Tx, caseId: string, marker: string): Promise<number> {
    const t = investigationTasks;
    const tasks = await tx
      .update(t)
      .set({ instructions: marker, findings: redactedText(t.findings, marker) })
      .where(and(eq(t.caseId, caseId), holdsText([t.instructions, t.findings], marker)))
      .returning({ id: t.id });
    const m = evidenceMarks;
    const marks = await tx
      .update(m)
      .set({ notApplicableReason: marker })
      .where(and(eq(m.caseId, caseId), holdsText([m.notApplicableReason], marker)))
      .returning({ id: m.id });
    const r = caseResponsibilities;
    const resp = await tx
      .update(r)
      .set({ rootCauseText: marker, note: redactedText(r.note, marker) })
      .where(and(eq(r.caseId, caseId), holdsText([r.rootCauseText, r.note], marker)))
      .returning({ id: r.caseId });
    return tasks.length + marks.length + resp.length;
  },

  async texts(db: DbOrTx, caseId: string) {
    return {
      tasks: await db
        .select({ id: investigationTasks.id, instructions: investigationTasks.instructions, findings: investigationTasks.findings })
        .from(investigationTasks)
        .where(eq(investigationTasks.caseId, caseId))
        .orderBy(asc(investigationTasks.createdAt)),
      evidenceMarks: await db
        .select({ id: evidenceMarks.id, itemCode: evidenceMarks.itemCode, notApplicableReason: evidenceMarks.notApplicableReason })
        .from(evidenceMarks)
        .where(eq(evidenceMarks.caseId, caseId))
        .orderBy(asc(evidenceMarks.markedAt)),
      responsibility: (
        await db.select({ rootCauseText: caseResponsibilities.rootCauseText, note: caseResponsibilities.note }).from(caseResponsibilities).where(eq(caseResponsibilities.caseId, caseId))
      )[0] ?? null,
    };
  },
};
