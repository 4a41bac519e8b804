// Recovery claims 追偿: the calculator, filing, the partner's answer and payment, the claims list; and the
// replies to the regulator 答复监管 (they meet the appeal-reply time limit).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { useRefreshCase } from './cases.ts';
import type { BodyOf, Case, Id, QueryOf } from './model.ts';

export type { CaseClaims, Claim, ClaimBasis, ClaimList, ClaimStatus, Regulator, RegulatorReply } from './model.ts';
export { CLAIM_STATUSES, REGULATORS } from './model.ts';

export type CalculateClaimBody = BodyOf<'/api/cases/{id}/claims/calculate', 'post'>;
export type FileClaimBody = BodyOf<'/api/cases/{id}/claims', 'post'>;
export type ClaimStatusBody = BodyOf<'/api/claims/{id}/status', 'post'>;
export type ClaimsQuery = QueryOf<'/api/claims', 'get'>;
export type RegulatorReplyBody = BodyOf<'/api/cases/{id}/regulator-replies', 'post'>;

const caseClaimsKey = (caseId: Id) => ['claims', 'case', caseId] as const;

export const useCaseClaims = (caseId: Id) =>
  useQuery({
    queryKey: caseClaimsKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/claims', { signal, params: { path: { id: caseId } } })),
  });

/** After a claim write: the case (its timeline), its claims and the claims list. */
const useRefreshClaims = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return async () => {
    await Promise.all([refreshCase(c), qc.invalidateQueries({ queryKey: ['claims'] })]);
  };
};

export const useCalculateClaim = (caseId: Id) =>
  useMutation({
    mutationFn: (body: CalculateClaimBody) => unwrap(api.POST('/api/cases/{id}/claims/calculate', { params: { path: { id: caseId } }, body })),
  });

export const useFileClaim = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshClaims(c);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: FileClaimBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/cases/{id}/claims', { params: { path: { id: c.id } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: refresh,
  });
};

export const useMoveClaim = (c?: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return useMutation({
    mutationFn: ({ id, body }: { id: Id; body: ClaimStatusBody }) => unwrap(api.POST('/api/claims/{id}/status', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await Promise.all([qc.invalidateQueries({ queryKey: ['claims'] }), c ? refreshCase(c) : qc.invalidateQueries({ queryKey: ['case'] })]);
    },
  });
};

export const useClaimList = (query: ClaimsQuery) =>
  useQuery({
    queryKey: ['claims', 'list', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/claims', { signal, params: { query } })),
  });

const repliesKey = (caseId: Id) => ['regulator-replies', caseId] as const;

export const useRegulatorReplies = (caseId: Id, enabled = true) =>
  useQuery({
    queryKey: repliesKey(caseId),
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/regulator-replies', { signal, params: { path: { id: caseId } } })),
  });

export const useRecordRegulatorReply = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return useMutation({
    mutationFn: (body: RegulatorReplyBody) => unwrap(api.POST('/api/cases/{id}/regulator-replies', { params: { path: { id: c.id } }, body })),
    onSuccess: async () => {
      await Promise.all([refreshCase(c), qc.invalidateQueries({ queryKey: repliesKey(c.id) })]);
    },
  });
};
