// The cost ledger 成本台账 (issue 11 item 10; seed 004 七 成本预算与核算台账): every cost on a case as a signed entry
// in fen, never edited or deleted (a correction is a reversing entry), budgets per month and category or
// department, and budget against actual. Other modules (execution actions, carrier claims) post through
// `postCostEntry` inside their own transaction; every post writes its typed timeline event in it.
import crypto from 'node:crypto';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, fieldError, notFound, type Lang } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES, isUuid } from '../../shared/validation.ts';
import { recordAdminChange } from '../audit/audit.service.ts';
import { caseEvent, type CaseEventInput } from '../cases/case.events.ts';
import { caseRecords } from '../cases/case.records.ts';
import { caseForPosting, type CaseService } from '../cases/case.service.ts';
import { isPresetCode } from '../presets/index.ts';
import { industryPreset } from '../settings/settings.service.ts';
import { assertCategory } from '../taxonomy/taxonomy.service.ts';
import { findDepartment } from '../users/user.service.ts';
import {
  budgetLine,
  checkAmount,
  checkReversal,
  decodeLedgerCursor,
  DEFAULT_LABOUR_RATE_FEN_PER_HOUR,
  encodeLedgerCursor,
  fenToYuanText,
  labourFen,
  MAX_REPORT_MONTHS,
  monthOf,
  monthsBetween,
  reversalAmount,
  toCsv,
  totalsOf,
  type AmountRefusal,
} from './costs.rules.ts';
import { costsRepository, type CostEntryNamedRow, type CostEntryRow, type ReportRow, costRedaction } from './costs.repository.ts';
import type {
  BudgetInput,
  BudgetView,
  CaseCostsView,
  CostEntryView,
  CostReportView,
  CostSettingsInput,
  CostSettingsView,
  LabourInput,
  LedgerQueryInput,
  ManualEntryInput,
  ReportQueryInput,
  ReverseInput,
} from './costs.schemas.ts';
import { COST_KIND_LABELS, COST_KINDS, COST_SOURCE_LABELS, COST_SOURCES, type BudgetScope, type CostKind, type CostSource } from './costs.types.ts';

export type { CostKind, CostSource };

/** What another module posts: one cost (or recovery) on a case, from its source. */
export type PostCostInput = {
  caseId: string;
  kind: CostKind;
  /** Signed integer fen: positive a cost, negative a recovery. */
  amountFen: number;
  source: Exclude<CostSource, 'reversal'>;
  /** The action, claim or request it comes from; with it, posting again returns the first entry. */
  sourceId: string | null;
  note?: string | null;
  actorId: string | null;
  occurredAt: Date;
};

/**
 * Options of a post made inside another module's `CaseService.change`: its `appendEvent` writes the
 * `cost_posted` event as part of that change (same actor, same time); without it the ledger appends the
 * event through the cases module's records in the same transaction.
 */
export type PostCostOptions = { appendEvent?: (event: CaseEventInput) => Promise<void> };

export const COST_MESSAGES = {
  already_reversed: { zh: '该笔成本已冲销，不能重复冲销', en: 'This entry has been reversed already' },
  is_reversal: { zh: '冲销分录不能再冲销，请另行登记', en: 'A reversing entry cannot be reversed; post a new entry instead' },
  source_reused: {
    zh: '同一来源已登记了不同的成本（工单或金额不同）',
    en: 'This source has already posted a different cost (another case or amount)',
  },
} as const;

const AMOUNT_MESSAGES: Record<AmountRefusal, (typeof FIELD_MESSAGES)[keyof typeof FIELD_MESSAGES]> = {
  not_integer: FIELD_MESSAGES.fen_integer,
  zero: FIELD_MESSAGES.cost_amount_zero,
  too_large: FIELD_MESSAGES.cost_amount_too_large,
  sign: FIELD_MESSAGES.cost_amount_sign,
};

/** The most rows one CSV export holds (a month of a large company fits; filter by month for more). */
export const EXPORT_LIMIT = 10_000;

/** A lost idempotency race: the other request committed first; its entry is the answer. */
class KeyTaken extends Error {}

const requestHash = (input: unknown): string => crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex');

