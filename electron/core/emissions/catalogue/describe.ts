import type { Activity, RowSelector } from '../../../../shared/domain/activities';
import { unitInfo } from '../units';
import { ANY, type ActivityDef, type FieldRule, type RowPath } from './types';

function field(rule: FieldRule): string | string[] {
  if (rule === ANY) return '*';
  return typeof rule === 'string' ? rule : [...rule];
}

function selector(p: RowPath): RowSelector {
  return { scope: field(p.scope), level1: field(p.level1), level2: field(p.level2), level3: field(p.level3), level4: field(p.level4), columnText: field(p.columnText) };
}

function partialSelector(p: Partial<RowPath>): Partial<RowSelector> {
  const out: Partial<RowSelector> = {};
  for (const key of Object.keys(p) as (keyof RowPath)[]) {
    const rule = p[key];
    if (rule !== undefined) out[key] = field(rule);
  }
  return out;
}

/** The catalogue entry as the contract describes it (JSON-safe: "*" stands for any value). */
export function describeActivity(def: ActivityDef): Activity {
  return {
    id: def.id,
    label: def.label,
    description: def.description,
    category: def.category,
    family: def.family,
    dataset: def.dataset,
    scope: def.scope,
    scope3Category: def.scope3Category,
    acceptedUnits: def.acceptedUnits.map((id) => ({ id, label: unitInfo(id).label })),
    defaultUnit: def.defaultUnit,
    gasVolume: def.gasVolume ?? false,
    warnings: [...(def.warnings ?? [])],
    keywords: [...(def.keywords ?? [])],
    components: def.components.map((c) => ({
      role: c.role,
      label: c.label,
      scope: c.scope,
      scope3Category: c.scope3Category,
      method: c.method,
      dataset: def.dataset,
      selector: selector(c.path),
      yearOverrides: (c.overrides ?? []).map((o) => ({ from: o.from, to: o.to, selector: partialSelector(o.path) })),
      factorUnits: c.factorUnits.map((u) => ({
        unit: u.unit,
        label: unitInfo(u.unit).label,
        uom: field(u.uom) as string | string[],
        ...(u.columnText !== undefined ? { columnText: field(u.columnText) } : {}),
      })),
      optional: c.optional ?? false,
    })),
  };
}
