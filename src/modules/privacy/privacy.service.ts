// Personal data (rules 25–31): a customer's export and erasure by an administrator (audited in the same
// transaction), retention periods per data kind enforced by the worker, and the record of phone reads.
// Erasure replaces personal text by a marker through one path; the timeline keeps every event's kind,
// time, actor, amounts and statuses (docs/decisions/012-personal-data-erasure.md).
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { listCaseAttachments, redactCaseAttachments, releaseStoredFiles, toAttachmentView } from '../attachments/attachment.service.ts';
import type { AttachmentStorage } from '../attachments/storage.ts';
import { caseEvent } from '../cases/case.events.ts';
import { isTerminal } from '../cases/case.lifecycle.ts';
import { caseRecords } from '../cases/case.records.ts';
import type { CaseService } from '../cases/case.service.ts';
import { eraseCustomerContact, findCustomer, phoneReadsPage, prunePhoneReads } from '../customers/customer.service.ts';
import { privacyRepository } from './privacy.repository.ts';
import {
  PERSONAL_CASE_FIELDS,
  REDACTED,
  REGULATOR_FILE_DAYS,
  effectivePeriods,
  erasureBlockers,
  redactPayload,
  retentionCutoff,
  type PersonalCaseField,
} from './privacy.rules.ts';
import { DATA_KINDS, type CaseRedactionKind, type RedactionCause, type RetentionPeriods } from './privacy.types.ts';

/** How many cases (or customers) one run of the job handles per kind: short transactions, the rest next run. */
export const RETENTION_BATCH = 50;

export type RedactionCount = { eventsRedacted: number; attachmentsRedacted: number; recordsRedacted: number; storageKeys: string[] };

/**
 * A module keeping its own free text about a case (remedies, investigation, execution, costs, claims, replies
 * to the regulator, accountability): it overwrites that text with the marker inside the erasure's transaction
 * (returning how many rows changed) and lists it for an export. Wired in src/services.ts.
 */
export type CaseTextPort = {
  module: string;
  redactCase(tx: Tx, caseId: string, marker: string): Promise<number>;
  texts(db: DbOrTx, caseId: string): Promise<unknown>;
};

export type PrivacyService = ReturnType<typeof createPrivacyService>;

