import { useId } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { downloadText } from './downloads';
import { useFetchDownload } from './mutations';

const COLUMNS: ReadonlyArray<{ name: string; words: string }> = [
  { name: 'date', words: 'The day of a fill-up, trip or reading. Or, for a bill, leave it empty and use period_start and period_end.' },
  { name: 'period_start, period_end', words: 'The first and last day a bill covers (both included).' },
  { name: 'activity', words: 'An activity id from the catalogue, such as grid-electricity-uk, natural-gas or vehicle-fuel-diesel (see “Try a calculation” for the full list).' },
  { name: 'quantity', words: 'The amount, such as 1234.5. Thousands separators and £ signs are fine.' },
  { name: 'unit', words: 'The unit of the quantity, such as kWh, litres or miles.' },
  { name: 'site (optional)', words: 'A site name as in Settings. Leave it out when the workspace has one site, or choose the site when importing.' },
  { name: 'meter (optional)', words: 'The MPAN, MPRN, vehicle registration or another meter reference.' },
  { name: 'description (optional)', words: 'Anything that helps you find the source again.' },
  { name: 'evidence (optional)', words: 'The bill, invoice or receipt number.' },
];

/** The app's own CSV layout, for data that comes from no export: download it and fill it in. */
export function TemplateSection() {
  const titleId = useId();
  const fetch = useFetchDownload();
  return (
    <section className="card settings-section import-template" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId}>The activity CSV template</h2>
        <Button busy={fetch.isPending} onClick={() => fetch.mutate({ kind: 'template' }, { onSuccess: (file) => downloadText(file.fileName, file.csv) })}>
          Download the activity CSV template
        </Button>
      </div>
      <p className="section-intro">
        For figures that come from no export (meter readings on paper, receipts), fill in the template in a spreadsheet and import it here. One row
        per bill, reading or fill-up:
      </p>
      {fetch.isError ? <ErrorBanner title="The template could not be downloaded" error={fetch.error} /> : null}
      <dl className="import-columns">
        {COLUMNS.map((c) => (
          <div key={c.name}>
            <dt>
              <code>{c.name}</code>
            </dt>
            <dd>{c.words}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
