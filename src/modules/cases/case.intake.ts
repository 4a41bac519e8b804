// Filing a case: case numbers, idempotent retries, and the listeners of a new case (triage, clocks).
import crypto from 'node:crypto';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { localDateParts, type Clock } from '../../shared/clock.ts';
import { AppError, fieldError } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { can } from '../../shared/permissions.ts';
import { notifyListenersOfNewCase } from './case.changes.ts';
import { assertFactsOrder } from './case.facts.ts';
import { caseEvent } from './case.events.ts';
import type { CaseDirectoryPort, CaseListener, CaseTaxonomyPort } from './case.listeners.ts';
import type { CaseQueries } from './case.queries.ts';
import { caseRepository, type CaseRow } from './case.repository.ts';
import type { CaseView, CreateCaseInput } from './case.schemas.ts';

/** A stable hash of a request body (keys sorted), to tell a retry from a reuse of its key. */
export function requestHash(input: unknown): string {
  const canonical = JSON.stringify(input, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

export function createCaseIntake(deps: {
  db: Db;
  clock: Clock;
  timezone: string;
  taxonomy: CaseTaxonomyPort;
  directory: CaseDirectoryPort;
  listeners: readonly CaseListener[];
  queries: CaseQueries;
}) {
  const { db, clock, timezone, taxonomy, directory, listeners, queries } = deps;

  async function caseNumberFor(now: Date): Promise<string> {
    const { y, m, d } = localDateParts(now, timezone);
    const seq = await caseRepository.nextDailySequence(db, `${y}-${m}-${d}`);
    return `TS${y}${m}${d}-${String(seq).padStart(4, '0')}`;
  }

  /**
   * Who files: a staff member, or the customer through the portal (no staff actor: nobody received it,
   * the timeline's `created` event has no actor and says `by: 'customer'`). `keyScope` keeps a customer's
   * idempotency keys apart from everyone else's (the idempotency table's actor column).
   */
  type Filer = { kind: 'staff'; actor: Actor } | { kind: 'customer'; keyScope: string };

  async function file(filer: Filer, input: CreateCaseInput, idempotencyKey?: string): Promise<{ duplicate: boolean; caseId: string }> {
    const actor = filer.kind === 'staff' ? filer.actor : null;
    const keyOwner = filer.kind === 'staff' ? filer.actor.id : filer.keyScope;
    const hash = requestHash(input);
    const replay = (seenHash: string, caseId: string) => {
      if (seenHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return { duplicate: true, caseId };
    };
    if (idempotencyKey) {
      const seen = await caseRepository.findIdempotencyKey(db, keyOwner, idempotencyKey);
      if (seen) return replay(seen.requestHash, seen.caseId);
    }
    await taxonomy.assertCategory(db, input.category, 'category');
    await taxonomy.assertStageAndCause(db, { stage: input.stage, cause: input.cause });
    const now = clock();
    if (input.occurredAt && new Date(input.occurredAt).getTime() > now.getTime() + 5 * 60_000) {
      throw fieldError('occurredAt', FIELD_MESSAGES.occurred_in_future);
    }
    if (input.partnerId) {
      const p = await directory.partner(db, input.partnerId);
      if (!p || !p.active) throw fieldError('partnerId', FIELD_MESSAGES.partner_unknown);
    }
    const shippedAt = input.shippedAt ? new Date(input.shippedAt) : null;
    const promisedDeliveryAt = input.promisedDeliveryAt ? new Date(input.promisedDeliveryAt) : null;
    assertFactsOrder({ shippedAt, promisedDeliveryAt });
    const caseNumber = await caseNumberFor(now);
    // Undefined when a concurrent retry with the same key committed first and ours rolled back.
    const outcome = await caseRepository.transactionOrRollback(db, async (tx) => {
      // A customer filing in the portal has proved nothing yet: an existing record's name and email stay.
      const customer = await directory.upsertCustomer(tx, input.customer, now, { keepContact: filer.kind === 'customer' });
      // The whole row is known before it is written: triage, routing and the clocks shape it in memory
      // (notifyListenersOfNewCase), and it is inserted once with its final values.
      const draft: CaseRow = {
        id: crypto.randomUUID(),
        caseNumber,
        status: 'registered',
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
        departmentId: null,
        assigneeId: null,
        receivedById: actor?.id ?? null,
        mergedIntoId: null,
        rejectReason: null,
        stage: input.stage ?? null,
        cause: input.cause ?? null,
        upset: false,
        regulatorReferral: input.regulatorReferral ?? null,
        publicExposure: false,
        declaredValueYuan: input.declaredValueYuan ?? null,
        shippedAt,
        promisedDeliveryAt,
        serviceType: input.serviceType ?? null,
        goodsName: input.goodsName ?? null,
        quantity: input.quantity ?? null,
        itemPriceFen: input.itemPriceFen ?? null,
        freightFen: input.freightFen ?? null,
        insured: input.insured ?? null,
        brandCompany: input.brandCompany ?? null,
        deliveryCompany: input.deliveryCompany ?? null,
        partnerId: input.partnerId ?? null,
        priorityReasons: [],
        suggestion: null,
        categoryConfirmed: !!input.category,
        categoryConfirmedAt: input.category ? now : null,
        escalationLevel: 0,
        slaPolicyId: null,
        slaNextActionAt: null,
        slaSummary: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      };
      // The timeline of the intake (created, triaged, assigned, clock events …) is written in one statement after the listeners.
      const events = [
        {
          caseId: draft.id,
          actorId: actor?.id ?? null,
          at: now,
          event: caseEvent.created({ status: draft.status, channel: draft.channel, caseNumber: draft.caseNumber, ...(actor ? {} : { by: 'customer' as const }) }),
        },
      ];
      return notifyListenersOfNewCase(
        listeners,
        { tx, now, actor, row: draft, events },
        (l, ctx) => l.onCreated?.(ctx, { case: ctx.cases.current(), input, customer }),
        async (row, withRow) => {
          const key = idempotencyKey ? { actorId: keyOwner, key: idempotencyKey, requestHash: hash, caseId: row.id, createdAt: now } : undefined;
          // A concurrent retry committed first: undo ours and answer with theirs.
          if (!(await caseRepository.insertNew(tx, row, withRow, key))) tx.rollback();
        },
      );
    });
    if (!outcome) {
      if (!idempotencyKey) throw new Error('intake rolled back without an idempotency key');
      const seen = await caseRepository.findIdempotencyKey(db, keyOwner, idempotencyKey);
      return replay(seen!.requestHash, seen!.caseId);
    }
    return { duplicate: false, caseId: outcome.id };
  }

  return {
    async create(actor: Actor, input: CreateCaseInput, idempotencyKey?: string): Promise<{ duplicate: boolean; value: CaseView }> {
      if (!can(actor.role, 'case.create')) throw new AppError('FORBIDDEN');
      const filed = await file({ kind: 'staff', actor }, input, idempotencyKey);
      return { duplicate: filed.duplicate, value: await queries.loadView({ id: filed.caseId }, actor) };
    },

    /**
     * A complaint the customer files through the portal: the same intake (triage, routing, clocks,
     * timeline) with no staff actor. The caller (the portal) decides what the customer sees of it.
     */
    async createForCustomer(input: CreateCaseInput, opts: { keyScope: string; idempotencyKey?: string | undefined }): Promise<{ duplicate: boolean; caseId: string }> {
      return file({ kind: 'customer', keyScope: opts.keyScope }, input, opts.idempotencyKey);
    },
  };
}
