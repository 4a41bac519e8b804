import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { scopeCondition, type CaseScope } from '../cases/case.scope.ts';
import { CLOCKS_FINISHED_STATUSES, TERMINAL_STATUSES } from '../cases/case.lifecycle.ts';
import { caseEvents, cases } from '../cases/case.table.ts';
import { departments, users } from '../users/user.table.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import type { CaseStep, ClockEvent } from './sla-clock.ts';
import { businessCalendars, caseClockEvents, slaPolicies, slaRecomputeRequests, slaSweepFailures, type RecomputeCause, type RecomputeScope } from './sla.table.ts';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type CalendarRow = typeof businessCalendars.$inferSelect;
export type NewSlaPolicyRow = typeof slaPolicies.$inferInsert;
export type NewCalendarRow = typeof businessCalendars.$inferInsert;

function toClockEvent(r: typeof caseClockEvents.$inferSelect): ClockEvent {
  const base = { target: r.target as ClockEvent['target'], at: r.at };
  if (r.type === 'escalated') {
    return { ...base, type: 'escalated', level: (r.level ?? 1) as 1 | 2, reason: (r.reason ?? 'breach') as 'breach' };
  }
  if (r.type === 'started' && r.dueAt) return { ...base, type: 'started', dueAt: r.dueAt };
  return { ...base, type: r.type as Exclude<ClockEvent['type'], 'escalated'> };
}

export type { RecomputeCause, RecomputeScope };
/** Who and what asked for a recomputation. */
export type RecomputeOrigin = { cause: RecomputeCause; by: string | null };
export type RecomputeRequestRow = typeof slaRecomputeRequests.$inferSelect;
export type SweepFailureRow = typeof slaSweepFailures.$inferSelect;

/** Open cases in `scope` after `afterId` (in id order), as a recomputation walks them. */
function openCasesIn(scope: RecomputeScope, afterId: string | null): SQL | undefined {
  const inScope: SQL | undefined =
    'all' in scope
      ? undefined
      : or(
          scope.policyIds.length ? inArray(cases.slaPolicyId, [...scope.policyIds]) : undefined,
          // Cases without a live policy run on the one that fits (or the default) and may move to a new one.
          isNull(cases.slaPolicyId),
          scope.activePolicyIds.length ? notInArray(cases.slaPolicyId, [...scope.activePolicyIds]) : isNotNull(cases.slaPolicyId),
        );
  return and(notInArray(cases.status, [...CLOCKS_FINISHED_STATUSES]), inScope, afterId ? gt(cases.id, afterId) : undefined);
}

export type EscalationFilter = { scope: CaseScope; openOnly: boolean };

function escalationConditions(f: EscalationFilter) {
  return and(
    eq(caseEvents.kind, 'escalated'),
    scopeCondition(f.scope),
    f.openOnly ? notInArray(cases.status, [...TERMINAL_STATUSES]) : undefined,
  );
}

