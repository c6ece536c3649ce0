import type { Activity, CalculationResultDto, EmissionComponentDto, RowSelector } from '../../../shared/domain/activities';
import { findActivity } from '../../core/emissions/catalogue';
import { parseUnit, unitInfo } from '../../core/emissions/units';
import type { ParsedArgs } from '../args';
import type { CliContext } from '../context';
import { CliError } from '../output';

const CALC_USAGE =
  'Usage: carbonrecycling calc --activity <id> --quantity <n> --unit <unit> --date <YYYY-MM-DD> [--period-end <YYYY-MM-DD>] [--calorific-value <MJ/m³>] [--workspace <path>] [--json]';

const kg = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 3 });
const show = (text: string) => (text === '' ? '(empty)' : text);
const scopeText = (scope: number, category: number | null) => (category ? `Scope ${scope}, category ${category}` : `Scope ${scope}`);

function componentLines(c: EmissionComponentDto): string[] {
  const p = c.provenance;
  const lines = [
    `  ${c.label} [${c.role}] — ${scopeText(c.scope, c.scope3Category)}, ${c.method}`,
    `    ${kg(c.quantity)} ${c.quantityUnit} × ${p.value} ${p.unit} = ${kg(c.co2eKg)} kg`,
    `    Factor set: ${p.setId} (${p.setTitle}, ${p.year}, version ${p.version}${p.verified ? '' : ', UNVERIFIED'})`,
    `    Row ${p.rowNumber}${p.externalId ? ` (ID ${p.externalId})` : ''}${p.factorId !== null ? ` [database id ${p.factorId}]` : ''}: ${p.path.scope} / ${show(p.path.level1)} / ${show(p.path.level2)} / ${show(p.path.level3)} / ${show(p.path.level4)} | Column Text: ${show(p.path.columnText)} | UOM: ${p.path.uom} | ${p.path.ghgUnit}`,
  ];
  if (p.derivation) lines.push(`    Derived: ${p.derivation}`);
  for (const note of c.notes) lines.push(`    Note: ${note}`);
  return lines;
}

export function formatCalculation(result: CalculationResultDto, label: string): string {
  const { input } = result;
  const period = input.periodStart === input.periodEnd ? input.periodStart : `${input.periodStart} to ${input.periodEnd}`;
  return [
    `${label} (${result.activityId}): ${kg(input.quantity)} ${unitInfo(input.unit).label}, ${period}`,
    `Total: ${kg(result.totalCo2eKg)} kg CO2e (${(result.totalCo2eKg / 1000).toLocaleString('en-GB', { maximumFractionDigits: 4 })} t CO2e)`,
    `Factor year: ${result.factorYearReason}`,
    '',
    ...result.components.flatMap(componentLines),
    ...(result.warnings.length ? ['', 'Warnings:', ...result.warnings.map((w) => `  - ${w}`)] : []),
  ].join('\n');
}

export async function calcCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const activityId = args.string('activity');
  const date = args.string('date');
  const quantity = args.number('quantity');
  if (!activityId || !date || quantity === undefined) throw new CliError('VALIDATION', CALC_USAGE);
  const activity = findActivity(activityId);
  if (!activity) throw new CliError('VALIDATION', `There is no activity "${activityId}". List them with: carbonrecycling activities`);
  const rawUnit = args.string('unit');
  const unit = rawUnit === undefined ? activity.defaultUnit : parseUnit(rawUnit);
  if (!unit) throw new CliError('VALIDATION', `Unknown unit "${rawUnit}". ${activity.id} takes: ${activity.acceptedUnits.join(', ')}`);
  const workspace = args.string('workspace');
  if (workspace) await ctx.openWorkspace(workspace);
  const cv = args.number('calorific-value');
  const result = await ctx.invoke('emissions.preview', {
    activityId,
    quantity,
    unit,
    periodStart: date,
    periodEnd: args.string('period-end') ?? date,
    ...(cv !== undefined ? { options: { gasCalorificValueMjPerM3: cv } } : {}),
  });
  ctx.out.result(result, () => formatCalculation(result, activity.label));
}

function selectorText(s: Partial<RowSelector>): string {
  const f = (v: string | string[] | undefined) => (v === undefined ? '' : Array.isArray(v) ? v.map(show).join(' | ') : show(v));
  return `${f(s.scope)} / ${f(s.level1)} / ${f(s.level2)} / ${f(s.level3)} / ${f(s.level4)} | Column Text: ${f(s.columnText)}`;
}

function activityLines(a: Activity): string[] {
  const lines = [`${a.id} — ${a.label}`, `  ${scopeText(a.scope, a.scope3Category)}; ${a.category}; units: ${a.acceptedUnits.map((u) => u.id).join(', ')}; dataset: ${a.dataset}`];
  for (const c of a.components) {
    const uoms = c.factorUnits.map((u) => `${Array.isArray(u.uom) ? u.uom.join(' | ') : u.uom}${u.columnText !== undefined ? ` (Column Text ${Array.isArray(u.columnText) ? u.columnText.map(show).join(' | ') : show(u.columnText)})` : ''}`).join('; ');
    lines.push(`  - ${c.role} (${scopeText(c.scope, c.scope3Category)}${c.optional ? ', optional' : ''}): ${selectorText(c.selector)} | UOM: ${uoms}`);
    for (const o of c.yearOverrides) lines.push(`      ${o.from === o.to ? o.from : `${o.from}–${o.to}`}: ${Object.entries(o.selector).map(([k, v]) => `${k} = ${Array.isArray(v) ? v.join(' | ') : show(v)}`).join(', ')}`);
  }
  return lines;
}

export async function activitiesCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const words = args.positionals.join(' ').trim().toLowerCase();
  const all = await ctx.invoke('activities.list', {});
  const chosen = words ? all.filter((a) => `${a.id} ${a.label} ${a.category}`.toLowerCase().includes(words)) : all;
  ctx.out.result(chosen, () =>
    chosen.length
      ? [`${chosen.length} activit${chosen.length === 1 ? 'y' : 'ies'}. Selector fields: Scope / Level 1 / Level 2 / Level 3 / Level 4 | Column Text; "a | b" = either spelling (renamed between years), * = any.`, '', ...chosen.flatMap(activityLines)].join('\n')
      : `No activity matches "${words}".`,
  );
}
