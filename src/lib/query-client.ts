import { QueryClient } from '@tanstack/react-query';

/**
 * The app's query client. Everything it fetches is a static file that only changes with a new
 * build, so data never goes stale and is not refetched on focus; each query decides its own retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: 1,
      },
    },
  });
}
