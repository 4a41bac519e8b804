import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import type { Category, Department, Id, User } from './types.ts';

export const categoriesKey = ['categories'] as const;
export const departmentsKey = ['departments'] as const;
export const usersKey = (departmentId?: Id | null) => ['users', departmentId ?? 'all'] as const;
export const stagesKey = ['stages'] as const;
export const causesKey = ['causes'] as const;

/** A stage 环节 or cause 原因 as the company stores it; inactive ones only name the cases that carry them. */
export type StageItem = { code: string; nameZh: string; nameEn: string; active: boolean };
export type CauseItem = StageItem & { responsibility: string };

export const useCategories = () =>
  useQuery({
    queryKey: categoriesKey,
    queryFn: ({ signal }) => apiRequest<{ items: Category[] }>('/api/categories', { signal }),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });

export const useStages = () =>
  useQuery({
    queryKey: stagesKey,
    queryFn: ({ signal }) => apiRequest<{ items: StageItem[] }>('/api/stages', { signal }),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });

export const useCauses = () =>
  useQuery({
    queryKey: causesKey,
    queryFn: ({ signal }) => apiRequest<{ items: CauseItem[] }>('/api/causes', { signal }),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });

export const useDepartments = () =>
  useQuery({
    queryKey: departmentsKey,
    queryFn: ({ signal }) => apiRequest<{ items: Department[] }>('/api/departments', { signal }),
    select: (d) => d.items,
    staleTime: 60_000,
  });

export const useUsers = (departmentId?: Id | null, enabled = true) =>
  useQuery({
    queryKey: usersKey(departmentId),
    queryFn: ({ signal }) =>
      apiRequest<{ items: User[] }>('/api/users', {
        signal,
        query: { departmentId: departmentId === undefined || departmentId === null ? undefined : departmentId },
      }),
    select: (d) => d.items,
    staleTime: 60_000,
    enabled,
  });
