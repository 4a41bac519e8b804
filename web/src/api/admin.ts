import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client.ts';
import type { AssignmentStrategy, Department, Id, Role, User } from './types.ts';

export type NewUserBody = { username: string; displayName: string; role: Role; departmentId?: Id; password: string };
export type UserPatch = {
  displayName?: string;
  role?: Role;
  departmentId?: Id | null;
  active?: boolean;
  onDuty?: boolean;
  password?: string;
};
export type NewDepartmentBody = { code: string; name: string };
export type DepartmentPatch = { name?: string; active?: boolean; assignmentStrategy?: AssignmentStrategy };

export const useCreateUser = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUserBody) => apiRequest<User | { user: User }>('/api/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
};

export const useUpdateUser = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: UserPatch }) =>
      apiRequest<User | { user: User }>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
};

export const useCreateDepartment = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDepartmentBody) => apiRequest<Department>('/api/departments', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['departments'] }),
  });
};

export const useUpdateDepartment = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: DepartmentPatch }) =>
      apiRequest<Department>(`/api/departments/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['departments'] });
      await qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
};
