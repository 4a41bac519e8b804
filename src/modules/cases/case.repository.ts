import { and, asc, desc, eq, exists, gte, ilike, inArray, isNotNull, isNull, like, lt, lte, notInArray, or, sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import { customers } from '../customers/customer.table.ts';
import { partners } from '../partners/partner.table.ts';
import { categories } from '../taxonomy/taxonomy.table.ts';
import { departments, users } from '../users/user.table.ts';
import { caseCollaborators, caseEvents, caseLinks, caseNumberCounters, cases, idempotencyKeys, type SlaSummary } from './case.table.ts';
import type { Assignment, CaseEventInput } from './case.events.ts';
import { scopeCondition, type CaseScope } from './case.scope.ts';
export type { CaseScope };
import { OPEN_STATUSES, TERMINAL_STATUSES } from './case.lifecycle.ts';
import { normalizeReferenceNo, type ListCasesFilter, type SortField } from './case.schemas.ts';

export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type NewCaseEvent = typeof caseEvents.$inferInsert;

const assignee = alias(users, 'assignee');
const receiver = alias(users, 'receiver');
const actorUser = alias(users, 'actor');

/** A case's time-limit state as the time limits store it on the case row. */
export type ClockSummaryRow = { caseId: string; slaSummary: SlaSummary; slaNextActionAt: Date | null; slaPolicyId: string | null; escalationLevel: number };
export type { SlaSummary };

export type CaseJoinedRow = {
  c: CaseRow;
  customer: typeof customers.$inferSelect;
  departmentName: string | null;
  assigneeName: string | null;
  receivedByName: string | null;
  /** Read from the category (taxonomy) and the partner (partners): joins, never writes. */
  nature: (typeof categories.$inferSelect)['nature'];
  partnerName: string | null;
  partnerKind: (typeof partners.$inferSelect)['kind'] | null;
  customerCaseCount: number;
  sortKey: string | null;
};

/** What a caller may see: handlers are limited to their department. */

/**
 * The list filter as plain data: the service turns the query string into this (dates resolved in the
 * company's time zone, the phone normalised), the repository turns it into SQL.
 */
export type CaseFilter = Pick<
  ListCasesFilter,
  'status' | 'urgency' | 'priority' | 'channel' | 'category' | 'departmentId' | 'assigneeId' | 'customerId' | 'minEscalation' | 'sla' | 'completeDelay'
> & {
  from?: Date | undefined;
  to?: Date | undefined;
  q?: { text: string; phone: string | null } | undefined;
  /** Open work of one assignee, of one department, or without an assignee. */
  view?: { assigneeId: string } | { departmentId: string } | 'unassigned' | undefined;
};

export type CaseQuery = {
  filter: CaseFilter;
  scope: CaseScope;
  sort: SortField;
  order: 'asc' | 'desc';
  limit: number;
  after?: { key: string | null; id: string } | undefined;
};

const SORT_EXPR: Record<SortField, { expr: SQL; cast: 'timestamptz' | 'text' }> = {
  createdAt: { expr: sql`${cases.createdAt}`, cast: 'timestamptz' },
  updatedAt: { expr: sql`${cases.updatedAt}`, cast: 'timestamptz' },
  occurredAt: { expr: sql`coalesce(${cases.occurredAt}, ${cases.createdAt})`, cast: 'timestamptz' },
  priority: { expr: sql`${cases.priority}`, cast: 'text' },
  caseNumber: { expr: sql`${cases.caseNumber}`, cast: 'text' },
  // Nearest running deadline first; cases without one sort last.
  dueAt: { expr: sql`coalesce((${cases.slaSummary}->>'nextDueAt')::timestamptz, 'infinity'::timestamptz)`, cast: 'timestamptz' },
};


export const activeCondition = (): SQL => notInArray(cases.status, [...TERMINAL_STATUSES]);

function filterConditions(f: CaseFilter): SQL[] {
  const where: SQL[] = [];
  if (f.status?.length) where.push(inArray(cases.status, f.status));
  if (f.urgency?.length) where.push(inArray(cases.urgency, f.urgency));
  if (f.priority?.length) where.push(inArray(cases.priority, f.priority));
  if (f.channel?.length) where.push(inArray(cases.channel, f.channel));
  if (f.category?.length) where.push(inArray(cases.category, f.category));
  if (f.departmentId) where.push(eq(cases.departmentId, f.departmentId));
  if (f.assigneeId) where.push(eq(cases.assigneeId, f.assigneeId));
  if (f.customerId) where.push(eq(cases.customerId, f.customerId));
  if (f.from) where.push(gte(cases.createdAt, f.from));
  if (f.to) where.push(lte(cases.createdAt, f.to));
  if (f.q) where.push(textSearchCondition(f.q.text, f.q.phone));
  if (f.minEscalation) where.push(gte(cases.escalationLevel, f.minEscalation));
  if (f.sla?.length) where.push(inArray(sql<string>`${cases.slaSummary}->>'status'`, f.sla));
  // open cases the worker flagged 彻底延误 (rule 10); case_events_kind_created_idx finds the flags.
  if (f.completeDelay) where.push(inArray(cases.id, sql`(select ${caseEvents.caseId} from ${caseEvents} where ${caseEvents.kind} = 'complete_delay_flagged')`), activeCondition());
  if (f.view === 'unassigned') where.push(isNull(cases.assigneeId), activeCondition());
  else if (f.view && 'assigneeId' in f.view) where.push(eq(cases.assigneeId, f.view.assigneeId), activeCondition());
  else if (f.view) where.push(eq(cases.departmentId, f.view.departmentId), activeCondition());
  return where;
}

/**
 * The one search box: case number, waybill or order number, phone, words of the description. Every arm
 * is answerable from an index on cases (a BitmapOr), so the search stays fast at a million cases.
 */
export function textSearchCondition(q: string, phone: string | null): SQL {
  const upper = q.toUpperCase();
  if (/^TS\d{8}-\d+$/i.test(q)) return eq(cases.caseNumber, upper);
  const escaped = q.replace(/[\\%_]/g, (m) => `\\${m}`);
  // Numbers are stored normalised (case.schemas.ts); the raw form still finds rows written before that.
  const numbers = [...new Set([q, normalizeReferenceNo(q)])];
  const arms: SQL[] = [inArray(cases.waybillNo, numbers), inArray(cases.orderNo, numbers), like(cases.caseNumber, `${upper.replace(/[\\%_]/g, (m) => `\\${m}`)}%`)];
  if (phone) arms.push(sql`${cases.customerId} = (select ${customers.id} from ${customers} where ${customers.phone} = ${phone})`);
  arms.push(ilike(cases.description, `%${escaped}%`));
  return or(...arms)!;
}

function joinedSelect(db: DbOrTx, sortKey: SQL) {
  return db
    .select({
      c: cases,
      customer: customers,
      departmentName: departments.name,
      assigneeName: assignee.displayName,
      receivedByName: receiver.displayName,
      nature: categories.nature,
      partnerName: partners.name,
      partnerKind: partners.kind,
      customerCaseCount: sql<number>`(select count(*)::int from cases c2 where c2.customer_id = ${cases.customerId})`,
      sortKey: sql<string | null>`(${sortKey})::text`,
    })
    .from(cases)
    .innerJoin(customers, eq(customers.id, cases.customerId))
    .leftJoin(departments, eq(departments.id, cases.departmentId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId))
    .leftJoin(receiver, eq(receiver.id, cases.receivedById))
    .leftJoin(categories, eq(categories.code, cases.category))
    .leftJoin(partners, eq(partners.id, cases.partnerId));
}

type EventWrite = { caseId: string; actorId: string | null; at: Date; event: CaseEventInput };
const eventRow = ({ caseId, actorId, at, event: e }: EventWrite): NewCaseEvent => ({
  caseId,
  actorId,
  createdAt: at,
  kind: e.kind,
  fromStatus: e.fromStatus ?? null,
  toStatus: e.toStatus ?? null,
  visibility: e.visibility ?? 'internal',
  payload: e.payload,
});

// Prepared per database (see findIdempotencyKey, findJoined).
const keyLookups = new WeakMap<object, { execute(values: { actorId: string; key: string }): Promise<Array<typeof idempotencyKeys.$inferSelect>> }>();
const joinedById = new WeakMap<object, { execute(values: { id: string }): Promise<CaseJoinedRow[]> }>();

export const caseRepository = {
  /**
   * Next number of the day, from a sequence of that day: nextval takes no row lock and waits for no
   * commit, so concurrent intakes do not queue on one counter row (each bump of a counter row had to
   * commit before the next intake could take the row). A rolled-back intake leaves a gap, which is
   * allowed. The day's sequence is created by its first intake, starting after the day's counter row
   * (numbers given before the sequences existed).
   */
  async nextDailySequence(db: DbOrTx, day: string): Promise<number> {
    const name = `case_number_${day.replaceAll('-', '')}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      // nextval(null) is null: the sequence does not exist yet.
      const { rows } = (await db.execute(sql`select nextval(to_regclass(${name}))::int as value`)) as unknown as { rows: Array<{ value: number | null }> };
      const value = rows[0]?.value;
      if (value !== null && value !== undefined) return value;
      const [counter] = await db.select({ lastValue: caseNumberCounters.lastValue }).from(caseNumberCounters).where(eq(caseNumberCounters.day, day));
      try {
        await db.execute(sql.raw(`create sequence if not exists "${name}" start with ${(counter?.lastValue ?? 0) + 1}`));
      } catch (err) {
        // Another process created it at the same moment; take a number from it.
        if (attempt === 2) throw err;
      }
    }
    throw new Error(`no case number sequence for ${day}`);
  },

  /**
   * Retires the per-day case-number sequences of days before `beforeDay` (YYYY-MM-DD): each one's last
   * number goes into the day's counter row, from which nextDailySequence would start a new sequence should
   * an intake for that day ever come again (a back-dated import), and the sequence is dropped — so a year
   * does not leave 365 of them behind.
   */
  async retireDailySequences(db: Db, beforeDay: string): Promise<number> {
    const { rows } = (await db.execute(sql`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'S' and n.nspname = current_schema() and c.relname ~ '^case_number_[0-9]{8}$'
        and c.relname < ${`case_number_${beforeDay.replaceAll('-', '')}`}`)) as unknown as { rows: Array<{ name: string }> };
    for (const { name } of rows) {
      const d = name.slice('case_number_'.length);
      const day = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
      await db.transaction(async (tx) => {
        const { rows: seq } = (await tx.execute(sql.raw(`select last_value::int as "lastValue", is_called as "isCalled" from "${name}"`))) as unknown as {
          rows: Array<{ lastValue: number; isCalled: boolean }>;
        };
        const last = seq[0]!.isCalled ? seq[0]!.lastValue : seq[0]!.lastValue - 1;
        await tx
          .insert(caseNumberCounters)
          .values({ day, lastValue: last })
          .onConflictDoUpdate({ target: caseNumberCounters.day, set: { lastValue: sql`greatest(${caseNumberCounters.lastValue}, excluded.last_value)` } });
        await tx.execute(sql.raw(`drop sequence if exists "${name}"`));
      });
    }
    return rows.length;
  },

  async insert(db: DbOrTx, row: NewCaseRow): Promise<CaseRow> {
    const [created] = await db.insert(cases).values(row).returning();
    return created!;
  },

  /**
   * A new case with every value known (intake), in one statement with the rows that refer to it
   * (`withRow`: INSERTs as SQL; foreign keys are checked at the end of the statement) and, with `key`, the
   * claim of its idempotency key. False when another request holds the key (the caller rolls back).
   */
  async insertNew(db: DbOrTx, row: CaseRow, withRow: readonly SQL[], key?: typeof idempotencyKeys.$inferInsert): Promise<boolean> {
    const parts = [sql`new_case as (${db.insert(cases).values(row).getSQL()})`, ...withRow.map((w, i) => sql`${sql.raw(`w${i}`)} as (${w})`)];
    if (key) parts.push(sql`claim as (${db.insert(idempotencyKeys).values(key).onConflictDoNothing().returning({ key: idempotencyKeys.key }).getSQL()})`);
    const { rows } = (await db.execute(sql`with ${sql.join(parts, sql`, `)} select ${key ? sql`(select count(*) from claim)::int` : sql`1`} as claimed`)) as unknown as {
      rows: Array<{ claimed: number }>;
    };
    return rows[0]!.claimed > 0;
  },

  /** The INSERT of timeline events as SQL, to be sent with another statement (undefined for none). */
  eventsInsert(db: DbOrTx, rows: ReadonlyArray<EventWrite>): SQL | undefined {
    return rows.length ? db.insert(caseEvents).values(rows.map(eventRow)).getSQL() : undefined;
  },

  /** Appends typed timeline events (the only way a row gets there; see case.events.ts). */
  async insertEvents(db: DbOrTx, rows: ReadonlyArray<EventWrite>): Promise<CaseEventRow[]> {
    if (!rows.length) return [];
    return db.insert(caseEvents).values(rows.map(eventRow)).returning();
  },

  /** The same, reading nothing back (intake's timeline). */
  async appendEvents(db: DbOrTx, rows: ReadonlyArray<EventWrite>): Promise<void> {
    if (rows.length) await db.insert(caseEvents).values(rows.map(eventRow));
  },

  /**
   * Runs `fn` in a transaction; `undefined` when it rolled itself back (tx.rollback()), so a service
   * can undo a write without knowing the driver's error class.
   */
  async transactionOrRollback<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T | undefined> {
    try {
      return await db.transaction(fn);
    } catch (err) {
      if (err instanceof TransactionRollbackError) return undefined;
      throw err;
    }
  },

  /** A write without a version bump: the intake transaction completing the row it has just inserted. */
  async update(db: DbOrTx, id: string, patch: Partial<NewCaseRow>): Promise<CaseRow> {
    const [row] = await db.update(cases).set(patch).where(eq(cases.id, id)).returning();
    return row!;
  },

  async addCollaborator(db: DbOrTx, row: typeof caseCollaborators.$inferInsert): Promise<boolean> {
    const inserted = await db.insert(caseCollaborators).values(row).onConflictDoNothing().returning();
    return inserted.length > 0;
  },

  async removeCollaborator(db: DbOrTx, caseId: string, departmentId: string): Promise<boolean> {
    const removed = await db
      .delete(caseCollaborators)
      .where(and(eq(caseCollaborators.caseId, caseId), eq(caseCollaborators.departmentId, departmentId)))
      .returning();
    return removed.length > 0;
  },

  /** Stores the time-limit summaries of several cases in one statement (the time limits compute them). */
  async saveClockSummaries(db: DbOrTx, rows: readonly ClockSummaryRow[]): Promise<void> {
    if (!rows.length) return;
    const values = sql.join(
      rows.map(
        (r) =>
          sql`(${r.caseId}::uuid, ${JSON.stringify(r.slaSummary)}::jsonb, ${r.slaNextActionAt?.toISOString() ?? null}::timestamptz, ${r.slaPolicyId}::uuid, ${r.escalationLevel}::int)`,
      ),
      sql`, `,
    );
    await db.execute(sql`
      update ${cases} set
        sla_summary = v.summary,
        sla_next_action_at = v.next_at,
        sla_policy_id = v.policy_id,
        escalation_level = greatest(${cases.escalationLevel}, v.level)
      from (values ${values}) as v(case_id, summary, next_at, policy_id, level)
      where ${cases.id} = v.case_id`);
  },

  async saveClockSummary(
    db: DbOrTx,
    caseId: string,
    patch: { slaSummary: SlaSummary; slaNextActionAt: Date | null; slaPolicyId?: string | null; escalationLevel?: number },
  ): Promise<void> {
    await db
      .update(cases)
      .set({
        slaSummary: patch.slaSummary,
        slaNextActionAt: patch.slaNextActionAt,
        ...(patch.slaPolicyId !== undefined ? { slaPolicyId: patch.slaPolicyId } : {}),
        ...(patch.escalationLevel !== undefined
          ? { escalationLevel: sql`greatest(${cases.escalationLevel}, ${patch.escalationLevel})` }
          : {}),
      })
      .where(eq(cases.id, caseId));
  },

  /** Claims an idempotency key; false when another request holds it already (waits for its commit). */
  async claimIdempotencyKey(
    db: DbOrTx,
    row: { actorId: string; key: string; requestHash: string; caseId: string; createdAt: Date },
  ): Promise<boolean> {
    const inserted = await db.insert(idempotencyKeys).values(row).onConflictDoNothing().returning({ key: idempotencyKeys.key });
    return inserted.length > 0;
  },

  /** Keys older than their retention: a retry that late files anew. */
  async deleteIdempotencyKeysBefore(db: DbOrTx, before: Date): Promise<number> {
    const rows = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).returning({ key: idempotencyKeys.key });
    return rows.length;
  },

  async findIdempotencyKey(db: DbOrTx, actorId: string, key: string) {
    const query = (d: DbOrTx) => d.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.actorId, sql.placeholder('actorId')), eq(idempotencyKeys.key, sql.placeholder('key'))));
    // Looked up before every keyed intake: prepared once per database.
    if ('rollback' in db) return (await query(db).execute({ actorId, key }))[0];
    let prepared = keyLookups.get(db);
    if (!prepared) {
      prepared = query(db).prepare('idempotency_key_by_actor_key');
      keyLookups.set(db, prepared);
    }
    const [row] = await prepared.execute({ actorId, key });
    return row;
  },

  async findRow(db: DbOrTx, id: string, forUpdate = false, scope: CaseScope = 'all'): Promise<CaseRow | undefined> {
    const q = db.select().from(cases).where(and(eq(cases.id, id), scopeCondition(scope)));
    const [row] = forUpdate ? await q.for('update', { of: cases }) : await q;
    return row;
  },

  async findJoined(db: DbOrTx, ref: { id: string } | { caseNumber: string }, scope: CaseScope): Promise<CaseJoinedRow | undefined> {
    // The answer of every intake and most case requests: built once per database as a prepared statement.
    if ('id' in ref && scope === 'all' && !('rollback' in db)) {
      let prepared = joinedById.get(db);
      if (!prepared) {
        prepared = joinedSelect(db, sql`${cases.createdAt}`).where(eq(cases.id, sql.placeholder('id'))).prepare('case_joined_by_id');
        joinedById.set(db, prepared);
      }
      const [row] = await prepared.execute({ id: ref.id });
      return row;
    }
    const cond = 'id' in ref ? eq(cases.id, ref.id) : eq(cases.caseNumber, ref.caseNumber);
    const [row] = await joinedSelect(db, sql`${cases.createdAt}`).where(and(cond, scopeCondition(scope)));
    return row;
  },

  async list(db: DbOrTx, query: CaseQuery): Promise<CaseJoinedRow[]> {
    const { expr, cast } = SORT_EXPR[query.sort];
    const scope = scopeCondition(query.scope);
    const where = [...(scope ? [scope] : []), ...filterConditions(query.filter)];
    if (query.after) {
      const op = query.order === 'desc' ? sql`<` : sql`>`;
      where.push(
        query.after.key === null
          ? sql`${cases.id} ${op} ${query.after.id}::uuid`
          : sql`(${expr}, ${cases.id}) ${op} (${query.after.key}::${sql.raw(cast)}, ${query.after.id}::uuid)`,
      );
    }
    const dir = query.order === 'desc' ? desc : asc;
    return joinedSelect(db, expr)
      .where(and(...where))
      .orderBy(dir(expr), dir(cases.id))
      .limit(query.limit);
  },

  /** Tab counts: open work for mine / department / unassigned, every visible case for all. */
  async counts(
    db: DbOrTx,
    scope: CaseScope,
    me: { id: string; departmentId: string | null },
  ): Promise<{ mine: number; department: number; unassigned: number; all: number }> {
    // Four counts, each answerable from an index (index-only where the visibility map allows), rather than
    // one pass over every case in scope: at a million cases that pass is what made the tabs slow.
    const active = activeCondition();
    // The scope's OR (own department, or collaborator) would force a pass over every case; its two
    // disjoint halves are each answerable from an index, so each count is the sum of two.
    const parts: Array<SQL | undefined> =
      scope === 'all'
        ? [undefined]
        : !scope.departmentId
          ? [sql`false`]
          : [
              eq(cases.departmentId, scope.departmentId),
              and(
                inArray(cases.id, db.select({ id: caseCollaborators.caseId }).from(caseCollaborators).where(eq(caseCollaborators.departmentId, scope.departmentId))),
                sql`${cases.departmentId} is distinct from ${scope.departmentId}`,
              ),
            ];
    const count = async (...conditions: Array<SQL | undefined>) => {
      const sums = await Promise.all(
        parts.map(async (part) => {
          const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(and(part, ...conditions));
          return row?.n ?? 0;
        }),
      );
      return sums.reduce((a, b) => a + b, 0);
    };
    const [mine, department, unassigned, all] = await Promise.all([
      count(active, eq(cases.assigneeId, me.id)),
      me.departmentId ? count(active, eq(cases.departmentId, me.departmentId)) : Promise.resolve(0),
      count(active, isNull(cases.assigneeId)),
      count(),
    ]);
    return { mine, department, unassigned, all };
  },

  /** Optimistic update: only when the version still matches; undefined when someone else won. */
  async updateVersioned(db: DbOrTx, id: string, version: number, patch: Partial<NewCaseRow>): Promise<CaseRow | undefined> {
    const [row] = await db
      .update(cases)
      .set({ ...patch, version: sql`${cases.version} + 1` })
      .where(and(eq(cases.id, id), eq(cases.version, version)))
      .returning();
    return row;
  },

  async listEvents(db: DbOrTx, caseId: string) {
    return db
      .select({ e: caseEvents, actorName: actorUser.displayName })
      .from(caseEvents)
      .leftJoin(actorUser, eq(actorUser.id, caseEvents.actorId))
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.seq));
  },

  async findEvent(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ e: caseEvents, actorName: actorUser.displayName })
      .from(caseEvents)
      .leftJoin(actorUser, eq(actorUser.id, caseEvents.actorId))
      .where(eq(caseEvents.id, id));
    return row;
  },

  async collaborators(db: DbOrTx, caseId: string) {
    return db
      .select({ departmentId: caseCollaborators.departmentId, name: departments.name })
      .from(caseCollaborators)
      .innerJoin(departments, eq(departments.id, caseCollaborators.departmentId))
      .where(eq(caseCollaborators.caseId, caseId))
      .orderBy(asc(caseCollaborators.addedAt));
  },

  /** Related cases, whichever side the link was made from: those in `scope` (a reader sees only what they may). */
  async links(db: DbOrTx, caseId: string, scope: CaseScope = 'all') {
    const other = alias(cases, 'other');
    // The scope is written over `cases`; the subquery names the linked case by that name.
    const visible = scope === 'all' ? undefined : exists(db.select({ one: sql`1` }).from(cases).where(and(eq(cases.id, other.id), scopeCondition(scope))));
    return db
      .select({ id: other.id, caseNumber: other.caseNumber, status: other.status })
      .from(caseLinks)
      .innerJoin(other, or(and(eq(caseLinks.caseId, caseId), eq(other.id, caseLinks.otherCaseId)), and(eq(caseLinks.otherCaseId, caseId), eq(other.id, caseLinks.caseId))))
      .where(and(or(eq(caseLinks.caseId, caseId), eq(caseLinks.otherCaseId, caseId)), visible))
      .orderBy(asc(other.createdAt));
  },

  /** Of these cases (by id or by number), the ones the scope may see: for the timeline's references to other cases. */
  async visibleRefs(db: DbOrTx, refs: { ids: readonly string[]; numbers: readonly string[] }, scope: CaseScope) {
    const named = [refs.ids.length ? inArray(cases.id, [...refs.ids]) : undefined, refs.numbers.length ? inArray(cases.caseNumber, [...refs.numbers]) : undefined];
    if (!named.some(Boolean)) return [];
    return db
      .select({ id: cases.id, caseNumber: cases.caseNumber })
      .from(cases)
      .where(and(or(...named), scopeCondition(scope)));
  },

  async insertLink(db: DbOrTx, row: typeof caseLinks.$inferInsert): Promise<boolean> {
    const inserted = await db.insert(caseLinks).values(row).onConflictDoNothing().returning();
    return inserted.length > 0;
  },

  /**
   * The payload of an `assigned` event: ids and the names they had at the time, so the timeline
   * reads right even after a department is renamed or a user leaves.
   */
  async assignmentPayload(
    db: DbOrTx,
    a: { fromDepartmentId: string | null; toDepartmentId: string | null; fromAssigneeId: string | null; toAssigneeId: string | null },
  ): Promise<Assignment> {
    const depIds = [a.fromDepartmentId, a.toDepartmentId].filter((x): x is string => !!x);
    const userIds = [a.fromAssigneeId, a.toAssigneeId].filter((x): x is string => !!x);
    const deps = depIds.length ? await db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, depIds)) : [];
    const people = userIds.length ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds)) : [];
    const dep = (id: string | null) => deps.find((d) => d.id === id)?.name ?? null;
    const person = (id: string | null) => people.find((u) => u.id === id)?.name ?? null;
    return {
      ...a,
      fromDepartmentName: dep(a.fromDepartmentId),
      toDepartmentName: dep(a.toDepartmentId),
      fromAssigneeName: person(a.fromAssigneeId),
      toAssigneeName: person(a.toAssigneeId),
    };
  },

  /** The distinct cause or stage codes stored on cases (taxonomy's backfill reads them through a port). */
  async codesOnCases(db: DbOrTx, kind: 'cause' | 'stage'): Promise<string[]> {
    const column = kind === 'cause' ? cases.cause : cases.stage;
    const rows = await db.selectDistinct({ code: column }).from(cases).where(isNotNull(column));
    return rows.map((r) => r.code).filter((c): c is string => !!c);
  },

  /**
   * Rule 10: open delay cases with the facts for 彻底延误, promised before their cut-off (same
   * city and the others have their own), not yet flagged. Locks them, skipping cases another writer holds.
   */
  async completeDelayCandidates(
    tx: Tx,
    q: { sameCityBefore: Date; otherBefore: Date; limit: number },
  ): Promise<Array<Pick<typeof cases.$inferSelect, 'id' | 'assigneeId' | 'departmentId' | 'receivedById' | 'serviceType' | 'promisedDeliveryAt'>>> {
    return tx
      .select({
        id: cases.id,
        assigneeId: cases.assigneeId,
        departmentId: cases.departmentId,
        receivedById: cases.receivedById,
        serviceType: cases.serviceType,
        promisedDeliveryAt: cases.promisedDeliveryAt,
      })
      .from(cases)
      .where(
        and(
          inArray(cases.status, [...OPEN_STATUSES]),
          eq(cases.category, 'delay'),
          isNotNull(cases.serviceType),
          or(
            and(eq(cases.serviceType, 'same_city'), lte(cases.promisedDeliveryAt, q.sameCityBefore)),
            and(sql`${cases.serviceType} <> 'same_city'`, lte(cases.promisedDeliveryAt, q.otherBefore)),
          ),
          sql`not exists (select 1 from ${caseEvents} e where e.case_id = ${cases.id} and e.kind = 'complete_delay_flagged')`,
        ),
      )
      .orderBy(asc(cases.promisedDeliveryAt))
      .limit(q.limit)
      .for('update', { skipLocked: true });
  },
};
