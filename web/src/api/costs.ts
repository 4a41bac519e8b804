// The cost ledger 成本台账: a case's costs, labour, manual and reversing entries; the ledger, budgets and the report.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { useRefreshCase } from './cases.ts';
import type { BodyOf, Case, Id, QueryOf } from './model.ts';

export type { BudgetStatus, CaseCosts, CostBudget, CostEntry, CostKind, CostReport, CostReportGrouping, CostSettings, ManualCostKind } from './model.ts';
export { COST_KINDS, COST_REPORT_GROUPINGS, MANUAL_COST_KINDS } from './model.ts';

export type LabourBody = BodyOf<'/api/cases/{id}/labour', 'post'>;
export type ManualCostBody = BodyOf<'/api/cases/{id}/cost-entries', 'post'>;
export type BudgetBody = BodyOf<'/api/cost-budgets', 'put'>;
export type LedgerFilter = Omit<QueryOf<'/api/cost-entries', 'get'>, 'cursor'>;

const caseCostsKey = (caseId: Id) => ['costs', 'case', caseId] as const;

export const useCaseCosts = (caseId: Id) =>
  useQuery({
    queryKey: caseCostsKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/costs', { signal, params: { path: { id: caseId } } })),
  });

/** After a cost write: the case (its timeline), its costs, and the ledger and report pages. */
const useRefreshCosts = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return async () => {
    await Promise.all([refreshCase(c), qc.invalidateQueries({ queryKey: ['costs'] })]);
  };
};

export const useLogLabour = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCosts(c);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: LabourBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/cases/{id}/labour', { params: { path: { id: c.id } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: refresh,
  });
};

export const usePostManualCost = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCosts(c);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ManualCostBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/cases/{id}/cost-entries', { params: { path: { id: c.id } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: refresh,
  });
};

/** Reverses an entry; the case is refreshed when it is known (the case page), else only the ledger. */
export const useReverseCost = (c?: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return useMutation({
    mutationFn: ({ id, reason }: { id: Id; reason: string }) => unwrap(api.POST('/api/cost-entries/{id}/reverse', { params: { path: { id } }, body: { reason } })),
    onSuccess: async () => {
      await Promise.all([c ? refreshCase(c) : Promise.resolve(), qc.invalidateQueries({ queryKey: ['costs'] })]);
    },
  });
};

export const useLedger = (filter: LedgerFilter) =>
  useInfiniteQuery({
    queryKey: ['costs', 'ledger', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ signal, pageParam }) => unwrap(api.GET('/api/cost-entries', { signal, params: { query: { ...filter, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useCostReport = (q: { from: string; to: string; by: CostReportGroupingParam }) =>
  useQuery({
    queryKey: ['costs', 'report', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/costs/report', { signal, params: { query: q } })),
  });
type CostReportGroupingParam = NonNullable<QueryOf<'/api/costs/report', 'get'>['by']>;

export const useSaveBudget = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetBody) => unwrap(api.PUT('/api/cost-budgets', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['costs'] }),
  });
};

/** Signed fen as yuan: −¥600.00 for money back. */
export const signedYuan = (fen: number): string => {
  const abs = Math.abs(fen) / 100;
  const text = `¥${abs.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return fen < 0 ? `−${text}` : text;
};

export const useCostSettings = (enabled: boolean) =>
  useQuery({
    queryKey: ['cost-settings'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/cost-settings', { signal })),
    enabled,
  });

export const useSaveCostSettings = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (labourRateFenPerHour: number) => unwrap(api.PUT('/api/admin/cost-settings', { body: { labourRateFenPerHour } })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['cost-settings'] }), qc.invalidateQueries({ queryKey: ['costs'] })]),
  });
};
