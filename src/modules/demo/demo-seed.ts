import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { CaseStatus } from '../cases/case.lifecycle.ts';
import { cases as casesTable } from '../cases/case.table.ts';
import { createDomainServices } from '../../services.ts';
import { applyDemoContact, demoContact, seedDemoMessages } from './demo-outbox.ts';
import { findDepartmentByCode, findUserByUsername, toActor } from '../users/user.service.ts';
import { generateDemoComplaints, mulberry32, type DemoComplaint } from './demo-complaints.ts';
import { lateness, planCaseTiming } from './demo-timing.ts';
import { defaultWorkingCalendar } from '../sla/sla-policy-presets.ts';
import { demoFacts } from './demo-facts.ts';
import { seedDemoPortal } from './demo-portal.ts';
import { demoResponsibility } from './demo-responsibility.ts';
import { seedDemoPartners } from './seed.ts';
import { demoIncident, demoRemedyItems, demoStory, lowered, moneyOf, offeredOnly } from './demo-remedies.ts';
import { remedyCatalogueOf } from '../resolution/remedy-catalogue.service.ts';
import { factsFor, resolutionSettingsOf } from '../resolution/resolution.service.ts';
import { calculateCompensation } from '../resolution/compensation.rules.ts';
import type { CalculationView, ProposeInput } from '../resolution/resolution.schemas.ts';
import type { RemedyView } from '../resolution/resolution.schemas.ts';
import type { ClaimStatusInput } from '../claims/claim.schemas.ts';
import type { CostService } from '../costs/costs.service.ts';
import { demoCallbackCloser, seedDemoCallbackAttempts } from './demo-callbacks.ts';

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
  | { at: number; seq: number; kind: 'move'; complaint: DemoComplaint; to: CaseStatus }
  | { at: number; seq: number; kind: 'do'; complaint: DemoComplaint; run: () => Promise<void> };

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
  let claimsFiled = 0;

  const partners = await seedDemoPartners(db);
  const partnerId = (name: string) => partners.get(name)?.id;
  const now = opts.now ?? new Date();
  let clockAt = now;
  // The real services (triage, time limits) with routing off: the demo decides where each case went.
  const { cases, triage, sla, notifications, investigation, accountability, resolution, execution, costs, claims, callbacks } = createDomainServices({ db, clock: () => clockAt, timezone: opts.timezone, autoRoute: false });
  const closeByCallback = demoCallbackCloser({ cases, callbacks });
  const complaints = generateDemoComplaints(opts.count ?? 200);
  opts.onStart?.(complaints.length);

  // Intakes are known up front; each case's moves are planned at its intake from its own time limits
  // (demo-timing.ts), so the replay is an event queue in time order.
  let seq = 0;
  // A customer of the demo, for the SMS code waiting in the outbox viewer.
  let lastCustomerId: string | null = null;
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
  const factsOf = new Map<DemoComplaint, ReturnType<typeof demoFacts>>();
  const timesOf = new Map<DemoComplaint, Map<CaseStatus, number>>();
  // The latest remedy of each case as the services last returned it (no re-reads in the replay).
  const remedyOf = new Map<DemoComplaint, { id: string; proposer: Actor; view: RemedyView }>();
  const views = new Map<string, RemedyView>();
  const openActions = new Set<DemoComplaint>();
  const { compensationPolicy: policy } = await resolutionSettingsOf(db);
  const offered = new Set((await remedyCatalogueOf(db)).items.filter((e) => e.enabled).map((e) => e.kind));
  const adminRow = await findUserByUsername(db, 'admin');
  const admin = adminRow ? toActor(adminRow) : null;
  const byDepartment = new Map<string, Actor>();
  for (const h of handlers.values()) if (h.role === 'handler' && h.departmentId) byDepartment.set(h.departmentId, h);
  const boss = supervisor ?? manager ?? agent;
  const later = (c: DemoComplaint, from: CaseStatus, to: CaseStatus, share: number, fallbackMs: number): number | null => {
    const a = timesOf.get(c)?.get(from) ?? clockAt.getTime();
    const b = timesOf.get(c)?.get(to) ?? Math.min(a + fallbackMs, now.getTime() - 10 * 60_000);
    return b > a ? Math.round(a + (b - a) * share) : null;
  };
  const at = (c: DemoComplaint, when: number | null, run: () => Promise<void>) => {
    if (when !== null && when <= now.getTime()) push({ at: when, kind: 'do', complaint: c, run });
  };

  // 审批: the pending step decided by its role (supervisor, then manager), each step a while after the last.
  const approveNext = async (remedyId: string): Promise<RemedyView> => {
    const view = views.get(remedyId)!;
    const step = view.pendingStep;
    if (view.status !== 'pending_approval' || !step) return view;
    const who = step.role === 'supervisor' ? (supervisor ?? manager) : step.role === 'manager' ? manager : admin;
    if (!who) return view;
    const next = await resolution.decide(who, remedyId, { decision: 'approve', step: step.index, comment: step.final ? '金额核实无误，同意' : '情况属实，转呈上级审批' });
    views.set(remedyId, next);
    return next;
  };
  const approveAll = async (remedyId: string) => {
    for (let i = 0; i < 4; i++) if ((await approveNext(remedyId)).status !== 'pending_approval') return;
  };
  const scheduleApprovals = (c: DemoComplaint, remedyId: string, from: number, to: number) => {
    // Each level decides a while after the one below.
    at(c, Math.round(from + (to - from) * 0.4), async () => {
      const v = await approveNext(remedyId);
      if (v.status === 'pending_approval') at(c, Math.round(from + (to - from) * 0.7), async () => approveAll(remedyId));
    });
  };
  const propose = async (c: DemoComplaint, caseId: string, who: Actor, input: ProposeInput): Promise<RemedyView> => {
    const { value } = await resolution.propose(who, caseId, { ...input, items: offeredOnly(input.items, offered) });
    views.set(value.id, value);
    remedyOf.set(c, { id: value.id, proposer: who, view: value });
    return value;
  };
  const completeOpen = async (caseId: string, note: string) => {
    for (const a of (await execution.listForCase(boss, caseId)).items.filter((x) => x.status === 'open')) {
      const who = byDepartment.get(a.departmentId) ?? boss;
      await execution.complete(who, a.id, { note, ...(a.kind === 'repair' ? { repair: { fault: '运输震动导致部件松脱', method: '上门紧固并更换减震垫' } } : {}) });
    }
  };
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
    if (step.kind === 'do') {
      await step.run();
      continue;
    }
    if (step.kind === 'create') {
      const facts = demoFacts(c, index, step.occurredAt, partnerId);
      factsOf.set(c, facts);
      const contact = demoContact(c);
      const { value } = await cases.create(agent, {
        channel: c.channel,
        customer: { name: c.customer.name, phone: c.customer.phone, isKey: c.customer.isKey, ...(contact.email ? { email: contact.email } : {}) },
        description: c.description,
        waybillNo: c.waybillNo ?? null,
        orderNo: c.orderNo ?? null,
        category: c.category,
        urgency: c.urgency,
        demand: c.demand,
        occurredAt: step.occurredAt.toISOString(),
        store: c.store ?? null,
        route: c.route ?? null,
        ...facts,
      });
      created.set(c, { id: value.id, caseNumber: value.caseNumber, partnerId: value.partnerId, partnerKind: value.partnerKind });
      lastCustomerId = value.customer.id;
      // The customer's message settings, as they chose them when filing (the receipt went out by the default).
      await applyDemoContact(db, value.customer.id, contact.messaging, clockAt);
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
      timesOf.set(c, new Map(plan.moves.map((m) => [m.to, m.at])));
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
    let recoverable = false;
    if (to === 'resolved') {
      // 定责 before resolving, as the presets that require it (responsibilityDecided) insist.
      const decision = demoResponsibility(c, index, {
        ...own,
        departmentId: department?.id ?? null,
        personId: department && handler.departmentId === department.id ? handler.id : null,
      });
      await investigation.decideResponsibility(byHandler ? handler : agent, own.id, decision);
      internalFault = decision.party === 'internal' && handler.departmentId === decision.departmentId;
      recoverable = decision.party === 'carrier' || decision.party === 'supplier';
    }
    const story = demoStory(index);
    if (to === 'remedy_proposed') {
      // 方案: the calculator asked about the case's own facts; money is proposed by 客服 (the agent's ¥200 limit), a fix by the handler.
      const incident = demoIncident(c, index, factsOf.get(c) ?? null);
      let calc: CalculationView | null = null;
      const f = factsOf.get(c);
      if (incident && f) {
        // The calculator the remedy panel uses, on the facts the case was filed with (no declared value in the demo).
        const view = { serviceType: f.serviceType ?? null, freightFen: f.freightFen ?? null, insured: f.insured ?? null, declaredValueYuan: null, itemPriceFen: f.itemPriceFen ?? null, quantity: f.quantity ?? null, promisedDeliveryAt: f.promisedDeliveryAt ?? null };
        try {
          calc = JSON.parse(JSON.stringify(calculateCompensation(factsFor(view, incident, clockAt, opts.timezone), policy))) as CalculationView;
        } catch {
          calc = null; // a fact missing on the case: the customer's receipt decides (demoRemedyItems)
        }
      }
      const items = demoRemedyItems(c, index, calc, factsOf.get(c) ?? null);
      const who = moneyOf(items) > 0 ? agent : byHandler ? handler : agent;
      const first = await propose(c, own.id, who, { items, basedOn: calc ? incident : null, note: moneyOf(items) > 20_000 ? '客户证明的实际损失超出客服权限，报请审批' : calc ? '按赔付标准计算' : null });
      const from = step.at;
      const until = later(c, 'remedy_proposed', 'awaiting_customer', 1, 8 * HOUR) ?? from + HOUR;
      // The supervisor sends back a proposal only they decide (a manager's case is argued up the chain instead).
      if (first.status === 'pending_approval' && story.rejectFirst && first.pendingStep && first.chain.length === 1) {
        const stepIndex = first.pendingStep.index;
        at(c, Math.round(from + (until - from) * 0.2), async () => {
          await resolution.decide(supervisor ?? boss, first.id, { decision: 'reject', step: stepIndex, comment: '金额偏高，请按保价及实际损失重新核算' });
          const again = await propose(c, own.id, who, { items: lowered(items, 0.6), note: '主管驳回后按实际损失重新核算' });
          if (again.status === 'pending_approval') scheduleApprovals(c, again.id, clockAt.getTime(), until);
        });
      } else if (first.status === 'pending_approval') {
        scheduleApprovals(c, first.id, from, until);
      }
      continue;
    }
    if (to === 'awaiting_customer' || to === 'executing') {
      const r = remedyOf.get(c);
      if (r && to === 'awaiting_customer') {
        await approveAll(r.id);
        await resolution.offer(r.proposer, r.id);
        if (story.counter) {
          // 还价: the customer asks for more; a new proposal, approved if need be, offered again before the agreed answer.
          at(c, later(c, 'awaiting_customer', 'executing', 0.3, 6 * HOUR), async () => {
            const latest = remedyOf.get(c)!;
            const money = moneyOf(latest.view.items);
            await resolution.answer(agent, latest.id, { answer: 'countered', counterOffer: '希望再补偿一些，耽误了使用', ...(money > 0 ? { counterOfferFen: money + 2_000 } : {}) });
            const items = [...latest.view.items.map((i) => ({ kind: i.kind, amountFen: i.amountFen, note: i.note })), { kind: 'voucher' as const, amountFen: 1_000, note: '客户还价后追加10元券' }];
            const again = await propose(c, own.id, latest.proposer, { items, note: '客户还价，追加优惠券' });
            const offerAt = later(c, 'awaiting_customer', 'executing', 0.7, 6 * HOUR);
            if (again.status === 'pending_approval') scheduleApprovals(c, again.id, clockAt.getTime(), offerAt ?? clockAt.getTime() + HOUR);
            at(c, offerAt, async () => {
              await approveAll(again.id);
              await resolution.offer(latest.proposer, again.id);
            });
          });
        }
        continue;
      }
      if (r && to === 'executing') {
        const current = remedyOf.get(c)!;
        const resolvedAt = timesOf.get(c)?.get('resolved') ?? null;
        const e = step.at;
        // 执行时限: a day or two, past the planned resolution; a few run late (the limit before the work is done).
        const dueAt = story.lateExecution && resolvedAt ? e + (resolvedAt - e) * 0.4 : Math.max(e + ((index % 2) + 1) * 24 * HOUR, (resolvedAt ?? 0) + 4 * HOUR);
        current.view = await resolution.answer(agent, current.id, { answer: 'accepted', note: '客户同意方案', executionDueAt: new Date(dueAt).toISOString() });
        openActions.add(c);
        if (resolvedAt) {
          if (story.actionFailsOnce) {
            at(c, Math.round(e + (resolvedAt - e) * 0.35), async () => {
              const a = (await execution.listForCase(boss, own.id)).items.find((x) => x.status === 'open');
              if (!a) return;
              await execution.fail(byDepartment.get(a.departmentId) ?? boss, a.id, { note: '客户银行卡信息有误，打款被退回' });
              await execution.create(supervisor ?? agent, own.id, { kind: a.kind, ...(a.amountFen !== null ? { amountFen: a.amountFen } : {}), retryOfId: a.id, note: '核对收款信息后重新执行' });
            });
          }
          at(c, Math.round(e + (resolvedAt - e) * (story.lateExecution ? 0.8 : 0.6)), async () => {
            await completeOpen(own.id, story.lateExecution ? '延迟完成，已向客户说明' : '已完成');
            openActions.delete(c);
          });
        }
        continue;
      }
    }
    if (to === 'resolved') {
      // Whatever is still open is done now; the handler logs the time spent on the case.
      if (openActions.delete(c)) await completeOpen(own.id, '已完成');
      if (story.labour) await costs.logLabour(byHandler ? handler : agent, own.id, { minutes: 10 + ((index * 37) % 81), note: '电话沟通、核实与处理' });
    }
    // 回访: a case closes by its satisfaction callback (answered, or the customer unreachable).
    const closedByCallback = to === 'closed' && (await closeByCallback(agent, byHandler ? handler : agent, own.id));
    if (!closedByCallback) await cases.transition(byHandler ? handler : agent, own.id, {
      to,
      ...(REASONS[to] ? { reason: REASONS[to] } : {}),
      ...(to === 'assigned' && department ? { departmentId: department.id, assigneeId: handler.departmentId === department.id ? handler.id : null } : {}),
    });
    // 追偿: the carrier or supplier at fault pays back what the remedy cost, weeks later for the older cases.
    const accepted = remedyOf.get(c)?.view;
    if (to === 'resolved' && recoverable && accepted?.status === 'accepted' && accepted.totalFen > 0) {
      {
        const n = claimsFiled++;
        at(c, step.at + 3 * HOUR, async () => {
          const { value } = await claims.file(supervisor ?? agent, own.id, { note: '按定责结论向责任方追偿' });
          let version = value.version;
          const move = (when: number, input: Omit<ClaimStatusInput, 'version'>) =>
            at(c, when, async () => {
              version = (await claims.move(boss, value.id, { ...input, version })).version;
            });
          const filed = clockAt.getTime();
          if (n % 6 === 4) {
            move(filed + 4 * 24 * HOUR, { status: 'rejected', reason: '责任方称已按合同免责条款处理，不予赔付' });
            return;
          }
          if (n % 6 === 5) return; // still with the partner
          move(filed + 3 * 24 * HOUR, { status: 'accepted', note: '责任方确认赔付' });
          if (n % 6 === 3) {
            move(filed + 12 * 24 * HOUR, { status: 'written_off', reason: '责任方已停止合作，余款无法追回，核销' });
            return;
          }
          move(filed + 8 * 24 * HOUR, { status: 'paid', recoveredFen: n % 4 === 1 ? Math.max(1, Math.round(value.claimedFen * 0.8)) : value.claimedFen, note: '对方已打款' });
        });
      }
    }
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
  // 回访: this morning's first calls on some overdue callbacks.
  clockAt = new Date(now.getTime() - 2 * HOUR);
  await seedDemoCallbackAttempts(callbacks, agent);
  clockAt = now;
  if (manager) await seedDemoBudgets(costs, manager, now, opts.timezone);
  await notifications.markReadBefore(new Date(now.getTime() - UNREAD_WINDOW_MS), now);
  // Customer messages: delivered, a few failed with their error, one SMS code to read in the viewer.
  await seedDemoMessages(db, now, lastCustomerId);
  // The company's own model: trained on the demo cases whose category the agents confirmed.
  await triage.retrain(now);
  // The customer portal: stores with their QR codes.
  await seedDemoPortal(db, now);
  return complaints.length;
}

