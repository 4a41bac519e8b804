import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import { categoriesKey, causesKey, stagesKey } from './reference.ts';
import type { Id, Priority, Urgency } from './types.ts';

export type Preset = { code: string; nameZh: string; nameEn: string; categories: number };
export type Keyword = { term: string; weight: number };

export type AdminCategory = {
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh: string | null;
  definitionEn: string | null;
  keywords: Keyword[];
  foodSafety: boolean;
  baseUrgency: Urgency;
  sortOrder: number;
  active: boolean;
};

export type Responsibility = 'internal' | 'external_partner' | 'force_majeure' | 'customer';
export type AdminCause = {
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh: string | null;
  definitionEn: string | null;
  responsibility: Responsibility;
  sortOrder: number;
  active: boolean;
};
export type AdminStage = {
  code: string;
  nameZh: string;
  nameEn: string;
  definitionZh: string | null;
  definitionEn: string | null;
  keywords: Keyword[];
  sortOrder: number;
  active: boolean;
};
export type CallbackWindow = { fromDays: number; toDays: number; dayKind: 'working' | 'calendar' };

export type RoutingRule = {
  id: Id;
  position: number;
  category: string | null;
  stage: string | null;
  channel: string | null;
  storePrefix: string | null;
  departmentId: Id;
  active: boolean;
};

export type EscalationPolicy = { supervisorAfterBreachMinutes: number | null; managerAfterBreachMinutes: number | null };

export type TargetPolicy = {
  target: string;
  minutes: number;
  calendar: 'business' | 'calendar';
  pausable: boolean;
  escalation?: EscalationPolicy;
};

export type SlaPolicyBody = {
  targets: TargetPolicy[];
  pauseStatuses: string[];
  warnAtShare: number;
  escalation: EscalationPolicy;
};

export type SlaPolicy = {
  id: Id;
  name: string;
  category: string | null;
  priority: Priority | null;
  calendarId: Id | null;
  active: boolean;
  position: number;
  policy: SlaPolicyBody;
};

export type Period = { start: string; end: string };
export type CalendarOverride = { date: string; type: 'off' | 'workday'; name?: string; periods?: Period[] };
export type CalendarDefinition =
  | { kind: '24x7' }
  | {
      kind: 'working_hours';
      timezone: string;
      weekly: Record<string, Period[]>;
      holidays: 'cn-statutory' | 'none';
      overrides: CalendarOverride[];
    };
export type BusinessCalendar = {
  id: Id;
  name: string;
  isDefault: boolean;
  definition: CalendarDefinition;
  coverage: { year: number; covered: boolean; warning: { zh: string; en: string } | null }[];
};

export type ClassifierQuality = { skill?: number; examples?: number; looAccuracy?: number; baselineAccuracy?: number };
export type ClassifierModel = {
  id: Id;
  trainedAt: string;
  examples: number;
  metrics?: { quality?: { category?: ClassifierQuality; urgency?: ClassifierQuality } } | null;
};

const useList = <T>(key: string, path: string) =>
  useQuery({
    queryKey: ['admin', key],
    queryFn: ({ signal }) => apiRequest<{ items: T[] }>(path, { signal }),
    select: (d) => d.items,
  });

export const usePresets = () =>
  useQuery({
    queryKey: ['admin', 'presets'],
    queryFn: ({ signal }) => apiRequest<{ current: string | null; items: Preset[] }>('/api/admin/presets', { signal }),
  });
export const useAdminCategories = () => useList<AdminCategory>('categories', '/api/admin/categories');
export const useAdminCauses = () => useList<AdminCause>('causes', '/api/admin/causes');
export const useAdminStages = () => useList<AdminStage>('stages', '/api/admin/stages');
export const useCallbackWindow = () =>
  useQuery({
    queryKey: ['admin', 'callback-window'],
    queryFn: ({ signal }) => apiRequest<CallbackWindow>('/api/admin/callback-window', { signal }),
  });
