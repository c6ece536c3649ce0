import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useCloseWorkspace } from '../workspace/mutations';
import './sample.css';

/**
 * On every page while the sample company is open, so nobody mistakes its figures for their own.
 * A region (not an alert): it is there from the start, not news.
 */
export function SampleBanner({ organisationName }: { organisationName: string }) {
  const close = useCloseWorkspace();
  return (
    <section className="sample-banner" aria-labelledby="sample-banner-title">
      <div className="sample-banner-text">
        <p id="sample-banner-title" className="sample-banner-title">
          Sample data — not your company
        </p>
        <p className="sample-banner-detail">
          {organisationName} is made up, to show every page and report. Try anything here: nothing you do in the sample is
          added to your own workspaces.
        </p>
      </div>
      <Button variant="primary" busy={close.isPending} onClick={() => close.mutate()}>
        Leave the sample
      </Button>
      {close.isError ? <ErrorBanner title="The sample could not be closed" error={close.error} /> : null}
    </section>
  );
}
