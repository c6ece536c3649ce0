import type { BackupEntry } from '../../../../shared/domain/backups';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';
import { formatMegabytes, kindLabels } from './backup-files';

export function BackupTable({ backups, selected, onPreview }: { backups: readonly BackupEntry[]; selected: string | null; onPreview: (file: string) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Backups of this workspace, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Kind</th>
            <th scope="col" className="numeric">
              Size
            </th>
            <th scope="col">Organisation</th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file} aria-current={selected === b.file ? 'true' : undefined}>
              <td className="nowrap">
                <time dateTime={b.createdAt}>{formatDateTime(b.createdAt)}</time>
              </td>
              <td>{kindLabels[b.kind]}</td>
              <td className="numeric">{formatMegabytes(b.sizeBytes)}</td>
              <td>{b.organisationName ?? 'Cannot be read'}</td>
              <td className="row-actions">
                <Button variant="quiet" onClick={() => onPreview(b.file)} aria-pressed={selected === b.file}>
                  Preview <VisuallyHidden>the backup made {formatDateTime(b.createdAt)}</VisuallyHidden>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
