import type { WorkspaceDb } from '../db/connection';
import { calculate, type CalculationOptions } from './calculator';
import { createDbFactorLookup, type DbFactorLookup } from './library/factor-repository';
import type { FactorLookup } from './library/types';
import type { CalculateFn } from './runs/figures';
import type { UnitId } from './units';

// One lookup per open workspace connection: factor sets are only added while a workspace opens,
// so its rows (and the calculator's plans, cached on the lookup) stay valid while it is open.
const lookups = new WeakMap<WorkspaceDb, FactorLookup>();

/** The workspace's factor rows with their database ids, so every figure's provenance names its row. */
export function workspaceLookup(db: WorkspaceDb): FactorLookup {
  let lookup = lookups.get(db);
  if (!lookup) {
    const stored: DbFactorLookup = createDbFactorLookup(db);
    lookup = { sets: () => stored.sets(), rows: (setId) => stored.rowsWithIds(setId) };
    lookups.set(db, lookup);
  }
  return lookup;
}

/** Drop the cached lookup (and the calculator's plans with it) after a set's information changed. */
export function forgetWorkspaceLookup(db: WorkspaceDb): void {
  lookups.delete(db);
}

/** The calculator bound to a workspace's factor data and a factor-year policy. */
export function workspaceCalculator(db: WorkspaceDb): (pinnedYear: number | null) => CalculateFn {
  const lookup = workspaceLookup(db);
  return (pinnedYear) => (input) =>
    calculate(
      {
        activityId: input.activityId,
        quantity: input.quantity,
        unit: input.unit as UnitId,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        ...(input.options ? { options: input.options as CalculationOptions } : {}),
      },
      { lookup, pinnedYear },
    );
}