/**
 * 预算 (seed 004 七、成本控制): the manager's monthly budgets for the company and its three costliest categories, the
 * last three months and this one, set a little above what was spent, so 预算与实际 compares them; a couple ran over.
 */
async function seedDemoBudgets(costs: CostService, manager: Actor, now: Date, timeZone: string): Promise<void> {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  const months = [3, 2, 1, 0].map((back) => {
    const m = (year * 12 + (month - 1) - back);
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  const report = await costs.report(manager, { from: months[0]!, to: months[3]!, by: 'category' });
  // Budgets in whole hundreds of yuan, set a little above what was spent; none for a month before the demo began.
  const round = (fen: number, down = false) => Math.max(10_000, (down ? Math.floor : Math.ceil)(fen / 10_000) * 10_000);
  const spent = (m: string) => report.company.find((r) => r.month === m)?.netFen ?? 0;
  const past = months.slice(0, 3).filter((m) => spent(m) > 0);
  const average = past.length ? past.reduce((s, m) => s + spent(m), 0) / past.length : 0;
  for (const [i, m] of months.entries()) {
    const current = i === 3;
    if (!current && spent(m) <= 0) continue;
    const overCompany = m === past[0];
    // This month's budget is the usual month's, not a multiple of the few days spent so far.
    const company = current ? round(Math.max(average, spent(m)) * 1.1) : round(spent(m) * (overCompany ? 0.85 : 1.2), overCompany);
    await costs.saveBudget(manager, { month: m, scope: 'company', scopeKey: '', amountFen: company });
    const top = report.rows
      .filter((r) => r.month === m && r.group !== null && r.netFen > 0)
      .sort((a, b) => b.netFen - a.netFen)
      .slice(0, 3);
    for (const [j, r] of top.entries()) {
      const over = m === past[1] && j === 0;
      await costs.saveBudget(manager, { month: m, scope: 'category', scopeKey: r.group!, amountFen: round(r.netFen * (over ? 0.8 : current ? 1.8 : 1.25), over) });
    }
  }
}
