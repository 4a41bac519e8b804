// Execution 执行 (issue 11 item 7): the actions that carry out an accepted remedy, as pure data and functions.
// Sources: seed 001 (财务部门及时赔付), seed 004 (补发 / 退款 / 优惠券, 错发货物保留或退回, 维修记录: 故障原因、维修方法、
// 更换的零部件), PROCESS.md step 10 (each action has an owner and a due date: finance pays, warehouse resends).
import { DEPARTMENT_CODES, type PresetCode } from '../presets/preset.schema.ts';
import type { RemedyItem, RemedyKind } from './resolution.types.ts';

export const ACTION_KINDS = [
  'refund', // 退款
  'compensation', // 赔付
  'resend', // 补发
  'replace', // 换货
  'repair', // 维修 (with the repair record)
  'voucher', // 优惠券 / 购物券
  'return_wrong_item', // 错发货物退回
  'keep_wrong_item', // 错发货物由客户保留
  'fee_waiver', // 运费减免
  'other',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** open → done / failed (a new action may retry it) / cancelled (with a reason). */
export const ACTION_STATUSES = ['open', 'done', 'failed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Kinds that are money paid out: they need an amount (fen) and post a cost when done. */
export const MONEY_ACTION_KINDS: readonly ActionKind[] = ['refund', 'compensation', 'fee_waiver', 'voucher'];
/** Kinds that may carry a cost (resend freight, repair cost …), posted when done with an amount above zero. */
export const COST_ACTION_KINDS: readonly ActionKind[] = [...MONEY_ACTION_KINDS, 'resend', 'replace', 'repair', 'return_wrong_item', 'other'];

export const needsAmount = (k: ActionKind): boolean => MONEY_ACTION_KINDS.includes(k);
export const mayCarryAmount = (k: ActionKind): boolean => COST_ACTION_KINDS.includes(k);

export { DEPARTMENT_CODES };
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];
/** Which department owns each kind of action by default (department codes; an administrator edits them). */
export type ActionDepartments = Record<ActionKind, DepartmentCode>;

// Seed 001: 财务部门及时赔付 (money → finance); seed 004: 倉庫部門協助換貨或退貨 (resend, replace, returns → warehouse),
// 售后維修部門 (repair; the demo has no repair shop, so quality control), 客服 hands out vouchers and tells the
// customer to keep a wrong item.
const CARRIER: ActionDepartments = {
  refund: 'finance',
  compensation: 'finance',
  fee_waiver: 'finance',
  voucher: 'service',
  resend: 'warehouse',
  replace: 'warehouse',
  repair: 'quality',
  return_wrong_item: 'warehouse',
  keep_wrong_item: 'service',
  other: 'service',
};
// Retail presets: the store hands over replacements and vouchers at the counter.
const RETAIL: ActionDepartments = { ...CARRIER, voucher: 'store', replace: 'store' };

export const DEFAULT_ACTION_DEPARTMENTS: Readonly<Record<PresetCode, ActionDepartments>> = {
  express: CARRIER,
  logistics: CARRIER,
  'fresh-food': { ...CARRIER },
  supermarket: RETAIL,
  'delivery-after-sales': { ...CARRIER },
};

export function defaultActionDepartments(preset: PresetCode): ActionDepartments {
  return { ...DEFAULT_ACTION_DEPARTMENTS[preset] };
}

/** The action a remedy item becomes; null for items carried out in the conversation or elsewhere (apology, discipline …). */
export const ACTION_OF_REMEDY: Readonly<Record<RemedyKind, ActionKind | null>> = {
  apology: null,
  search_recover: null,
  discipline: null, // accountability records (issue 11 item 11)
  process_fix: null, // improvement actions
  resend: 'resend',
  replace: 'replace',
  repair: 'repair',
  refund: 'refund',
  fee_waiver: 'fee_waiver',
  compensation: 'compensation',
  voucher: 'voucher',
};

export type PlannedAction = { kind: ActionKind; departmentCode: DepartmentCode; amountFen: number | null; dueAt: Date | null; note: string | null };

/** The default actions of an accepted remedy: one per item that needs doing, owned per the mapping, due by the 执行时限. */
export function actionsForRemedy(items: readonly RemedyItem[], departments: ActionDepartments, dueAt: Date | null): PlannedAction[] {
  const out: PlannedAction[] = [];
  for (const item of items) {
    const kind = ACTION_OF_REMEDY[item.kind];
    if (!kind) continue;
    const amountFen = mayCarryAmount(kind) ? (item.amountFen ?? (needsAmount(kind) ? 0 : null)) : null;
    out.push({ kind, departmentCode: departments[kind], amountFen, dueAt, note: item.note });
  }
  return out;
}

/** A handler acts only on their own department's actions; the other roles on any action of a case they see. */
export function mayActOn(actor: { role: string; departmentId: string | null }, action: { departmentId: string }): boolean {
  if (actor.role !== 'handler') return true;
  return !!actor.departmentId && actor.departmentId === action.departmentId;
}

export function isOverdue(a: { status: ActionStatus; dueAt: Date | null }, now: Date): boolean {
  return a.status === 'open' && a.dueAt !== null && a.dueAt.getTime() < now.getTime();
}

/** The 待执行 inbox's order: overdue first (oldest due first), then by due date (none last), then oldest. */
export function inboxOrder<T extends { status: ActionStatus; dueAt: Date | null; createdAt: Date }>(rows: readonly T[], now: Date): T[] {
  const key = (r: T) => [isOverdue(r, now) ? 0 : 1, r.dueAt ? r.dueAt.getTime() : Number.MAX_SAFE_INTEGER, r.createdAt.getTime()] as const;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

export type Refusal = 'not_open' | 'repair_record_required' | 'amount_required' | 'amount_not_allowed';

/** What completing an action needs: still open, the repair record for a repair, an amount for money. */
export function checkCompletion(
  action: { kind: ActionKind; status: ActionStatus; amountFen: number | null },
  input: { amountFen?: number | null | undefined; repair?: { fault: string; method: string } | null | undefined },
): { ok: true; amountFen: number | null } | { ok: false; reason: Refusal } {
  if (action.status !== 'open') return { ok: false, reason: 'not_open' };
  if (action.kind === 'repair' && !(input.repair?.fault.trim() && input.repair.method.trim())) return { ok: false, reason: 'repair_record_required' };
  const given = input.amountFen ?? null;
  if (given !== null && !mayCarryAmount(action.kind)) return { ok: false, reason: 'amount_not_allowed' };
  const amountFen = given ?? action.amountFen;
  if (needsAmount(action.kind) && amountFen === null) return { ok: false, reason: 'amount_required' };
  return { ok: true, amountFen };
}
