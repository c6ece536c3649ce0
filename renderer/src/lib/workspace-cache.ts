import type { QueryClient } from '@tanstack/react-query';
import { topicKey, workspaceScopedTopics } from './query-keys';

/** Drop cached answers from the previous workspace so another organisation's data never flashes up. */
export function forgetWorkspaceData(client: QueryClient): void {
  for (const topic of workspaceScopedTopics) client.removeQueries({ queryKey: topicKey(topic) });
}
