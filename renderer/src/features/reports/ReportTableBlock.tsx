import { useId, useState } from 'react';
import type { ReportTable } from '../../../../shared/domain/report-document';
import { columnHeading, formatReportCell, isNumericColumn } from '../../../../shared/domain/report-format';
import { Pager } from '../../components/Pager';

/** A long table shows this many rows at a time: a 20,000-row table must never reach the DOM whole. */
export const REPORT_ROWS_PER_PAGE = 200;

/** One report table: units in the headers, numbers right-aligned, the total last and in bold. */
export function ReportTableBlock({ table }: { table: ReportTable }) {
  const [page, setPage] = useState(0);
  const footnoteId = useId();
  const total = table.rows.length;
  const rows = table.rows.slice(page * REPORT_ROWS_PER_PAGE, (page + 1) * REPORT_ROWS_PER_PAGE);
  const [first, ...rest] = table.columns;

  return (
    <div className="report-table">
      <div className="table-wrap">
        <table className="table" aria-describedby={table.footnote ? footnoteId : undefined}>
          <caption className="report-table-caption">{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" className={isNumericColumn(column) ? 'numeric' : undefined}>
                  {columnHeading(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {total === 0 ? (
              <tr>
                <td colSpan={Math.max(1, table.columns.length)}>No rows: nothing was recorded for this table in the period.</td>
              </tr>
            ) : null}
            {rows.map((row, index) => (
              <tr key={page * REPORT_ROWS_PER_PAGE + index}>
                {first ? (
                  <th scope="row" className={isNumericColumn(first) ? 'numeric report-row-head' : 'report-row-head'}>
                    {formatReportCell(row[first.key], first)}
                  </th>
                ) : null}
                {rest.map((column) => (
                  <td key={column.key} className={isNumericColumn(column) ? 'numeric' : undefined}>
                    {formatReportCell(row[column.key], column)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {table.totals ? (
            <tfoot>
              <tr className="report-totals">
                {table.columns.map((column, index) => {
                  const cell = table.totals?.[column.key];
                  // The first cell names the row; the others stay empty where there is nothing to add up.
                  const text = index === 0 && (cell === null || cell === undefined) ? 'Total' : cell === null || cell === undefined ? '' : formatReportCell(cell, column);
                  return index === 0 ? (
                    <th key={column.key} scope="row" className={isNumericColumn(column) ? 'numeric' : undefined}>
                      {text}
                    </th>
                  ) : (
                    <td key={column.key} className={isNumericColumn(column) ? 'numeric' : undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {total > REPORT_ROWS_PER_PAGE ? (
        <>
          <Pager label={`${table.title}: pages`} page={page} pageSize={REPORT_ROWS_PER_PAGE} total={total} shown={rows.length} noun={['row', 'rows']} formatTotal={(n) => n.toLocaleString('en-GB')} onPage={setPage} />
          <p className="report-note">
            {REPORT_ROWS_PER_PAGE} rows are shown at a time, of {total.toLocaleString('en-GB')}. Download the spreadsheet to see every row at once.
          </p>
        </>
      ) : null}
      {table.footnote ? (
        <p id={footnoteId} className="report-footnote">
          {table.footnote}
        </p>
      ) : null}
    </div>
  );
}
