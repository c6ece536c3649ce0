import { useRef, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import type { DrillDownRow } from '../../../../shared/domain/dashboard';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { ProvenancePanel } from '../../components/ProvenancePanel';
import { dataQualityLabels, formatEmissions, formatPeriod, formatQuantity, methodLabel, scopeWords, sourceLabels } from '../../lib/emissions-words';
import type { DrillTarget } from './dashboard-words';
import { useDownloadEvidence } from './mutations';
import { useDrillDown } from './queries';
import type { EmissionsUnit } from './ScopeChart';

const PAGE_SIZE = 25;

/** The activity rows behind a bar or a total, a page at a time, each with how it was calculated and its evidence. */
export function DrillDownDialog({ year, target, unit, onClose }: { year: number; target: DrillTarget; unit: EmissionsUnit; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const [page, setPage] = useState(0);
  const drill = useDrillDown(year, target.filter, page, PAGE_SIZE);
  const download = useDownloadEvidence();

  return (
    <ModalDialog className="drill-dialog" title={`Rows behind: ${target.title}`} initialFocus={closeRef} onClose={onClose}>
      {drill.data ? (
        <p className="drill-window">
          Figures that fall in {formatPeriod(drill.data.window.start, drill.data.window.end)}. A bill that spans several months counts here only for its days in
          this period (“In this period”).
        </p>
      ) : null}
      {drill.isPending ? <Loading label="Loading the rows…" /> : null}
      {drill.isError ? <ErrorBanner title="The rows could not be loaded" error={drill.error} onRetry={() => void drill.refetch()} /> : null}
      {download.isError ? <ErrorBanner title="The original file could not be downloaded" error={download.error} /> : null}
      {drill.data && drill.data.total === 0 ? <p>No activity rows make up this figure.</p> : null}
      {drill.data && drill.data.total > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table drill-table">
              <caption className="visually-hidden">Activity rows behind {target.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Site and activity</th>
                  <th scope="col">Scope and method</th>
                  <th scope="col" className="numeric">
                    Quantity
                  </th>
                  <th scope="col" className="numeric">
                    In this period
                  </th>
                  <th scope="col">Data quality</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {drill.data.rows.map((row) => (
                  <DrillRow key={row.figure.id} row={row} unit={unit} downloading={download.isPending} onDownload={(importId) => download.mutate(importId)} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager label="Pages of rows" page={page} pageSize={PAGE_SIZE} total={drill.data.total} shown={drill.data.rows.length} noun={['row', 'rows']} onPage={setPage} />
        </>
      ) : null}
      <div className="dialog-actions">
        <Button ref={closeRef} onClick={onClose}>
          Close
        </Button>
      </div>
    </ModalDialog>
  );
}

function DrillRow({ row, unit, downloading, onDownload }: { row: DrillDownRow; unit: EmissionsUnit; downloading: boolean; onDownload: (importId: string) => void }) {
  const { figure, record } = row;
  const flags: string[] = [];
  if (record?.estimated) flags.push('Estimated reading');
  if (row.factorSet && !row.factorSet.verified) flags.push('Unverified factor source');
  return (
    <tr>
      <td className="nowrap">{formatPeriod(row.periodStart, row.periodEnd)}</td>
      <td>
        {row.siteName}
        <br />
        {row.activityLabel}
        {record?.meter ? <span className="drill-meter"> · meter {record.meter}</span> : null}
        {record?.description ? <span className="drill-description"> · {record.description}</span> : null}
      </td>
      <td>
        {scopeWords(figure.scope, figure.scope3Category)}
        <br />
        <span className="drill-method">{methodLabel(figure.method)}</span>
      </td>
      <td className="numeric">
        {formatQuantity(figure.quantity)} {figure.quantityUnit}
      </td>
      <td className="numeric">
        <strong>{formatEmissions(row.co2eKgInWindow, unit)}</strong>
        {Math.abs(row.co2eKgInWindow - figure.co2eKg) > 1e-9 ? <span className="drill-whole">of {formatEmissions(figure.co2eKg, unit)} for the whole period</span> : null}
        <ProvenancePanel figure={figure} />
      </td>
      <td>
        {record ? ((dataQualityLabels as Record<string, string>)[record.dataQuality] ?? record.dataQuality) : 'Record since deleted'}
        {record ? <span className="drill-source">{(sourceLabels as Record<string, string>)[record.source] ?? record.source}</span> : null}
        {flags.map((flag) => (
          <span key={flag} className="badge badge-warning">
            {flag}
          </span>
        ))}
      </td>
      <td>
        {row.evidence ? (
          <button type="button" className="dashboard-link" disabled={downloading} onClick={() => onDownload(row.evidence?.importId ?? '')}>
            Download {row.evidence.fileName}
          </button>
        ) : (
          <span className="drill-no-evidence">{record?.sourceRef ? `Reference ${record.sourceRef}` : 'No file'}</span>
        )}
      </td>
    </tr>
  );
}
