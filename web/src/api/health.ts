import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';

export type { Health } from './model.ts';

/** What the server says of itself: whether it holds the demo accounts, and its upload limit. */
export const useHealth = () =>
  useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/health', { signal })),
    staleTime: Infinity,
  });
