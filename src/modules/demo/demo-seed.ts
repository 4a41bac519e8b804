import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { CaseStatus } from '../cases/case.lifecycle.ts';
import { cases as casesTable } from '../cases/case.table.ts';
import { createDomainServices } from '../../services.ts';
import { findDepartmentByCode, findUserByUsername, toActor } from '../users/user.service.ts';
import { generateDemoComplaints, mulberry32, type DemoComplaint } from './demo-complaints.ts';
import { lateness, planCaseTiming } from './demo-timing.ts';
import { defaultWorkingCalendar } from '../sla/sla-policy-presets.ts';
import { demoFacts } from './demo-facts.ts';
import { demoResponsibility } from './demo-responsibility.ts';
import { seedDemoPartners } from './seed.ts';

const HOUR = 3600_000;

// The moves that bring a new case to each demo status, in order.
const PATHS: Record<DemoComplaint['targetStatus'], CaseStatus[]> = {
  registered: [],
  acknowledged: ['acknowledged'],
  assigned: ['acknowledged', 'assigned'],
  investigating: ['acknowledged', 'assigned', 'investigating'],
  remedy_proposed: ['acknowledged', 'assigned', 'investigating', 'remedy_proposed'],
  awaiting_customer: ['acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer'],
  executing: ['acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer', 'executing'],
  resolved: ['acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved'],
  follow_up: ['acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved', 'follow_up'],
  closed: ['acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved', 'follow_up', 'closed'],
  rejected: ['rejected'],
};

const REASONS: Partial<Record<CaseStatus, string>> = {
  rejected: '经核实为重复来电，且不属于本公司承运范围，已向客户解释',
};

type Step =
  | { at: number; seq: number; kind: 'create'; complaint: DemoComplaint; occurredAt: Date }
  | { at: number; seq: number; kind: 'reply'; complaint: DemoComplaint }
  | { at: number; seq: number; kind: 'move'; complaint: DemoComplaint; to: CaseStatus };

type StepInput = Step extends infer S ? (S extends Step ? Omit<S, 'seq'> : never) : never;

// The in-server sweeper runs every 30 s; in the replay a coarser tick keeps the first start quick.
const SWEEP_TICK_MS = 5 * 60_000;
// Demo users have read what is older than this; the bell shows only the recent past as unread.
const UNREAD_WINDOW_MS = 24 * HOUR;

/**
 * Seeds the synthetic demo complaints through the real services, replaying the weeks before `now` in
 * time order: every case has a true timeline, and the time-limit sweeper runs as the days pass, so
 * warnings and escalations fall when they were due, not all at the first start.
 */
