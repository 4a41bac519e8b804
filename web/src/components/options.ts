import { useCallback, useMemo } from 'react';
import {
  ASSIGNMENT_STRATEGIES,
  CASE_STATUSES,
  CHANNELS,
  COMPLAINT_NATURES,
  PARTNER_KINDS,
  PRIORITIES,
  REGULATOR_REFERRALS,
  ROLES,
  SERVICE_TYPES,
  SLA_TARGETS,
  URGENCIES,
  type Id,
} from '../api/model.ts';
import { usePartners } from '../api/partners.ts';
import { useCategories, useCauses, useDepartments, useStages, useUsers, type StageItem } from '../api/reference.ts';
import { useI18n } from '../i18n/index.ts';
import { causeLabel, stageLabel } from '../lib/vocab-labels.ts';

export type Option = { value: string; label: string };

export const useVocabularyOptions = () => {
  const { t } = useI18n();
  return useMemo(
    () => ({
      status: CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
      urgency: URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) })),
      priority: PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })),
      channel: CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) })),
      role: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
      regulator: [
        { value: 'none', label: t('regulator.none') },
        ...REGULATOR_REFERRALS.map((x) => ({ value: x, label: t(`regulator.${x}`) })),
      ],
      slaFilter: (['warning', 'breached', 'paused'] as const).map((x) => ({ value: x, label: t(`sla.status.${x}`) })),
      slaTarget: SLA_TARGETS.map((x) => ({ value: x, label: t(`sla.target.${x}`) })),
      strategy: ASSIGNMENT_STRATEGIES.map((x) => ({ value: x, label: t(`strategy.${x}`) })),
      nature: COMPLAINT_NATURES.map((x) => ({ value: x, label: t(`nature.${x}`) })),
      serviceType: SERVICE_TYPES.map((x) => ({ value: x, label: t(`serviceType.${x}`) })),
      partnerKind: PARTNER_KINDS.map((x) => ({ value: x, label: t(`partnerKind.${x}`) })),
    }),
    [t],
  );
};

export const useCategoryName = () => {
  const { lang } = useI18n();
  const { data } = useCategories();
  return useCallback(
    (code: string | null | undefined): string => {
      if (!code) return '—';
      const c = data?.find((x) => x.code === code);
      if (!c) return code;
      return lang === 'en' ? c.nameEn : c.nameZh;
    },
    [data, lang],
  );
};

export const useCategoryOptions = (): { options: Option[]; loading: boolean } => {
  const { lang } = useI18n();
  const { data, isLoading } = useCategories();
  const options = useMemo(
    () => (data ?? []).map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.nameZh })),
    [data, lang],
  );
  return { options, loading: isLoading };
};

// Stages and causes are company data (系统管理 → 原因与环节): choices are the active ones, plus the
// value a case already has if it was deactivated since, so that it still shows by name.
const useStoredOptions = (items: StageItem[] | undefined, loading: boolean, keep: string | null | undefined) => {
  const { t, lang } = useI18n();
  const options = useMemo<Option[]>(
    () =>
      (items ?? [])
        .filter((x) => x.active || x.code === keep)
        .map((x) => {
          const name = lang === 'en' ? x.nameEn : x.nameZh;
          return { value: x.code, label: x.active ? name : `${name} (${t('common.inactive')})` };
        }),
    [items, keep, lang, t],
  );
  return { options, loading };
};

export const useStageOptions = (keep?: string | null) => {
  const { data, isLoading } = useStages();
  return useStoredOptions(data, isLoading, keep);
};

export const useCauseOptions = (keep?: string | null) => {
  const { data, isLoading } = useCauses();
  return useStoredOptions(data, isLoading, keep);
};

const useStoredName = (items: StageItem[] | undefined, fallback: typeof stageLabel) => {
  const { t, lang } = useI18n();
  return useCallback(
    (code: string | null | undefined): string => {
      const x = code ? items?.find((i) => i.code === code) : undefined;
      if (!x) return fallback(code, t);
      return lang === 'en' ? x.nameEn : x.nameZh;
    },
    [items, fallback, lang, t],
  );
};

/** The company's name for a stage code, in the UI's language (the code itself when unknown). */
export const useStageName = () => useStoredName(useStages().data, stageLabel);
export const useCauseName = () => useStoredName(useCauses().data, causeLabel);

/**
 * A value a record already holds, with the name the record gives it: it stays in the choices even when
 * it was deactivated since (or, for a person, moved to another department, or while the list loads),
 * so that the select shows it by name instead of by its raw id.
 */
export type KeptChoice = { id: Id | null | undefined; name?: string | null };

const withKept = (options: Option[], keep: KeptChoice | undefined): Option[] =>
  !keep?.id || options.some((o) => o.value === keep.id) ? options : [...options, { value: keep.id, label: keep.name || keep.id }];

export const useDepartmentOptions = (includeInactive = false, keep?: KeptChoice): { options: Option[]; loading: boolean } => {
  const { t } = useI18n();
  const { data, isLoading } = useDepartments();
  const keepId = keep?.id;
  const keepName = keep?.name;
  const options = useMemo(
    () =>
      withKept(
        (data ?? [])
          .filter((d) => includeInactive || d.active || d.id === keepId)
          .map((d) => ({ value: d.id, label: d.active ? d.name : `${d.name} (${t('common.inactive')})` })),
        { id: keepId, name: keepName },
      ),
    [data, includeInactive, keepId, keepName, t],
  );
  return { options, loading: isLoading };
};

export const useUserOptions = (departmentId: Id | null | undefined, enabled = true, keep?: KeptChoice) => {
  const { t } = useI18n();
  const { data, isLoading, error } = useUsers(departmentId, enabled);
  const keepId = keep?.id;
  const keepName = keep?.name;
  const options = useMemo<Option[]>(
    () =>
      withKept(
        (data ?? [])
          .filter((u) => u.active || u.id === keepId)
          .map((u) => ({ value: u.id, label: u.active ? u.displayName : `${u.displayName} (${t('common.inactive')})` })),
        { id: keepId, name: keepName },
      ),
    [data, keepId, keepName, t],
  );
  return { options, loading: isLoading, error };
};

/** Active carriers, suppliers and outlets ("中联速递 · 承运商"), plus the case's own if it was deactivated since. */
export const usePartnerOptions = (keep?: KeptChoice): { options: Option[]; companyNames: Option[]; loading: boolean } => {
  const { t } = useI18n();
  const { data, isLoading } = usePartners();
  const keepId = keep?.id;
  const keepName = keep?.name;
  const options = useMemo(
    () => withKept((data ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${t(`partnerKind.${p.kind}`)}` })), { id: keepId, name: keepName }),
    [data, keepId, keepName, t],
  );
  // Suggestions for the two liable parties (rule 8): carriers' and outlets' names, free text otherwise.
  const companyNames = useMemo(
    () => [...new Set((data ?? []).filter((p) => p.kind !== 'supplier').map((p) => p.name))].map((n) => ({ value: n, label: n })),
    [data],
  );
  return { options, companyNames, loading: isLoading };
};
