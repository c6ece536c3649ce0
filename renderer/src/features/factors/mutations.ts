import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/bridge';

// The data.changed event ('factors', 'emissions') that follows refetches the sets and any figures.
export function useConfirmFactorSet() {
  return useMutation({ mutationFn: (input: { setId: string; note: string }) => call('factors.confirm', input) });
}
