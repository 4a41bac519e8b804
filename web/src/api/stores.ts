import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { BodyOf } from './model.ts';

export type NewStoreBody = BodyOf<'/api/admin/stores', 'post'>;

/** Stores / outlets with the portal link each one's QR code opens (administrators). */
export const useStores = () =>
  useQuery({ queryKey: ['stores'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/stores', { signal })), select: (d) => d.items });

export const useCreateStore = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStoreBody) => unwrap(api.POST('/api/admin/stores', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['stores'] }),
  });
};

export const useUpdateStore = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: { name?: string; active?: boolean } }) =>
      unwrap(api.PATCH('/api/admin/stores/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['stores'] }),
  });
};
