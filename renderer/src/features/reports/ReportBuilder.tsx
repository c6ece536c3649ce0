import { useState } from 'react';
import type { ReportFormat, ReportKind } from '../../../../shared/domain/report-document';
import { reportKinds } from '../../../../shared/domain/report-document';
import type { Organisation } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { formatDateTime, reportingYearFor } from '../../lib/dates';
import { isErrorCode } from '../../lib/errors';
import { hrefFor } from '../../lib/router';
import { downloadReportFile } from './download';
import { useExportReport, usePublishReport } from './mutations';
import { PublishedReportsList } from './PublishedReportsList';
import { usePublishedReport, usePublishedReports, useReportPreview } from './queries';
import { downloadFormats, reportingYearChoices, reportingYearLabel, reportKindLabels, reportKindShort } from './report-words';
import { ReportView } from './ReportView';

export function ReportBuilder({ organisation }: { organisation: Organisation }) {
  const currentYear = reportingYearFor(organisation.reportingYearStartMonth, new Date()).start.getUTCFullYear();
  const [kind, setKind] = useState<ReportKind>('secr');
  // The last complete reporting year is the one most people report on.
  const [year, setYear] = useState(currentYear - 1);
  const [openedId, setOpenedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const preview = useReportPreview(kind, year);
  const published = usePublishedReports();
  const opened = usePublishedReport(openedId);
  const openedSummary = published.data?.find((r) => r.id === openedId) ?? null;
  const publish = usePublishReport();
  const exporter = useExportReport();
  const document = openedId ? opened.data : preview.data;

  function runPublish() {
    if (publish.isPending) return;
    setNotice(null);
    publish.mutate(
      { kind, year },
      { onSuccess: (summary) => setNotice(`Published “${summary.title}” on ${formatDateTime(summary.publishedAt)}. It is listed under Published reports and will not change.`) },
    );
  }

  function runDownload(format: ReportFormat) {
    if (exporter.isPending) return;
    setNotice(null);
    exporter.mutate(openedId ? { id: openedId, format } : { kind, year, format }, {
      onSuccess: (file) => {
        downloadReportFile(file);
        setNotice(`Downloaded ${file.fileName}`);
      },
    });
  }

  return (
    <section aria-labelledby="reports-build" className="card">
      <h2 id="reports-build">Preview and publish</h2>
      <div className="reports-choose">
        <Field label="Report">
          {(control) => (
            <select {...control} value={kind} onChange={(e) => { setKind(e.target.value as ReportKind); setOpenedId(null); }}>
              {reportKinds.map((k) => (
                <option key={k} value={k}>
                  {reportKindLabels[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Reporting year">
          {(control) => (
            <select {...control} value={year} onChange={(e) => { setYear(Number(e.target.value)); setOpenedId(null); }}>
              {reportingYearChoices(organisation.baseYear, currentYear).map((y) => (
                <option key={y} value={y}>
                  {reportingYearLabel(y, organisation.reportingYearStartMonth)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="reports-actions">
        {openedId === null ? (
          <Button variant="primary" busy={publish.isPending} disabled={!preview.data} onClick={runPublish}>
            Publish
          </Button>
        ) : null}
        {downloadFormats.map((d) => (
          <Button key={d.format} busy={exporter.isPending} disabled={!document} onClick={() => runDownload(d.format)}>
            {d.label}
          </Button>
        ))}
      </div>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {publish.isError ? <ErrorBanner title="The report could not be published" error={publish.error} /> : null}
      {exporter.isError ? <ErrorBanner title="The file could not be made" error={exporter.error} /> : null}
      <PublishedReportsList reports={published} openedId={openedId} onOpen={setOpenedId} />
      {openedId !== null ? (
        <div className="callout reports-published-note">
          <p>
            You are reading the published report{openedSummary ? ` “${openedSummary.title}”, published on ${formatDateTime(openedSummary.publishedAt)} by ${openedSummary.publishedBy}` : ''}. Its numbers are frozen; downloads give exactly this document.
          </p>
          <Button onClick={() => setOpenedId(null)}>Back to the preview of {reportKindShort[kind]} {reportingYearLabel(year, organisation.reportingYearStartMonth)}</Button>
        </div>
      ) : null}
      {openedId !== null && opened.isPending ? <Loading label="Opening the published report…" /> : null}
      {openedId !== null && opened.isError ? <ErrorBanner title="The published report could not be opened" error={opened.error} onRetry={() => void opened.refetch()} /> : null}
      {openedId === null && preview.isPending ? <Loading label="Building the report from your latest calculation…" /> : null}
      {openedId === null && preview.isError ? (
        isErrorCode(preview.error, 'NOT_FOUND') ? (
          <EmptyState title={`Nothing to report for ${reportingYearLabel(year, organisation.reportingYearStartMonth)}`} actions={<a href={hrefFor('imports')}>Import your data</a>}>
            <p>{preview.error.message}</p>
          </EmptyState>
        ) : (
          <ErrorBanner title="The report could not be built" error={preview.error} onRetry={() => void preview.refetch()} />
        )
      ) : null}
      {document ? <ReportView document={document} /> : null}
    </section>
  );
}
