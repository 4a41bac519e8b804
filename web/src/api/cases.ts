import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postForm, unwrap } from './client.ts';
import type { Attachment, Case, CaseListParams, CasePatch, CommentBody, Id, MergeBody, NewCaseBody, TransitionBody } from './model.ts';

const PAGE_SIZE = 50;

export const caseKey = (idOrNumber: string) => ['case', idOrNumber] as const;
const byId = (id: Id) => ({ params: { path: { id } } });

// The list filters travel as comma lists (the server splits them).
const listQuery = ({ status, category, urgency, priority, channel, sla, ...rest }: CaseListParams) => ({
  ...rest,
  status: status?.join(','),
  category: category?.join(','),
  urgency: urgency?.join(','),
  priority: priority?.join(','),
  channel: channel?.join(','),
  sla: sla?.join(','),
});

export const useCaseList = (params: CaseListParams) =>
  useInfiniteQuery({
    queryKey: ['cases', params],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/cases', { signal, params: { query: { ...listQuery(params), limit: PAGE_SIZE, cursor: pageParam ?? undefined } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

export const useCaseCounts = () =>
  useQuery({
    queryKey: ['case-counts'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/counts', { signal })),
  });

export const useCase = (idOrNumber: string) =>
  useQuery({
    queryKey: caseKey(idOrNumber),
    queryFn: ({ signal }) => fetchCase(idOrNumber, signal),
  });

export const fetchCase = (idOrNumber: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cases/{idOrCaseNumber}', { signal, params: { path: { idOrCaseNumber: idOrNumber } } }));

// After any write the case's timeline, the queue and the counts may all have changed; so may its
// escalations (a case made critical or reopened goes up at once) and the bell of whoever it went to.
export const useRefreshCase = () => {
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
      unwrap(api.POST('/api/cases', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
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
    mutationFn: (patch: CasePatch) => unwrap(api.PATCH('/api/cases/{id}', { ...byId(c.id), body: patch })),
    onSuccess: () => refresh(c),
  });
};

export const useTransition = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: TransitionBody) => unwrap(api.POST('/api/cases/{id}/transitions', { ...byId(c.id), body })),
    onSuccess: () => refresh(c),
  });
};

export const useMergeCase = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: MergeBody) => unwrap(api.POST('/api/cases/{id}/merge', { ...byId(c.id), body })),
    onSuccess: () => refresh(c),
  });
};

export const useAddComment = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: CommentBody) => unwrap(api.POST('/api/cases/{id}/comments', { ...byId(c.id), body })),
    onSuccess: () => refresh(c),
  });
};

export const uploadAttachment = (caseId: Id, file: File | Blob, filename?: string) => {
  const form = new FormData();
  form.append('file', file, filename ?? (file instanceof File ? file.name : 'file'));
  // Multipart: by plain fetch, outside the typed JSON client.
  return postForm<Attachment>(`/api/cases/${encodeURIComponent(caseId)}/attachments`, form);
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
    mutationFn: (otherId: string) => unwrap(api.POST('/api/cases/{id}/links', { ...byId(c.id), body: { otherId } })),
    // The other case now lists this one too, and may be cached from an earlier visit.
    onSuccess: () => Promise.all([refresh(c), qc.invalidateQueries({ queryKey: ['case'] })]),
  });
};

export const useCollaborator = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: ({ departmentId, add }: { departmentId: Id; add: boolean }) =>
      add
        ? unwrap(api.POST('/api/cases/{id}/collaborators', { ...byId(c.id), body: { departmentId } }))
        : unwrap(api.DELETE('/api/cases/{id}/collaborators/{departmentId}', { params: { path: { id: c.id, departmentId } } })),
    onSuccess: () => refresh(c),
  });
};
