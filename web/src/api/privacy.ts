import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';
import type { Schemas } from './model.ts';

export type CustomerExport = Schemas['CustomerExport'];
export type CustomerErasure = Schemas['CustomerErasure'];
export type PrivacyRetention = Schemas['PrivacyRetention'];
export type RetentionPeriods = Schemas['RetentionPeriods'];
export type PhoneReadsPage = Schemas['PhoneReadsPage'];

/** Personal data (rules 27–29): administrators only. */
export const fetchCustomerExport = (id: string): Promise<CustomerExport> =>
  unwrap(api.GET('/api/admin/customers/{id}/export', { params: { path: { id } } }));

export const useEraseCustomer = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/admin/customers/{id}/erase', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['customer'] }),
  });
};

export const useRetention = () =>
  useQuery({ queryKey: ['privacy-retention'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/privacy/retention', { signal })) });

export const useSaveRetention = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (periods: Partial<RetentionPeriods>) => unwrap(api.PUT('/api/admin/privacy/retention', { body: { periods } })),
    onSuccess: (data) => qc.setQueryData(['privacy-retention'], data),
  });
};

export const usePhoneReads = () =>
  useQuery({ queryKey: ['privacy-phone-reads'], queryFn: ({ signal }) => unwrap(api.GET('/api/admin/privacy/phone-reads', { signal, params: { query: { limit: 50 } } })) });
