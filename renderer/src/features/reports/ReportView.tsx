import { useId } from 'react';
import type { ReportBlock, ReportDocument, ReportSection } from '../../../../shared/domain/report-document';
import { formatKeyFigure, formatReportDate, formatReportPeriod, shortHash } from '../../../../shared/domain/report-format';
import { formatDateTime } from '../../lib/dates';
import { ReportChartBlock } from './ReportChartBlock';
import { ReportTableBlock } from './ReportTableBlock';
import './report-view.css';

const kindNames: Record<ReportDocument['kind'], string> = {
  secr: 'Streamlined Energy and Carbon Reporting (SECR)',
  crp: 'Carbon Reduction Plan',
  ghg: 'Greenhouse gas inventory',
};

/**
 * A report on screen, block by block, exactly as the exports print it: the same document, the
 * same rounding. Problems come first and are never folded away.
 */
export function ReportView({ document }: { document: ReportDocument }) {
  const titleId = useId();
  return (
    <article className="report-view" aria-labelledby={titleId}>
      {document.sample ? (
        <p className="report-sample-banner" role="note">
          SAMPLE DATA: this report was made from the sample workspace. Do not publish or submit it.
        </p>
      ) : null}
      <header className="report-header">
        <p className="report-kind">{kindNames[document.kind]}</p>
        <h2 id={titleId}>{document.title}</h2>
        <dl className="report-meta">
          <div>
            <dt>Organisation</dt>
            <dd>{document.organisationName}</dd>
          </div>
          {document.companiesHouseNumber ? (
            <div>
              <dt>Companies House number</dt>
              <dd>{document.companiesHouseNumber}</dd>
            </div>
          ) : null}
          <div>
            <dt>Reporting period</dt>
            <dd>{formatReportPeriod(document.periodStart, document.periodEnd)}</dd>
          </div>
          <div>
            <dt>Calculation run</dt>
            <dd>Run {document.runNumber}</dd>
          </div>
          <div>
            <dt>Inputs fingerprint</dt>
            <dd>
              <code title={`SHA-256 of everything this report was built from: ${document.inputsSha256}`}>{shortHash(document.inputsSha256)}</code>
            </dd>
          </div>
          <div>
            <dt>Prepared</dt>
            <dd>{formatDateTime(document.generatedAt)}</dd>
          </div>
        </dl>
      </header>
      {document.warnings.length > 0 ? (
        <section className="report-warnings" role="alert" aria-label="Problems with this report">
          <p className="report-warnings-title">
            {document.warnings.length === 1 ? 'One problem to fix before you publish this report' : `${document.warnings.length} problems to fix before you publish this report`}
          </p>
          <ul>
            {document.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {document.sections.map((section) => (
        <ReportSectionView key={section.id} section={section} />
      ))}
    </article>
  );
}

function ReportSectionView({ section }: { section: ReportSection }) {
  const headingId = useId();
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.title}</h3>
      {section.blocks.map((block, index) => (
        <ReportBlockView key={index} block={block} />
      ))}
    </section>
  );
}

function ReportBlockView({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="report-paragraph">{block.text}</p>;
    case 'keyFigures':
      return (
        <dl className="report-key-figures">
          {block.items.map((item, index) => (
            <div key={index} className="report-key-figure">
              <dt>{item.label}</dt>
              <dd>
                <span className="report-key-figure-value">{formatKeyFigure(item.value, item.decimals, item.unit)}</span>
                {item.note ? <span className="report-key-figure-note">{item.note}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <ReportTableBlock table={block} />;
    case 'chart':
      return <ReportChartBlock chart={block} />;
    case 'warning':
      return (
        <p className="report-warning" role="note">
          <strong>Please note: </strong>
          {block.text}
        </p>
      );
    case 'signOff':
      return (
        <div className="report-sign-off">
          <p>{block.statement}</p>
          <dl className="report-meta">
            <div>
              <dt>Name</dt>
              <dd>{block.name ?? 'Not yet signed'}</dd>
            </div>
            <div>
              <dt>Role</dt>
              <dd>{block.role ?? 'Not given'}</dd>
            </div>
            <div>
              <dt>Date</dt>
              <dd>{block.date ? formatReportDate(block.date) : 'Not yet signed'}</dd>
            </div>
          </dl>
        </div>
      );
  }
}
