// Accountability 考核: the summary, the records (one's own without accountability.read), recording and revoking.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Id, QueryOf, Schemas } from './model.ts';

export type AccountabilityRecord = Schemas['AccountabilityRecord'];
export type AccountabilitySummary = Schemas['AccountabilitySummary'];
export type NewAccountabilityRecord = Schemas['CreateAccountabilityRecord'];
export type RecordKind = AccountabilityRecord['kind'];
export type RecordsQuery = QueryOf<'/api/accountability/records', 'get'>;

export const REWARD_KINDS: readonly RecordKind[] = ['bonus', 'honour_certificate', 'commendation'];
export const PENALTY_KINDS: readonly RecordKind[] = ['criticism', 'warning', 'fine', 'demotion'];
export const MONEY_KINDS: readonly RecordKind[] = ['bonus', 'fine'];
/** What a supervisor may record (the server decides; the form only offers these). */
export const SUPERVISOR_KINDS: readonly RecordKind[] = ['commendation', 'criticism', 'warning'];

const acctKey = ['accountability'] as const;

export const useAccountabilitySummary = (from: string, to: string, enabled: boolean) =>
  useQuery({
    queryKey: [...acctKey, 'summary', from, to],
    queryFn: ({ signal }) => unwrap(api.GET('/api/accountability/summary', { signal, params: { query: { from, to } } })),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useAccountabilityRecords = (query: RecordsQuery) =>
  useQuery({
    queryKey: [...acctKey, 'records', query],
    queryFn: ({ signal }) => unwrap(api.GET('/api/accountability/records', { signal, params: { query } })),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });

export const useCaseAccountability = (caseId: Id) =>
  useQuery({
    queryKey: [...acctKey, 'case', caseId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/accountability', { signal, params: { path: { id: caseId } } })),
    select: (d) => d.items,
  });

// A write changes the summary, the lists and, on a case, its timeline.
const useRefresh = () => {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: acctKey }), qc.invalidateQueries({ queryKey: ['case'] })]);
};

export const useRecordAccountability = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewAccountabilityRecord; idempotencyKey: string }) =>
      unwrap(api.POST('/api/accountability/records', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: refresh,
  });
};

export const useRevokeAccountability = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, reason }: { id: Id; reason: string }) =>
      unwrap(api.POST('/api/accountability/records/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
};
