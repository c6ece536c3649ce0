import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { countryName } from '../../lib/countries';

const area = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export interface SitesTableProps {
  sites: readonly Site[];
  editingId: string | null;
  onEdit: (site: Site) => void;
  onDelete: (site: Site) => void;
}

export function SitesTable({ sites, editingId, onEdit, onDelete }: SitesTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Your sites</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Country</th>
            <th scope="col">Postcode</th>
            <th scope="col" className="numeric">
              Floor area
            </th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.id} aria-current={editingId === site.id ? 'true' : undefined}>
              <th scope="row">{site.name}</th>
              <td>{countryName(site.country)}</td>
              <td>{site.postcode || '—'}</td>
              <td className="numeric">{site.floorAreaM2 === null ? '—' : `${area.format(site.floorAreaM2)} m²`}</td>
              <td className="row-actions">
                <Button variant="quiet" data-edit-site={site.id} onClick={() => onEdit(site)}>
                  Edit <VisuallyHidden>{site.name}</VisuallyHidden>
                </Button>
                <Button variant="quiet" className="button-quiet-danger" data-delete-site={site.id} onClick={() => onDelete(site)}>
                  Delete <VisuallyHidden>{site.name}</VisuallyHidden>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
