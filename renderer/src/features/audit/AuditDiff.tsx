import type { AuditEntry } from '../../../../shared/domain/audit';
import { diffRows } from './audit-diff';

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const rows = diffRows(entry);
  if (rows.length === 0) return <p className="diff-none">No recorded fields changed.</p>;
  return (
    <table className="diff-table">
      <caption className="visually-hidden">Before and after: {entry.summary}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.changed ? 'diff-changed' : undefined}>
            <th scope="row">{row.label}</th>
            <td className="diff-before">{row.before}</td>
            <td className="diff-after">{row.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
