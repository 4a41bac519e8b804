// Satisfaction callbacks 回访: the agents' queue, a case's callbacks, a call's outcome, the figures, the
// attempts setting; and the customer's survey by its link (no sign-in).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { useRefreshCase } from './cases.ts';
import type { BodyOf, Id, QueryOf, Schemas } from './model.ts';

export type Callback = Schemas['Callback'];
export type CallbackQueue = Schemas['CallbackQueue'];
export type CallbackStats = Schemas['CallbackStats'];
export type CallbackBucket = NonNullable<QueryOf<'/api/callbacks', 'get'>['bucket']>;
export type CallbackOutcomeBody = BodyOf<'/api/callbacks/{id}/outcome', 'post'>;
export type SurveyAnswerBody = BodyOf<'/api/portal/survey/{token}', 'post'>;
export type SatisfactionLevel = Callback['overall'] & string;

export const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const satisfies readonly SatisfactionLevel[];
export const CALLBACK_BUCKETS = ['due_today', 'overdue', 'upcoming', 'done'] as const satisfies readonly CallbackBucket[];

export const useCallbackQueue = (bucket: CallbackBucket) =>
  useQuery({
    queryKey: ['callbacks', 'queue', bucket],
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => unwrap(api.GET('/api/callbacks', { signal, params: { query: { bucket } } })),
  });

export const useCaseCallbacks = (caseId: Id) =>
  useQuery({
    queryKey: ['callbacks', 'case', caseId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/cases/{id}/callbacks', { signal, params: { path: { id: caseId } } })),
  });

export const useCallbackStats = (from: string, to: string, enabled: boolean) =>
  useQuery({
    queryKey: ['callbacks', 'stats', from, to],
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/callbacks/stats', { signal, params: { query: { from, to } } })),
  });

/** Records a call; the attempt number makes a retried "no answer" harmless. Refreshes the queue and the case. */
export const useRecordCallback = () => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return useMutation({
    mutationFn: ({ cb, body }: { cb: Callback; body: CallbackOutcomeBody }) =>
      unwrap(
        api.POST('/api/callbacks/{id}/outcome', {
          params: { path: { id: cb.id }, query: body.reached ? {} : { attempt: cb.attempts + 1 } },
          body,
        }),
      ),
    onSuccess: async (_v, { cb }) => {
      await Promise.all([qc.invalidateQueries({ queryKey: ['callbacks'] }), refreshCase({ caseNumber: cb.caseNumber })]);
    },
  });
};

/** A fresh survey link, sent to the customer and shown once to the agent (to paste into a chat). */
export const useSendSurveyLink = () => {
  const qc = useQueryClient();
  const refreshCase = useRefreshCase();
  return useMutation({
    mutationFn: (cb: Callback) => unwrap(api.POST('/api/callbacks/{id}/survey-link', { params: { path: { id: cb.id } } })),
    onSuccess: async (_v, cb) => {
      await Promise.all([qc.invalidateQueries({ queryKey: ['callbacks'] }), refreshCase({ caseNumber: cb.caseNumber })]);
    },
  });
};

// The survey page keeps its own language (its small dictionary); the server's messages come back in it.
export const useSurvey = (token: string, lang: 'zh' | 'en') =>
  useQuery({
    queryKey: ['survey', token, lang],
    retry: false,
    queryFn: ({ signal }) => unwrap(api.GET('/api/portal/survey/{token}', { signal, params: { path: { token } }, headers: { 'Accept-Language': lang } })),
  });

export const useAnswerSurvey = (token: string, lang: 'zh' | 'en') =>
  useMutation({
    mutationFn: (body: SurveyAnswerBody) => unwrap(api.POST('/api/portal/survey/{token}', { params: { path: { token } }, body, headers: { 'Accept-Language': lang } })),
  });
