import type { SatisfactionLevel } from '../api/callbacks.ts';
// The portal's calls: the customer's own session cookie (set by the server), never the staff one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postForm, unwrap } from '../api/client.ts';
import type { BodyOf } from '../api/model.ts';
import type { components } from '../api/schema.gen.ts';

export type PortalCase = components['schemas']['PortalCase'];
export type PortalFiled = components['schemas']['PortalFiled'];
export type PortalComplaint = BodyOf<'/api/portal/complaints', 'post'>;
export type PortalRemedyAnswer = BodyOf<'/api/portal/cases/{caseNumber}/remedy-answer', 'post'>;

export const usePortalOptions = (store: string | null) =>
  useQuery({
    queryKey: ['portal', 'options', store ?? ''],
    queryFn: ({ signal }) => unwrap(api.GET('/api/portal/options', { signal, params: { query: { store: store ?? undefined } } })),
    staleTime: 60_000,
  });

export const fileComplaint = (body: PortalComplaint, idempotencyKey: string) =>
  unwrap(api.POST('/api/portal/complaints', { body, headers: { 'Idempotency-Key': idempotencyKey } }));

export const uploadPhoto = (caseNumber: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return postForm<{ filename: string; at: string }>(`/api/portal/cases/${encodeURIComponent(caseNumber)}/photos`, form);
};

export const sendCode = (body: { caseNumber: string; phone: string }) => unwrap(api.POST('/api/portal/follow/code', { body }));
export const verifyCode = (body: { caseNumber: string; phone: string; code: string }) => unwrap(api.POST('/api/portal/follow/verify', { body }));
export const portalLogout = () => api.POST('/api/portal/logout');

const caseKey = (caseNumber: string) => ['portal', 'case', caseNumber] as const;

export const usePortalCase = (caseNumber: string) =>
  useQuery({
    queryKey: caseKey(caseNumber),
    queryFn: ({ signal }) => unwrap(api.GET('/api/portal/cases/{caseNumber}', { signal, params: { path: { caseNumber } } })),
    retry: false,
  });

export const usePortalCases = () =>
  useQuery({ queryKey: ['portal', 'cases'], queryFn: ({ signal }) => unwrap(api.GET('/api/portal/cases', { signal })), retry: false });

export const useAnswerRemedy = (caseNumber: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PortalRemedyAnswer) => unwrap(api.POST('/api/portal/cases/{caseNumber}/remedy-answer', { params: { path: { caseNumber } }, body })),
    onSuccess: (data) => qc.setQueryData(caseKey(caseNumber), data),
  });
};

export type PortalNotificationSettings = components['schemas']['PortalNotificationSettings'];
const settingsKey = ['portal', 'me', 'notifications'] as const;
export const useNotificationSettings = () =>
  useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => unwrap(api.GET('/api/portal/me/notifications', { signal })) });
export const useSaveNotificationSettings = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/portal/me/notifications', 'put'>) => unwrap(api.PUT('/api/portal/me/notifications', { body })),
    onSuccess: (data) => qc.setQueryData(settingsKey, data),
  });
};

/** Starts linking WeChat (网页授权): the URL the browser opens; WeChat sends it back to the case page. */
export const startWechatBind = (caseNumber: string) => unwrap(api.POST('/api/portal/me/wechat/bind', { body: { caseNumber } }));
export const useUnbindWechat = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/portal/me/wechat')),
    onSuccess: (data) => qc.setQueryData(settingsKey, data),
  });
};

/** The satisfaction survey of a resolved case, answered on its page (the same answer as through the link). */
export const useAnswerCaseSurvey = (caseNumber: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { overall: SatisfactionLevel; comment?: string }) =>
      unwrap(api.POST('/api/portal/cases/{caseNumber}/survey', { params: { path: { caseNumber } }, body })),
    onSuccess: (data) => qc.setQueryData(caseKey(caseNumber), data),
  });
};

export const useSendMessage = (caseNumber: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => unwrap(api.POST('/api/portal/cases/{caseNumber}/messages', { params: { path: { caseNumber } }, body: { body } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: caseKey(caseNumber) }),
  });
};

export const useUploadPhoto = (caseNumber: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadPhoto(caseNumber, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: caseKey(caseNumber) }),
  });
};
