import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { DepartmentPatch, Id, NewDepartmentBody, NewUserBody, UserPatch } from './model.ts';

export type { DepartmentPatch, NewDepartmentBody, NewUserBody, UserPatch } from './model.ts';

export const useCreateUser = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUserBody) => unwrap(api.POST('/api/users', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
};

export const useUpdateUser = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: UserPatch }) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
};

export const useCreateDepartment = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDepartmentBody) => unwrap(api.POST('/api/departments', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['departments'] }),
  });
};

export const useUpdateDepartment = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: DepartmentPatch }) =>
      unwrap(api.PATCH('/api/departments/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['departments'] });
      await qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
};
