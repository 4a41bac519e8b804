// Remedies 处理方案: the calculator, proposals, approvals and the customer's answer; the approvals inbox.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { useRefreshCase } from './cases.ts';
import type { BodyOf, Case, Id, Schemas } from './model.ts';

export type { Remedy, RemedyCalculation, RemedyKind, ResolutionSettings } from './model.ts';
export { REMEDY_KINDS } from './model.ts';

export type CalculateBody = BodyOf<'/api/cases/{id}/remedies/calculate', 'post'>;
export type ProposeBody = BodyOf<'/api/cases/{id}/remedies', 'post'>;
export type DecisionBody = BodyOf<'/api/remedies/{id}/decisions', 'post'>;
export type AnswerBody = BodyOf<'/api/remedies/{id}/answer', 'post'>;
export type ResolutionSettingsBody = BodyOf<'/api/admin/resolution-settings', 'put'>;

export const INCIDENT_KINDS = ['delay', 'loss', 'damage', 'no_reason_return', 'quality_defect', 'performance_fault', 'other'] as const satisfies ReadonlyArray<CalculateBody['kind']>;

const remediesKey = (caseId: Id) => ['remedies', caseId] as const;

export const useRemedies = (caseId: Id) =>
  useQuery({
    queryKey: remediesKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/remedies', { signal, params: { path: { id: caseId } } })),
    select: (d) => d.items,
  });

/** After a remedy write: the case (status, timeline), its remedies and the approvals inbox. */
const useRefreshRemedies = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return async () => {
    await Promise.all([refreshCase(c), qc.invalidateQueries({ queryKey: remediesKey(c.id) }), qc.invalidateQueries({ queryKey: ['approvals'] })]);
  };
};

export const useCalculate = (caseId: Id) =>
  useMutation({
    mutationFn: (body: CalculateBody) => unwrap(api.POST('/api/cases/{id}/remedies/calculate', { params: { path: { id: caseId } }, body })),
  });

export const useProposeRemedy = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshRemedies(c);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ProposeBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/cases/{id}/remedies', { params: { path: { id: c.id } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: refresh,
  });
};

export const useRemedyActions = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshRemedies(c);
  return {
    decide: useMutation({
      mutationFn: ({ id, body }: { id: Id; body: DecisionBody }) => unwrap(api.POST('/api/remedies/{id}/decisions', { params: { path: { id } }, body })),
      onSuccess: refresh,
    }),
    offer: useMutation({
      mutationFn: (id: Id) => unwrap(api.POST('/api/remedies/{id}/offer', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
    answer: useMutation({
      mutationFn: ({ id, body }: { id: Id; body: AnswerBody }) => unwrap(api.POST('/api/remedies/{id}/answer', { params: { path: { id } }, body })),
      onSuccess: refresh,
    }),
  };
};

export const useApprovals = () =>
  useQuery({
    queryKey: ['approvals', 'list'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/approvals', { signal })),
  });

/** The menu badge: polled like the notification bell. */
export const useApprovalCount = (enabled: boolean) =>
  useQuery({
    queryKey: ['approvals', 'count'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/approvals/count', { signal })),
    select: (d) => d.count,
    enabled,
    refetchInterval: 60_000,
  });

export const useApprovalDecision = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: Id; body: DecisionBody }) => unwrap(api.POST('/api/remedies/{id}/decisions', { params: { path: { id } }, body })),
    onSuccess: async () => {
      await Promise.all([qc.invalidateQueries({ queryKey: ['approvals'] }), qc.invalidateQueries({ queryKey: ['remedies'] }), qc.invalidateQueries({ queryKey: ['case'] })]);
    },
  });
};

export const useResolutionSettings = () =>
  useQuery({
    queryKey: ['resolution-settings'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/resolution-settings', { signal })),
  });

export const useSaveResolutionSettings = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolutionSettingsBody) => unwrap(api.PUT('/api/admin/resolution-settings', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['resolution-settings'] }),
  });
};

// the remedy catalogue 方案目录, the preset's defaults with the rules' sources, the rules' preview.
export type RemedyCatalogue = Schemas['RemedyCatalogue'];
export type RemedyCatalogueEntry = RemedyCatalogue['items'][number];
export type ResolutionDefaults = Schemas['ResolutionDefaults'];
export type PreviewBody = BodyOf<'/api/admin/resolution-settings/preview', 'post'>;

export const useRemedyCatalogue = () =>
  useQuery({
    queryKey: ['remedy-catalogue'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/remedy-catalogue', { signal })),
  });

export const useSaveRemedyCatalogue = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: RemedyCatalogueEntry[]) => unwrap(api.PUT('/api/admin/remedy-catalogue', { body: { items } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['remedy-catalogue'] }),
  });
};

export const useResolutionDefaults = () =>
  useQuery({
    queryKey: ['resolution-settings', 'defaults'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/resolution-settings/defaults', { signal })),
    staleTime: Infinity,
  });

export const usePreviewCompensation = () =>
  useMutation({
    mutationFn: (body: PreviewBody) => unwrap(api.POST('/api/admin/resolution-settings/preview', { body })),
  });
