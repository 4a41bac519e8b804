// Accountability 考核 (issue 11 item 11): rewards and penalties, append-only, with who decided; and the
// per-department / per-person summary that the responsibility decisions (定责) feed.
import crypto from 'node:crypto';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { formatIsoDate, parseIsoDate, toLocal, wallToInstant } from '../../shared/zoned-time.ts';
import { caseEvent } from '../cases/case.events.ts';
import type { CaseService } from '../cases/case.service.ts';
import { responsibilityGroups } from '../investigation/investigation.service.ts';
import { findDepartment, findUserView, listDepartments } from '../users/user.service.ts';
import { accountabilityRepository, type RecordNamedRow, type RecordRow, accountabilityRedaction } from './accountability.repository.ts';
import { carriesAmount, directionOf, mayRecord, mayRevoke, mayView, summarise, type DecisionGroup } from './accountability.rules.ts';
import type {
  AccountabilityListFilter,
  AccountabilityRecordView,
  AccountabilitySummaryView,
  CreateAccountabilityRecordInput,
} from './accountability.schemas.ts';

const DAY_MS = 86_400_000;

/** A lost idempotency race: the other request committed first; its record is the answer. */
class KeyTaken extends Error {}

const requestHash = (input: unknown): string => crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');

function toView(row: RecordNamedRow, actor: Actor): AccountabilityRecordView {
  const { r } = row;
  const revoked = row.revokedById !== null;
  return {
    id: r.id,
    kind: r.kind,
    direction: r.direction,
    amountFen: r.amountFen,
    userId: r.userId,
    userName: row.userName,
    departmentId: r.departmentId,
    departmentName: row.departmentName,
    caseId: r.caseId,
    caseNumber: row.caseNumber,
    reason: r.reason,
    decidedById: r.decidedById,
    decidedByName: row.decidedByName,
    decidedAt: r.decidedAt.toISOString(),
    revocation: revoked ? { id: row.revokedById!, reason: row.revokedReason ?? '', byName: row.revokedByName, at: row.revokedAt!.toISOString() } : null,
    canRevoke: !revoked && can(actor.role, 'accountability.record') && mayRevoke(actor, r),
  };
}

export type AccountabilityService = ReturnType<typeof createAccountabilityService>;

