import { useQuery } from '@tanstack/react-query';
import { normalizePhone } from '../lib/phone.ts';
import { api, unwrap } from './client.ts';
import type { CustomerLookup } from './model.ts';

// The lookup answers "no such customer" with 200 { customer: null }: a new caller is not an error.
const lookup = async (phone: string, signal: AbortSignal): Promise<CustomerLookup | null> => {
  const r = await unwrap(api.GET('/api/customers/lookup', { signal, params: { query: { phone } } }));
  return r.customer ? { customer: r.customer, cases: r.cases } : null;
};

/** The customer with this phone (any way of writing it the server accepts), or null for a new caller. */
export const useCustomerByPhone = (phone: string | null | undefined) => {
  const normal = normalizePhone(phone);
  return useQuery({
    queryKey: ['customer', normal ?? ''],
    queryFn: ({ signal }) => lookup(normal ?? '', signal),
    enabled: normal !== null,
    staleTime: 30_000,
  });
};
