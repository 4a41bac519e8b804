import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client.ts';

export type Health = { status: 'ok'; database: 'pglite' | 'postgres'; demo: boolean; maxUploadBytes: number };

/** What the server says of itself: whether it holds the demo accounts, and its upload limit. */
export const useHealth = () =>
  useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => apiRequest<Health>('/api/health', { signal }),
    staleTime: Infinity,
  });