export function createAccountabilityService(deps: { db: Db; clock: Clock; timezone: string; cases: CaseService }) {
  const { db, clock, timezone, cases } = deps;
  const readsAll = (actor: Actor) => can(actor.role, 'accountability.read');

  /** [from 00:00, the day after `to` 00:00) in the company's zone; at most about a year. */
  function period(from: string | undefined, to: string | undefined): { from?: Date; to?: Date } {
    const a = from === undefined ? null : parseIsoDate(from);
    const b = to === undefined ? null : parseIsoDate(to);
    if (from !== undefined && a === null) throw fieldError('from', FIELD_MESSAGES.date_invalid);
    if (to !== undefined && b === null) throw fieldError('to', FIELD_MESSAGES.date_invalid);
    if (a !== null && b !== null && (b < a || b - a > 366)) throw fieldError('to', FIELD_MESSAGES.accountability_period_invalid);
    return {
      ...(a !== null ? { from: new Date(wallToInstant(timezone, a, 0)) } : {}),
      ...(b !== null ? { to: new Date(wallToInstant(timezone, b + 1, 0)) } : {}),
    };
  }

  async function viewOne(actor: Actor, id: string): Promise<AccountabilityRecordView> {
    const row = await accountabilityRepository.find(db, id);
    if (!row || !mayView({ id: actor.id, readsAll: readsAll(actor) }, row.r)) throw notFound();
    return toView(row, actor);
  }

  /** The subject: a person (their department with them) and/or a department; both must exist and agree. */
  async function subjectOf(db: DbOrTx, actor: Actor, input: CreateAccountabilityRecordInput): Promise<{ userId: string | null; departmentId: string | null }> {
    if (!input.userId && !input.departmentId) throw fieldError('userId', FIELD_MESSAGES.accountability_subject_required);
    let departmentId = input.departmentId ?? null;
    if (input.userId) {
      if (input.userId === actor.id) throw fieldError('userId', FIELD_MESSAGES.accountability_self);
      const u = await findUserView(db, input.userId);
      if (!u) throw fieldError('userId', FIELD_MESSAGES.assignee_unknown);
      if (departmentId && u.departmentId !== departmentId) throw fieldError('departmentId', FIELD_MESSAGES.accountability_person_department);
      departmentId = u.departmentId;
    } else if (departmentId) {
      const d = await findDepartment(db, departmentId);
      if (!d) throw fieldError('departmentId', FIELD_MESSAGES.department_unknown);
    }
    return { userId: input.userId ?? null, departmentId };
  }

  return {
    /** Records a reward or penalty; attached to a case, its typed event is written in the case's transaction. */
    async record(actor: Actor, input: CreateAccountabilityRecordInput, key?: string): Promise<{ duplicate: boolean; value: AccountabilityRecordView }> {
      if (!can(actor.role, 'accountability.record')) throw new AppError('FORBIDDEN');
      if (!mayRecord(actor.role, input.kind)) {
        throw new AppError('FORBIDDEN', { message: FIELD_MESSAGES.accountability_kind_not_allowed });
      }
      if (carriesAmount(input.kind) && !input.amountFen) throw fieldError('amountFen', FIELD_MESSAGES.accountability_amount_required);
      if (!carriesAmount(input.kind) && input.amountFen) throw fieldError('amountFen', FIELD_MESSAGES.accountability_amount_not_allowed);
      const hash = requestHash(input);
      const replay = async (row: RecordRow) => {
        if (row.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { duplicate: true, value: await viewOne(actor, row.id) };
      };
      if (key) {
        const seen = await accountabilityRepository.findByIdempotencyKey(db, actor.id, key);
        if (seen) return replay(seen);
      }
      const subject = await subjectOf(db, actor, input);
      let caseId: string | null = null;
      if (input.caseId || input.caseNumber) {
        try {
          const c = await cases.loadView(input.caseId ? { id: input.caseId } : { caseNumber: input.caseNumber! }, actor);
          caseId = c.id;
        } catch (err) {
          if (err instanceof AppError && err.code === 'NOT_FOUND') throw fieldError(input.caseId ? 'caseId' : 'caseNumber', FIELD_MESSAGES.accountability_case_unknown);
          throw err;
        }
      }
      const now = clock();
      const row = {
        entry: 'record' as const,
        kind: input.kind,
        direction: directionOf(input.kind),
        amountFen: carriesAmount(input.kind) ? (input.amountFen ?? null) : null,
        ...subject,
        caseId,
        reason: input.reason,
        decidedById: actor.id,
        decidedAt: now,
        idempotencyKey: key ?? null,
        requestHash: key ? hash : null,
      };
      try {
        let id: string;
        if (caseId) {
          id = await cases.change(actor, caseId, async (ops) => {
            const created = await accountabilityRepository.insert(ops.tx, { ...row, decidedAt: ops.now });
            if (!created) throw new KeyTaken();
            await ops.appendEvent(caseEvent.accountabilityRecorded({ recordId: created.id, kind: created.kind, direction: created.direction }));
            return created.id;
          });
        } else {
          id = await db.transaction(async (tx) => {
            const created = await accountabilityRepository.insert(tx, row);
            if (!created) throw new KeyTaken();
            return created.id;
          });
        }
        return { duplicate: false, value: await viewOne(actor, id) };
      } catch (err) {
        if (err instanceof KeyTaken && key) {
          const seen = await accountabilityRepository.findByIdempotencyKey(db, actor.id, key);
          if (seen) return replay(seen);
        }
        throw err;
      }
    },

    /** Revokes a mistaken record by a revocation row with its reason; the record itself is never changed. */
    async revoke(actor: Actor, id: string, reason: string): Promise<AccountabilityRecordView> {
      if (!can(actor.role, 'accountability.record')) throw new AppError('FORBIDDEN');
      const found = await accountabilityRepository.find(db, id);
      if (!found || !mayView({ id: actor.id, readsAll: readsAll(actor) }, found.r)) throw notFound();
      const r = found.r;
      if (!mayRevoke(actor, r)) throw new AppError('FORBIDDEN', { message: FIELD_MESSAGES.accountability_kind_not_allowed });
      if (found.revokedById) throw new AppError('ALREADY_EXISTS', { message: { zh: '该记录已撤销', en: 'This record was already revoked' } });
      const revocation = (now: Date) => ({
        entry: 'revocation' as const,
        kind: r.kind,
        direction: r.direction,
        amountFen: r.amountFen,
        userId: r.userId,
        departmentId: r.departmentId,
        caseId: r.caseId,
        reason,
        decidedById: actor.id,
        decidedAt: now,
        revokesId: r.id,
      });
      // The unique revokes_id makes a second, concurrent revocation insert nothing.
      const refuse = () => new AppError('ALREADY_EXISTS', { message: { zh: '该记录已撤销', en: 'This record was already revoked' } });
      if (r.caseId) {
        await cases.change(actor, r.caseId, async (ops) => {
          if (!(await accountabilityRepository.insert(ops.tx, revocation(ops.now)))) throw refuse();
          await ops.appendEvent(caseEvent.accountabilityRevoked({ recordId: r.id, kind: r.kind, direction: r.direction }));
        });
      } else {
        await db.transaction(async (tx) => {
          if (!(await accountabilityRepository.insert(tx, revocation(clock())))) throw refuse();
        });
      }
      return viewOne(actor, id);
    },

    /** Those who assess see every record (filtered); anyone else only the records about themselves. */
    async list(actor: Actor, q: AccountabilityListFilter): Promise<AccountabilityRecordView[]> {
      const p = period(q.from, q.to);
      let caseId: string | undefined;
      if (q.caseNumber) {
        try {
          caseId = (await cases.loadView({ caseNumber: q.caseNumber }, actor)).id;
        } catch (err) {
          if (err instanceof AppError && err.code === 'NOT_FOUND') return [];
          throw err;
        }
      }
      const all = readsAll(actor);
      const rows = await accountabilityRepository.list(db, {
        ...p,
        userId: all ? q.userId : actor.id,
        departmentId: q.departmentId,
        caseId,
        direction: q.direction,
        includeRevoked: q.includeRevoked === 'true',
        limit: q.limit,
      });
      return rows.map((r) => toView(r, actor));
    },

    /** The records of one case the actor sees (the case must be visible to them). */
    async ofCase(actor: Actor, caseId: string): Promise<AccountabilityRecordView[]> {
      const c = await cases.loadView({ id: caseId }, actor);
      const all = readsAll(actor);
      const rows = await accountabilityRepository.list(db, { caseId: c.id, userId: all ? undefined : actor.id, includeRevoked: true, limit: 500 });
      return rows.map((r) => toView(r, actor));
    },

    /**
     * Per department and per person over [from, to]: the cases whose responsibility was decided in the period
     * (handled or answered for), by root cause, those where they were responsible, and the unrevoked rewards
     * and penalties decided in the period.
     */
    async summary(actor: Actor, q: { from: string; to: string }): Promise<AccountabilitySummaryView> {
      if (!readsAll(actor)) throw new AppError('FORBIDDEN');
      const p = period(q.from, q.to);
      const from = p.from!;
      const to = p.to!;
      const [depDecisions, personDecisions, depRecords, personRecords, deps] = await Promise.all([
        responsibilityGroups(db, 'department', from, to),
        responsibilityGroups(db, 'person', from, to),
        accountabilityRepository.groups(db, 'department', from, to),
        accountabilityRepository.groups(db, 'person', from, to),
        listDepartments(db),
      ]);
      const depName = new Map(deps.map((d) => [d.id, d.name]));
      const toGroups = (rows: readonly DecisionGroup[]) => rows.map((r) => ({ ...r, cases: Number(r.cases), responsible: Number(r.responsible) }));
      const departments = summarise(toGroups(depDecisions), depRecords).map(({ key, ...rest }) => ({
        departmentId: key,
        departmentName: depName.get(key) ?? '—',
        ...rest,
      }));
      const personRows = summarise(toGroups(personDecisions), personRecords);
      const persons = [];
      for (const { key, ...rest } of personRows) {
        const u = await findUserView(db, key);
        persons.push({ userId: key, displayName: u?.displayName ?? '—', departmentName: u?.departmentId ? (depName.get(u.departmentId) ?? null) : null, ...rest });
      }
      const lastDay = toLocal(timezone, to.getTime() - DAY_MS).dayNumber;
      return { from: formatIsoDate(toLocal(timezone, from.getTime()).dayNumber), to: formatIsoDate(lastDay), departments, persons };
    },
  };
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (accountability records), for the privacy port. */
export const accountabilityPersonalText = { redactCase: accountabilityRedaction.redactCase, texts: accountabilityRedaction.texts };
