import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { cases, type SlaSummary } from '../cases/case.table.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import type { ClockEvent } from './sla-clock.ts';
import { businessCalendars, caseClockEvents, slaPolicies } from './sla.table.ts';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type CalendarRow = typeof businessCalendars.$inferSelect;

function toClockEvent(r: typeof caseClockEvents.$inferSelect): ClockEvent {
  const base = { target: r.target as ClockEvent['target'], at: r.at };
  if (r.type === 'escalated') {
    return { ...base, type: 'escalated', level: (r.level ?? 1) as 1 | 2, reason: (r.reason ?? 'breach') as 'breach' };
  }
  return { ...base, type: r.type as Exclude<ClockEvent['type'], 'escalated'> };
}

export const slaRepository = {
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
  async clockEvents(db: DbOrTx, caseId: string): Promise<ClockEvent[]> {
    const rows = await db
      .select()
      .from(caseClockEvents)
      .where(eq(caseClockEvents.caseId, caseId))
      .orderBy(asc(caseClockEvents.at), asc(caseClockEvents.recordedAt));
    return rows.map(toClockEvent);
  },
  async appendClockEvents(db: DbOrTx, caseId: string, events: readonly ClockEvent[], recordedAt: Date): Promise<void> {
    if (!events.length) return;
    await db.insert(caseClockEvents).values(
      events.map((e) => ({
        caseId,
        target: e.target,
        type: e.type,
        at: e.at,
        level: e.type === 'escalated' ? e.level : null,
        reason: e.type === 'escalated' ? e.reason : null,
        recordedAt,
      })),
    );
  },
  async saveSummary(
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
  /**
   * Claims cases whose next clock action is due. SKIP LOCKED lets several server processes sweep one
   * database: each due case is handled by exactly one of them, the others pass it by.
   */
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
