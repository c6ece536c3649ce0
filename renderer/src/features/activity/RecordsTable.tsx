import { Fragment, useState } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import type { ActivityRecordView } from '../../../../shared/domain/calculations';
import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { dataQualityLabels, dualTotals, formatDay, formatKg, formatPeriod, formatQuantity, formatTonnes, sourceLabels } from '../../lib/emissions-words';
import { RecordFigures } from './RecordFigures';
import { useRecordFigures } from './queries';

export type EmissionsUnit = 'tCO2e' | 'kgCO2e';

export interface RecordNaming {
  activityLabel: (activityId: string) => string;
  unitLabel: (activityId: string, unit: string) => string;
  siteName: (siteId: string) => string;
}

/** "12,000 kWh of Electricity from the grid (UK) at Head office, 1 Jan 2024 – 31 Dec 2024": unique enough for a button. */
export function recordName(record: ActivityRecordView, naming: RecordNaming): string {
  return `${formatQuantity(record.quantity)} ${naming.unitLabel(record.activityId, record.unit)} of ${naming.activityLabel(record.activityId)} at ${naming.siteName(record.siteId)}, ${formatPeriod(record.periodStart, record.periodEnd)}`;
}

export function makeNaming(activities: readonly Activity[], sites: readonly Site[]): RecordNaming {
  const byId = new Map(activities.map((a) => [a.id, a]));
  return {
    activityLabel: (id) => byId.get(id)?.label ?? id,
    unitLabel: (id, u) => byId.get(id)?.acceptedUnits.find((option) => option.id === u)?.label ?? u,
    siteName: (id) => sites.find((s) => s.id === id)?.name ?? 'A deleted site',
  };
}

const COLUMNS = 8;

function Emissions({ kg, unit }: { kg: number | undefined; unit: EmissionsUnit }) {
  if (kg === undefined) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>Not loaded: show the figures</VisuallyHidden>
      </>
    );
  }
  return <>{unit === 'tCO2e' ? formatTonnes(kg) : formatKg(kg)}</>;
}

interface RecordRowProps {
  record: ActivityRecordView;
  activity: Activity | undefined;
  naming: RecordNaming;
  unit: EmissionsUnit;
  open: boolean;
  onToggle: () => void;
  onDelete: () => void;
}

function RecordRow({ record, activity, naming, unit, open, onToggle, onDelete }: RecordRowProps) {
  // Fetched when the row is first opened; afterwards the cached figures keep the totals on screen.
  const figures = useRecordFigures(record.id, open);
  const totals = figures.data ? dualTotals(figures.data) : undefined;
  const name = recordName(record, naming);
  const detailsId = `record-figures-${record.id}`;
  return (
    <Fragment>
      <tr className={open ? 'record-open' : undefined}>
        <th scope="row">
          {naming.activityLabel(record.activityId)}
          {record.description ? (
            <>
              {' '}
              <span className="cell-detail">{record.description}</span>
            </>
          ) : null}
        </th>
        <td>{naming.siteName(record.siteId)}</td>
        <td>
          <span className="nowrap">{formatDay(record.periodStart)} –</span> <span className="nowrap">{formatDay(record.periodEnd)}</span>
        </td>
        <td className="numeric nowrap">
          {formatQuantity(record.quantity)} {naming.unitLabel(record.activityId, record.unit)}
        </td>
        <td>
          {dataQualityLabels[record.dataQuality]}{' '}
          <span className="cell-detail">{sourceLabels[record.source]}</span>
        </td>
        <td className="numeric">
          <Emissions kg={totals?.locationKg} unit={unit} />
        </td>
        <td className="numeric">
          <Emissions kg={totals?.marketKg} unit={unit} />
        </td>
        <td className="row-actions">
          <div className="row-actions-stack">
            <Button variant="quiet" aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
              {open ? 'Hide figures' : 'Show figures'} <VisuallyHidden>for {name}</VisuallyHidden>
            </Button>
            <Button variant="quiet" className="button-quiet-danger" data-delete-record={record.id} onClick={onDelete}>
              Delete <VisuallyHidden>{name}</VisuallyHidden>
            </Button>
          </div>
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="record-details">
          <td colSpan={COLUMNS}>
            <RecordFigures
              figures={figures.data}
              isPending={figures.isPending}
              error={figures.error}
              onRetry={() => void figures.refetch()}
              activity={activity}
            />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

export interface RecordsTableProps {
  records: readonly ActivityRecordView[];
  activities: readonly Activity[];
  sites: readonly Site[];
  unit: EmissionsUnit;
  onDelete: (record: ActivityRecordView) => void;
}

export function RecordsTable({ records, activities, sites, unit, onDelete }: RecordsTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const naming = makeNaming(activities, sites);
  const unitText = unit === 'tCO2e' ? 'tCO2e' : 'kg CO2e';

  function toggle(id: string) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className="table-wrap">
      <table className="table records-table">
        <caption className="visually-hidden">Activity records, latest period first</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Site</th>
            <th scope="col">Period</th>
            <th scope="col" className="numeric">
              Quantity
            </th>
            <th scope="col">Data quality and source</th>
            <th scope="col" className="numeric">
              Location-based ({unitText})
            </th>
            <th scope="col" className="numeric">
              Market-based ({unitText})
            </th>
            <th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <RecordRow
              key={record.id}
              record={record}
              activity={activities.find((a) => a.id === record.activityId)}
              naming={naming}
              unit={unit}
              open={expanded.has(record.id)}
              onToggle={() => toggle(record.id)}
              onDelete={() => onDelete(record)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
