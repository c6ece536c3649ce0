import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportChart } from '../../../../shared/domain/report-document';
import { formatReportNumber, reportSeriesColour } from '../../../../shared/domain/report-format';

const CHART_WIDTH_PX = 720;
const CHART_HEIGHT_PX = 320;

/** Figures on the axis and in the tooltip: at most two decimals, enough to read a bar. */
const axisNumber = (value: number) => formatReportNumber(value, Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 2);

/**
 * A bar or stacked bar chart, drawn at a fixed size that CSS scales down (the SVG keeps its
 * viewBox), with the same figures as a table for screen readers and anyone who wants the numbers.
 */
export function ReportChartBlock({ chart }: { chart: ReportChart }) {
  const data = chart.categories.map((category, index) => {
    const point: Record<string, string | number> = { category };
    chart.series.forEach((series, s) => {
      point[`s${s}`] = series.values[index] ?? 0;
    });
    return point;
  });
  const stacked = chart.chartType === 'stackedBar';
  const empty = chart.categories.length === 0 || chart.series.length === 0;

  return (
    <figure className="report-chart">
      <figcaption className="report-chart-title">
        {chart.title} ({chart.unit})
      </figcaption>
      {empty ? (
        <p className="report-note">There is nothing to chart for this period.</p>
      ) : (
        <div className="report-chart-canvas" aria-hidden="true">
          <BarChart width={CHART_WIDTH_PX} height={CHART_HEIGHT_PX} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" />
            <YAxis tickFormatter={axisNumber} label={{ value: chart.unit, angle: -90, position: 'insideLeft' }} width={80} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? `${axisNumber(value)} ${chart.unit}` : String(value))} />
            <Legend />
            {chart.series.map((series, s) => (
              <Bar key={`${s}-${series.name}`} dataKey={`s${s}`} name={series.name} fill={reportSeriesColour(s)} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        </div>
      )}
      {empty ? null : (
        <details className="report-chart-figures">
          <summary>Show the figures in this chart as a table</summary>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">
                {chart.title} ({chart.unit}): the figures
              </caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  {chart.series.map((series, s) => (
                    <th key={`${s}-${series.name}`} scope="col" className="numeric">
                      {series.name} ({chart.unit})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {chart.categories.map((category, index) => (
                  <tr key={`${index}-${category}`}>
                    <th scope="row">{category}</th>
                    {chart.series.map((series, s) => (
                      <td key={`${s}-${series.name}`} className="numeric">
                        {formatReportNumber(series.values[index] ?? 0, 2)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
