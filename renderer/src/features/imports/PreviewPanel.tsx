import type { Ref } from 'react';
import type { ImportPreview } from '../../../../shared/domain/imports';
import { formatDateTime } from '../../lib/dates';
import { formatQuantity } from '../../lib/emissions-words';
import { formatBytes, plural, separatorWords } from './import-words';

export interface PreviewPanelProps {
  preview: ImportPreview;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Rows of the sample shown (the preview carries up to 20). */
  shownRows?: number;
}

/** What the app made of the file before anything is written. */
export function PreviewPanel({ preview, headingRef, shownRows = 10 }: PreviewPanelProps) {
  const rows = preview.sampleRows.slice(0, shownRows);
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h3 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        {preview.fileName}
      </h3>
      {preview.previousImport ? (
        <div className="import-callout import-callout-warning" role="note" aria-label="Already imported">
          <p className="import-callout-title">This file has already been imported</p>
          <p>
            The same file was imported on {formatDateTime(preview.previousImport.importedAt)}
            {preview.previousImport.fileName !== preview.fileName ? ` as ${preview.previousImport.fileName}` : ''}. Importing it again changes
            nothing: its rows are already counted. To replace that import, undo it in the import history first.
          </p>
        </div>
      ) : null}
      <dl className="import-facts">
        <div>
          <dt>Size</dt>
          <dd>{formatBytes(preview.sizeBytes)}</dd>
        </div>
        <div>
          <dt>Text encoding</dt>
          <dd>{preview.encoding}</dd>
        </div>
        <div>
          <dt>Columns separated by</dt>
          <dd>{separatorWords(preview.delimiter)}</dd>
        </div>
        <div>
          <dt>Rows of data</dt>
          <dd>
            {formatQuantity(preview.rowsTotal)} (header on row {preview.headerRowNumber})
          </dd>
        </div>
      </dl>
      {preview.profile ? (
        <p className="import-callout import-callout-ok">
          Recognised as <strong>{preview.profile.label}</strong>.
        </p>
      ) : (
        <p className="import-callout import-callout-warning">
          <strong>We don’t recognise these columns.</strong> Tell the app what each column holds below; you can save your answers as a
          layout so files like this are recognised next time.
        </p>
      )}
      {preview.preamble.length > 0 ? (
        <details className="import-details">
          <summary>
            {plural(preview.preamble.length, 'line')} above the header {preview.preamble.length === 1 ? 'was' : 'were'} skipped (account details and
            the like)
          </summary>
          <ol className="import-preamble">
            {preview.preamble.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {preview.skipped.length > 0 ? (
        <details className="import-details">
          <summary>
            {plural(preview.skipped.length, 'row')} after the data {preview.skipped.length === 1 ? 'is' : 'are'} left out
          </summary>
          <ul>
            {preview.skipped.map((s) => (
              <li key={s.rowNumber}>
                Row {s.rowNumber}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="table-wrap import-sample">
        <table className="table">
          <caption className="import-caption">
            {rows.length < preview.rowsTotal ? `The first ${rows.length} of ${formatQuantity(preview.rowsTotal)} rows` : `All ${plural(rows.length, 'row')}`}, as
            in the file
          </caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Row
              </th>
              {preview.header.map((name, i) => (
                <th scope="col" key={i}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.rowNumber}>
                <th scope="row" className="numeric">
                  {row.rowNumber}
                </th>
                {preview.header.map((_, i) => (
                  <td key={i}>{row.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
