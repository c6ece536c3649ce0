import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Button } from '../../components/Button';
import { formatEmissions } from '../../lib/emissions-words';
import { basisWords, scopeSeries, totalOf, type Basis, type BreakdownRow, type DrillTarget } from './dashboard-words';

export type EmissionsUnit = 'tCO2e' | 'kgCO2e';

export interface ScopeChartProps {
  title: string;
  /** The table's first column heading, e.g. "Month" or "Site". */
  rowHeading: string;
  rows: readonly BreakdownRow[];
  basis: Basis;
  unit: EmissionsUnit;
  /** Bars side by side in time (months) or one horizontal bar per row (breakdowns). */
  horizontal?: boolean;
  onDrill: (target: DrillTarget) => void;
}

const toUnit = (kg: number, unit: EmissionsUnit) => (unit === 'tCO2e' ? kg / 1000 : kg);

/**
 * Emissions stacked by scope, as a chart (click a bar to see the rows behind it) or as a table
 * whose every figure is a button: the keyboard and screen-reader way to the same rows.
 */
export function ScopeChart({ title, rowHeading, rows, basis, unit, horizontal = false, onDrill }: ScopeChartProps) {
  const [asTable, setAsTable] = useState(false);
  const noteId = useId();
  const series = scopeSeries(basis);
  const data = rows.map((r) => ({ label: r.label, ...Object.fromEntries(series.map((s) => [s.key, toUnit(s.amount(r.totals), unit)])) }));
  const height = horizontal ? Math.max(180, rows.length * 40 + 80) : 320;

  return (
    <div className="scope-chart">
      <div className="scope-chart-toolbar">
        <Button aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? `Show ${title.toLowerCase()} as a chart` : `Show ${title.toLowerCase()} as a table`}
        </Button>
      </div>
      {asTable ? (
        <ScopeTable title={title} rowHeading={rowHeading} rows={rows} basis={basis} unit={unit} onDrill={onDrill} />
      ) : (
        <div className="scope-chart-box" aria-describedby={noteId} data-testid={`chart-${title}`}>
          <p id={noteId} className="scope-chart-note">
            Click a bar to see the activity rows behind it. To read the figures or reach them with the keyboard, use “Show as a table”.
          </p>
          <ResponsiveContainer width="100%" height={height}>
            <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              {horizontal ? (
                <>
                  <XAxis type="number" unit={unit === 'tCO2e' ? ' t' : ' kg'} />
                  <YAxis type="category" dataKey="label" width={200} />
                </>
              ) : (
                <>
                  <XAxis dataKey="label" />
                  <YAxis unit={unit === 'tCO2e' ? ' t' : ' kg'} width={80} />
                </>
              )}
              <Tooltip formatter={(value) => formatEmissions(Number(value) * (unit === 'tCO2e' ? 1000 : 1), unit)} />
              <Legend />
              {series.map((s) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  stackId="scopes"
                  fill={s.color}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(_bar, index) => {
                    const row = rows[index];
                    if (row) onDrill({ title: `${s.label}, ${row.label}`, filter: { ...row.filter, ...s.filter } });
                  }}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <p className="scope-chart-basis">Scope 2 in this chart is {basisWords[basis]}.</p>
    </div>
  );
}

/** A figure in a table that opens the rows behind it. */
export function DrillCell({ kg, label, target, unit, onDrill }: { kg: number; label: string; target: DrillTarget; unit: EmissionsUnit; onDrill: (target: DrillTarget) => void }) {
  const text = formatEmissions(kg, unit);
  return (
    <td className="numeric">
      <button type="button" className="dashboard-link" aria-label={`${label}: ${text}. Show the rows behind it`} onClick={() => onDrill(target)}>
        {text}
      </button>
    </td>
  );
}

function ScopeTable({ title, rowHeading, rows, basis, unit, onDrill }: Omit<ScopeChartProps, 'horizontal'>) {
  const series = scopeSeries(basis);
  return (
    <div className="table-wrap">
      <table className="table scope-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="numeric">
                {s.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              Total ({basisWords[basis]})
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {series.map((s) => (
                <DrillCell
                  key={s.key}
                  kg={s.amount(r.totals)}
                  label={`${s.label}, ${r.label}`}
                  target={{ title: `${s.label}, ${r.label}`, filter: { ...r.filter, ...s.filter } }}
                  unit={unit}
                  onDrill={onDrill}
                />
              ))}
              <DrillCell
                kg={totalOf(r.totals, basis)}
                label={`Total, ${r.label}`}
                target={{ title: `All scopes (${basisWords[basis]}), ${r.label}`, filter: { ...r.filter, basis } }}
                unit={unit}
                onDrill={onDrill}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
