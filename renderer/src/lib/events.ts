import type { QueryClient } from '@tanstack/react-query';
import { events } from '../../../shared/ipc/contract';
import { onEvent } from './bridge';
import { topicKey } from './query-keys';

/** Keeps the query cache in step with the backend. Returns the unsubscribe function. */
export function connectEvents(client: QueryClient): () => void {
  return onEvent((name, payload) => {
    if (name === 'data.changed') {
      const parsed = events['data.changed'].safeParse(payload);
      if (!parsed.success) return;
      for (const topic of new Set(parsed.data.topics)) {
        void client.invalidateQueries({ queryKey: topicKey(topic) });
      }
    } else if (name === 'workspace.changed') {
      // Another workspace means every answer may differ.
      void client.invalidateQueries();
    }
  });
}
