import type { Site } from '../../../../shared/domain/organisation';
import { instrumentKindLabels, type Instrument } from '../../../../shared/domain/scope2';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { flagsOf, formatFactor, formatIsoDate, formatVolume, instrumentLongName, siteLabel } from './instrument-format';

export interface InstrumentsTableProps {
  instruments: readonly Instrument[];
  sites: readonly Site[];
  editingId: string | null;
  onEdit: (instrument: Instrument) => void;
  onDelete: (instrument: Instrument) => void;
}

export function InstrumentsTable({ instruments, sites, editingId, onEdit, onDelete }: InstrumentsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table instruments-table">
        <caption className="visually-hidden">Your electricity contracts and certificates</caption>
        <thead>
          <tr>
            <th scope="col">Supplier and tariff</th>
            <th scope="col">Type</th>
            <th scope="col">Site</th>
            <th scope="col">Market</th>
            <th scope="col">Period</th>
            <th scope="col" className="numeric">
              Volume
            </th>
            <th scope="col" className="numeric">
              Factor (kg CO2e/kWh)
            </th>
            <th scope="col">Evidence</th>
            <th scope="col">Additional, subsidised, direct</th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((instrument) => {
            const flags = flagsOf(instrument);
            const name = instrumentLongName(instrument);
            return (
              <tr key={instrument.id} aria-current={editingId === instrument.id ? 'true' : undefined}>
                <th scope="row">
                  {instrument.supplier}
                  {instrument.tariff ? (
                    <>
                      {' '}
                      <span className="cell-detail">{instrument.tariff}</span>
                    </>
                  ) : null}
                </th>
                <td>{instrumentKindLabels[instrument.kind]}</td>
                <td>{siteLabel(instrument.siteId, sites)}</td>
                <td>{instrument.market}</td>
                <td>
                  <span className="nowrap">{formatIsoDate(instrument.periodStart)} to</span>{' '}
                  <span className="nowrap">{formatIsoDate(instrument.periodEnd)}</span>
                </td>
                <td className="numeric">{formatVolume(instrument.volumeMwh)}</td>
                <td className="numeric">{formatFactor(instrument.factorKgCo2ePerKwh)}</td>
                <td className="cell-file">{instrument.evidenceName ?? 'None'}</td>
                <td>{flags.length > 0 ? flags.join(', ') : 'None'}</td>
                <td className="row-actions">
                  <div className="row-actions-stack">
                    <Button variant="quiet" data-edit-instrument={instrument.id} onClick={() => onEdit(instrument)}>
                      Edit <VisuallyHidden>{name}</VisuallyHidden>
                    </Button>
                    <Button
                      variant="quiet"
                      className="button-quiet-danger"
                      data-delete-instrument={instrument.id}
                      onClick={() => onDelete(instrument)}
                    >
                      Delete <VisuallyHidden>{name}</VisuallyHidden>
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
