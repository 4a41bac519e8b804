// Replies to the regulator on a transferred appeal (issue 11 item 8; rules 2, 5, 21): recorded with their
// content and the time they were sent, on the case's timeline, and meeting the appeal-reply clock at that time
// (until now only resolving the case stopped it). The reply runs as a change of the locked case.
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError, fieldError } from '../../shared/errors.ts';
import { can } from '../../shared/permissions.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import { caseEvent } from '../cases/case.events.ts';
import { assertLeadsCase, leadsCase, type CaseService } from '../cases/case.service.ts';
import { regulatorReplyRepository, type RegulatorReplyNamedRow, regulatorReplyRedaction } from './regulator-reply.repository.ts';
import type { RecordRegulatorReplyInput, RegulatorReplyView } from './regulator-reply.schemas.ts';
import type { SlaService } from './sla.service.ts';
import { REGULATORS } from './regulator-reply.rules.ts';

export const REGULATOR_REPLY_MESSAGES = {
  no_referral: { zh: '该工单没有监管转办，无需答复监管', en: 'This case has no regulator referral to reply to' },
  merged: { zh: '已合并的工单不能答复监管，请在合并后的工单上操作', en: 'A merged case cannot record a reply; use the case it was merged into' },
} as const;

const toView = (x: RegulatorReplyNamedRow): RegulatorReplyView => ({
  id: x.r.id,
  caseId: x.r.caseId,
  regulator: x.r.regulator,
  content: x.r.content,
  repliedAt: x.r.repliedAt.toISOString(),
  recordedByName: x.recordedByName,
  recordedAt: x.r.recordedAt.toISOString(),
});

export type RegulatorReplyService = ReturnType<typeof createRegulatorReplyService>;

export function createRegulatorReplyService(deps: { db: Db; cases: CaseService; sla: SlaService }) {
  const { db, cases, sla } = deps;

  async function viewOf(caseId: string, id: string): Promise<RegulatorReplyView> {
    const row = (await regulatorReplyRepository.listOfCase(db, caseId)).find((x) => x.r.id === id)!;
    return toView(row);
  }

  return {
    async list(actor: Actor, caseId: string) {
      const c = await cases.loadView({ id: caseId }, actor);
      const referral = REGULATORS.find((r) => r === c.regulatorReferral) ?? null;
      return {
        items: (await regulatorReplyRepository.listOfCase(db, caseId)).map(toView),
        referral,
        // A collaborating department reads the replies; the lead department sends them (issue 12).
        canReply: can(actor.role, 'regulator.reply') && leadsCase(actor, { departmentId: c.departmentId ?? null }) && referral !== null && c.status !== 'merged',
      };
    },

    /** Records a reply; the same reply sent again (a retry) answers the one recorded, with `duplicate`. */
    async record(actor: Actor, caseId: string, input: RecordRegulatorReplyInput): Promise<{ duplicate: boolean; value: RegulatorReplyView }> {
      if (!can(actor.role, 'regulator.reply')) throw new AppError('FORBIDDEN');
      const repliedAt = new Date(input.repliedAt);
      const result = await cases.change(actor, caseId, async (ops) => {
        assertLeadsCase(actor, ops.case);
        if (!ops.case.regulatorReferral) throw new AppError('ILLEGAL_TRANSITION', { message: REGULATOR_REPLY_MESSAGES.no_referral });
        if (ops.case.status === 'merged') throw new AppError('ILLEGAL_TRANSITION', { message: REGULATOR_REPLY_MESSAGES.merged });
        const same = await regulatorReplyRepository.findSame(ops.tx, { caseId, regulator: input.regulator, repliedAt, content: input.content });
        if (same) return { duplicate: true, id: same.id };
        const check = await sla.onRegulatorReply(ops.tx, ops.case, repliedAt, ops.now);
        if (!check.ok) {
          throw fieldError('repliedAt', check.problem === 'in_future' ? FIELD_MESSAGES.regulator_reply_in_future : FIELD_MESSAGES.regulator_reply_before_referral);
        }
        const row = await regulatorReplyRepository.insert(ops.tx, {
          caseId,
          regulator: input.regulator,
          content: input.content,
          repliedAt,
          recordedById: actor.id,
          recordedAt: ops.now,
        });
        await ops.appendEvent(
          caseEvent.regulatorReplied({
            replyId: row.id,
            regulator: input.regulator,
            content: input.content,
            repliedAt: repliedAt.toISOString(),
            appealClock: check.clock,
            onTime: check.onTime,
          }),
        );
        return { duplicate: false, id: row.id };
      });
      return { duplicate: result.duplicate, value: await viewOf(caseId, result.id) };
    },
  };
}

/** Personal-data erasure (rule 28): the free text this module keeps about a case (replies to the regulator), for the privacy port. */
export const regulatorReplyPersonalText = { redactCase: regulatorReplyRedaction.redactCase, texts: regulatorReplyRedaction.texts };
