import type { FactorDatasetId } from '../../../../shared/domain/factors';
import { getFactorRow, getFactorSet, listFactorSets } from '../../emissions/library/factor-repository';
import { confirmFactorSet } from '../../emissions/library/set-confirmation';
import { forgetWorkspaceLookup } from '../../emissions/workspace-calculator';
import { searchFactors } from '../../emissions/library/factor-search';
import type { FactorDataset } from '../../emissions/library/types';
import { AppFailure } from '../../errors';
import type { HandlerGroup } from '../types';

// The contract's dataset ids and the library's must be the same list: a dataset added to one
// side only fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const datasetsAgree: Same<FactorDataset, FactorDatasetId> = true;
void datasetsAgree;

export const factorHandlers: HandlerGroup<'factors.sets' | 'factors.search' | 'factors.get' | 'factors.confirm'> = {
  'factors.sets': (_input, ctx) => {
    const ws = ctx.workspaces.require();
    return { sets: listFactorSets(ws.db), refused: ws.factorLoad.refused };
  },
  'factors.search': (input, ctx) => searchFactors(ctx.workspaces.require().db, input),
  'factors.get': (input, ctx) => {
    const found = getFactorRow(ctx.workspaces.require().db, input.id);
    if (!found) throw new AppFailure('NOT_FOUND', `There is no emission factor with id ${input.id} in this workspace.`);
    return found;
  },
  'factors.confirm': (input, ctx) =>
    ctx.write(['factors', 'emissions'], (db, audit, now) => {
      const set = getFactorSet(db, input.setId);
      if (!set) throw new AppFailure('NOT_FOUND', `There is no factor set ${input.setId} in this workspace.`);
      confirmFactorSet(db, set, { by: ctx.userName, at: now.toISOString(), note: input.note }, audit);
      // The calculator caches set information per workspace: let it see the confirmation.
      forgetWorkspaceLookup(db);
      return getFactorSet(db, input.setId) ?? set;
    }),
};