/** The labour rate in force: the administrator's, else the preset's default (express when none is applied). */
export async function costSettingsOf(db: DbOrTx): Promise<CostSettingsView> {
  const preset = await industryPreset(db);
  const fallback = DEFAULT_LABOUR_RATE_FEN_PER_HOUR[preset && isPresetCode(preset) ? preset : 'express'];
  const row = await costsRepository.settings(db);
  return row
    ? { labourRateFenPerHour: row.labourRateFenPerHour, defaultLabourRateFenPerHour: fallback, isDefault: false }
    : { labourRateFenPerHour: fallback, defaultLabourRateFenPerHour: fallback, isDefault: true };
}

// Labour and manual entries are keyed by their poster's Idempotency-Key; their source id is not shown.
const SHOWN_SOURCES: ReadonlySet<CostSource> = new Set(['execution_action', 'claim', 'reversal']);

function toEntryView(actor: Actor, r: CostEntryNamedRow): CostEntryView {
  const { e } = r;
  return {
    id: e.id,
    caseId: e.caseId,
    caseNumber: r.caseNumber,
    kind: e.kind,
    amountFen: e.amountFen,
    source: e.source,
    sourceId: SHOWN_SOURCES.has(e.source) ? e.sourceId : null,
    reversesId: e.reversesId,
    reversedById: r.reversedById,
    note: e.note,
    actorId: e.actorId,
    actorName: r.actorName,
    occurredAt: e.occurredAt.toISOString(),
    postedAt: e.postedAt.toISOString(),
    month: e.month,
    category: e.category,
    departmentId: e.departmentId,
    labourMinutes: e.labourMinutes,
    rateFenPerHour: e.rateFenPerHour,
    can: { reverse: can(actor.role, 'costs.post') && e.source !== 'reversal' && !r.reversedById },
  };
}

const toBudgetView = (b: { id: string; month: string; scope: BudgetScope; scopeKey: string; amountFen: number; updatedAt: Date }): BudgetView => ({
  id: b.id,
  month: b.month,
  scope: b.scope,
  scopeKey: b.scopeKey,
  amountFen: b.amountFen,
  updatedAt: b.updatedAt.toISOString(),
});

export type CostService = ReturnType<typeof createCostService>;

