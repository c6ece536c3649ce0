// Finding a catalogue component's factor row(s) in one factor set, exactly.
import { ANY, type ComponentDef, type FactorUnitChoice, type FieldRule, type RowPath } from './catalogue/types';
import type { FactorRow } from './library/types';
import { KG_PER_POUND } from './units';

/** A factor row as any lookup returns it; database rows also carry their numeric id. */
export type LookupRow = FactorRow & { id?: number };

/** AR5 100-year GWPs, as the EPA GHG Emission Factors Hub 2025 states for its eGRID table. */
export const EGRID_GWP_AR5 = { ch4: 28, n2o: 265 } as const;

// Per-gas label spellings (see SOURCES.md): 2016–2021 "kg CO2"/"kg CH4"/"kg N2O" (already CO2e
// contributions despite the label), 2022 "kg CO2e of CO2"…, 2023 on "kg CO2e of CO2 per unit"….
const GAS_LABELS = {
  co2: ['kg CO2', 'kg CO2e of CO2', 'kg CO2e of CO2 per unit'],
  ch4: ['kg CH4', 'kg CO2e of CH4', 'kg CO2e of CH4 per unit'],
  n2o: ['kg N2O', 'kg CO2e of N2O', 'kg CO2e of N2O per unit'],
} as const;

export interface GasValues {
  co2: number;
  ch4: number;
  n2o: number;
}

export interface FoundFactor {
  found: true;
  /** The row shown as the source (the kg CO2e row; eGRID: the CO2 row; Ember: its only row). */
  row: LookupRow;
  /** kg CO2e (Ember: kg CO2) per factor unit. */
  value: number;
  /** kg CO2e per factor unit by gas, where the set publishes all three. */
  gases: GasValues | null;
  /** How `value` was derived from the published numbers, where it is not the published number itself. */
  derivation: string | null;
}

export interface MissingFactor {
  found: false;
  reason: string;
}

export class AmbiguousFactorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AmbiguousFactorError';
  }
}

function matches(rule: FieldRule, value: string): boolean {
  if (rule === ANY) return true;
  return typeof rule === 'string' ? rule === value : rule.includes(value);
}

/** The component's path with any override for `year` applied, and the unit's Column Text. */
export function effectivePath(component: ComponentDef, factorUnit: FactorUnitChoice, year: number): RowPath {
  let p = component.path;
  for (const o of component.overrides ?? []) if (year >= o.from && year <= o.to) p = { ...p, ...o.path };
  return factorUnit.columnText !== undefined ? { ...p, columnText: factorUnit.columnText } : p;
}

function showRule(rule: FieldRule): string {
  if (rule === ANY) return '*';
  if (typeof rule === 'string') return rule === '' ? '(empty)' : `"${rule}"`;
  return `one of [${rule.map((r) => (r === '' ? '(empty)' : `"${r}"`)).join(', ')}]`;
}

export function describeSelector(p: RowPath, uom: FieldRule): string {
  return `Scope ${showRule(p.scope)} / Level 1 ${showRule(p.level1)} / Level 2 ${showRule(p.level2)} / Level 3 ${showRule(p.level3)} / Level 4 ${showRule(p.level4)} / Column Text ${showRule(p.columnText)} / UOM ${showRule(uom)}`;
}

const level1Index = new WeakMap<readonly LookupRow[], Map<string, LookupRow[]>>();

function rowsWithLevel1(rows: readonly LookupRow[], level1: FieldRule): readonly LookupRow[] {
  if (level1 === ANY) return rows;
  let index = level1Index.get(rows);
  if (!index) {
    index = new Map();
    for (const row of rows) {
      const list = index.get(row.level1);
      if (list) list.push(row);
      else index.set(row.level1, [row]);
    }
    level1Index.set(rows, index);
  }
  const keys = typeof level1 === 'string' ? [level1] : level1;
  return keys.flatMap((k) => index.get(k) ?? []);
}

function pathRows(rows: readonly LookupRow[], p: RowPath, uom: FieldRule): LookupRow[] {
  return rowsWithLevel1(rows, p.level1).filter(
    (r) =>
      matches(p.scope, r.scope) &&
      matches(p.level2, r.level2) &&
      matches(p.level3, r.level3) &&
      matches(p.level4, r.level4) &&
      matches(p.columnText, r.columnText) &&
      matches(uom, r.uom),
  );
}

