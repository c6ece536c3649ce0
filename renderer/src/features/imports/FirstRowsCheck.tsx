import type { RowCheck } from './mapping-draft';

/** The first rows read the way the wizard's choices say, so a wrong column shows before importing. */
export function FirstRowsCheck({ checks, showSite, incomplete }: { checks: readonly RowCheck[]; showSite: boolean; incomplete: boolean }) {
  const problems = checks.filter((c) => c.problems.length > 0).length;
  const summary =
    problems > 0
      ? `${problems} of these ${checks.length} rows would be rejected as things stand.`
      : incomplete
        ? 'The rows fill in as you choose the columns.'
        : 'These rows read well. The import checks every row again.';
  return (
    <section className="import-row-check" aria-labelledby="import-row-check-title">
      <h4 id="import-row-check-title">The first rows, read with these choices</h4>
      <p className="section-intro" aria-live="polite">
        {summary}
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">The first rows as they would be imported</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              <th scope="col">Date</th>
              <th scope="col" className="numeric">
                Quantity
              </th>
              <th scope="col">Unit</th>
              <th scope="col">Activity</th>
              {showSite ? <th scope="col">Site</th> : null}
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr key={c.rowNumber} className={c.problems.length > 0 ? 'import-row-bad' : undefined}>
                <th scope="row" className="numeric">
                  {c.rowNumber}
                </th>
                <td>{c.date}</td>
                <td className="numeric">{c.quantity}</td>
                <td>{c.unit}</td>
                <td>{c.activity}</td>
                {showSite ? <td>{c.site}</td> : null}
                <td>{c.problems.length > 0 ? c.problems.join('; ') : incomplete ? '—' : 'Looks right'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
