import type { CalculationResultDto, EmissionComponentDto, FactorProvenanceDto } from '../../../shared/domain/activities';
import type { FigureView } from '../../../shared/domain/calculations';
import { marketStepLabel } from '../lib/emissions-words';
import { readProvenance } from './stored-figure';
import './ProvenancePanel.css';

export interface ProvenancePanelProps {
  /** A whole calculation: every component, the factor-year reason and the warnings. */
  result?: CalculationResultDto;
  /** Or one component of it, e.g. next to a single figure on the dashboard or in a report. */
  component?: EmissionComponentDto;
  /** Or one stored figure of a calculation run (records.figures), e.g. on the Activity data page. */
  figure?: FigureView;
  /** With `component`: the factor-year reason and warnings of the calculation it came from, if known. */
  factorYearReason?: string;
  warnings?: readonly string[];
  /** Open on first render (closed by default, so it sits quietly next to a number). */
  open?: boolean;
}

const kgFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
// Factors as published (no thousands separators or rounding beyond the 12 figures the files keep).
const factorText = (value: number) => String(Number(value.toPrecision(12)));

function scopeLabel(scope: number, category: number | null): string {
  return category ? `Scope ${scope}, category ${category}` : `Scope ${scope}`;
}

function FactorSource({ p }: { p: FactorProvenanceDto }) {
  const levels = [p.path.level1, p.path.level2, p.path.level3, p.path.level4].filter((l) => l !== '');
  return (
    <dl className="provenance-facts">
      <dt>Published by</dt>
      <dd>
        {p.publisher}: {p.setTitle}, {p.year}, version {p.version}{' '}
        <span className={p.verified ? 'badge provenance-verified' : 'badge provenance-unverified'}>{p.verified ? 'Verified source' : 'Unverified source'}</span>
      </dd>
      {p.caveat ? (
        <>
          <dt>Caveat</dt>
          <dd>{p.caveat}</dd>
        </>
      ) : null}
      <dt>Where to find it</dt>
      <dd>
        Row {p.rowNumber} of the {p.year} file{p.externalId ? ` (factor ID ${p.externalId})` : ''}: {p.path.scope} › {levels.join(' › ')}
        {p.path.columnText ? ` › ${p.path.columnText}` : ''} — unit “{p.path.uom}”, {p.path.ghgUnit}
        <span className="provenance-set-id"> Set {p.setId}</span>
      </dd>
      {p.derivation ? (
        <>
          <dt>Worked out as</dt>
          <dd>{p.derivation}</dd>
        </>
      ) : null}
    </dl>
  );
}

function ComponentExplanation({ c }: { c: EmissionComponentDto }) {
  return (
    <li className="provenance-component">
      <p className="provenance-component-title">
        {c.label} <span className="provenance-scope">({scopeLabel(c.scope, c.scope3Category)})</span>
      </p>
      <p className="provenance-sum">
        {kgFormat.format(c.quantity)} {c.quantityUnit} × {factorText(c.provenance.value)} {c.provenance.unit} = <strong>{kgFormat.format(c.co2eKg)} kg</strong>
      </p>
      <FactorSource p={c.provenance} />
      {c.notes.length ? (
        <ul className="provenance-notes">
          {c.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function StoredFigureExplanation({ f }: { f: FigureView }) {
  const source = readProvenance(f);
  // A market-based slice says which step of the hierarchy it came from; its note is the last one stored.
  const stepNote = source.kind === 'market' ? source.market.note : f.marketStep ? f.notes[f.notes.length - 1] : undefined;
  const notes = f.notes.filter((note) => note !== stepNote);
  const gases: Array<[string, number]> = [];
  if (f.co2Kg !== null) gases.push(['CO2', f.co2Kg]);
  if (f.ch4Kg !== null) gases.push(['CH4', f.ch4Kg]);
  if (f.n2oKg !== null) gases.push(['N2O', f.n2oKg]);
  return (
    <li className="provenance-component">
      <p className="provenance-sum">
        {kgFormat.format(f.quantity)} {f.quantityUnit} × {factorText(f.factorValue)} {f.factorUnit} = <strong>{kgFormat.format(f.co2eKg)} kg</strong>
      </p>
      <dl className="provenance-facts">
        {f.marketStep ? (
          <>
            <dt>Market-based step</dt>
            <dd>
              {marketStepLabel(f.marketStep)}
              {stepNote ? <span className="provenance-step-note">{stepNote}</span> : null}
            </dd>
          </>
        ) : null}
        {f.factorYear !== null ? (
          <>
            <dt>Factor year</dt>
            <dd>{f.factorYear}</dd>
          </>
        ) : null}
        {gases.length ? (
          <>
            <dt>By gas (kg CO2e)</dt>
            <dd>{gases.map(([gas, kg]) => `${gas} ${kgFormat.format(kg)}`).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {source.kind === 'factor' ? <FactorSource p={source.factor} /> : null}
      {source.kind === 'market' ? (
        <p className="provenance-grid">
          In place of the grid average of {factorText(source.market.gridFactor.value)} {source.market.gridFactor.unit} ({source.market.gridFactor.publisher},{' '}
          {source.market.gridFactor.year}, row {source.market.gridFactor.rowNumber}).
        </p>
      ) : null}
      {source.kind === 'unreadable' ? <p>The stored details of where this factor came from could not be read.</p> : null}
      {notes.length ? (
        <ul className="provenance-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * "How was this calculated?" for any figure: quantity × factor = result for each part, where the
 * factor was published (set, year, version, row and full path), why that year's factors were
 * used, and anything to be careful about. Reusable next to any number that carries provenance.
 */
export function ProvenancePanel({ result, component, figure, factorYearReason, warnings, open = false }: ProvenancePanelProps) {
  const components = result ? result.components : component ? [component] : [];
  const reason = result?.factorYearReason ?? factorYearReason;
  const allWarnings = result?.warnings ?? warnings ?? [];
  return (
    <details className="provenance-panel" open={open}>
      <summary>How was this calculated?</summary>
      <div className="provenance-body">
        {reason ? (
          <p className="provenance-year">
            <strong>Which year’s factors:</strong> {reason}
          </p>
        ) : null}
        <ol className="provenance-components">
          {components.map((c) => (
            <ComponentExplanation key={`${c.role}-${c.provenance.setId}-${c.provenance.rowNumber}`} c={c} />
          ))}
          {figure ? <StoredFigureExplanation f={figure} /> : null}
        </ol>
        {allWarnings.length ? (
          <div className="provenance-warnings" role="note" aria-label="Things to be aware of">
            <p>
              <strong>Things to be aware of</strong>
            </p>
            <ul>
              {allWarnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}
