import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../test/fake-api';
import { call, setApi } from './bridge';
import { connectEvents } from './events';
import { queryKeys } from './query-keys';

const keys = {
  current: queryKeys.currentWorkspace,
  recent: queryKeys.recentWorkspaces,
  organisation: queryKeys.organisation,
  sites: queryKeys.sites,
  audit: queryKeys.audit({ limit: 25, offset: 0 }),
  preferences: queryKeys.preferences,
};

function seededClient() {
  const client = new QueryClient();
  for (const key of Object.values(keys)) client.setQueryData(key, 'cached');
  return client;
}

function invalidated(client: QueryClient): string[] {
  return Object.entries(keys)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name);
}

let disconnect: (() => void) | undefined;
afterEach(() => disconnect?.());

describe('connectEvents', () => {
  it('data.changed invalidates exactly the queries of its topics', () => {
    const api = createFakeApi();
    setApi(api);
    const client = seededClient();
    disconnect = connectEvents(client);

    api.emit('data.changed', { topics: ['sites', 'audit'] });
    expect(invalidated(client)).toEqual(['sites', 'audit']);

    api.emit('data.changed', { topics: ['workspace'] });
    expect(invalidated(client)).toEqual(['current', 'recent', 'sites', 'audit']);

    api.emit('data.changed', { topics: ['settings'] });
    expect(invalidated(client)).toContain('preferences');
    expect(invalidated(client)).not.toContain('organisation');
  });

  it('workspace.changed invalidates everything', () => {
    const api = createFakeApi();
    setApi(api);
    const client = seededClient();
    disconnect = connectEvents(client);

    api.emit('workspace.changed', { path: '/data/other.sqlite' });
    expect(invalidated(client)).toEqual(Object.keys(keys));
  });

  it('ignores payloads outside the contract and stops after unsubscribing', () => {
    const api = createFakeApi();
    setApi(api);
    const client = seededClient();
    disconnect = connectEvents(client);

    api.emit('data.changed', { topics: ['nonsense'] } as never);
    expect(invalidated(client)).toEqual([]);

    disconnect();
    disconnect = undefined;
    api.emit('data.changed', { topics: ['organisation'] });
    expect(invalidated(client)).toEqual([]);
  });

  it('a real write through the fake backend refreshes the affected query', async () => {
    const api = createFakeApi({
      files: [
        {
          path: '/w.sqlite',
          organisation: { id: 'o', name: 'Old name', companiesHouseNumber: null, reportingYearStartMonth: 4, baseYear: 2025, createdAt: '', updatedAt: '' },
          sites: [],
          audit: [],
        },
      ],
      currentPath: '/w.sqlite',
    });
    setApi(api);
    const client = new QueryClient();
    disconnect = connectEvents(client);
    await client.fetchQuery({ queryKey: queryKeys.organisation, queryFn: () => call('organisation.get', {}) });
    expect(client.getQueryData<{ name: string }>(queryKeys.organisation)?.name).toBe('Old name');

    await api.invoke('organisation.update', { name: 'New name', reportingYearStartMonth: 4, baseYear: 2025 });
    expect(client.getQueryState(queryKeys.organisation)?.isInvalidated).toBe(true);
  });
});
