import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import { categoriesKey, causesKey, stagesKey } from './reference.ts';
import type { BodyOf, CalendarDefinition, CallbackWindow, Id, RoutingRuleBody, SlaPolicyInput } from './model.ts';

export type {
  AdminCategory,
  AdminCause,
  AdminStage,
  BusinessCalendar,
  CalendarDefinition,
  CalendarOverride,
  CallbackWindow,
  ClassifierModel,
  ClassifierQuality,
  EscalationPolicy,
  Keyword,
  Period,
  Preset,
  Responsibility,
  RoutingRule,
  RoutingRuleBody,
  SlaPolicy,
  SlaPolicyBody,
  SlaPolicyInput,
  TargetPolicy,
} from './model.ts';

const select = <T>(d: { items: T[] }) => d.items;

export const usePresets = () =>
  useQuery({ queryKey: ['admin', 'presets'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/presets', { signal })) });
export const useAdminCategories = () =>
  useQuery({ queryKey: ['admin', 'categories'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/categories', { signal })), select });
export const useAdminCauses = () =>
  useQuery({ queryKey: ['admin', 'causes'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/causes', { signal })), select });
export const useAdminStages = () =>
  useQuery({ queryKey: ['admin', 'stages'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/stages', { signal })), select });
export const useCallbackWindow = () =>
  useQuery({ queryKey: ['admin', 'callback-window'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/callback-window', { signal })) });
export const useRoutingRules = () =>
  useQuery({ queryKey: ['admin', 'routing-rules'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/routing-rules', { signal })), select });
export const useSlaPolicies = () =>
  useQuery({ queryKey: ['admin', 'sla-policies'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/sla-policies', { signal })), select });
export const useCalendars = () =>
  useQuery({ queryKey: ['admin', 'calendars'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/calendars', { signal })), select });
export const useClassifier = () =>
  useQuery({ queryKey: ['admin', 'classifier'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/classifier', { signal })) });

// Configuration changes reach the pickers (categories) and any open case (routing, time limits).
const useConfigMutation = <V, R>(fn: (v: V) => Promise<R>) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['admin'] }),
        qc.invalidateQueries({ queryKey: categoriesKey }),
        qc.invalidateQueries({ queryKey: stagesKey }),
        qc.invalidateQueries({ queryKey: causesKey }),
        qc.invalidateQueries({ queryKey: ['triage-suggest'] }),
      ]);
    },
  });
};

export const useApplyPreset = () =>
  useConfigMutation((code: string) => unwrap(api.POST('/api/admin/presets/{code}/apply', { params: { path: { code } } })));

/** Create (POST to the collection, `isNew`) or edit (PATCH the item by its code): categories, causes and stages alike. */
type Save<Create, Patch> = { isNew: true; code: string; body: Create } | { isNew: false; code: string; body: Patch };
const byCode = (code: string) => ({ params: { path: { code } } });

export type CategoryBody = BodyOf<'/api/admin/categories', 'post'>;
export type CategoryPatch = BodyOf<'/api/admin/categories/{code}', 'patch'>;
export const useSaveCategory = () =>
  useConfigMutation((s: Save<CategoryBody, CategoryPatch>) =>
    s.isNew
      ? unwrap(api.POST('/api/admin/categories', { body: s.body }))
      : unwrap(api.PATCH('/api/admin/categories/{code}', { ...byCode(s.code), body: s.body })),
  );

export type CauseBody = BodyOf<'/api/admin/causes', 'post'>;
export type CausePatch = BodyOf<'/api/admin/causes/{code}', 'patch'>;
export const useSaveCause = () =>
  useConfigMutation((s: Save<CauseBody, CausePatch>) =>
    s.isNew
      ? unwrap(api.POST('/api/admin/causes', { body: s.body }))
      : unwrap(api.PATCH('/api/admin/causes/{code}', { ...byCode(s.code), body: s.body })),
  );

export type StageBody = BodyOf<'/api/admin/stages', 'post'>;
export type StagePatch = BodyOf<'/api/admin/stages/{code}', 'patch'>;
export const useSaveStage = () =>
  useConfigMutation((s: Save<StageBody, StagePatch>) =>
    s.isNew
      ? unwrap(api.POST('/api/admin/stages', { body: s.body }))
      : unwrap(api.PATCH('/api/admin/stages/{code}', { ...byCode(s.code), body: s.body })),
  );

export const useSaveCallbackWindow = () =>
  useConfigMutation((body: CallbackWindow) => unwrap(api.PUT('/api/admin/callback-window', { body })));

export const useSaveRoutingRule = () =>
  useConfigMutation(({ id, body }: { id: Id | null; body: RoutingRuleBody }) =>
    id
      ? unwrap(api.PATCH('/api/admin/routing-rules/{id}', { params: { path: { id } }, body }))
      : unwrap(api.POST('/api/admin/routing-rules', { body })),
  );
export const useDeleteRoutingRule = () =>
  useConfigMutation((id: Id) => unwrap(api.DELETE('/api/admin/routing-rules/{id}', { params: { path: { id } } })));

export const useSaveSlaPolicy = () =>
  useConfigMutation(({ id, body }: { id: Id | null; body: SlaPolicyInput }) =>
    id
      ? unwrap(api.PATCH('/api/admin/sla-policies/{id}', { params: { path: { id } }, body }))
      : unwrap(api.POST('/api/admin/sla-policies', { body })),
  );
export const useDeleteSlaPolicy = () =>
  useConfigMutation((id: Id) => unwrap(api.DELETE('/api/admin/sla-policies/{id}', { params: { path: { id } } })));

export const useSaveCalendar = () =>
  useConfigMutation(({ id, definition }: { id: Id; definition: CalendarDefinition }) =>
    unwrap(api.PATCH('/api/admin/calendars/{id}', { params: { path: { id } }, body: { definition } })),
  );

export const useRetrainClassifier = () => useConfigMutation(() => unwrap(api.POST('/api/admin/classifier/retrain')));

export const useRunSweep = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/sweep')),
    onSuccess: async () => {
      await Promise.all(['cases', 'case', 'escalations', 'notifications'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
    },
  });
};
