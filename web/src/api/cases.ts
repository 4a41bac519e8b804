import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import type {
  Attachment,
  Case,
  CaseCounts,
  CaseDetail,
  CaseEvent,
  CaseListParams,
  CaseListResponse,
  CasePatch,
  Id,
  NewCaseBody,
  TransitionBody,
} from './types.ts';

const PAGE_SIZE = 50;

export const caseKey = (idOrNumber: string) => ['case', idOrNumber] as const;
const casePath = (id: Id) => `/api/cases/${encodeURIComponent(id)}`;

export const useCaseList = (params: CaseListParams) =>
  useInfiniteQuery({
    queryKey: ['cases', params],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<CaseListResponse>('/api/cases', {
        signal,
        query: { ...params, limit: PAGE_SIZE, cursor: pageParam ?? undefined },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

export const useCaseCounts = () =>
  useQuery({
    queryKey: ['case-counts'],
    queryFn: ({ signal }) => apiRequest<CaseCounts>('/api/cases/counts', { signal }),
  });

export const useCase = (idOrNumber: string) =>
  useQuery({
    queryKey: caseKey(idOrNumber),
    queryFn: ({ signal }) => apiRequest<CaseDetail>(casePath(idOrNumber), { signal }),
  });

export const fetchCase = (idOrNumber: string) => apiRequest<CaseDetail>(casePath(idOrNumber));

// After any write the case's timeline, the queue and the counts may all have changed; so may its
// escalations (a case made critical or reopened goes up at once) and the bell of whoever it went to.
const useRefreshCase = () => {
  const qc = useQueryClient();
  return async (c: Pick<Case, 'caseNumber'>) => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: caseKey(c.caseNumber) }),
      qc.invalidateQueries({ queryKey: ['cases'] }),
      qc.invalidateQueries({ queryKey: ['case-counts'] }),
      qc.invalidateQueries({ queryKey: ['customer'] }),
      qc.invalidateQueries({ queryKey: ['escalations'] }),
      qc.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
  };
};

export const useCreateCase = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: NewCaseBody; idempotencyKey: string }) =>
      apiRequest<Case>('/api/cases', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['cases'] }),
        qc.invalidateQueries({ queryKey: ['case-counts'] }),
        qc.invalidateQueries({ queryKey: ['customer'] }),
      ]);
    },
  });
};

export const useUpdateCase = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (patch: CasePatch) => apiRequest<Case>(casePath(c.id), { method: 'PATCH', body: patch }),
    onSuccess: () => refresh(c),
  });
};

export const useTransition = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: TransitionBody) => apiRequest<Case>(`${casePath(c.id)}/transitions`, { method: 'POST', body }),
    onSuccess: () => refresh(c),
  });
};

export const useMergeCase = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: { intoId: Id; reason?: string }) =>
      apiRequest<Case>(`${casePath(c.id)}/merge`, { method: 'POST', body }),
    onSuccess: () => refresh(c),
  });
};

export const useAddComment = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: { body: string; visibility: 'internal' | 'public' }) =>
      apiRequest<CaseEvent>(`${casePath(c.id)}/comments`, { method: 'POST', body }),
    onSuccess: () => refresh(c),
  });
};

export const uploadAttachment = (caseId: Id, file: File | Blob, filename?: string) => {
  const form = new FormData();
  form.append('file', file, filename ?? (file instanceof File ? file.name : 'file'));
  return apiRequest<Attachment>(`${casePath(caseId)}/attachments`, { method: 'POST', body: form });
};

export const useUploadAttachment = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(c.id, file),
    onSuccess: () => refresh(c),
  });
};

export const useLinkCase = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  const refresh = useRefreshCase();
  return useMutation({
    // The server accepts a case number as otherId, so the agent types what the customer reads out.
    mutationFn: (otherId: string) => apiRequest<void>(`${casePath(c.id)}/links`, { method: 'POST', body: { otherId } }),
    // The other case now lists this one too, and may be cached from an earlier visit.
    onSuccess: () => Promise.all([refresh(c), qc.invalidateQueries({ queryKey: ['case'] })]),
  });
};

export const useCollaborator = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: ({ departmentId, add }: { departmentId: Id; add: boolean }) =>
      add
        ? apiRequest<Case>(`${casePath(c.id)}/collaborators`, { method: 'POST', body: { departmentId } })
        : apiRequest<Case>(`${casePath(c.id)}/collaborators/${encodeURIComponent(departmentId)}`, { method: 'DELETE' }),
    onSuccess: () => refresh(c),
  });
};