export async function seedDemoCases(
  db: Db,
  opts: { timezone: string; count?: number; now?: Date; onStart?: (count: number) => void },
): Promise<number> {
  if ((await db.$count(casesTable)) > 0) return 0;

  const agentRow = await findUserByUsername(db, 'agent');
  if (!agentRow) return 0;
  const agent: Actor = toActor(agentRow);
  const handlers = new Map<string, Actor>();
  for (const code of ['service', 'dispatch', 'quality', 'warehouse', 'logistics', 'finance', 'store']) {
    const u = await findUserByUsername(db, code === 'service' ? 'agent' : code);
    if (u) handlers.set(code, toActor(u));
  }

  const managerRow = await findUserByUsername(db, 'manager');
  const supervisorRow = await findUserByUsername(db, 'supervisor');
  const manager = managerRow ? toActor(managerRow) : null;
  const supervisor = supervisorRow ? toActor(supervisorRow) : null;
  let faults = 0;

  const partners = await seedDemoPartners(db);
  const partnerId = (name: string) => partners.get(name)?.id;
  const now = opts.now ?? new Date();
  let clockAt = now;
  // The real services (triage, time limits) with routing off: the demo decides where each case went.
  const { cases, triage, sla, notifications, investigation, accountability } = createDomainServices({ db, clock: () => clockAt, timezone: opts.timezone, autoRoute: false });
  const complaints = generateDemoComplaints(opts.count ?? 200);
  opts.onStart?.(complaints.length);

  // Intakes are known up front; each case's moves are planned at its intake from its own time limits
  // (demo-timing.ts), so the replay is an event queue in time order.
  let seq = 0;
  const queue: Step[] = [];
  const push = (step: StepInput) => queue.push({ ...step, seq: seq++ } as Step);
  for (const c of complaints) {
    const occurredAt = new Date(now.getTime() - c.occurredDaysAgo * 24 * HOUR);
    const receivedAt = Math.min(occurredAt.getTime() + c.receivedHoursAfterOccurred * HOUR, now.getTime() - HOUR);
    push({ at: Math.max(receivedAt, occurredAt.getTime()), kind: 'create', complaint: c, occurredAt });
  }
  // Oldest first (ties in the order planned), so that case numbers rise with time and a case's moves keep their order.
  const next = (): Step | undefined => {
    let best = -1;
    for (let i = 0; i < queue.length; i++) {
      const q = queue[i]!;
      const b = best >= 0 ? queue[best]! : undefined;
      if (!b || q.at < b.at || (q.at === b.at && q.seq < b.seq)) best = i;
    }
    return best >= 0 ? queue.splice(best, 1)[0] : undefined;
  };
  const calendar = defaultWorkingCalendar(opts.timezone);

  const created = new Map<DemoComplaint, { id: string; caseNumber: string; partnerId: string | null; partnerKind: 'carrier' | 'supplier' | 'outlet' | null }>();
  const indexOf = new Map(complaints.map((c, i) => [c, i]));
  // What the in-server sweeper would have done meanwhile: every action at the first tick after it fell due.
  const sweepUntil = async (until: number) => {
    for (let round = 0; round < 100_000; round++) {
      const due = await sla.nextDueAt();
      if (!due || due.getTime() > until) return;
      await sla.sweep(new Date(Math.min(Math.ceil(due.getTime() / SWEEP_TICK_MS) * SWEEP_TICK_MS, until)));
    }
  };

  for (let step = next(); step; step = next()) {
    await sweepUntil(step.at);
    clockAt = new Date(step.at);
    const c = step.complaint;
    const index = indexOf.get(c) ?? 0;
    if (step.kind === 'create') {
      const { value } = await cases.create(agent, {
        channel: c.channel,
        customer: { name: c.customer.name, phone: c.customer.phone, isKey: c.customer.isKey },
        description: c.description,
        waybillNo: c.waybillNo ?? null,
        orderNo: c.orderNo ?? null,
        category: c.category,
        urgency: c.urgency,
        demand: c.demand,
        occurredAt: step.occurredAt.toISOString(),
        store: c.store ?? null,
        route: c.route ?? null,
        ...demoFacts(c, index, step.occurredAt, partnerId),
      });
      created.set(c, { id: value.id, caseNumber: value.caseNumber, partnerId: value.partnerId, partnerKind: value.partnerKind });
      const dueOf = (target: string): number | null => {
        const t = value.sla?.targets.find((x) => x.target === target);
        return t && t.status !== 'met' && t.dueAt ? new Date(t.dueAt).getTime() : null;
      };
      const plan = planCaseTiming({
        receivedAt: step.at,
        now: now.getTime(),
        path: PATHS[c.targetStatus],
        due: { acknowledge: dueOf('acknowledge'), firstReply: dueOf('first_reply'), resolution: dueOf('resolution') },
        late: lateness(index),
        calendar,
        random: mulberry32(index * 7919 + 17),
      });
      if (plan.replyAt !== null) push({ at: plan.replyAt, kind: 'reply', complaint: c });
      for (const m of plan.moves) push({ at: m.at, kind: 'move', complaint: c, to: m.to });
      continue;
    }
    const own = created.get(c)!;
    if (step.kind === 'reply') {
      await cases.comment(agent, own.id, {
        visibility: 'public',
        body: `您好，您的投诉已受理，工单号 ${own.caseNumber}，我们会在24小时内给您答复。`,
      });
      continue;
    }
    const department = await findDepartmentByCode(db, c.departmentCode);
    const handler = handlers.get(c.departmentCode) ?? agent;
    const to = step.to;
    const byHandler = ['investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved'].includes(to);
    let internalFault = false;
    if (to === 'resolved') {
      // 定责 before resolving, as the presets that require it (responsibilityDecided) insist.
      const decision = demoResponsibility(c, index, {
        ...own,
        departmentId: department?.id ?? null,
        personId: department && handler.departmentId === department.id ? handler.id : null,
      });
      await investigation.decideResponsibility(byHandler ? handler : agent, own.id, decision);
      internalFault = decision.party === 'internal' && handler.departmentId === decision.departmentId;
    }
    await cases.transition(byHandler ? handler : agent, own.id, {
      to,
      ...(REASONS[to] ? { reason: REASONS[to] } : {}),
      ...(to === 'assigned' && department ? { departmentId: department.id, assigneeId: handler.departmentId === department.id ? handler.id : null } : {}),
    });
    // 奖惩 (seed 004 六.4, seed 002 批评教育或处罚): now and then the one at fault on a resolved case is held to account.
    if (internalFault && faults++ % 3 === 0) {
      const fine = faults % 2 === 0;
      await accountability.record(fine && manager ? manager : (supervisor ?? agent), {
        kind: fine && manager ? 'fine' : 'criticism',
        ...(fine && manager ? { amountFen: 10_000 } : {}),
        userId: handler.id,
        caseId: own.id,
        reason: fine ? '同类问题一个月内再次发生，按制度处以罚款' : '处理不到位导致客户投诉，已进行批评教育',
      });
    }
  }
  // The month's 奖励 (seed 004 六.3): decided yesterday by the manager.
  const star = handlers.get('quality');
  const team = await findDepartmentByCode(db, 'warehouse');
  if (manager && star && team) {
    clockAt = new Date(now.getTime() - 26 * HOUR);
    await accountability.record(manager, { kind: 'bonus', amountFen: 50_000, userId: star.id, reason: '本月回访满意度最高，按时处理率100%，评为月度服务之星' });
    await accountability.record(manager, { kind: 'commendation', departmentId: team.id, reason: '错发整改后本月零错发，通报表扬' });
    clockAt = now;
  }
  await sweepUntil(now.getTime());
  await notifications.markReadBefore(new Date(now.getTime() - UNREAD_WINDOW_MS), now);
  // The company's own model: trained on the demo cases whose category the agents confirmed.
  await triage.retrain(now);
  return complaints.length;
}
