import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client.ts';
import { meKey } from './api/auth.ts';

// An expired session on any call sends the user back to the login screen.
const onAuthError = (error: unknown, key?: readonly unknown[]) => {
  if (isApiError(error) && error.code === 'UNAUTHENTICATED' && key?.[0] !== meKey[0]) {
    queryClient.setQueryData(meKey, null);
  }
};

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onAuthError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onAuthError(error) }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});
