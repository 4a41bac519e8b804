import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { caseKey } from './cases.ts';
import type { Case, Id, Schemas } from './model.ts';

export type Investigation = Schemas['Investigation'];
export type InvestigationTask = Schemas['InvestigationTask'];
export type ChecklistItem = Schemas['EvidenceChecklistItem'];
export type ResponsibilityBody = Schemas['ResponsibilityDecisionInput'];
export type TaskPatch = Schemas['UpdateInvestigationTaskInput'];
export type NewTask = Schemas['CreateInvestigationTaskInput'];
export type EvidenceMark = Schemas['EvidenceMarkInput'];

export const investigationKey = (caseId: Id) => ['investigation', caseId] as const;

export const useInvestigation = (caseId: Id) =>
  useQuery({
    queryKey: investigationKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/investigation', { signal, params: { path: { id: caseId } } })),
  });

// A write changes the panel, the case's timeline (its typed event) and, for a task, the joint team.
const useRefresh = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: investigationKey(c.id) }),
      qc.invalidateQueries({ queryKey: caseKey(c.caseNumber) }),
    ]);
};

export const useAddTask = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefresh(c);
  return useMutation({
    mutationFn: (body: NewTask) => unwrap(api.POST('/api/cases/{id}/investigation/tasks', { params: { path: { id: c.id } }, body })),
    onSuccess: refresh,
  });
};

export const useUpdateTask = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefresh(c);
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: TaskPatch }) => unwrap(api.PATCH('/api/investigation/tasks/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: refresh,
  });
};

export const useMarkEvidence = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefresh(c);
  return useMutation({
    mutationFn: (body: EvidenceMark) => unwrap(api.POST('/api/cases/{id}/investigation/evidence', { params: { path: { id: c.id } }, body })),
    onSuccess: refresh,
  });
};

export const useDecideResponsibility = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefresh(c);
  return useMutation({
    mutationFn: (body: ResponsibilityBody) => unwrap(api.PUT('/api/cases/{id}/responsibility', { params: { path: { id: c.id } }, body })),
    onSuccess: refresh,
  });
};

export const useHideAttachment = (c: Pick<Case, 'id' | 'caseNumber'>) => {
  const refresh = useRefresh(c);
  return useMutation({
    mutationFn: ({ id, reason }: { id: Id; reason: string }) => unwrap(api.POST('/api/attachments/{id}/hide', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
};

// the evidence checklists per category, edited by an administrator.
export type CategoryChecklist = Schemas['CategoryEvidenceChecklist'];
export type ChecklistEditItem = CategoryChecklist['items'][number];

export const useEvidenceChecklists = () =>
  useQuery({
    queryKey: ['evidence-checklists'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/evidence-checklists', { signal })),
    select: (d) => d.items,
  });

export const useSaveEvidenceChecklist = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ category, items }: { category: string; items: ChecklistEditItem[] }) =>
      unwrap(api.PUT('/api/admin/evidence-checklists/{category}', { params: { path: { category } }, body: { items } })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['evidence-checklists'] }), qc.invalidateQueries({ queryKey: ['investigation'] })]),
  });
};

export const useRestoreEvidenceChecklist = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (category: string) => unwrap(api.DELETE('/api/admin/evidence-checklists/{category}', { params: { path: { category } } })),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: ['evidence-checklists'] }), qc.invalidateQueries({ queryKey: ['investigation'] })]),
  });
};
