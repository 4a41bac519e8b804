// Execution 执行: the actions of an accepted remedy on a case, the 待执行 inbox and its menu count.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { useRefreshCase } from './cases.ts';
import type { BodyOf, Id } from './model.ts';

export type { ActionKind, ExecutionAction } from './model.ts';
export { ACTION_KINDS } from './model.ts';

export type CreateActionBody = BodyOf<'/api/cases/{id}/actions', 'post'>;
export type CompleteActionBody = BodyOf<'/api/actions/{id}/complete', 'post'>;

/** Kinds that pay money out: they need an amount. */
export const MONEY_ACTION_KINDS: readonly string[] = ['refund', 'compensation', 'fee_waiver', 'voucher'];
/** Kinds that may carry a cost (freight, repair); the others carry none. */
export const COST_ACTION_KINDS: readonly string[] = [...MONEY_ACTION_KINDS, 'resend', 'replace', 'repair', 'return_wrong_item', 'other'];

const actionsKey = (caseId: Id) => ['actions', 'case', caseId] as const;

export const useCaseActions = (caseId: Id) =>
  useQuery({
    queryKey: actionsKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/actions', { signal, params: { path: { id: caseId } } })),
  });

export const useActionInbox = (q: { kind?: string | undefined; overdue?: 'true' | 'false' | undefined }) =>
  useQuery({
    queryKey: ['actions', 'inbox', q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/actions', { signal, params: { query: q } })),
  });

/** The menu badge: polled like the approvals count. */
export const useActionCount = (enabled: boolean) =>
  useQuery({
    queryKey: ['actions', 'count'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/actions/count', { signal })),
    enabled,
    refetchInterval: 60_000,
  });

/** After an action write: the case (status, timeline), its actions, the inbox and its count. */
const useRefreshActions = () => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return async (c: { caseNumber: string }) => {
    await Promise.all([refreshCase(c), qc.invalidateQueries({ queryKey: ['actions'] })]);
  };
};

export const useActionWrites = () => {
  const refresh = useRefreshActions();
  return {
    create: useMutation({
      mutationFn: ({ caseId, body, idempotencyKey }: { caseId: Id; caseNumber: string; body: CreateActionBody; idempotencyKey: string }) =>
        unwrap(api.POST('/api/cases/{id}/actions', { params: { path: { id: caseId } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
      onSuccess: (_d, v) => refresh(v),
    }),
    complete: useMutation({
      mutationFn: ({ id, body }: { id: Id; caseNumber: string; body: CompleteActionBody }) =>
        unwrap(api.POST('/api/actions/{id}/complete', { params: { path: { id } }, body })),
      onSuccess: (_d, v) => refresh(v),
    }),
    fail: useMutation({
      mutationFn: ({ id, note }: { id: Id; caseNumber: string; note: string }) => unwrap(api.POST('/api/actions/{id}/fail', { params: { path: { id } }, body: { note } })),
      onSuccess: (_d, v) => refresh(v),
    }),
    cancel: useMutation({
      mutationFn: ({ id, reason }: { id: Id; caseNumber: string; reason: string }) =>
        unwrap(api.POST('/api/actions/{id}/cancel', { params: { path: { id } }, body: { reason } })),
      onSuccess: (_d, v) => refresh(v),
    }),
  };
};

export type ExecutionSettingsBody = BodyOf<'/api/admin/execution-settings', 'put'>;

export const useExecutionSettings = () =>
  useQuery({
    queryKey: ['execution-settings'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/execution-settings', { signal })),
  });

export const useSaveExecutionSettings = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExecutionSettingsBody) => unwrap(api.PUT('/api/admin/execution-settings', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['execution-settings'] }),
  });
};
