// How a case row reads to a given actor: contact data, allowed moves and scope depend on the role.
import type { Actor } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { maskPhone } from '../../shared/phone.ts';
import { REDACTED } from '../../shared/redaction.ts';
import { can } from '../../shared/permissions.ts';
import type { CaseEventView } from './case.events.ts';
import { allowedTransitions } from './case.lifecycle.ts';
import type { CaseEventRow, CaseJoinedRow, CaseScope } from './case.repository.ts';
import type { CaseView } from './case.schemas.ts';

export function scopeOf(actor: Actor): CaseScope {
  return can(actor.role, 'case.read.all_departments') ? 'all' : { departmentId: actor.departmentId };
}

/**
 * Whether the actor may change the case (its facts, status, owner, links): the roles that see every
 * department, and the lead department's people. A collaborating department reads and comments.
 */
export function leadsCase(actor: Actor, c: { departmentId: string | null }): boolean {
  return scopeOf(actor) === 'all' || (!!actor.departmentId && actor.departmentId === c.departmentId);
}

/** 403 for a change by a collaborating department (leadsCase). */
export function assertLeadsCase(actor: Actor, c: { departmentId: string | null }): void {
  if (!leadsCase(actor, c)) {
    throw new AppError('FORBIDDEN', {
      message: { zh: '协办部门只能查看和评论该工单，由牵头部门处理', en: 'A collaborating department may read and comment; the lead department works the case' },
    });
  }
}

/** The customer as this actor may see them: contact data only for roles that call customers back. */
export function customerView(customer: CaseJoinedRow['customer'], actor: Actor, caseCount: number): CaseView['customer'] {
  const showPhone = can(actor.role, 'customer.phone.view');
  // An erased customer's phone column holds a placeholder, not a number (rules 27–28).
  const erased = customer.erasedAt !== null;
  return {
    id: customer.id,
    name: customer.name,
    phone: erased ? REDACTED : showPhone ? customer.phone : maskPhone(customer.phone),
    phoneMasked: !showPhone,
    email: showPhone ? customer.email : null,
    isKey: customer.isKey,
    caseCount,
  };
}

export function toCaseView(row: CaseJoinedRow, actor: Actor, derived?: { completeDelay: CaseView['completeDelay'] }): CaseView {
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
    nature: row.nature ?? null,
    shippedAt: c.shippedAt?.toISOString() ?? null,
    promisedDeliveryAt: c.promisedDeliveryAt?.toISOString() ?? null,
    serviceType: c.serviceType,
    goodsName: c.goodsName,
    quantity: c.quantity,
    itemPriceFen: c.itemPriceFen,
    freightFen: c.freightFen,
    insured: c.insured,
    brandCompany: c.brandCompany,
    deliveryCompany: c.deliveryCompany,
    partnerId: c.partnerId,
    partnerName: row.partnerName,
    partnerKind: row.partnerKind,
    completeDelay: derived?.completeDelay ?? null,
    categoryConfirmed: c.categoryConfirmed,
    priorityReasons: c.priorityReasons,
    suggestion: c.suggestion ?? null,
    escalationLevel: c.escalationLevel,
    sla: c.slaSummary ?? null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    allowedTransitions: can(actor.role, 'case.transition') && leadsCase(actor, c) ? allowedTransitions(c.status, actor.role) : [],
  };
}

// Rows are written only through the typed builders (case.events.ts), so a stored row is one of the union's members.
export function toEventView(e: CaseEventRow, actorName: string | null): CaseEventView {
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
  } as CaseEventView;
}

/** The other cases an event names (by id where it has one, else by number): the events that link, merge or suggest. */
export function caseRefsOf(events: readonly CaseEventView[]): { ids: string[]; numbers: string[] } {
  const ids = new Set<string>();
  const numbers = new Set<string>();
  for (const e of events) {
    if (e.kind === 'linked' && e.payload.otherId) ids.add(e.payload.otherId);
    if (e.kind === 'merged' && e.payload.intoId) ids.add(e.payload.intoId);
    if (e.kind === 'merged_from' && e.payload.fromId) ids.add(e.payload.fromId);
    // A duplicate suggestion kept only the case number.
    if (e.kind === 'triaged') for (const n of e.payload.duplicates) if (n) numbers.add(n);
  }
  return { ids: [...ids], numbers: [...numbers] };
}

/**
 * The event as a reader reads it who may see only some cases (rule "every role sees only what it may"):
 * a reference to a case outside their scope loses its id and number and says it is hidden.
 */
export function scopeEventRefs(e: CaseEventView, visible: { ids: ReadonlySet<string>; numbers: ReadonlySet<string> }): CaseEventView {
  switch (e.kind) {
    case 'linked':
      return e.payload.otherId && visible.ids.has(e.payload.otherId) ? e : { ...e, payload: { otherId: null, otherCaseNumber: null, hidden: true } };
    case 'merged':
      return e.payload.intoId && visible.ids.has(e.payload.intoId)
        ? e
        : { ...e, payload: { intoId: null, intoCaseNumber: null, reason: e.payload.reason ?? null, hidden: true } };
    case 'merged_from':
      return e.payload.fromId && visible.ids.has(e.payload.fromId)
        ? e
        : { ...e, payload: { fromId: null, fromCaseNumber: null, reason: e.payload.reason ?? null, hidden: true } };
    case 'triaged':
      return { ...e, payload: { ...e.payload, duplicates: e.payload.duplicates.map((n) => (n && visible.numbers.has(n) ? n : null)) } };
    default:
      return e;
  }
}
