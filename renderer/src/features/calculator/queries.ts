import { useMutation, useQuery } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';

// The catalogue is the same for every workspace and never changes while the app runs.
export const activitiesKey = ['catalogue', 'activities'] as const;

export function useActivities() {
  return useQuery({ queryKey: activitiesKey, queryFn: () => call('activities.list', {}), staleTime: Infinity });
}

/** A preview is a question, not a change: nothing is stored, so nothing is invalidated. */
export function usePreviewCalculation() {
  return useMutation({ mutationFn: (input: ProcedureInput<'emissions.preview'>) => call('emissions.preview', input) });
}
