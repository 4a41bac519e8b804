// Reading cases: one case, lists with filters and keyset cursors, tab counts, a customer's cases.
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { normalizePhone } from '../../shared/phone.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { parseIsoDate, wallToInstant } from '../../shared/zoned-time.ts';
import { can } from '../../shared/permissions.ts';
import { decodeCursor, encodeCursor } from './case.cursor.ts';
import type { CaseEventView } from './case.events.ts';
import type { CaseDirectoryPort, CaseInvestigationPort } from './case.listeners.ts';
import type { Clock } from '../../shared/clock.ts';
import { caseRepository, type CaseFilter, type CaseJoinedRow } from './case.repository.ts';
import type { CaseView, ListCasesFilter } from './case.schemas.ts';
import { caseRefsOf, customerView, scopeEventRefs, scopeOf, toCaseView as toCaseViewOf, toEventView } from './case.views.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createCaseQueries(deps: {
  db: Db;
  clock: Clock;
  timezone: string;
  directory: CaseDirectoryPort;
  investigation?: CaseInvestigationPort | undefined;
}) {
  const { db, timezone, directory } = deps;
  const port = deps.investigation;
  // The 彻底延误 flag is derived from the facts and now on every read, so an edit of the promised time shows at once.
  const toCaseView = (row: CaseJoinedRow, actor: Actor): CaseView =>
    toCaseViewOf(row, actor, port ? { completeDelay: port.completeDelay(row.c, deps.clock()) } : undefined);

  /** A merged case names the case it went into only to a reader who may see that case. */
  async function scopedMergeTargets(actor: Actor, views: CaseView[], tx: Db | Tx = db): Promise<CaseView[]> {
    const scope = scopeOf(actor);
    const ids = [...new Set(views.flatMap((v) => (v.mergedIntoId ? [v.mergedIntoId] : [])))];
    if (scope === 'all' || ids.length === 0) return views;
    const seen = new Set((await caseRepository.visibleRefs(tx, { ids, numbers: [] }, scope)).map((r) => r.id));
    return views.map((v) => (v.mergedIntoId && !seen.has(v.mergedIntoId) ? { ...v, mergedIntoId: null } : v));
  }
  const scopedView = async (actor: Actor, view: CaseView, tx: Db | Tx = db) => (await scopedMergeTargets(actor, [view], tx))[0]!;

  async function loadView(ref: { id: string } | { caseNumber: string }, actor: Actor, tx: Db | Tx = db): Promise<CaseView> {
    const row = await caseRepository.findJoined(tx, ref, scopeOf(actor));
    if (!row) throw notFound();
    return scopedView(actor, toCaseView(row, actor), tx);
  }

  /**
   * The case as the actor's write left it. A handler who has just handed it to another department no
   * longer sees it, yet the write succeeded: they get the result once, with no moves left to them,
   * rather than a 404 that reads as a failure and invites a retry.
   */
  async function viewAfterWrite(id: string, actor: Actor): Promise<CaseView> {
    const visible = await caseRepository.findJoined(db, { id }, scopeOf(actor));
    if (visible) return scopedView(actor, toCaseView(visible, actor));
    const handedOver = await caseRepository.findJoined(db, { id }, 'all');
    if (!handedOver) throw notFound();
    return scopedView(actor, { ...toCaseView(handedOver, actor), allowedTransitions: [] });
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

  async function customerWithCases(actor: Actor, phoneInput: string) {
    if (!can(actor.role, 'customer.read')) throw new AppError('FORBIDDEN');
    const phone = normalizePhone(phoneInput);
    if (!phone) throw fieldError('query.phone', FIELD_MESSAGES.phone_invalid);
    const customer = await directory.findCustomerByPhone(db, phone);
    if (!customer) throw notFound();
    const scope = scopeOf(actor);
    const rows = await caseRepository.list(db, { filter: { customerId: customer.id }, scope, sort: 'createdAt', order: 'desc', limit: 100 });
    // A handler learns of a customer only through a case of their department: the phone alone
    // must not tell them who someone is, nor how often they complained elsewhere.
    if (scope !== 'all' && rows.length === 0) throw notFound();
    return {
      customer: customerView(customer, actor, scope === 'all' ? (rows[0]?.customerCaseCount ?? 0) : rows.length),
      cases: await scopedMergeTargets(
        actor,
        rows.map((r) => toCaseView(r, actor)),
      ),
    };
  }

  /** The timeline as the actor may read it: other cases it names only when the actor may see them. */
  async function scopedEvents(actor: Actor, events: CaseEventView[]): Promise<CaseEventView[]> {
    const scope = scopeOf(actor);
    if (scope === 'all') return events;
    const refs = caseRefsOf(events);
    if (refs.ids.length === 0 && refs.numbers.length === 0) return events;
    const seen = await caseRepository.visibleRefs(db, refs, scope);
    const visible = { ids: new Set(seen.map((r) => r.id)), numbers: new Set(seen.map((r) => r.caseNumber)) };
    return events.map((e) => scopeEventRefs(e, visible));
  }

  /** Rule 29: a list that shows full phones leaves a record of the read (filter names only: `q` may be a phone). */
  async function recordPhoneReads(actor: Actor, source: string, f: object, rows: readonly CaseJoinedRow[]): Promise<void> {
    if (!directory.recordPhoneReads || !can(actor.role, 'customer.phone.view')) return;
    const phones = new Set(rows.filter((r) => r.customer.erasedAt === null).map((r) => r.customer.id));
    if (phones.size === 0) return;
    const filters = Object.entries(f)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k]) => k)
      .sort();
    await directory.recordPhoneReads(db, { actorId: actor.id, source, filters, phoneCount: phones.size, at: deps.clock() });
  }

  return {
    loadView,
    viewAfterWrite,
    customerWithCases,

    async list(actor: Actor, f: ListCasesFilter): Promise<{ items: CaseView[]; nextCursor: string | null }> {
      const from = f.from ? boundary(f.from, 'start') : undefined;
      const to = f.to ? boundary(f.to, 'end') : undefined;
      let view: CaseFilter['view'];
      if (f.view === 'mine') view = { assigneeId: actor.id };
      if (f.view === 'unassigned') view = 'unassigned';
      if (f.view === 'department') {
        if (!actor.departmentId) return { items: [], nextCursor: null };
        view = { departmentId: actor.departmentId };
      }
      const filter: CaseFilter = {
        status: f.status,
        urgency: f.urgency,
        priority: f.priority,
        channel: f.channel,
        category: f.category,
        departmentId: f.departmentId,
        assigneeId: f.assigneeId,
        customerId: f.customerId,
        minEscalation: f.minEscalation,
        sla: f.sla,
        completeDelay: f.completeDelay,
        from,
        to,
        q: f.q ? { text: f.q, phone: normalizePhone(f.q) } : undefined,
        view,
      };
      const rows = await caseRepository.list(db, {
        filter,
        scope: scopeOf(actor),
        sort: f.sort,
        order: f.order,
        limit: f.limit + 1,
        after: f.cursor ? decodeCursor(f.cursor, { sort: f.sort, order: f.order }) : undefined,
      });
      const page = rows.slice(0, f.limit);
      const last = page[page.length - 1];
      await recordPhoneReads(actor, 'case_list', f, page);
      return {
        items: await scopedMergeTargets(
          actor,
          page.map((r) => toCaseView(r, actor)),
        ),
        nextCursor: rows.length > f.limit && last ? encodeCursor({ sort: f.sort, order: f.order, key: last.sortKey, id: last.c.id }) : null,
      };
    },

    counts: (actor: Actor) => caseRepository.counts(db, scopeOf(actor), actor),

    async get(actor: Actor, idOrCaseNumber: string) {
      const ref = UUID.test(idOrCaseNumber) ? { id: idOrCaseNumber } : { caseNumber: idOrCaseNumber.toUpperCase() };
      const view = await loadView(ref, actor);
      const [events, collaborators, links] = await Promise.all([
        caseRepository.listEvents(db, view.id),
        caseRepository.collaborators(db, view.id),
        caseRepository.links(db, view.id, scopeOf(actor)),
      ]);
      const eventViews: CaseEventView[] = events.map((r) => toEventView(r.e, r.actorName));
      return { view, events: await scopedEvents(actor, eventViews), collaborators, links };
    },

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

export type CaseQueries = ReturnType<typeof createCaseQueries>;
