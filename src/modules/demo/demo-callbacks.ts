// Demo satisfaction callbacks 回访: the demo team closes its cases the way the process says, by the callback —
// most customers answered by phone with a realistic spread (seed 004's five levels), a few through the survey
// link, now and then one unreachable after three calls, and rarely a dissatisfied one whose case was reopened,
// handled again and then closed by a second callback. Resolved and 回访中 demo cases keep their pending
// callbacks, so the queue shows due, overdue and upcoming work on first start.
import type { Actor } from '../../shared/actor.ts';
import type { CallbackService } from '../callbacks/callback.service.ts';
import type { SatisfactionLevel } from '../callbacks/callback.rules.ts';
import type { CaseService } from '../cases/case.service.ts';

// Of every twenty closed cases: the phone answer, or unreachable, answered online ('survey'), or dissatisfied and reopened.
const SPREAD: ReadonlyArray<SatisfactionLevel | 'unreachable' | 'reopened' | 'survey'> = [
  'very_satisfied', 'satisfied', 'very_satisfied', 'satisfied', 'neutral', 'very_satisfied', 'satisfied', 'survey', 'very_satisfied', 'unreachable',
  'satisfied', 'very_satisfied', 'neutral', 'satisfied', 'very_satisfied', 'reopened', 'satisfied', 'very_satisfied', 'survey', 'neutral',
];
const COMMENTS = ['处理很及时，谢谢', '客服态度很好', '希望以后少出这种问题', '赔偿到位了', '', '速度还可以再快一点', ''];
const LEVELS: readonly SatisfactionLevel[] = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'];
const shift = (l: SatisfactionLevel, by: number): SatisfactionLevel => LEVELS[Math.min(4, Math.max(0, LEVELS.indexOf(l) + by))]!;

/**
 * Closes a demo case in 回访中 by its callback. Returns false when the case has no pending callback (the caller
 * then closes it by a plain move, as before). A dissatisfied customer reopens the case: it is handled again and
 * a second callback closes it.
 */
export function demoCallbackCloser(deps: { cases: CaseService; callbacks: CallbackService }) {
  // The n-th case closed in the replay takes the n-th answer of the spread.
  let closed = 0;
  return (agent: Actor, resolver: Actor, caseId: string) => closeByDemoCallback(deps, agent, resolver, caseId, closed++);
}

async function closeByDemoCallback(
  deps: { cases: CaseService; callbacks: CallbackService },
  agent: Actor,
  resolver: Actor,
  caseId: string,
  index: number,
): Promise<boolean> {
  const pending = () => deps.callbacks.pendingOf(caseId);
  const cb = await pending();
  if (!cb) return false;
  const kind = SPREAD[index % SPREAD.length]!;
  const comment = COMMENTS[index % COMMENTS.length] || undefined;
  if (kind === 'unreachable') {
    for (let attempt = 1; ; attempt++) {
      const { value } = await deps.callbacks.recordOutcome(agent, cb.id, { reached: false, note: attempt === 1 ? '无人接听' : '关机', attempt });
      if (value.status !== 'pending' || attempt >= 10) return true;
    }
  }
  if (kind === 'survey') {
    const customerId = (await deps.cases.loadView({ id: caseId }, agent)).customer.id;
    await deps.callbacks.answerSurveyAsCustomer(customerId, caseId, { overall: index % 2 ? 'satisfied' : 'very_satisfied', attitude: 'very_satisfied', ...(comment ? { comment } : {}) });
    return true;
  }
  if (kind === 'reopened') {
    await deps.callbacks.recordOutcome(agent, cb.id, { reached: true, overall: 'dissatisfied', result: 'dissatisfied', attitude: 'satisfied', efficiency: 'very_dissatisfied', comment: '补偿没到账，处理太慢' });
    await deps.cases.transition(resolver, caseId, { to: 'resolved', reason: '补偿已重新打款并向客户致歉' });
    const again = await pending();
    if (!again) return true;
    await deps.callbacks.recordOutcome(agent, again.id, { reached: true, overall: 'satisfied', result: 'satisfied', attitude: 'very_satisfied', efficiency: 'neutral', comment: '第二次处理得不错' });
    return true;
  }
  const overall: SatisfactionLevel = kind;
  await deps.callbacks.recordOutcome(agent, cb.id, {
    reached: true,
    overall,
    result: overall,
    attitude: shift(overall, index % 3 === 0 ? -1 : 0),
    efficiency: shift(overall, index % 4 === 0 ? 1 : 0),
    ...(comment ? { comment } : {}),
  });
  return true;
}

/** At the end of the replay: the agents already tried some overdue callbacks once today, nobody answered. */
export async function seedDemoCallbackAttempts(callbacks: CallbackService, agent: Actor): Promise<void> {
  const overdue = (await callbacks.queue(agent, { bucket: 'overdue', limit: 200 })).items;
  for (const cb of overdue.filter((_x, i) => i % 2 === 0)) {
    await callbacks.recordOutcome(agent, cb.id, { reached: false, note: '无人接听，稍后再打', attempt: cb.attempts + 1 });
  }
}
