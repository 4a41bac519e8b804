import { useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError } from './client.ts';
import type { CustomerLookup } from './types.ts';

export const isFullPhone = (phone: string): boolean => /^1\d{10}$/.test(phone);

// A 404 means "new customer", which is an answer rather than a failure.
const lookup = async (phone: string, signal: AbortSignal): Promise<CustomerLookup | null> => {
  try {
    return await apiRequest<CustomerLookup>('/api/customers', { query: { phone }, signal });
  } catch (e) {
    if (isApiError(e) && e.status === 404) return null;
    throw e;
  }
};

export const useCustomerByPhone = (phone: string | null | undefined) =>
  useQuery({
    queryKey: ['customer', phone ?? ''],
    queryFn: ({ signal }) => lookup(phone ?? '', signal),
    enabled: !!phone && isFullPhone(phone),
    staleTime: 30_000,
  });
