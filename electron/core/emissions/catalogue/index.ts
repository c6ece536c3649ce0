import { isUnit } from '../units';
import { energyActivities } from './energy';
import { refrigerantActivities } from './refrigerants';
import { spendAndGridActivities } from './spend-and-grids';
import { travelActivities } from './travel';
import type { ActivityDef } from './types';
import { vehicleActivities } from './vehicles';
import { wasteWaterActivities } from './waste-water';

export * from './types';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function build(): { list: readonly ActivityDef[]; byId: ReadonlyMap<string, ActivityDef> } {
  const list = [...energyActivities, ...vehicleActivities, ...travelActivities, ...wasteWaterActivities, ...refrigerantActivities, ...spendAndGridActivities];
  const byId = new Map<string, ActivityDef>();
  for (const activity of list) {
    if (!ID.test(activity.id)) throw new Error(`Activity id "${activity.id}" is not kebab-case`);
    if (byId.has(activity.id)) throw new Error(`Activity id "${activity.id}" is defined twice`);
    if (!activity.acceptedUnits.includes(activity.defaultUnit)) throw new Error(`${activity.id}: default unit is not accepted`);
    for (const unit of activity.acceptedUnits) if (!isUnit(unit)) throw new Error(`${activity.id}: unknown unit ${unit}`);
    for (const c of activity.components) for (const f of c.factorUnits) if (!isUnit(f.unit)) throw new Error(`${activity.id}/${c.role}: unknown unit ${f.unit}`);
    byId.set(activity.id, activity);
  }
  return { list, byId };
}

const CATALOGUE = build();

/** Every activity, in catalogue order (grouped by category within each domain file). */
export function listActivities(): readonly ActivityDef[] {
  return CATALOGUE.list;
}

export function findActivity(id: string): ActivityDef | undefined {
  return CATALOGUE.byId.get(id);
}
