// Which cases an actor may see, as a query fragment: the cases module publishes it so that other modules'
// repositories (the escalation list, say) join cases under the same rule instead of restating it.
import { eq, or, sql, type SQL } from 'drizzle-orm';
import { caseCollaborators, cases } from './case.table.ts';

/** 'all' for roles that see every department; otherwise the actor's department (none sees nothing). */
export type CaseScope = { departmentId: string | null } | 'all';

export function scopeCondition(scope: CaseScope): SQL | undefined {
  if (scope === 'all') return undefined;
  // A user without a department sees nothing rather than everything.
  if (!scope.departmentId) return sql`false`;
  // The lead department, and the collaborating departments of a joint team.
  return or(
    eq(cases.departmentId, scope.departmentId),
    sql`exists (select 1 from ${caseCollaborators} cc where cc.case_id = ${cases.id} and cc.department_id = ${scope.departmentId})`,
  )!;
}
