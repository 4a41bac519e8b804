import crypto from 'node:crypto';
import { TransactionRollbackError, eq, gte, sql, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { localDateParts, type Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { maskPhone, normalizePhone } from '../../shared/phone.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { customerRepository } from '../customers/customer.repository.ts';
import { assertCaseTaxonomy } from '../taxonomy/taxonomy.service.ts';
import { parseIsoDate, wallToInstant } from '../sla/zoned-time.ts';
import { can } from '../../shared/permissions.ts';
import { departmentRepository, userRepository } from '../users/user.repository.ts';
import {
  activeCondition,
  caseRepository,
  cases,
  scopeCondition,
  textSearchCondition,
  type CaseJoinedRow,
  type CaseRow,
  type CaseScope,
  type NewCaseRow,
} from './case.repository.ts';
import { allowedTransitions, canMerge, checkTransition, isReassignment, TERMINAL_STATUSES, type CaseStatus } from './case.lifecycle.ts';
import type {
  CaseView,
  CreateCaseInput,
  EventView,
  ListCasesFilter,
  SortField,
  TransitionInput,
  UpdateCaseInput,
} from './case.schemas.ts';

export function scopeOf(actor: Actor): CaseScope {
  return can(actor.role, 'case.read.all_departments') ? 'all' : { departmentId: actor.departmentId };
}

/** The customer as this actor may see them: contact data only for roles that call customers back. */
function customerView(customer: CaseJoinedRow['customer'], actor: Actor, caseCount: number): CaseView['customer'] {
  const showPhone = can(actor.role, 'customer.phone.view');
  return {
    id: customer.id,
    name: customer.name,
    phone: showPhone ? customer.phone : maskPhone(customer.phone),
    phoneMasked: !showPhone,
    email: showPhone ? customer.email : null,
    isKey: customer.isKey,
    caseCount,
  };
}

export function toCaseView(row: CaseJoinedRow, actor: Actor): CaseView {
  const { c, customer } = row;
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    status: c.status,
    channel: c.channel,
    category: c.category,
    urgency: c.urgency,
    priority: c.priority,
    waybillNo: c.waybillNo,
    orderNo: c.orderNo,
    store: c.store,
    route: c.route,
    occurredAt: c.occurredAt?.toISOString() ?? null,
    description: c.description,
    demand: c.demand,
    customer: customerView(customer, actor, row.customerCaseCount),
    departmentId: c.departmentId,
    departmentName: row.departmentName,
    assigneeId: c.assigneeId,
    assigneeName: row.assigneeName,
    receivedById: c.receivedById,
    receivedByName: row.receivedByName,
    mergedIntoId: c.mergedIntoId,
    rejectReason: c.rejectReason,
    stage: c.stage,
    cause: c.cause,
    upset: c.upset,
    publicExposure: c.publicExposure,
    regulatorReferral: c.regulatorReferral,
    declaredValueYuan: c.declaredValueYuan,
    categoryConfirmed: c.categoryConfirmed,
    priorityReasons: c.priorityReasons,
    suggestion: c.suggestion ?? null,
    escalationLevel: c.escalationLevel,
    sla: c.slaSummary ?? null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    allowedTransitions: can(actor.role, 'case.transition') ? allowedTransitions(c.status, actor.role) : [],
  };
}

// A cursor names the sort it was taken from, so that one reused under another sort (or forged) is
// refused as a bad field instead of reaching the database as a value of the wrong type.
type Cursor = { sort: SortField; order: 'asc' | 'desc'; key: string | null; id: string };

const TIMESTAMP_KEY = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?|infinity)$/;
const KEY_FORMAT: Record<SortField, RegExp> = {
  createdAt: TIMESTAMP_KEY,
  updatedAt: TIMESTAMP_KEY,
  occurredAt: TIMESTAMP_KEY,
  dueAt: TIMESTAMP_KEY,
  priority: /^P[1-4]$/,
  caseNumber: /^[A-Z0-9-]{1,40}$/,
};

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.order, c.key, c.id])).toString('base64url');
}

