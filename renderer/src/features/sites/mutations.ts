import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Site } from '../../../../shared/domain/organisation';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

// Each mutation updates the cached list at once; the data.changed event that follows refetches it.

export function useCreateSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'sites.create'>) => call('sites.create', input),
    onSuccess: (site) => {
      // The refetch triggered by the event may already have brought the new site in.
      client.setQueryData<Site[]>(queryKeys.sites, (prev) => (prev && !prev.some((s) => s.id === site.id) ? [...prev, site] : prev));
    },
  });
}

export function useUpdateSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'sites.update'>) => call('sites.update', input),
    onSuccess: (site) => {
      client.setQueryData<Site[]>(queryKeys.sites, (prev) => prev?.map((s) => (s.id === site.id ? site : s)));
    },
  });
}

export function useDeleteSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('sites.delete', { id }),
    onSuccess: (_value, id) => {
      client.setQueryData<Site[]>(queryKeys.sites, (prev) => prev?.filter((s) => s.id !== id));
    },
  });
}
