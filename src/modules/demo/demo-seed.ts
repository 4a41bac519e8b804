import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import type { CaseStatus } from '../cases/case.lifecycle.ts';
import { cases as casesTable } from '../cases/case.table.ts';
import { createDomainServices } from '../../services.ts';
import { departmentRepository, userRepository } from '../users/user.repository.ts';
import { toActor } from '../users/user.service.ts';
import { generateDemoComplaints, type DemoComplaint } from './demo-complaints.ts';

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

/** Seeds the synthetic demo complaints through the real service, so every case has a true timeline. */
export async function seedDemoCases(db: Db, opts: { timezone: string; count?: number; now?: Date }): Promise<number> {
  if ((await db.$count(casesTable)) > 0) return 0;

  const agentRow = await userRepository.findByUsername(db, 'agent');
  if (!agentRow) return 0;
  const agent: Actor = toActor(agentRow);
  const handlers = new Map<string, Actor>();
  for (const code of ['service', 'dispatch', 'quality', 'warehouse', 'logistics', 'finance', 'store']) {
    const u = await userRepository.findByUsername(db, code === 'service' ? 'agent' : code);
    if (u) handlers.set(code, toActor(u));
  }

  const now = opts.now ?? new Date();
  let clockAt = now;
  // The real services (triage, time limits) with routing off: the demo decides where each case went.
  const { cases, triage } = createDomainServices({ db, clock: () => clockAt, timezone: opts.timezone, autoRoute: false });
  const complaints = generateDemoComplaints(opts.count ?? 200);
  // Oldest first, so that case numbers rise with time.
  const ordered = complaints
    .map((c) => ({ c, receivedAt: now.getTime() - c.occurredDaysAgo * 24 * HOUR + c.receivedHoursAfterOccurred * HOUR }))
    .map((x) => ({ ...x, receivedAt: Math.min(x.receivedAt, now.getTime() - HOUR) }))
    .sort((a, b) => a.receivedAt - b.receivedAt);

  for (const { c, receivedAt } of ordered) {
    const occurredAt = new Date(now.getTime() - c.occurredDaysAgo * 24 * HOUR);
    clockAt = new Date(Math.max(receivedAt, occurredAt.getTime()));
    const { value } = await cases.create(agent, {
      channel: c.channel,
      customer: { name: c.customer.name, phone: c.customer.phone, isKey: c.customer.isKey },
      description: c.description,
      waybillNo: c.waybillNo ?? null,
      orderNo: c.orderNo ?? null,
      category: c.category,
      urgency: c.urgency,
      demand: c.demand,
      occurredAt: occurredAt.toISOString(),
      store: c.store ?? null,
      route: c.route ?? null,
    });
    const department = await departmentRepository.findByCode(db, c.departmentCode);
    const handler = handlers.get(c.departmentCode) ?? agent;
    const steps = PATHS[c.targetStatus];
    // Spread the steps between intake and now.
    const span = Math.max(now.getTime() - clockAt.getTime() - HOUR, HOUR);
    const stepMs = Math.min(span / (steps.length + 1), 30 * HOUR);
    for (const to of steps) {
      clockAt = new Date(clockAt.getTime() + stepMs);
      const byHandler = ['investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved'].includes(to);
      await cases.transition(byHandler ? handler : agent, value.id, {
        to,
        ...(REASONS[to] ? { reason: REASONS[to] } : {}),
        ...(to === 'assigned' && department ? { departmentId: department.id, assigneeId: handler.departmentId === department.id ? handler.id : null } : {}),
      });
      if (to === 'acknowledged') {
        await cases.comment(agent, value.id, {
          visibility: 'public',
          body: `您好，您的投诉已受理，工单号 ${value.caseNumber}，我们会在24小时内给您答复。`,
        });
      }
    }
  }
  // The company's own model: trained on the demo cases whose category the agents confirmed.
  await triage.retrain(now);
  return ordered.length;
}