function decodeCursor(cursor: string, expected: { sort: SortField; order: 'asc' | 'desc' }): Cursor {
  try {
    const [sort, order, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      sort === expected.sort &&
      order === expected.order &&
      (key === null || (typeof key === 'string' && KEY_FORMAT[expected.sort].test(key))) &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ) {
      return { sort: expected.sort, order: expected.order, key, id };
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
}

function requestHash(input: unknown): string {
  const canonical = JSON.stringify(input, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

export type CaseService = ReturnType<typeof createCaseService>;

export type CaseHooks = {
  /** Called inside the intake transaction after the case row exists (triage plugs in here). */
  afterCreate?: (tx: Tx, created: CaseRow, input: CreateCaseInput, actor: Actor, now: Date) => Promise<void>;
  /** Called inside the transition transaction after the status changed (time limits plug in here). */
  afterTransition?: (tx: Tx, updated: CaseRow, from: CaseStatus, actor: Actor, now: Date) => Promise<void>;
  /** Called inside the transaction of a customer-visible reply (the first-reply time limit). */
  afterPublicReply?: (tx: Tx, c: CaseRow, now: Date) => Promise<void>;
  /** Called inside the edit's transaction after a change of what decides the time limits (time limits plug in here). */
  afterEdit?: (tx: Tx, updated: CaseRow, before: CaseRow, now: Date) => Promise<void>;
  /** The priority the case would get now (triage plugs in here), after an edit of what priority depends on. */
  reprioritise?: (tx: Tx, c: CaseRow) => Promise<{ priority: CaseRow['priority']; reasons: CaseRow['priorityReasons'] }>;
};

/** The fields that pick the time-limit policy, start a time limit or escalate at once. */
const TIME_LIMIT_INPUTS = ['priority', 'category', 'urgency', 'regulatorReferral'] as const;

/** The fields the priority score reads; editing one recomputes the priority unless the agent set it by hand. */
const PRIORITY_INPUTS = ['category', 'urgency', 'upset', 'regulatorReferral', 'declaredValueYuan'] as const;

export function createCaseService(deps: { db: Db; clock: Clock; timezone: string; hooks?: CaseHooks }) {
  const { db, clock, timezone } = deps;

  async function loadView(ref: { id: string } | { caseNumber: string }, actor: Actor, tx: Db | Tx = db): Promise<CaseView> {
    const row = await caseRepository.findJoined(tx, ref, scopeOf(actor));
    if (!row) throw notFound();
    return toCaseView(row, actor);
  }

  /**
   * The case as the actor's write left it. A handler who has just handed it to another department no
   * longer sees it, yet the write succeeded: they get the result once, with no moves left to them,
   * rather than a 404 that reads as a failure and invites a retry.
   */
  async function viewAfterWrite(id: string, actor: Actor): Promise<CaseView> {
    const visible = await caseRepository.findJoined(db, { id }, scopeOf(actor));
    if (visible) return toCaseView(visible, actor);
    const handedOver = await caseRepository.findJoined(db, { id }, 'all');
    if (!handedOver) throw notFound();
    return { ...toCaseView(handedOver, actor), allowedTransitions: [] };
  }

  /** Loads and locks a case the actor may see; 404 for both "missing" and "not yours". */
  async function lockVisible(tx: Tx, id: string, actor: Actor): Promise<CaseRow> {
    const row = await caseRepository.findRow(tx, id, true, scopeOf(actor));
    if (!row) throw notFound();
    return row;
  }

  async function assertCategory(code: string | null | undefined, path: string) {
    if (code && !(await caseRepository.categoryExists(db, code))) throw fieldError(path, FIELD_MESSAGES.category_unknown);
  }

  async function assertDepartment(id: string | null | undefined, path: string) {
    if (!id) return;
    const d = await departmentRepository.find(db, id);
    if (!d || !d.active) throw fieldError(path, FIELD_MESSAGES.department_unknown);
  }

  /** An assignee must be active and, when the case has a department, belong to it. */
  // Takes the transaction it runs in: on PGlite (one connection) a read through `db` inside a
  // transaction would wait for that transaction forever.
  async function assertAssignee(tx: Tx, id: string | null | undefined, departmentId: string | null, path: string) {
    if (!id) return;
    const u = await userRepository.findView(tx, id);
    if (!u || !u.active || (departmentId && u.departmentId !== departmentId)) {
      throw fieldError(path, FIELD_MESSAGES.assignee_unknown);
    }
  }

  type EventInput = {
    kind: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    visibility?: 'internal' | 'public';
    payload?: Record<string, unknown>;
  };

  function writeEvent(tx: Tx, caseId: string, actor: Actor, now: Date, e: EventInput) {
    return caseRepository.insertEvent(tx, {
      caseId,
      actorId: actor.id,
      createdAt: now,
      kind: e.kind,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      visibility: e.visibility ?? 'internal',
      payload: e.payload ?? {},
    });
  }

  /** A filter bound: an instant as given, or a calendar day's start or end in the company's time zone. */
  function boundary(value: string, edge: 'start' | 'end'): Date {
    const day = parseIsoDate(value);
    if (day === null) {
      const instant = new Date(value);
      if (Number.isNaN(instant.getTime())) throw fieldError(edge === 'start' ? 'query.from' : 'query.to', FIELD_MESSAGES.date_invalid);
      return instant;
    }
    return new Date(edge === 'start' ? wallToInstant(timezone, day, 0) : wallToInstant(timezone, day + 1, 0) - 1);
  }

  async function caseNumberFor(now: Date): Promise<string> {
    const { y, m, d } = localDateParts(now, timezone);
    const seq = await caseRepository.nextDailySequence(db, `${y}-${m}-${d}`);
    return `TS${y}${m}${d}-${String(seq).padStart(4, '0')}`;
  }

  async function customerWithCases(actor: Actor, phoneInput: string) {
    if (!can(actor.role, 'customer.read')) throw new AppError('FORBIDDEN');
    const phone = normalizePhone(phoneInput);
    if (!phone) throw fieldError('query.phone', FIELD_MESSAGES.phone_invalid);
    const customer = await customerRepository.findByPhone(db, phone);
    if (!customer) throw notFound();
    const scope = scopeOf(actor);
    const rows = await caseRepository.list(db, {
      where: [eq(cases.customerId, customer.id), ...[scopeCondition(scope)].filter((x): x is SQL => !!x)],
      sort: 'createdAt',
      order: 'desc',
      limit: 100,
    });
    // A handler learns of a customer only through a case of their department: the phone alone
    // must not tell them who someone is, nor how often they complained elsewhere.
    if (scope !== 'all' && rows.length === 0) throw notFound();
    return {
      customer: customerView(customer, actor, scope === 'all' ? (rows[0]?.customerCaseCount ?? 0) : rows.length),
      cases: rows.map((r) => toCaseView(r, actor)),
    };
  }

  return {
    loadView,

    async create(
      actor: Actor,
      input: CreateCaseInput,
      idempotencyKey?: string,
    ): Promise<{ duplicate: boolean; value: CaseView }> {
      if (!can(actor.role, 'case.create')) throw new AppError('FORBIDDEN');
      const hash = requestHash(input);
      if (idempotencyKey) {
        const seen = await caseRepository.findIdempotencyKey(db, actor.id, idempotencyKey);
        if (seen) return replay(seen.requestHash, seen.caseId);
      }
      await assertCategory(input.category, 'category');
      await assertCaseTaxonomy(db, { stage: input.stage, cause: input.cause });
      const now = clock();
      if (input.occurredAt && new Date(input.occurredAt).getTime() > now.getTime() + 5 * 60_000) {
        throw fieldError('occurredAt', FIELD_MESSAGES.occurred_in_future);
      }
      const caseNumber = await caseNumberFor(now);
      const outcome = await db.transaction(async (tx) => {
        const customer = await customerRepository.upsertByPhone(tx, input.customer, now);
        const created = await caseRepository.insert(tx, {
          caseNumber,
          channel: input.channel,
          category: input.category ?? null,
          urgency: input.urgency ?? 'normal',
          priority: input.priority ?? 'P3',
          customerId: customer.id,
          waybillNo: input.waybillNo ?? null,
          orderNo: input.orderNo ?? null,
          store: input.store ?? null,
          route: input.route ?? null,
          occurredAt: input.occurredAt ? new Date(input.occurredAt) : null,
          description: input.description,
          demand: input.demand ?? null,
          stage: input.stage ?? null,
          cause: input.cause ?? null,
          regulatorReferral: input.regulatorReferral ?? null,
          declaredValueYuan: input.declaredValueYuan ?? null,
          categoryConfirmed: !!input.category,
          receivedById: actor.id,
          createdAt: now,
          updatedAt: now,
        });
        if (idempotencyKey) {
          const claimed = await caseRepository.claimIdempotencyKey(tx, {
            actorId: actor.id,
            key: idempotencyKey,
            requestHash: hash,
            caseId: created.id,
            createdAt: now,
          });
          // A concurrent retry committed first: undo ours and answer with theirs.
          if (!claimed) tx.rollback();
        }
        await writeEvent(tx, created.id, actor, now, {
          kind: 'created',
          toStatus: created.status,
          payload: { channel: created.channel, caseNumber: created.caseNumber },
        });
        await deps.hooks?.afterCreate?.(tx, created, input, actor, now);
        return created;
      }).catch(async (err: unknown) => {
        if (idempotencyKey && err instanceof TransactionRollbackError) return null;
        throw err;
      });
      if (!outcome) {
        const seen = await caseRepository.findIdempotencyKey(db, actor.id, idempotencyKey!);
        return replay(seen!.requestHash, seen!.caseId);
      }
      return { duplicate: false, value: await loadView({ id: outcome.id }, actor) };

      async function replay(seenHash: string, caseId: string) {
        if (seenHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { duplicate: true, value: await loadView({ id: caseId }, actor) };
      }
    },

    async list(actor: Actor, f: ListCasesFilter): Promise<{ items: CaseView[]; nextCursor: string | null }> {
      const where: SQL[] = [];
      const scope = scopeCondition(scopeOf(actor));
      if (scope) where.push(scope);
      if (f.status?.length) where.push(inArray(cases.status, f.status));
      if (f.urgency?.length) where.push(inArray(cases.urgency, f.urgency));
      if (f.priority?.length) where.push(inArray(cases.priority, f.priority));
      if (f.channel?.length) where.push(inArray(cases.channel, f.channel));
      if (f.category?.length) where.push(inArray(cases.category, f.category));
      if (f.departmentId) where.push(eq(cases.departmentId, f.departmentId));
      if (f.assigneeId) where.push(eq(cases.assigneeId, f.assigneeId));
      if (f.customerId) where.push(eq(cases.customerId, f.customerId));
      if (f.from) where.push(gte(cases.createdAt, boundary(f.from, 'start')));
      if (f.to) where.push(lte(cases.createdAt, boundary(f.to, 'end')));
      if (f.q) where.push(textSearchCondition(f.q, normalizePhone(f.q)));
      if (f.minEscalation) where.push(gte(cases.escalationLevel, f.minEscalation));
      if (f.sla?.length) where.push(inArray(sql<string>`${cases.slaSummary}->>'status'`, f.sla));
      if (f.view === 'mine') where.push(eq(cases.assigneeId, actor.id), activeCondition());
      if (f.view === 'department') {
        if (!actor.departmentId) return { items: [], nextCursor: null };
        where.push(eq(cases.departmentId, actor.departmentId), activeCondition());
      }
      if (f.view === 'unassigned') where.push(isNull(cases.assigneeId), activeCondition());
      const rows = await caseRepository.list(db, {
        where,
        sort: f.sort,
        order: f.order,
        limit: f.limit + 1,
        after: f.cursor ? decodeCursor(f.cursor, { sort: f.sort, order: f.order }) : undefined,
      });
      const page = rows.slice(0, f.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => toCaseView(r, actor)),
        nextCursor: rows.length > f.limit && last ? encodeCursor({ sort: f.sort, order: f.order, key: last.sortKey, id: last.c.id }) : null,
      };
    },

    counts: (actor: Actor) => caseRepository.counts(db, scopeOf(actor), actor),

    async get(actor: Actor, idOrCaseNumber: string) {
      const ref = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCaseNumber)
        ? { id: idOrCaseNumber }
        : { caseNumber: idOrCaseNumber.toUpperCase() };
      const view = await loadView(ref, actor);
      const [events, collaborators, links] = await Promise.all([
        caseRepository.listEvents(db, view.id),
        caseRepository.collaborators(db, view.id),
        caseRepository.links(db, view.id),
      ]);
      return { view, events: events.map((r) => toEventView(r.e, r.actorName)), collaborators, links };
    },

    async update(actor: Actor, id: string, input: UpdateCaseInput): Promise<CaseView> {
      if (!can(actor.role, 'case.update')) throw new AppError('FORBIDDEN');
      await assertCategory(input.category, 'category');
      await assertDepartment(input.departmentId, 'departmentId');
      const now = clock();
      await db.transaction(async (tx) => {
        const current = await lockVisible(tx, id, actor);
        // A code deactivated since it was set stays on the case; a new one must be active.
        await assertCaseTaxonomy(tx, { stage: input.stage, cause: input.cause }, current);
        if (TERMINAL_STATUSES.includes(current.status)) {
          throw new AppError('ILLEGAL_TRANSITION', {
            message: { zh: '已归档、不予受理或已合并的工单不能修改', en: 'A closed, rejected or merged case cannot be edited' },
          });
        }
        if (current.version !== input.version) throw new AppError('VERSION_CONFLICT', { details: { current: current.version } });
        const departmentId = input.departmentId === undefined ? current.departmentId : input.departmentId;
        await assertAssignee(tx, input.assigneeId, departmentId, 'assigneeId');
        const patch: Partial<NewCaseRow> = {};
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        const fields = [
          'category', 'urgency', 'priority', 'waybillNo', 'orderNo', 'store', 'route', 'description', 'demand',
          'stage', 'cause', 'upset', 'regulatorReferral', 'declaredValueYuan',
        ] as const;
        for (const k of fields) {
          const v = input[k];
          if (v !== undefined && v !== current[k]) {
            (patch as Record<string, unknown>)[k] = v;
            changes[k] = { from: current[k], to: v };
          }
        }
        // An agent who sets the category confirms (or corrects) the suggestion: the next training learns from it.
        if (input.category) patch.categoryConfirmed = true;
        if (input.occurredAt !== undefined) {
          const v = input.occurredAt ? new Date(input.occurredAt) : null;
          if ((v?.getTime() ?? null) !== (current.occurredAt?.getTime() ?? null)) {
            patch.occurredAt = v;
            changes.occurredAt = { from: current.occurredAt?.toISOString() ?? null, to: v?.toISOString() ?? null };
          }
        }
        if (input.priority === undefined && deps.hooks?.reprioritise && PRIORITY_INPUTS.some((k) => k in changes)) {
          const next = await deps.hooks.reprioritise(tx, { ...current, ...patch } as CaseRow);
          patch.priorityReasons = next.reasons;
          if (next.priority !== current.priority) {
            patch.priority = next.priority;
            changes.priority = { from: current.priority, to: next.priority };
          }
        }
        let assignment: Record<string, unknown> | null = null;
        if (departmentId !== current.departmentId || (input.assigneeId !== undefined && input.assigneeId !== current.assigneeId)) {
          patch.departmentId = departmentId;
          // Moving to another department drops the old assignee unless a new one is given.
          patch.assigneeId =
            input.assigneeId !== undefined ? input.assigneeId : departmentId !== current.departmentId ? null : current.assigneeId;
          if (!input.reason && isReassignment(current, { departmentId, assigneeId: patch.assigneeId })) {
            throw fieldError('reason', FIELD_MESSAGES.reassign_reason_required);
          }
          assignment = {
            ...(input.reason ? { reason: input.reason } : {}),
            ...(await caseRepository.assignmentPayload(tx, {
              fromDepartmentId: current.departmentId,
              toDepartmentId: patch.departmentId ?? null,
              fromAssigneeId: current.assigneeId,
              toAssigneeId: patch.assigneeId ?? null,
            })),
          };
        }
        if (Object.keys(patch).length === 0) return;
        const updated = await caseRepository.updateVersioned(tx, id, input.version, { ...patch, updatedAt: now });
        if (!updated) throw new AppError('VERSION_CONFLICT');
        if (Object.keys(changes).length) await writeEvent(tx, id, actor, now, { kind: 'updated', payload: { changes } });
        if (TIME_LIMIT_INPUTS.some((k) => k in changes)) await deps.hooks?.afterEdit?.(tx, updated, current, now);
        if (assignment) await writeEvent(tx, id, actor, now, { kind: 'assigned', payload: assignment });
      });
      return viewAfterWrite(id, actor);
    },

    async transition(actor: Actor, id: string, input: TransitionInput): Promise<CaseView> {
      if (!can(actor.role, 'case.transition')) throw new AppError('FORBIDDEN');
      if (input.to === 'assigned') await assertDepartment(input.departmentId, 'departmentId');
      const now = clock();
      await db.transaction(async (tx) => {
        const current = await lockVisible(tx, id, actor);
        if (input.version !== undefined && input.version !== current.version) throw new AppError('VERSION_CONFLICT');
        const departmentId = input.to === 'assigned' ? (input.departmentId ?? current.departmentId) : current.departmentId;
        const check = checkTransition({ from: current.status, to: input.to, role: actor.role, reason: input.reason, departmentId });
        if (!check.ok) {
          switch (check.code) {
            case 'ILLEGAL_TRANSITION':
              throw new AppError('ILLEGAL_TRANSITION', { details: { from: current.status, to: input.to } });
            case 'FORBIDDEN':
              throw new AppError('FORBIDDEN');
            case 'REASON_REQUIRED':
              throw fieldError('reason', FIELD_MESSAGES.reason_required);
            case 'DEPARTMENT_REQUIRED':
              throw fieldError('departmentId', FIELD_MESSAGES.department_required);
          }
        }
        const patch: Partial<NewCaseRow> = { status: input.to, updatedAt: now };
        if (input.to === 'assigned') {
          const assigneeId = input.assigneeId !== undefined ? input.assigneeId : departmentId !== current.departmentId ? null : current.assigneeId;
          if (!input.reason && isReassignment(current, { departmentId, assigneeId })) throw fieldError('reason', FIELD_MESSAGES.reassign_reason_required);
          await assertAssignee(tx, assigneeId, departmentId, 'assigneeId');
          patch.departmentId = departmentId;
          patch.assigneeId = assigneeId;
        }
        if (input.to === 'rejected') patch.rejectReason = input.reason ?? null;
        if (input.to === 'closed') patch.closedAt = now;
        if (check.rule.reopen) patch.closedAt = null;
        const updated = await caseRepository.updateVersioned(tx, id, current.version, patch);
        if (!updated) throw new AppError('VERSION_CONFLICT');
        await writeEvent(tx, id, actor, now, {
          kind: check.rule.reopen ? 'reopened' : 'status_changed',
          fromStatus: current.status,
          toStatus: input.to,
          payload: input.reason ? { reason: input.reason } : {},
        });
        if (patch.departmentId !== undefined && (patch.departmentId !== current.departmentId || patch.assigneeId !== current.assigneeId)) {
          await writeEvent(tx, id, actor, now, {
            kind: 'assigned',
            payload: {
              ...(input.reason ? { reason: input.reason } : {}),
              ...(await caseRepository.assignmentPayload(tx, {
                fromDepartmentId: current.departmentId,
                toDepartmentId: patch.departmentId,
                fromAssigneeId: current.assigneeId,
                toAssigneeId: patch.assigneeId ?? null,
              })),
            },
          });
        }
        await deps.hooks?.afterTransition?.(tx, updated, current.status, actor, now);
      });
      return viewAfterWrite(id, actor);
    },

    async merge(actor: Actor, id: string, input: { intoId: string; reason?: string | undefined }): Promise<CaseView> {
      if (!can(actor.role, 'case.merge')) throw new AppError('FORBIDDEN');
      const targetRef = /^[0-9a-f-]{36}$/i.test(input.intoId) ? { id: input.intoId } : { caseNumber: input.intoId.toUpperCase() };
      const target = await caseRepository.findJoined(db, targetRef, scopeOf(actor));
      if (!target || target.c.id === id || target.c.status === 'merged' || target.c.status === 'rejected') {
        throw fieldError('intoId', FIELD_MESSAGES.merge_target_invalid);
      }
      const now = clock();
      await db.transaction(async (tx) => {
        const current = await lockVisible(tx, id, actor);
        if (!canMerge(current.status)) throw new AppError('ILLEGAL_TRANSITION', { details: { from: current.status, to: 'merged' } });
        const updated = await caseRepository.updateVersioned(tx, id, current.version, {
          status: 'merged',
          mergedIntoId: target.c.id,
          closedAt: now,
          updatedAt: now,
        });
        if (!updated) throw new AppError('VERSION_CONFLICT');
        await writeEvent(tx, id, actor, now, {
          kind: 'merged',
          fromStatus: current.status,
          toStatus: 'merged',
          payload: { intoId: target.c.id, intoCaseNumber: target.c.caseNumber, reason: input.reason ?? null },
        });
        await writeEvent(tx, target.c.id, actor, now, {
          kind: 'merged_from',
          payload: { fromId: id, fromCaseNumber: current.caseNumber, reason: input.reason ?? null },
        });
      });
      return loadView({ id }, actor);
    },

    /** Links two cases as related (e.g. one waybill, two complaints) without merging them. */
    async link(actor: Actor, id: string, otherRef: string): Promise<void> {
      if (!can(actor.role, 'case.update')) throw new AppError('FORBIDDEN');
      await loadView({ id }, actor); // 404 for a case the actor cannot see, before looking at the other
      const ref = /^[0-9a-f-]{36}$/i.test(otherRef) ? { id: otherRef } : { caseNumber: otherRef.toUpperCase() };
      const other = await caseRepository.findJoined(db, ref, scopeOf(actor));
      if (!other || other.c.id === id) throw fieldError('otherId', FIELD_MESSAGES.link_target_invalid);
      const now = clock();
      await db.transaction(async (tx) => {
        const c = await lockVisible(tx, id, actor);
        const [a, b] = c.id < other.c.id ? [c.id, other.c.id] : [other.c.id, c.id];
        if (!(await caseRepository.insertLink(tx, { caseId: a, otherCaseId: b, createdById: actor.id, createdAt: now }))) return;
        await writeEvent(tx, c.id, actor, now, { kind: 'linked', payload: { otherId: other.c.id, otherCaseNumber: other.c.caseNumber } });
        await writeEvent(tx, other.c.id, actor, now, { kind: 'linked', payload: { otherId: c.id, otherCaseNumber: c.caseNumber } });
      });
    },

    async comment(actor: Actor, id: string, input: { body: string; visibility: 'internal' | 'public' }): Promise<EventView> {
      if (!can(actor.role, 'case.comment')) throw new AppError('FORBIDDEN');
      const now = clock();
      const event = await db.transaction(async (tx) => {
        const c = await lockVisible(tx, id, actor);
        const event = await writeEvent(tx, id, actor, now, {
          kind: input.visibility === 'public' ? 'comment' : 'note',
          visibility: input.visibility,
          payload: { body: input.body },
        });
        if (input.visibility === 'public') await deps.hooks?.afterPublicReply?.(tx, c, now);
        return event;
      });
      return toEventView(event, actor.displayName);
    },

    /** Runs another module's change on a visible, locked case in one transaction (joint teams use it). */
    async mutate(actor: Actor, id: string, fn: (tx: Tx, c: CaseRow, now: Date) => Promise<void>): Promise<CaseView> {
      const now = clock();
      await db.transaction(async (tx) => fn(tx, await lockVisible(tx, id, actor), now));
      return loadView({ id }, actor);
    },

    /** Appends an event to a visible case inside a caller's transaction (attachments use it). */
    async appendEvent(tx: Tx, actor: Actor, caseId: string, e: { kind: string; payload: Record<string, unknown> }) {
      await lockVisible(tx, caseId, actor);
      return writeEvent(tx, caseId, actor, clock(), e);
    },

    customerWithCases,

    /** customerWithCases, with "no customer the caller may know of" as an answer instead of NOT_FOUND. */
    async lookupCustomer(actor: Actor, phoneInput: string) {
      try {
        return await customerWithCases(actor, phoneInput);
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND') return { customer: null, cases: [] };
        throw err;
      }
    },
  };
}

export function toEventView(
  e: { id: string; caseId: string; kind: string; actorId: string | null; fromStatus: string | null; toStatus: string | null; visibility: 'internal' | 'public'; payload: Record<string, unknown>; createdAt: Date },
  actorName: string | null,
): EventView {
  return {
    id: e.id,
    caseId: e.caseId,
    kind: e.kind,
    actorId: e.actorId,
    actorName,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    visibility: e.visibility,
    payload: e.payload,
    createdAt: e.createdAt.toISOString(),
  };
}

