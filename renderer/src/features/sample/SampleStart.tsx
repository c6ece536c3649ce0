import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { navigate } from '../../lib/router';
import { useOpenSample } from '../workspace/mutations';

/** The welcome screen's way in for someone who wants to look around before entering real data. */
export function SampleStart() {
  const open = useOpenSample();
  return (
    <section className="card get-started" aria-labelledby="sample-start-title">
      <h2 id="sample-start-title">Explore a sample company</h2>
      <p>
        Example Joinery Ltd is a made-up small UK business with a workshop and an office, and two years of energy bills,
        half-hourly meter readings, van fuel, travel, waste and purchases, so you can see every page and report before
        adding your own data. It opens in its own workspace, clearly marked as sample data, and never mixes with yours.
      </p>
      {open.isError ? <ErrorBanner title="The sample company could not be opened" error={open.error} onRetry={() => open.mutate()} /> : null}
      <div className="button-row">
        <Button busy={open.isPending} onClick={() => open.mutate(undefined, { onSuccess: () => navigate('dashboard') })}>
          {open.isPending ? 'Preparing the sample company (a few seconds)…' : 'Explore a sample company'}
        </Button>
      </div>
    </section>
  );
}
