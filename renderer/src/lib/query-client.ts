import { QueryCache, QueryClient } from '@tanstack/react-query';
import { BridgeError } from './bridge';
import { queryKeys } from './query-keys';

/**
 * Data changes arrive as events, so queries can stay fresh for long; a failed procedure is a
 * deliberate answer from the backend, not a flaky network, so it is not retried.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        // The workspace was closed behind our back (another window, the CLI): go back to the start screen.
        if (error instanceof BridgeError && error.code === 'NO_WORKSPACE') {
          void client.invalidateQueries({ queryKey: queryKeys.currentWorkspace });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(error instanceof BridgeError) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
