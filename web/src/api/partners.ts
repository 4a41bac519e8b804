import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Id, NewPartnerBody, PartnerKind, PartnerPatch } from './model.ts';

export type { NewPartnerBody, Partner, PartnerKind, PartnerPatch } from './model.ts';

export const partnersKey = (includeInactive: boolean) => ['partners', includeInactive ? 'all' : 'active'] as const;

/** Carriers, suppliers and outlets: the active ones for pickers, all of them for the admin screen. */
export const usePartners = (opts: { includeInactive?: boolean; kind?: PartnerKind } = {}) =>
  useQuery({
    queryKey: [...partnersKey(!!opts.includeInactive), opts.kind ?? 'any'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/partners', {
          signal,
          params: { query: { includeInactive: opts.includeInactive ? 'true' : undefined, kind: opts.kind } },
        }),
      ),
    select: (d) => d.items,
    staleTime: 60_000,
  });

export const useCreatePartner = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPartnerBody) => unwrap(api.POST('/api/admin/partners', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['partners'] }),
  });
};

export const useUpdatePartner = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: PartnerPatch }) =>
      unwrap(api.PATCH('/api/admin/partners/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['partners'] }),
  });
};
