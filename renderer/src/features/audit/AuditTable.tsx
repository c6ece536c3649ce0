import { Fragment, useState } from 'react';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';
import { AuditDiff } from './AuditDiff';

export const actionLabels: Record<AuditEntry['action'], string> = { create: 'Created', update: 'Updated', delete: 'Deleted' };

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());

  function toggle(id: number) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className="table-wrap">
      <table className="table audit-table">
        <caption className="visually-hidden">Changes to this workspace, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">What</th>
            <th scope="col">
              <VisuallyHidden>Details</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const open = expanded.has(entry.id);
            const detailsId = `audit-details-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <tr>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    <span className={`tag tag-${entry.action}`}>{actionLabels[entry.action]}</span>
                  </td>
                  <td>{entry.summary}</td>
                  <td className="row-actions">
                    <Button variant="quiet" aria-expanded={open} aria-controls={detailsId} onClick={() => toggle(entry.id)}>
                      {open ? 'Hide changes' : 'Show changes'} <VisuallyHidden>for {entry.summary}</VisuallyHidden>
                    </Button>
                  </td>
                </tr>
                {open ? (
                  <tr id={detailsId} className="audit-details">
                    <td colSpan={5}>
                      <AuditDiff entry={entry} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