export const useRoutingRules = () => useList<RoutingRule>('routing-rules', '/api/admin/routing-rules');
export const useSlaPolicies = () => useList<SlaPolicy>('sla-policies', '/api/admin/sla-policies');
export const useCalendars = () => useList<BusinessCalendar>('calendars', '/api/admin/calendars');
export const useClassifier = () =>
  useQuery({
    queryKey: ['admin', 'classifier'],
    queryFn: ({ signal }) => apiRequest<{ model: ClassifierModel | null }>('/api/admin/classifier', { signal }),
  });

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

const enc = encodeURIComponent;

export const useApplyPreset = () =>
  useConfigMutation((code: string) => apiRequest<void>(`/api/admin/presets/${enc(code)}/apply`, { method: 'POST' }));

/** Create (POST to the collection) or edit (PATCH the item by its code): categories, causes and stages alike. */
const useSaveByCode = <T, B>(collection: string) =>
  useConfigMutation(({ code, body, isNew }: { code: string; body: Partial<B>; isNew: boolean }) =>
    isNew
      ? apiRequest<T>(`/api/admin/${collection}`, { method: 'POST', body })
      : apiRequest<T>(`/api/admin/${collection}/${enc(code)}`, { method: 'PATCH', body }),
  );

export type CategoryBody = Omit<AdminCategory, 'active'> & { active?: boolean };
export const useSaveCategory = () => useSaveByCode<AdminCategory, CategoryBody>('categories');

export type CauseBody = Omit<AdminCause, 'code'> & { code?: string };
export const useSaveCause = () => useSaveByCode<AdminCause, CauseBody>('causes');

export type StageBody = Omit<AdminStage, 'code'> & { code?: string };
export const useSaveStage = () => useSaveByCode<AdminStage, StageBody>('stages');

export const useSaveCallbackWindow = () =>
  useConfigMutation((body: CallbackWindow) => apiRequest<CallbackWindow>('/api/admin/callback-window', { method: 'PUT', body }));

export type RoutingRuleBody = Omit<RoutingRule, 'id'>;
export const useSaveRoutingRule = () =>
  useConfigMutation(({ id, body }: { id: Id | null; body: RoutingRuleBody }) =>
    id
      ? apiRequest<RoutingRule>(`/api/admin/routing-rules/${enc(id)}`, { method: 'PATCH', body })
      : apiRequest<RoutingRule>('/api/admin/routing-rules', { method: 'POST', body }),
  );
export const useDeleteRoutingRule = () =>
  useConfigMutation((id: Id) => apiRequest<void>(`/api/admin/routing-rules/${enc(id)}`, { method: 'DELETE' }));

export type SlaPolicyInput = Omit<SlaPolicy, 'id'>;
export const useSaveSlaPolicy = () =>
  useConfigMutation(({ id, body }: { id: Id | null; body: SlaPolicyInput }) =>
    id
      ? apiRequest<SlaPolicy>(`/api/admin/sla-policies/${enc(id)}`, { method: 'PATCH', body })
      : apiRequest<SlaPolicy>('/api/admin/sla-policies', { method: 'POST', body }),
  );
export const useDeleteSlaPolicy = () =>
  useConfigMutation((id: Id) => apiRequest<void>(`/api/admin/sla-policies/${enc(id)}`, { method: 'DELETE' }));

export const useSaveCalendar = () =>
  useConfigMutation(({ id, definition }: { id: Id; definition: CalendarDefinition }) =>
    apiRequest<BusinessCalendar>(`/api/admin/calendars/${enc(id)}`, { method: 'PATCH', body: { definition } }),
  );

export const useRetrainClassifier = () =>
  useConfigMutation(() => apiRequest<{ examples: number; trained: boolean }>('/api/admin/classifier/retrain', { method: 'POST' }));

export const useRunSweep = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ actions: number }>('/api/admin/sweep', { method: 'POST' }),
    onSuccess: async () => {
      await Promise.all(['cases', 'case', 'escalations', 'notifications'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
    },
  });
};
