// Accountability 考核 (issue 11 item 11), as pure data and functions: the kinds of reward and penalty, who
// may record which, who sees a record, and the per-department / per-person summary derived from the
// responsibility decisions (定责) and the records.
//
// Sources: seed 004 六.3–4 (奖励：奖金、荣誉证书、晋升机会; 惩罚：警告、罚款、降职、辭退, 视情节轻重), seed 002
// (解决方案: 对相关责任人进行批评教育或处罚), seed 004 六.2 (每月或每季度考核). Promotion and dismissal are HR
// decisions outside a complaint system and are not recorded here.
import type { Role } from '../../shared/permissions.ts';
import { ROOT_CAUSE_KINDS } from '../investigation/investigation.rules.ts';

export const REWARD_KINDS = ['bonus', 'honour_certificate', 'commendation'] as const;
export const PENALTY_KINDS = ['criticism', 'warning', 'fine', 'demotion'] as const;
export const RECORD_KINDS = [...REWARD_KINDS, ...PENALTY_KINDS] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const DIRECTIONS = ['reward', 'penalty'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** A record, or the revocation of a mistaken one (records are never edited or deleted). */
export const ENTRY_KINDS = ['record', 'revocation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export function directionOf(kind: RecordKind): Direction {
  return (REWARD_KINDS as readonly string[]).includes(kind) ? 'reward' : 'penalty';
}

/** The kinds that carry an amount of money (fen): 奖金 and 罚款. The others never do. */
export const MONEY_KINDS: readonly RecordKind[] = ['bonus', 'fine'];
export const carriesAmount = (kind: RecordKind): boolean => MONEY_KINDS.includes(kind);

const RANK: Record<Role, number> = { agent: 0, handler: 0, supervisor: 1, manager: 2, admin: 3 };

/**
 * The lowest role that may record each kind. 004 scales the measure to the case (视情节轻重): a supervisor,
 * who leads the team day to day, records the light ones — a commendation, 批评教育 and a warning; what
 * touches pay, position or the company's formal honours (奖金, 罚款, 降职, 荣誉证书) is a manager's decision
 * (or the administrator's). Agents and handlers record none: nobody assesses themselves or their peers.
 */
export const MINIMUM_ROLE: Readonly<Record<RecordKind, Role>> = {
  commendation: 'supervisor',
  criticism: 'supervisor',
  warning: 'supervisor',
  bonus: 'manager',
  honour_certificate: 'manager',
  fine: 'manager',
  demotion: 'manager',
};

export function mayRecord(role: Role, kind: RecordKind): boolean {
  return RANK[role] >= 1 && RANK[role] >= RANK[MINIMUM_ROLE[kind]];
}

/** Revoking needs the same standing as recording that kind; nobody revokes a measure about themselves. */
export function mayRevoke(actor: { id: string; role: Role }, record: { kind: RecordKind; userId: string | null }): boolean {
  return mayRecord(actor.role, record.kind) && record.userId !== actor.id;
}

/**
 * Who sees a record: those who assess (accountability.read) see all; everyone else sees only the records
 * about themselves — a handler never sees a colleague's, nor a record about a department only.
 */
export function mayView(viewer: { id: string; readsAll: boolean }, record: { userId: string | null }): boolean {
  return viewer.readsAll || record.userId === viewer.id;
}

// ---------------------------------------------------------------------------------------------
// The summary

const ROOT_CAUSES: readonly string[] = ROOT_CAUSE_KINDS;

/** One SQL group of decided cases: for a department or person, the cases of one root cause. */
export type DecisionGroup = { key: string; rootCause: string; cases: number; responsible: number };
/** One SQL group of (unrevoked) records: for a department or person, one direction. */
export type RecordGroup = { key: string; direction: Direction; count: number; amountFen: number };

export type SummaryRow = {
  key: string;
  /** Cases with responsibility decided in the period that this department or person handled or answered for. */
  decidedCases: number;
  /** Of them, those where this department or person was held responsible (定责: internal). */
  responsibleCases: number;
  /** responsibleCases / decidedCases in per cent, one decimal; null when nothing was decided. */
  responsibleSharePct: number | null;
  byRootCause: Array<{ rootCause: string; cases: number; responsible: number }>;
  rewards: number;
  rewardFen: number;
  penalties: number;
  penaltyFen: number;
};

/**
 * Folds the groups the repositories computed into one row per department or person: every key that has a
 * decision or a record, root causes in their fixed order, most responsible first, then most penalties.
 */
export function summarise(decisions: readonly DecisionGroup[], records: readonly RecordGroup[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  const row = (key: string): SummaryRow => {
    let r = rows.get(key);
    if (!r) {
      r = { key, decidedCases: 0, responsibleCases: 0, responsibleSharePct: null, byRootCause: [], rewards: 0, rewardFen: 0, penalties: 0, penaltyFen: 0 };
      rows.set(key, r);
    }
    return r;
  };
  for (const d of decisions) {
    const r = row(d.key);
    r.decidedCases += d.cases;
    r.responsibleCases += d.responsible;
    const cause = r.byRootCause.find((x) => x.rootCause === d.rootCause);
    if (cause) {
      cause.cases += d.cases;
      cause.responsible += d.responsible;
    } else r.byRootCause.push({ rootCause: d.rootCause, cases: d.cases, responsible: d.responsible });
  }
  for (const g of records) {
    const r = row(g.key);
    if (g.direction === 'reward') {
      r.rewards += g.count;
      r.rewardFen += g.amountFen;
    } else {
      r.penalties += g.count;
      r.penaltyFen += g.amountFen;
    }
  }
  const order = (c: string) => {
    const i = ROOT_CAUSES.indexOf(c);
    return i < 0 ? ROOT_CAUSES.length : i;
  };
  for (const r of rows.values()) {
    r.byRootCause.sort((a, b) => order(a.rootCause) - order(b.rootCause));
    r.responsibleSharePct = r.decidedCases > 0 ? Math.round((r.responsibleCases * 1000) / r.decidedCases) / 10 : null;
  }
  return [...rows.values()].sort(
    (a, b) => b.responsibleCases - a.responsibleCases || b.penalties - a.penalties || b.decidedCases - a.decidedCases || a.key.localeCompare(b.key),
  );
}
