import { eq } from 'drizzle-orm';
import type { EmissionsPreviewInput } from '../../../../shared/domain/activities';
import { workspaceMeta } from '../../db/schema';
import { calculate, CalculationError } from '../../emissions/calculator';
import { listActivities } from '../../emissions/catalogue';
import { describeActivity } from '../../emissions/catalogue/describe';
import { createMemoryLookup, factorsDirOf, loadShippedFactorSets } from '../../emissions/library/shipped-sets';
import type { FactorLookup } from '../../emissions/library/types';
import { workspaceLookup } from '../../emissions/workspace-calculator';
import { AppFailure } from '../../errors';
import { findAppRoot } from '../../paths';
import type { HandlerContext, HandlerGroup } from '../types';

// The shipped files are parsed once per process (about half a second) and kept: the CLI and a
// preview with no workspace open both use them.
let shipped: FactorLookup | null = null;
function shippedLookup(): FactorLookup {
  shipped ??= createMemoryLookup(loadShippedFactorSets(factorsDirOf(findAppRoot())));
  return shipped;
}

/** The open workspace's factor data and pin, or the shipped files with no pin. */
function lookupFor(ctx: HandlerContext): { lookup: FactorLookup; pinnedYear: number | null } {
  const ws = ctx.workspaces.current;
  if (!ws) return { lookup: shippedLookup(), pinnedYear: null };
  const lookup = workspaceLookup(ws.db);
  // A workspace whose factor sets were never loaded still previews from the shipped files.
  if (!lookup.sets().some((s) => s.dataset === 'uk-desnz')) return { lookup: shippedLookup(), pinnedYear: null };
  const pin = ws.db.select().from(workspaceMeta).where(eq(workspaceMeta.key, 'pinned_factor_year')).get()?.value;
  const pinnedYear = pin && /^\d{4}$/.test(pin) ? Number(pin) : null;
  return { lookup, pinnedYear };
}

function preview(input: EmissionsPreviewInput, ctx: HandlerContext) {
  const { lookup, pinnedYear } = lookupFor(ctx);
  try {
    return calculate({ ...input, options: input.options ?? {} }, { lookup, pinnedYear });
  } catch (error) {
    if (!(error instanceof CalculationError)) throw error;
    switch (error.code) {
      case 'UNKNOWN_ACTIVITY':
        throw new AppFailure('VALIDATION', error.message, { activityId: error.message });
      case 'BAD_UNIT':
        throw new AppFailure('VALIDATION', error.message, { unit: error.message });
      case 'BAD_INPUT':
        throw new AppFailure('VALIDATION', error.message);
      case 'NO_FACTOR':
      case 'NO_FACTOR_SET':
        throw new AppFailure('NOT_FOUND', error.message);
      case 'AMBIGUOUS_FACTOR':
        throw new AppFailure('CONFLICT', error.message);
    }
  }
}

export const emissionsHandlers: HandlerGroup<'activities.list' | 'emissions.preview'> = {
  'activities.list': () => listActivities().map(describeActivity),
  'emissions.preview': (input, ctx) => preview(input, ctx),
};