function single(rows: LookupRow[], ghgUnits: readonly string[], what: string, context: string): LookupRow | null {
  const hits = rows.filter((r) => ghgUnits.includes(r.ghgUnit));
  if (hits.length > 1) {
    throw new AmbiguousFactorError(`${context}: ${hits.length} ${what} rows match (rows ${hits.map((r) => r.rowNumber).join(', ')}); the catalogue selector must pick exactly one.`);
  }
  return hits[0] ?? null;
}

function blankReason(row: LookupRow): string {
  return row.rawValue.trim() === '' ? `its row ${row.rowNumber} is published blank` : `its row ${row.rowNumber} is published as "${row.rawValue}", not a number`;
}

/**
 * Finds the component's factor in one set. Exactly one total row must match: none (or a blank
 * one) is reported as missing, several throw, naming the selector. `context` names the activity
 * and set for messages.
 */
export function findFactor(component: ComponentDef, factorUnit: FactorUnitChoice, rows: readonly LookupRow[], year: number, context: string): FoundFactor | MissingFactor {
  const p = effectivePath(component, factorUnit, year);
  const candidates = pathRows(rows, p, factorUnit.uom);
  const where = `${context}, component "${component.role}" (${describeSelector(p, factorUnit.uom)})`;
  const rule = component.value ?? 'kg-co2e-row';

  if (rule === 'kg-co2e-row') {
    const total = single(candidates, ['kg CO2e'], 'kg CO2e', where);
    if (!total) return { found: false, reason: 'no matching kg CO2e row' };
    if (total.value === null) return { found: false, reason: blankReason(total) };
    const co2 = single(candidates, GAS_LABELS.co2, 'CO2', where)?.value ?? null;
    const ch4 = single(candidates, GAS_LABELS.ch4, 'CH4', where)?.value ?? null;
    const n2o = single(candidates, GAS_LABELS.n2o, 'N2O', where)?.value ?? null;
    const gases = co2 !== null && ch4 !== null && n2o !== null ? { co2, ch4, n2o } : null;
    return { found: true, row: total, value: total.value, gases, derivation: null };
  }

  if (rule === 'egrid-lb-per-mwh-ar5') {
    const co2Row = single(candidates, ['lb CO2'], 'lb CO2', where);
    const ch4Row = single(candidates, ['lb CH4'], 'lb CH4', where);
    const n2oRow = single(candidates, ['lb N2O'], 'lb N2O', where);
    if (!co2Row || !ch4Row || !n2oRow) return { found: false, reason: 'no matching lb CO2 / lb CH4 / lb N2O rows' };
    for (const r of [co2Row, ch4Row, n2oRow]) if (r.value === null) return { found: false, reason: blankReason(r) };
    const lbCo2 = co2Row.value as number;
    const lbCh4 = ch4Row.value as number;
    const lbN2o = n2oRow.value as number;
    const gases = { co2: lbCo2 * KG_PER_POUND, ch4: lbCh4 * EGRID_GWP_AR5.ch4 * KG_PER_POUND, n2o: lbN2o * EGRID_GWP_AR5.n2o * KG_PER_POUND };
    const value = gases.co2 + gases.ch4 + gases.n2o;
    const derivation = `(${lbCo2} lb CO2 + ${EGRID_GWP_AR5.ch4} × ${lbCh4} lb CH4 + ${EGRID_GWP_AR5.n2o} × ${lbN2o} lb N2O) per MWh × ${KG_PER_POUND} kg/lb = ${round(value)} kg CO2e per MWh (AR5 GWPs as stated by the EPA Hub)`;
    return { found: true, row: co2Row, value, gases, derivation };
  }

  const row = single(candidates, ['g CO2'], 'g CO2', where);
  if (!row) return { found: false, reason: 'no matching g CO2 row' };
  if (row.value === null) return { found: false, reason: blankReason(row) };
  return { found: true, row, value: row.value / 1000, gases: null, derivation: `${row.value} g CO2 per kWh ÷ 1000 = ${round(row.value / 1000)} kg CO2 per kWh (CO2 only)` };
}

function round(n: number): number {
  return Number(n.toPrecision(8));
}
