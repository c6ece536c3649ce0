import type { ReportChart } from '../../../../shared/domain/report-document';
import { formatReportNumber, reportSeriesColour } from '../../../../shared/domain/report-format';
import { COLOURS, CONTENT_WIDTH, ensureSpace, FONT, PAGE, type Pdf } from './pdf-kit';

// Bar and stacked bar charts drawn as vector paths: sharp at any zoom and when printed, with a
// value axis, category labels and a legend, in the same colours as the on-screen charts.

const PLOT_HEIGHT_PT = 170;
const AXIS_LABEL_WIDTH_PT = 58;
const CATEGORY_LABEL_HEIGHT_PT = 22;

/** A "nice" axis from low to high in about five steps of 1, 2, 2.5 or 5 × 10^n. */
export function niceAxis(low: number, high: number): { min: number; max: number; step: number } {
  if (low === high) return low === 0 ? { min: 0, max: 1, step: 0.2 } : niceAxis(Math.min(0, low), Math.max(0, high));
  const rough = (high - low) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  return { min: Math.floor(low / step) * step, max: Math.ceil(high / step) * step, step };
}

function extent(chart: ReportChart): { low: number; high: number } {
  let low = 0;
  let high = 0;
  chart.categories.forEach((_, i) => {
    if (chart.chartType === 'stackedBar') {
      let up = 0;
      let down = 0;
      for (const s of chart.series) {
        const v = s.values[i] ?? 0;
        if (v >= 0) up += v;
        else down += v;
      }
      high = Math.max(high, up);
      low = Math.min(low, down);
    } else {
      for (const s of chart.series) {
        const v = s.values[i] ?? 0;
        high = Math.max(high, v);
        low = Math.min(low, v);
      }
    }
  });
  return { low, high };
}

/** Decimals a tick label needs to show the step: 0.25 → 2, 2.5 → 1, 50 → 0. */
function decimalsOf(step: number): number {
  const text = String(Number(step.toPrecision(6)));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, text.length - dot - 1);
}

function drawLegend(doc: Pdf, chart: ReportChart, top: number): number {
  doc.font(FONT.regular).fontSize(8);
  let x = PAGE.marginX + AXIS_LABEL_WIDTH_PT;
  let y = top;
  const lineHeight = doc.currentLineHeight(true) + 4;
  chart.series.forEach((series, index) => {
    const width = 12 + doc.widthOfString(series.name) + 14;
    if (x + width > PAGE.marginX + CONTENT_WIDTH && x > PAGE.marginX + AXIS_LABEL_WIDTH_PT) {
      x = PAGE.marginX + AXIS_LABEL_WIDTH_PT;
      y += lineHeight;
    }
    doc.save().rect(x, y + 1, 8, 8).fill(reportSeriesColour(index)).restore();
    doc.fillColor(COLOURS.text).text(series.name, x + 12, y, { lineBreak: false });
    x += width;
  });
  return y + lineHeight;
}

export function drawChart(doc: Pdf, chart: ReportChart): void {
  const legendRows = Math.max(1, Math.ceil(chart.series.length / 4));
  ensureSpace(doc, 20 + PLOT_HEIGHT_PT + CATEGORY_LABEL_HEIGHT_PT + legendRows * 14 + 12);
  doc.font(FONT.bold).fontSize(10).fillColor(COLOURS.text).text(`${chart.title} (${chart.unit})`, PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
  doc.y += 6;
  if (chart.categories.length === 0 || chart.series.length === 0) {
    doc.font(FONT.regular).fontSize(9).fillColor(COLOURS.muted).text('There is nothing to chart for this period.', PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
    doc.fillColor(COLOURS.text).moveDown();
    return;
  }

  const plotLeft = PAGE.marginX + AXIS_LABEL_WIDTH_PT;
  const plotWidth = CONTENT_WIDTH - AXIS_LABEL_WIDTH_PT;
  const plotTop = doc.y;
  const plotBottom = plotTop + PLOT_HEIGHT_PT;
  const { low, high } = extent(chart);
  const axis = niceAxis(low, high);
  const yOf = (value: number) => plotBottom - ((value - axis.min) / (axis.max - axis.min)) * PLOT_HEIGHT_PT;

  // Grid lines and value labels.
  doc.font(FONT.regular).fontSize(7);
  const ticks = Math.min(50, Math.round((axis.max - axis.min) / axis.step));
  for (let n = 0; n <= ticks; n += 1) {
    const value = axis.min + n * axis.step;
    const y = yOf(value);
    doc.save().moveTo(plotLeft, y).lineTo(plotLeft + plotWidth, y).lineWidth(Math.abs(value) < axis.step / 1e6 ? 0.9 : 0.3).stroke(Math.abs(value) < axis.step / 1e6 ? COLOURS.text : COLOURS.rule).restore();
    const label = formatReportNumber(Math.abs(value) < axis.step / 1e6 ? 0 : value, decimalsOf(axis.step));
    doc.fillColor(COLOURS.muted).text(label, plotLeft - 4 - doc.widthOfString(label), y - 3.5, { lineBreak: false });
  }
  // The unit, turned to run up the value axis.
  doc.save().rotate(-90, { origin: [PAGE.marginX + 4, plotBottom] });
  doc.font(FONT.regular).fontSize(8).fillColor(COLOURS.muted).text(chart.unit, PAGE.marginX + 4, plotBottom - 4, { width: PLOT_HEIGHT_PT, align: 'center', lineBreak: false });
  doc.restore();

  const groupWidth = plotWidth / chart.categories.length;
  const stacked = chart.chartType === 'stackedBar';
  const barWidth = stacked ? Math.min(60, groupWidth * 0.55) : Math.min(40, (groupWidth * 0.75) / chart.series.length);
  chart.categories.forEach((category, i) => {
    const groupLeft = plotLeft + i * groupWidth;
    let up = 0;
    let down = 0;
    chart.series.forEach((series, s) => {
      const value = series.values[i] ?? 0;
      let from = 0;
      let to = value;
      let x = groupLeft + (groupWidth - barWidth) / 2;
      if (stacked) {
        from = value >= 0 ? up : down;
        to = from + value;
        if (value >= 0) up = to;
        else down = to;
      } else {
        x = groupLeft + (groupWidth - barWidth * chart.series.length) / 2 + s * barWidth;
      }
      const top = Math.min(yOf(from), yOf(to));
      const height = Math.abs(yOf(to) - yOf(from));
      if (height > 0) doc.save().rect(x, top, stacked ? barWidth : barWidth - 1, height).fill(reportSeriesColour(s)).restore();
    });
    doc.font(FONT.regular).fontSize(7).fillColor(COLOURS.text);
    doc.text(category, groupLeft + 1, plotBottom + 4, { width: groupWidth - 2, align: 'center', height: CATEGORY_LABEL_HEIGHT_PT - 4, ellipsis: true });
  });

  doc.y = drawLegend(doc, chart, plotBottom + CATEGORY_LABEL_HEIGHT_PT) + 8;
  doc.x = PAGE.marginX;
  doc.fillColor(COLOURS.text);
}
