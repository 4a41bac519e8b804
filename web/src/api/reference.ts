import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Id } from './model.ts';

export const categoriesKey = ['categories'] as const;
export const departmentsKey = ['departments'] as const;
export const usersKey = (departmentId?: Id | null) => ['users', departmentId ?? 'all'] as const;
export const stagesKey = ['stages'] as const;
export const causesKey = ['causes'] as const;

/** A stage 环节 or cause 原因 as the company stores it; inactive ones only name the cases that carry them. */
export type { CauseItem, StageItem } from './model.ts';

export const useCategories = () =>
  useQuery({
    queryKey: categoriesKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/categories', { signal })),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });

export const useStages = () =>
  useQuery({
    queryKey: stagesKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/stages', { signal })),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });

export const useCauses = () =>
  useQuery({
    queryKey: causesKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/causes', { signal })),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });

export const useDepartments = () =>
  useQuery({
    queryKey: departmentsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/departments', { signal })),
    select: (d) => d.items,
    staleTime: 60_000,
  });

export const useUsers = (departmentId?: Id | null, enabled = true) =>
  useQuery({
    queryKey: usersKey(departmentId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/users', { signal, params: { query: { departmentId: departmentId ?? undefined } } })),
    select: (d) => d.items,
    staleTime: 60_000,
    enabled,
  });