export function createPrivacyService(deps: { db: Db; clock: Clock; cases: CaseService; storage?: AttachmentStorage | undefined; caseTexts?: readonly CaseTextPort[] }) {
  const { db, clock, cases } = deps;
  const caseTexts = deps.caseTexts ?? [];

  /** Replaces the personal text of one locked case (fields, timeline, files) and says so on its timeline. */
  async function redactCase(
    tx: Tx,
    c: { id: string } & Partial<Record<PersonalCaseField, string | null>>,
    kinds: readonly CaseRedactionKind[],
    cause: RedactionCause,
    actorId: string | null,
    at: Date,
  ): Promise<RedactionCount> {
    let eventsRedacted = 0;
    let recordsRedacted = 0;
    let storageKeys: string[] = [];
    if (kinds.includes('case_text')) {
      // The other modules' own text about the case, in this transaction (the trigger of an append-only table
      // lets exactly this update through).
      for (const owner of caseTexts) recordsRedacted += await owner.redactCase(tx, c.id, REDACTED);
      const patch: Partial<Record<PersonalCaseField, string>> = {};
      for (const f of PERSONAL_CASE_FIELDS) if (typeof c[f] === 'string' && c[f] !== REDACTED) patch[f] = REDACTED;
      await caseRecords.redactFields(tx, c.id, patch);
      for (const e of await caseRecords.unredactedEvents(tx, c.id)) {
        const payload = redactPayload(e.kind, e.payload);
        if (!payload) continue;
        await caseRecords.redactEvent(tx, e.id, payload, at);
        eventsRedacted += 1;
      }
    }
    if (kinds.includes('attachments')) storageKeys = await redactCaseAttachments(tx, c.id, at);
    for (const kind of kinds) await privacyRepository.recordRedaction(tx, { caseId: c.id, kind, cause, redactedAt: at });
    await caseRecords.appendEvent(tx, {
      caseId: c.id,
      actorId,
      at,
      event: caseEvent.personalDataErased({ cause, kinds: [...kinds], eventsRedacted, attachmentsRedacted: storageKeys.length }),
    });
    return { eventsRedacted, attachmentsRedacted: storageKeys.length, recordsRedacted, storageKeys };
  }

  async function release(keys: readonly string[]): Promise<void> {
    if (deps.storage && keys.length) await releaseStoredFiles(db, deps.storage, keys);
  }

  async function periods(): Promise<RetentionPeriods> {
    return effectivePeriods(await privacyRepository.retention(db));
  }

  return {
    redactCase,

    async retention() {
      const rows = await privacyRepository.retention(db);
      return { periods: effectivePeriods(rows), regulatorFileDays: REGULATOR_FILE_DAYS };
    },

    /** Rule 27: the administrator sets the periods; each change is audited with the write. */
    async setRetention(actor: Actor, next: Partial<RetentionPeriods>) {
      const at = clock();
      await db.transaction(async (tx) => {
        const current = effectivePeriods(await privacyRepository.retention(tx));
        for (const kind of DATA_KINDS) {
          const days = next[kind];
          if (days === undefined || days === current[kind]) continue;
          await privacyRepository.setRetention(tx, kind, days, actor.id, at);
          await recordAdminChange(tx, { actorId: actor.id, entity: 'retention_policy', entityId: kind, action: 'updated', changes: { days: { from: current[kind], to: days } } });
        }
      });
      return { periods: await periods(), regulatorFileDays: REGULATOR_FILE_DAYS };
    },

    /** Rule 28 (Art 45): everything held about one customer, through the same read paths staff use; audited. */
    async exportCustomer(actor: Actor, customerId: string) {
      const customer = await findCustomer(db, customerId);
      if (!customer) throw notFound();
      const list = await caseRecords.casesOfCustomer(db, customerId);
      const redactions = await privacyRepository.redactionsOf(db, list.map((c) => c.id));
      const out = [];
      for (const c of list) {
        const { view, events } = await cases.get(actor, c.id);
        const files = (await listCaseAttachments(db, c.id)).map(toAttachmentView);
        const texts: Record<string, unknown> = {};
        for (const owner of caseTexts) texts[owner.module] = await owner.texts(db, c.id);
        out.push({
          case: view,
          events,
          attachments: files.map((f) => ({ id: f.id, filename: f.filename, contentType: f.contentType, size: f.size, createdAt: f.createdAt })),
          texts,
          redactions: redactions
            .filter((r) => r.caseId === c.id)
            .map((r) => ({ kind: r.kind, cause: r.cause, redactedAt: r.redactedAt.toISOString() })),
        });
      }
      const at = clock();
      await db.transaction((tx) =>
        recordAdminChange(tx, { actorId: actor.id, entity: 'customer', entityId: customerId, action: 'exported', changes: { cases: { to: list.length } } }),
      );
      return {
        exportedAt: at.toISOString(),
        customer: {
          id: customer.id,
          name: customer.name,
          phone: customer.erasedAt ? REDACTED : customer.phone,
          email: customer.email,
          isKey: customer.isKey,
          createdAt: customer.createdAt.toISOString(),
          erasedAt: customer.erasedAt?.toISOString() ?? null,
        },
        cases: out,
      };
    },

    /**
     * Rule 28 (Art 47): erases one customer's personal data from the record and all their cases, in one
     * transaction with its audit row. Refused (nothing changed) while a case is open or a regulator's file
     * must be kept (rules 25, 27). A second request answers with the first one's result.
     */
    async eraseCustomer(actor: Actor, customerId: string, reason: string) {
      if (!reason.trim()) throw fieldError('reason', FIELD_MESSAGES.reason_required);
      const at = clock();
      const result = await db.transaction(async (tx) => {
        const customer = await findCustomer(tx, customerId, true);
        if (!customer) throw notFound();
        if (customer.erasedAt) return { erasedAt: customer.erasedAt, alreadyErased: true, cases: 0, eventsRedacted: 0, attachmentsRedacted: 0, recordsRedacted: 0, keys: [] as string[] };
        const list = await caseRecords.casesOfCustomer(tx, customerId);
        const blockers = erasureBlockers(
          list.map((c) => ({ caseNumber: c.caseNumber, terminal: isTerminal(c.status), endedAt: c.closedAt ?? c.updatedAt, regulatorReferral: c.regulatorReferral })),
          at,
        );
        if (blockers.length) {
          throw new AppError('ILLEGAL_TRANSITION', {
            message: blockers.some((b) => b.reason === 'open_case')
              ? { zh: '该客户仍有未结工单，处理完毕前不能删除其个人信息', en: 'This customer still has open cases; their personal data cannot be erased before these are closed' }
              : { zh: '监管转办工单的档案须自结案起保存三年，期满前不能删除', en: 'A regulator’s case file must be kept for 3 years after closure; it cannot be erased before then' },
            details: { blockers },
          });
        }
        let eventsRedacted = 0;
        let attachmentsRedacted = 0;
        let recordsRedacted = 0;
        const keys: string[] = [];
        const rows = await caseRecords.lockCases(tx, list.map((c) => c.id));
        for (const c of rows) {
          const done = await redactCase(tx, c, ['case_text', 'attachments'], 'request', actor.id, at);
          eventsRedacted += done.eventsRedacted;
          attachmentsRedacted += done.attachmentsRedacted;
          recordsRedacted += done.recordsRedacted;
          keys.push(...done.storageKeys);
        }
        await eraseCustomerContact(tx, customerId, at);
        // The reason goes to the audit log only: the timeline says that data was erased, never why or what.
        await recordAdminChange(tx, {
          actorId: actor.id,
          entity: 'customer',
          entityId: customerId,
          action: 'erased',
          changes: { reason: { to: reason }, cases: { to: rows.length }, eventsRedacted: { to: eventsRedacted }, attachmentsRedacted: { to: attachmentsRedacted }, recordsRedacted: { to: recordsRedacted } },
        });
        return { erasedAt: at, alreadyErased: false, cases: rows.length, eventsRedacted, attachmentsRedacted, recordsRedacted, keys };
      });
      await release(result.keys);
      return {
        customerId,
        erasedAt: result.erasedAt.toISOString(),
        alreadyErased: result.alreadyErased,
        cases: result.cases,
        eventsRedacted: result.eventsRedacted,
        attachmentsRedacted: result.attachmentsRedacted,
        recordsRedacted: result.recordsRedacted,
      };
    },

    /** Rule 29: who read unmasked phones in bulk, newest first. */
    async phoneReads(q: { limit: number; cursor?: string | undefined }) {
      let before: number | undefined;
      if (q.cursor !== undefined) {
        if (!/^\d{1,15}$/.test(q.cursor)) throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
        before = Number(q.cursor);
      }
      const rows = await phoneReadsPage(db, { before, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: page.map(({ r, actorName }) => ({
          id: r.id,
          at: r.createdAt.toISOString(),
          actorId: r.actorId,
          actorName: actorName ?? null,
          source: r.source,
          filters: r.filters,
          phoneCount: r.phoneCount,
        })),
        nextCursor: rows.length > q.limit && last ? String(last.r.seq) : null,
      };
    },

    /**
     * Rule 27: the worker's job. Redacts what is past its period in bounded batches (each case in its own short
     * transaction), erases contact data of customers whose cases all ended long enough ago, prunes old reads.
     */
    async sweep(now: Date, batch = RETENTION_BATCH) {
      const p = await periods();
      const regulatorCutoff = (days: number) => retentionCutoff(now, Math.max(days, REGULATOR_FILE_DAYS));
      let cases = 0;
      const keys: string[] = [];
      for (const kind of ['case_text', 'attachments'] as const) {
        const done = await db.transaction(async (tx) => {
          const ids = await privacyRepository.caseCandidates(tx, { kind, cutoff: retentionCutoff(now, p[kind]), regulatorCutoff: regulatorCutoff(p[kind]), limit: batch });
          const rows = await caseRecords.lockCases(tx, ids.map((r) => r.id));
          for (const c of rows) keys.push(...(await redactCase(tx, c, [kind], 'retention', null, now)).storageKeys);
          return rows.length;
        });
        cases += done;
      }
      const customers = await db.transaction(async (tx) => {
        const ids = await privacyRepository.contactCandidates(tx, { cutoff: retentionCutoff(now, p.contact), regulatorCutoff: regulatorCutoff(p.contact), limit: batch });
        for (const { id } of ids) await eraseCustomerContact(tx, id, now);
        return ids.length;
      });
      const phoneReads = await prunePhoneReads(db, retentionCutoff(now, p.phone_reads));
      await release(keys);
      return { cases, customers, phoneReads };
    },
  };
}
