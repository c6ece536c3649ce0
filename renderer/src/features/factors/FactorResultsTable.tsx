import type { FactorRowView } from '../../../../shared/domain/factors';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { rowLabel, setLabel } from './factor-labels';

/** The published value exactly as printed in the file (a blank cell or text such as "< 1" stays as it is). */
export function PublishedValue({ row }: { row: Pick<FactorRowView, 'rawValue'> }) {
  return row.rawValue === '' ? (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>blank in the published file</VisuallyHidden>
    </>
  ) : (
    <>{row.rawValue}</>
  );
}

export function FactorResultsTable({ rows, onShow }: { rows: readonly FactorRowView[]; onShow: (row: FactorRowView) => void }) {
  return (
    <div className="table-wrap">
      <table className="table factor-table">
        <caption className="visually-hidden">Emission factors matching your search</caption>
        <thead>
          <tr>
            <th scope="col">Set</th>
            <th scope="col" className="numeric">
              Row
            </th>
            <th scope="col">Scope</th>
            <th scope="col">Level 1</th>
            <th scope="col">Level 2</th>
            <th scope="col">Level 3</th>
            <th scope="col">Level 4</th>
            <th scope="col">Column text</th>
            <th scope="col">UOM</th>
            <th scope="col">GHG/Unit</th>
            <th scope="col" className="numeric">
              Value
            </th>
            <th scope="col">
              <VisuallyHidden>Details</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="nowrap">{setLabel({ dataset: row.dataset, year: row.setYear, version: row.setVersion })}</td>
              <td className="numeric">{row.rowNumber}</td>
              <td className="nowrap">{row.scope}</td>
              <td>{row.level1}</td>
              <td>{row.level2}</td>
              <td>{row.level3}</td>
              <td>{row.level4}</td>
              <td>{row.columnText}</td>
              <td className="nowrap">{row.uom}</td>
              <td>{row.ghgUnit}</td>
              <td className="numeric factor-value">
                <PublishedValue row={row} />
              </td>
              <td className="row-actions">
                <Button variant="quiet" onClick={() => onShow(row)}>
                  Details <VisuallyHidden>for {rowLabel(row)} ({row.setYear})</VisuallyHidden>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
