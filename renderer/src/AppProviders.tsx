import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { connectEvents } from './lib/events';

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  useEffect(() => connectEvents(client), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