export function createCostService(deps: { db: Db; clock: Clock; timezone: string; cases: CaseService }) {
  const { db, clock, timezone, cases } = deps;

  /** The one insert path: checks, the case's snapshot, the entry, its event. Idempotent on (source, source id, kind). */
  async function insert(
    tx: Tx,
    input: PostCostInput,
    extra: { labourMinutes?: number; rateFenPerHour?: number; requestHash?: string | null },
    opts: PostCostOptions,
  ): Promise<{ id: string; created: boolean }> {
    if (!(COST_KINDS as readonly string[]).includes(input.kind)) throw fieldError('kind', FIELD_MESSAGES.unknown_field);
    if (!(COST_SOURCES as readonly string[]).includes(input.source) || input.source === ('reversal' as CostSource)) {
      throw fieldError('source', FIELD_MESSAGES.unknown_field);
    }
    const amount = checkAmount(input.kind, input.source, input.amountFen);
    if (!amount.ok) throw fieldError('amountFen', AMOUNT_MESSAGES[amount.reason]);
    if (!(input.occurredAt instanceof Date) || Number.isNaN(input.occurredAt.getTime())) throw fieldError('occurredAt', FIELD_MESSAGES.date_invalid);
    const replay = (seen: CostEntryRow) => {
      if (seen.caseId !== input.caseId || seen.amountFen !== input.amountFen) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', { message: COST_MESSAGES.source_reused });
      }
      return { id: seen.id, created: false };
    };
    if (input.sourceId) {
      const seen = await costsRepository.findBySource(tx, input.source, input.sourceId, input.kind);
      if (seen) return replay(seen);
    }
    const c = await caseForPosting(tx, input.caseId);
    if (!c) throw notFound();
    const now = clock();
    const row = await costsRepository.insertEntry(tx, {
      caseId: c.id,
      kind: input.kind,
      amountFen: input.amountFen,
      source: input.source,
      sourceId: input.sourceId,
      note: input.note ?? null,
      actorId: input.actorId,
      occurredAt: input.occurredAt,
      postedAt: now,
      month: monthOf(input.occurredAt, timezone),
      category: c.category,
      departmentId: c.departmentId,
      labourMinutes: extra.labourMinutes ?? null,
      rateFenPerHour: extra.rateFenPerHour ?? null,
      requestHash: extra.requestHash ?? null,
    });
    if (!row) {
      // Another transaction posted the same source first (the unique index); its entry is the answer.
      const seen = input.sourceId ? await costsRepository.findBySource(tx, input.source, input.sourceId, input.kind) : undefined;
      if (!seen) throw new KeyTaken();
      return replay(seen);
    }
    const event = caseEvent.costPosted({
      entryId: row.id,
      kind: row.kind,
      amountFen: row.amountFen,
      source: row.source,
      note: row.note,
      labourMinutes: row.labourMinutes,
      rateFenPerHour: row.rateFenPerHour,
    });
    if (opts.appendEvent) await opts.appendEvent(event);
    else await caseRecords.appendEvent(tx, { caseId: c.id, actorId: input.actorId, at: now, event });
    return { id: row.id, created: true };
  }

  async function entryView(actor: Actor, id: string): Promise<CostEntryView> {
    const row = await costsRepository.findNamed(db, id);
    if (!row) throw notFound();
    return toEntryView(actor, row);
  }

  function occurredAt(text: string | null | undefined, now: Date): Date {
    if (!text) return now;
    const at = new Date(text);
    if (at.getTime() > now.getTime() + 5 * 60_000) throw fieldError('occurredAt', FIELD_MESSAGES.occurred_in_future);
    return at;
  }

  /** A labour or manual post keyed by the poster's Idempotency-Key: a replay answers the first entry. */
  async function keyedPost(
    actor: Actor,
    caseId: string,
    key: string | undefined,
    body: unknown,
    post: (ops: { tx: Tx; now: Date; appendEvent: (e: CaseEventInput) => Promise<void> }, sourceId: string | null, hash: string | null) => Promise<{ id: string; created: boolean }>,
  ): Promise<{ duplicate: boolean; value: CostEntryView }> {
    const hash = key ? requestHash({ caseId, body }) : null;
    const sourceId = key ? `${actor.id}:${key}` : null;
    try {
      const posted = await cases.change(actor, caseId, async (ops) => {
        if (sourceId) {
          // A retried request finds its entry before anything is checked again.
          const seen = await costsRepository.findKeyed(ops.tx, sourceId);
          if (seen) {
            if (seen.requestHash !== hash || seen.caseId !== caseId) throw new AppError('IDEMPOTENCY_KEY_REUSED');
            return { id: seen.id, created: false };
          }
        }
        return post(ops, sourceId, hash);
      });
      return { duplicate: !posted.created, value: await entryView(actor, posted.id) };
    } catch (err) {
      if (err instanceof KeyTaken && sourceId) {
        const seen = await costsRepository.findKeyed(db, sourceId);
        if (seen && seen.requestHash === hash && seen.caseId === caseId) return { duplicate: true, value: await entryView(actor, seen.id) };
        throw new AppError('IDEMPOTENCY_KEY_REUSED');
      }
      throw err;
    }
  }

  function assertRange(from: string, to: string): string[] {
    const months = monthsBetween(from, to);
    if (!months.length || months.length > MAX_REPORT_MONTHS) throw fieldError('query.to', FIELD_MESSAGES.report_range_invalid);
    return months;
  }

  return {
    /**
     * Posts one cost on a case inside the caller's transaction (execution actions, carrier claims). Idempotent
     * on (source, sourceId, kind) when `sourceId` is given: posting again returns the first entry with
     * `created: false` (a different case or amount from the same source is refused). Validates integer fen and
     * the sign (a recovery negative, every other kind positive); copies the case's category and department on;
     * writes `cost_posted` on the timeline. Opens no transaction of its own.
     */
    postCostEntry(tx: Tx, input: PostCostInput, opts: PostCostOptions = {}): Promise<{ id: string; created: boolean }> {
      return insert(tx, input, {}, opts);
    },

    /** A case's entries and totals, for whoever may see the case (a handler: their department's cases only). */
    async forCase(actor: Actor, caseId: string): Promise<CaseCostsView> {
      const c = await cases.loadView({ id: caseId }, actor);
      const [rows, settings] = await Promise.all([costsRepository.entriesOfCase(db, c.id), costSettingsOf(db)]);
      const entries = rows.map((r) => toEntryView(actor, r));
      return {
        entries,
        totals: totalsOf(entries),
        labourRateFenPerHour: settings.labourRateFenPerHour,
        can: { labour: can(actor.role, 'costs.labour'), post: can(actor.role, 'costs.post'), reverse: can(actor.role, 'costs.post') },
      };
    },

    /** Handling labour: minutes × the rate in force (frozen onto the entry). Idempotent with an Idempotency-Key. */
    async logLabour(actor: Actor, caseId: string, input: LabourInput, key?: string): Promise<{ duplicate: boolean; value: CostEntryView }> {
      return keyedPost(actor, caseId, key, input, async (ops, sourceId, hash) => {
        if (!can(actor.role, 'costs.labour')) throw new AppError('FORBIDDEN');
        const { labourRateFenPerHour: rate } = await costSettingsOf(ops.tx);
        const amountFen = labourFen(input.minutes, rate);
        return insert(
          ops.tx,
          { caseId, kind: 'labour', amountFen, source: 'labour', sourceId, note: input.note ?? null, actorId: actor.id, occurredAt: occurredAt(input.occurredAt, ops.now) },
          { labourMinutes: input.minutes, rateFenPerHour: rate, requestHash: hash },
          { appendEvent: ops.appendEvent },
        );
      });
    },

    /** A supervisor's manual entry (repair, other …; a recovery negative). Idempotent with an Idempotency-Key. */
    async postManual(actor: Actor, caseId: string, input: ManualEntryInput, key?: string): Promise<{ duplicate: boolean; value: CostEntryView }> {
      return keyedPost(actor, caseId, key, input, async (ops, sourceId, hash) => {
        // Inside the change: a case the actor may not see answers 404 before the role's 403.
        if (!can(actor.role, 'costs.post')) throw new AppError('FORBIDDEN');
        return insert(
          ops.tx,
          { caseId, kind: input.kind, amountFen: input.amountFen, source: 'manual', sourceId, note: input.note, actorId: actor.id, occurredAt: occurredAt(input.occurredAt, ops.now) },
          { requestHash: hash },
          { appendEvent: ops.appendEvent },
        );
      });
    },

    /**
     * A correction: a reversing entry of the opposite amount, in the month it is posted (a closed month never
     * moves), with the original's kind, category and department so that it nets out in the same group.
     * Once per entry (the unique source index backs the check); a reversal is never itself reversed.
     */
    async reverse(actor: Actor, entryId: string, input: ReverseInput): Promise<CostEntryView> {
      if (!can(actor.role, 'costs.post')) throw new AppError('FORBIDDEN');
      const found = await costsRepository.findEntry(db, entryId);
      if (!found) throw notFound();
      const id = await cases.change(actor, found.caseId, async (ops) => {
        const original = (await costsRepository.findEntry(ops.tx, entryId))!;
        const check = checkReversal(original, !!(await costsRepository.reversalOf(ops.tx, original.id)));
        if (!check.ok) {
          throw check.reason === 'already_reversed'
            ? new AppError('ALREADY_EXISTS', { message: COST_MESSAGES.already_reversed })
            : new AppError('ILLEGAL_TRANSITION', { message: COST_MESSAGES.is_reversal });
        }
        const row = await costsRepository.insertEntry(ops.tx, {
          caseId: original.caseId,
          kind: original.kind,
          amountFen: reversalAmount(original.amountFen),
          source: 'reversal',
          sourceId: original.id,
          reversesId: original.id,
          note: input.reason,
          actorId: actor.id,
          occurredAt: ops.now,
          postedAt: ops.now,
          month: monthOf(ops.now, timezone),
          category: original.category,
          departmentId: original.departmentId,
          labourMinutes: original.labourMinutes === null ? null : -original.labourMinutes,
          rateFenPerHour: original.rateFenPerHour,
        });
        if (!row) throw new AppError('ALREADY_EXISTS', { message: COST_MESSAGES.already_reversed });
        await ops.appendEvent(
          caseEvent.costReversed({ entryId: row.id, reversesId: original.id, kind: row.kind, amountFen: row.amountFen, reason: input.reason }),
        );
        return row.id;
      });
      return entryView(actor, id);
    },

    /** The ledger across cases, newest first, keyset-paged (supervisors, managers, the administrator). */
    async ledger(actor: Actor, q: LedgerQueryInput): Promise<{ items: CostEntryView[]; nextCursor: string | null }> {
      if (!can(actor.role, 'costs.read')) throw new AppError('FORBIDDEN');
      const after = q.cursor ? decodeLedgerCursor(q.cursor) : undefined;
      if (after === null) throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
      const rows = await costsRepository.listEntries(db, { ...q, after, limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return { items: page.map((r) => toEntryView(actor, r)), nextCursor: rows.length > q.limit && last ? encodeLedgerCursor(last.e.postedAt, last.e.id) : null };
    },

    /**
     * The ledger as CSV for a spreadsheet (UTF-8 with a byte-order mark), with the same filters as the list and
     * at most EXPORT_LIMIT rows, newest first; amounts in yuan with two decimals, signed.
     */
    async exportCsv(actor: Actor, q: Omit<LedgerQueryInput, 'cursor' | 'limit'>, lang: Lang): Promise<string> {
      if (!can(actor.role, 'costs.read')) throw new AppError('FORBIDDEN');
      const rows = await costsRepository.exportEntries(db, { ...q, limit: EXPORT_LIMIT });
      const head =
        lang === 'en'
          ? ['Occurred', 'Month', 'Case', 'Kind', 'Amount (¥)', 'Source', 'Category', 'Department', 'Posted by', 'Note', 'Entry', 'Reverses']
          : ['发生时间', '月份', '工单', '类型', '金额（元）', '来源', '类别', '部门', '登记人', '说明', '分录编号', '冲销分录'];
      const local = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: timezone, dateStyle: 'short', timeStyle: 'short' }).format(d);
      return toCsv([
        head,
        ...rows.map((r) => [
          local(r.e.occurredAt),
          r.e.month,
          r.caseNumber,
          COST_KIND_LABELS[r.e.kind][lang],
          // A figure, not text: the spreadsheet sums it.
          { figure: fenToYuanText(r.e.amountFen) },
          COST_SOURCE_LABELS[r.e.source][lang],
          (lang === 'en' ? r.categoryEn : r.categoryZh) ?? r.e.category ?? '',
          r.departmentName ?? '',
          r.actorName ?? '',
          r.e.note ?? '',
          r.e.id,
          r.e.reversesId ?? '',
        ]),
      ]);
    },

    /** Budget against actual per month and group, and for the whole company; sums in SQL, variance in the pure rules. */
    async report(actor: Actor, q: ReportQueryInput): Promise<CostReportView> {
      if (!can(actor.role, 'costs.read')) throw new AppError('FORBIDDEN');
      const months = assertRange(q.from, q.to);
      const [actual, totals, budgets] = await Promise.all([
        costsRepository.report(db, q),
        costsRepository.monthTotals(db, q),
        costsRepository.budgets(db, { from: q.from, to: q.to }),
      ]);
      const budgetScope: BudgetScope | null = q.by === 'category' ? 'category' : q.by === 'department' ? 'department' : null;
      const budgetOf = (month: string, scope: BudgetScope, key: string) =>
        budgets.find((b) => b.month === month && b.scope === scope && b.scopeKey === key)?.amountFen ?? null;
      const lineOf = (r: Pick<ReportRow, 'grossFen' | 'recoveriesFen'>, budget: number | null) =>
        budgetLine({ grossFen: r.grossFen, recoveriesFen: r.recoveriesFen, netFen: r.grossFen - r.recoveriesFen }, budget);
      const rows: CostReportView['rows'] = actual.map((r) => ({
        month: r.month,
        group: r.key,
        ...lineOf(r, budgetScope && r.key !== null ? budgetOf(r.month, budgetScope, r.key) : null),
      }));
      // A group with a budget and no cost yet still shows: 0 spent of its budget.
      if (budgetScope) {
        for (const b of budgets) {
          if (b.scope !== budgetScope || actual.some((r) => r.month === b.month && r.key === b.scopeKey)) continue;
          rows.push({ month: b.month, group: b.scopeKey, ...lineOf({ grossFen: 0, recoveriesFen: 0 }, b.amountFen) });
        }
        rows.sort((a, b) => a.month.localeCompare(b.month) || (a.group ?? '\uffff').localeCompare(b.group ?? '\uffff'));
      }
      const company = months.map((month) => {
        const t = totals.find((r) => r.month === month) ?? { grossFen: 0, recoveriesFen: 0 };
        return { month, ...lineOf(t, budgetOf(month, 'company', '')) };
      });
      return { from: q.from, to: q.to, by: q.by, months, rows, company };
    },

    async budgets(actor: Actor, q: { from: string; to: string }): Promise<BudgetView[]> {
      if (!can(actor.role, 'costs.read')) throw new AppError('FORBIDDEN');
      assertRange(q.from, q.to);
      return (await costsRepository.budgets(db, q)).map(toBudgetView);
    },

    /** Sets (or, with null, removes) one month's budget for a scope; audited in the same transaction. */
    async saveBudget(actor: Actor, input: BudgetInput): Promise<{ budget: BudgetView | null }> {
      if (!can(actor.role, 'costs.budget')) throw new AppError('FORBIDDEN');
      if (input.scope === 'category') await assertCategory(db, input.scopeKey, 'scopeKey');
      if (input.scope === 'department') {
        const d = isUuid(input.scopeKey) ? await findDepartment(db, input.scopeKey) : undefined;
        if (!d) throw fieldError('scopeKey', FIELD_MESSAGES.department_unknown);
      }
      const now = clock();
      return db.transaction(async (tx) => {
        const before = await costsRepository.findBudget(tx, input.month, input.scope, input.scopeKey);
        const entityId = `${input.month}:${input.scope}:${input.scopeKey || 'company'}`;
        if (input.amountFen === null) {
          if (!before) return { budget: null };
          await costsRepository.deleteBudget(tx, before.id);
          await recordAdminChange(tx, { actorId: actor.id, entity: 'cost_budget', entityId, action: 'deleted', changes: { amountFen: { from: before.amountFen, to: null } } });
          return { budget: null };
        }
        if (before?.amountFen === input.amountFen) return { budget: toBudgetView(before) };
        const saved = await costsRepository.saveBudget(tx, {
          month: input.month,
          scope: input.scope,
          scopeKey: input.scopeKey,
          amountFen: input.amountFen,
          updatedById: actor.id,
          updatedAt: now,
        });
        await recordAdminChange(tx, {
          actorId: actor.id,
          entity: 'cost_budget',
          entityId,
          action: before ? 'updated' : 'created',
          changes: { amountFen: { from: before?.amountFen ?? null, to: input.amountFen } },
        });
        return { budget: toBudgetView(saved) };
      });
    },

    async settings(actor: Actor): Promise<CostSettingsView> {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      return costSettingsOf(db);
    },

    async saveSettings(actor: Actor, input: CostSettingsInput): Promise<CostSettingsView> {
      if (!can(actor.role, 'admin.config')) throw new AppError('FORBIDDEN');
      const now = clock();
      await db.transaction(async (tx) => {
        const before = await costSettingsOf(tx);
        if (!before.isDefault && before.labourRateFenPerHour === input.labourRateFenPerHour) return;
        await costsRepository.saveSettings(tx, { labourRateFenPerHour: input.labourRateFenPerHour, updatedById: actor.id, updatedAt: now });
        await recordAdminChange(tx, {
          actorId: actor.id,
          entity: 'cost_settings',
          entityId: 'company',
          action: 'updated',
          changes: { labourRateFenPerHour: { from: before.labourRateFenPerHour, to: input.labourRateFenPerHour } },
        });
      });
      return costSettingsOf(db);
    },
  };
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (cost ledger entries), for the privacy port. */
export const costPersonalText = { redactCase: costRedaction.redactCase, texts: costRedaction.texts };