export const slaRepository = {
  async insertRecomputeRequest(db: DbOrTx, scope: RecomputeScope, now: Date, origin?: RecomputeOrigin): Promise<RecomputeRequestRow> {
    const [row] = await db
      .insert(slaRecomputeRequests)
      .values({ scope, requestedAt: now, cause: origin?.cause ?? null, requestedBy: origin?.by ?? null })
      .returning();
    return row!;
  },
  /**
   * Claims the oldest unfinished recomputation for one batch. SKIP LOCKED: a request another worker is
   * working on is passed by, so each batch (and each case in it) is done once.
   */
  async claimRecomputeRequest(db: DbOrTx): Promise<RecomputeRequestRow | undefined> {
    const [row] = await db
      .select()
      .from(slaRecomputeRequests)
      .where(isNull(slaRecomputeRequests.finishedAt))
      .orderBy(asc(slaRecomputeRequests.requestedAt), asc(slaRecomputeRequests.id))
      .limit(1)
      .for('update', { skipLocked: true });
    return row;
  },
  async pendingRecomputeRequests(db: DbOrTx): Promise<RecomputeRequestRow[]> {
    return db.select().from(slaRecomputeRequests).where(isNull(slaRecomputeRequests.finishedAt)).orderBy(asc(slaRecomputeRequests.requestedAt));
  },
  async advanceRecomputeRequest(db: DbOrTx, id: string, patch: { afterCaseId: string | null; casesDone: number; finishedAt: Date | null }): Promise<void> {
    await db.update(slaRecomputeRequests).set(patch).where(eq(slaRecomputeRequests.id, id));
  },
  /** How many open cases wait for a recomputation (counted from where each request got to). */
  async pendingRecomputeCases(db: DbOrTx): Promise<number> {
    let total = 0;
    for (const r of await slaRepository.pendingRecomputeRequests(db)) {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(cases)
        .where(openCasesIn(r.scope, r.afterCaseId));
      total += row?.n ?? 0;
    }
    return total;
  },

  /** How many open cases a pending request still has to reach (from where it got to). */
  async recomputeCasesLeft(db: DbOrTx, r: RecomputeRequestRow): Promise<number> {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(openCasesIn(r.scope, r.afterCaseId));
    return row?.n ?? 0;
  },
  /** Every pending request, then the latest finished ones (newest first), with the requester's name. */
  async recentRecomputeRequests(db: DbOrTx, finishedLimit: number): Promise<Array<RecomputeRequestRow & { requestedByName: string | null }>> {
    const cols = { r: slaRecomputeRequests, name: users.displayName };
    const [pending, finished] = await Promise.all([
      db
        .select(cols)
        .from(slaRecomputeRequests)
        .leftJoin(users, eq(users.id, slaRecomputeRequests.requestedBy))
        .where(isNull(slaRecomputeRequests.finishedAt))
        .orderBy(asc(slaRecomputeRequests.requestedAt), asc(slaRecomputeRequests.id)),
      db
        .select(cols)
        .from(slaRecomputeRequests)
        .leftJoin(users, eq(users.id, slaRecomputeRequests.requestedBy))
        .where(isNotNull(slaRecomputeRequests.finishedAt))
        .orderBy(desc(slaRecomputeRequests.finishedAt), desc(slaRecomputeRequests.id))
        .limit(finishedLimit),
    ]);
    return [...pending, ...finished].map((x) => ({ ...x.r, requestedByName: x.name }));
  },

  /** Records one more failed attempt of the sweeper on a case; returns how many there have been. */
  async recordSweepFailure(db: DbOrTx, f: { caseId: string; error: string; at: Date; retryAt: (attempts: number) => Date }): Promise<SweepFailureRow> {
    const [before] = await db.select().from(slaSweepFailures).where(eq(slaSweepFailures.caseId, f.caseId));
    const attempts = (before?.attempts ?? 0) + 1;
    const row = { caseId: f.caseId, attempts, error: f.error, firstFailedAt: before?.firstFailedAt ?? f.at, lastAttemptAt: f.at, retryAt: f.retryAt(attempts) };
    await db.insert(slaSweepFailures).values(row).onConflictDoUpdate({ target: slaSweepFailures.caseId, set: { attempts, error: f.error, lastAttemptAt: f.at, retryAt: row.retryAt } });
    return row;
  },
  async clearSweepFailures(db: DbOrTx, caseIds: readonly string[]): Promise<void> {
    if (caseIds.length) await db.delete(slaSweepFailures).where(inArray(slaSweepFailures.caseId, [...caseIds]));
  },
  async sweepFailures(db: DbOrTx, limit = 100): Promise<Array<SweepFailureRow & { caseNumber: string }>> {
    const rows = await db
      .select({ f: slaSweepFailures, caseNumber: cases.caseNumber })
      .from(slaSweepFailures)
      .innerJoin(cases, eq(cases.id, slaSweepFailures.caseId))
      .orderBy(desc(slaSweepFailures.lastAttemptAt), asc(slaSweepFailures.caseId))
      .limit(limit);
    return rows.map((r) => ({ ...r.f, caseNumber: r.caseNumber }));
  },
  async sweepFailureCount(db: DbOrTx): Promise<number> {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(slaSweepFailures);
    return row?.n ?? 0;
  },

  /** Escalations newest first, with where the case stands now. */
  async escalations(db: DbOrTx, f: EscalationFilter, limit: number) {
    const rows = await db
      .select({
        e: caseEvents,
        caseNumber: cases.caseNumber,
        status: cases.status,
        priority: cases.priority,
        escalationLevel: cases.escalationLevel,
        departmentName: departments.name,
        assigneeName: users.displayName,
      })
      .from(caseEvents)
      .innerJoin(cases, eq(cases.id, caseEvents.caseId))
      .leftJoin(departments, eq(departments.id, cases.departmentId))
      .leftJoin(users, eq(users.id, cases.assigneeId))
      .where(escalationConditions(f))
      .orderBy(desc(caseEvents.createdAt), desc(caseEvents.seq))
      .limit(limit);
    return rows.map((r) => ({
      eventId: r.e.id,
      caseId: r.e.caseId,
      caseNumber: r.caseNumber,
      status: r.status,
      priority: r.priority,
      escalationLevel: r.escalationLevel,
      level: Number(r.e.payload.level ?? 1),
      role: String(r.e.payload.role ?? ''),
      reason: String(r.e.payload.reason ?? ''),
      target: (r.e.payload.target as string | undefined) ?? null,
      departmentName: r.departmentName,
      assigneeName: r.assigneeName,
      at: r.e.createdAt.toISOString(),
    }));
  },

  /** Counts over every escalation the filter matches. */
  async escalationSummary(db: DbOrTx, f: EscalationFilter) {
    const level = sql`coalesce((${caseEvents.payload}->>'level')::int, 1)`;
    const [row] = await db
      .select({
        total: sql<number>`count(*)::int`,
        level1: sql<number>`(count(*) filter (where ${level} = 1))::int`,
        level2: sql<number>`(count(*) filter (where ${level} >= 2))::int`,
        cases: sql<number>`count(distinct ${caseEvents.caseId})::int`,
      })
      .from(caseEvents)
      .innerJoin(cases, eq(cases.id, caseEvents.caseId))
      .where(escalationConditions(f));
    return row ?? { total: 0, level1: 0, level2: 0, cases: 0 };
  },

  async activePolicies(db: DbOrTx): Promise<SlaPolicyRow[]> {
    return db.select().from(slaPolicies).where(eq(slaPolicies.active, true)).orderBy(asc(slaPolicies.position));
  },
  async listPolicies(db: DbOrTx): Promise<SlaPolicyRow[]> {
    return db.select().from(slaPolicies).orderBy(asc(slaPolicies.position));
  },
  async findPolicy(db: DbOrTx, id: string): Promise<SlaPolicyRow | undefined> {
    const [row] = await db.select().from(slaPolicies).where(eq(slaPolicies.id, id));
    return row;
  },
  async calendar(db: DbOrTx, id: string | null): Promise<CalendarRow | undefined> {
    const [row] = id
      ? await db.select().from(businessCalendars).where(eq(businessCalendars.id, id))
      : await db.select().from(businessCalendars).where(eq(businessCalendars.isDefault, true)).limit(1);
    return row;
  },
  async listCalendars(db: DbOrTx): Promise<CalendarRow[]> {
    return db.select().from(businessCalendars).orderBy(asc(businessCalendars.name));
  },

  // The policies and calendars an administrator edits or a preset brings (admin validates and audits).
  async activePolicyIds(db: DbOrTx): Promise<string[]> {
    const rows = await db.select({ id: slaPolicies.id }).from(slaPolicies).where(eq(slaPolicies.active, true));
    return rows.map((r) => r.id);
  },
  /** The policies counting on a calendar (those without one count on the default calendar). */
  async policyIdsOnCalendar(db: DbOrTx, calendarId: string, isDefault: boolean): Promise<string[]> {
    const rows = await db
      .select({ id: slaPolicies.id })
      .from(slaPolicies)
      .where(isDefault ? or(eq(slaPolicies.calendarId, calendarId), isNull(slaPolicies.calendarId)) : eq(slaPolicies.calendarId, calendarId));
    return rows.map((r) => r.id);
  },
  async insertPolicy(db: DbOrTx, row: NewSlaPolicyRow): Promise<SlaPolicyRow> {
    const [created] = await db.insert(slaPolicies).values(row).returning();
    return created!;
  },
  async updatePolicy(db: DbOrTx, id: string, patch: Partial<NewSlaPolicyRow>): Promise<SlaPolicyRow | undefined> {
    const [row] = await db.update(slaPolicies).set(patch).where(eq(slaPolicies.id, id)).returning();
    return row;
  },
  async deletePolicy(db: DbOrTx, id: string): Promise<SlaPolicyRow | undefined> {
    const [row] = await db.delete(slaPolicies).where(eq(slaPolicies.id, id)).returning();
    return row;
  },
  /** A preset's policies replace every policy. */
  async replacePolicies(db: DbOrTx, rows: readonly NewSlaPolicyRow[]): Promise<void> {
    await db.delete(slaPolicies);
    await db.insert(slaPolicies).values([...rows]);
  },
  async calendarExists(db: DbOrTx, id: string): Promise<boolean> {
    const [row] = await db.select({ id: businessCalendars.id }).from(businessCalendars).where(eq(businessCalendars.id, id));
    return !!row;
  },
  async insertCalendar(db: DbOrTx, row: NewCalendarRow): Promise<CalendarRow> {
    const [created] = await db.insert(businessCalendars).values(row).returning();
    return created!;
  },
  async updateCalendar(db: DbOrTx, id: string, patch: Partial<NewCalendarRow>): Promise<CalendarRow | undefined> {
    const [row] = await db.update(businessCalendars).set(patch).where(eq(businessCalendars.id, id)).returning();
    return row;
  },
  async clockEvents(db: DbOrTx, caseId: string): Promise<ClockEvent[]> {
    const rows = await db
      .select()
      .from(caseClockEvents)
      .where(eq(caseClockEvents.caseId, caseId))
      .orderBy(asc(caseClockEvents.at), asc(caseClockEvents.recordedAt));
    return rows.map(toClockEvent);
  },
  /** The clock logs of several cases at once, in log order. */
  async clockEventsOf(db: DbOrTx, caseIds: readonly string[]): Promise<Map<string, ClockEvent[]>> {
    const out = new Map<string, ClockEvent[]>(caseIds.map((id) => [id, []]));
    if (!caseIds.length) return out;
    const rows = await db
      .select()
      .from(caseClockEvents)
      .where(inArray(caseClockEvents.caseId, [...caseIds]))
      .orderBy(asc(caseClockEvents.caseId), asc(caseClockEvents.at), asc(caseClockEvents.recordedAt));
    for (const r of rows) out.get(r.caseId)?.push(toClockEvent(r));
    return out;
  },
  /**
   * What the clocks react to in the timelines of several cases, oldest first: status changes and
   * customer-visible replies (intake is added by the caller, from the case row).
   */
  async stepsOf(db: DbOrTx, caseIds: readonly string[]): Promise<Map<string, CaseStep[]>> {
    const out = new Map<string, CaseStep[]>(caseIds.map((id) => [id, []]));
    if (!caseIds.length) return out;
    const rows = await db
      .select({ caseId: caseEvents.caseId, kind: caseEvents.kind, fromStatus: caseEvents.fromStatus, toStatus: caseEvents.toStatus, at: caseEvents.createdAt })
      .from(caseEvents)
      .where(
        and(
          inArray(caseEvents.caseId, [...caseIds]),
          or(isNotNull(caseEvents.toStatus), and(eq(caseEvents.kind, 'comment'), eq(caseEvents.visibility, 'public'))),
        ),
      )
      .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq));
    for (const r of rows) {
      out.get(r.caseId)?.push(r.toStatus !== null ? { kind: 'status', from: r.fromStatus, to: r.toStatus, at: r.at } : { kind: 'public_reply', at: r.at });
    }
    return out;
  },
  /**
   * Locks the next batch of open cases in `scope` (by id, after `afterId`). FOR UPDATE waits for a
   * case being edited or swept, so the recomputation never works from a log that is being written.
   */
  async lockOpenCases(db: DbOrTx, scope: RecomputeScope, afterId: string | null, limit: number) {
    return db
      .select()
      .from(cases)
      .where(openCasesIn(scope, afterId))
      .orderBy(asc(cases.id))
      .limit(limit)
      .for('update');
  },
  async appendClockEventsOfMany(db: DbOrTx, rows: ReadonlyArray<{ caseId: string; event: ClockEvent }>, recordedAt: Date): Promise<void> {
    if (!rows.length) return;
    await db.insert(caseClockEvents).values(clockEventRows(rows, recordedAt));
  },
  /** The INSERT of a case's clock events as SQL, for a statement that writes other rows too (undefined for none). */
  clockEventsInsert(db: DbOrTx, caseId: string, events: readonly ClockEvent[], recordedAt: Date): SQL | undefined {
    return events.length ? db.insert(caseClockEvents).values(clockEventRows(events.map((event) => ({ caseId, event })), recordedAt)).getSQL() : undefined;
  },
  async appendClockEvents(db: DbOrTx, caseId: string, events: readonly ClockEvent[], recordedAt: Date): Promise<void> {
    await slaRepository.appendClockEventsOfMany(db, events.map((event) => ({ caseId, event })), recordedAt);
  },
  /**
   * Claims cases whose next clock action is due. SKIP LOCKED lets several server processes sweep one
   * database: each due case is handled by exactly one of them, the others pass it by.
   */
  async nextDueAt(db: DbOrTx): Promise<Date | null> {
    const [row] = await db
      .select({ at: cases.slaNextActionAt })
      .from(cases)
      .where(isNotNull(cases.slaNextActionAt))
      .orderBy(asc(cases.slaNextActionAt))
      .limit(1);
    return row?.at ?? null;
  },
  async claimDue(db: DbOrTx, now: Date, limit: number) {
    return db
      .select()
      .from(cases)
      .where(and(isNotNull(cases.slaNextActionAt), lte(cases.slaNextActionAt, now)))
      .orderBy(asc(cases.slaNextActionAt))
      .limit(limit)
      .for('update', { skipLocked: true });
  },
};

export type { BusinessCalendar };

function clockEventRows(rows: ReadonlyArray<{ caseId: string; event: ClockEvent }>, recordedAt: Date) {
  return rows.map(({ caseId, event: e }) => ({
    caseId,
    target: e.target,
    type: e.type,
    at: e.at,
    level: e.type === 'escalated' ? e.level : null,
    reason: e.type === 'escalated' ? e.reason : null,
    dueAt: e.type === 'started' ? (e.dueAt ?? null) : null,
    recordedAt,
  }));
}
