// Authority limits (审批权限, issue 11 item 5) as data an administrator edits; the admin API validates with this.
import { z } from 'zod';

const PositiveFen = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * The most each role may grant on its own, in fen; the administrator has no limit. A handler (部门处理人)
 * may be 0 — no authority of their own, so every money remedy they propose goes to the supervisor; the
 * other limits are positive. Ascending: agent < supervisor < manager, and handler < supervisor.
 */
export const AuthorityLimitsSchema = z
  .strictObject({ agent: PositiveFen, handler: Fen, supervisor: PositiveFen, manager: PositiveFen })
  .superRefine((l, ctx) => {
    if (!(l.agent < l.supervisor)) ctx.addIssue({ code: 'custom', path: ['supervisor'], message: 'limit_above_agent' });
    if (!(l.handler < l.supervisor)) ctx.addIssue({ code: 'custom', path: ['handler'], message: 'limit_below_supervisor' });
    if (!(l.supervisor < l.manager)) ctx.addIssue({ code: 'custom', path: ['manager'], message: 'limit_above_supervisor' });
  });

export type AuthorityLimits = z.infer<typeof AuthorityLimitsSchema>;
