import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { hrefFor } from '../../lib/router';

export function DataSourcesPage() {
  return (
    <>
      <PageHeader
        title="Data sources"
        description="Where your energy and fuel figures come from. The app turns them into emissions."
      />
      <EmptyState
        title="No data sources yet"
        actions={
          <a className="button button-primary" href={hrefFor('imports')}>
            Import bills and data
          </a>
        }
      >
        <p>
          Today, add data by importing the CSV files your supplier, fuel card or meter portal lets you download: drop them on the{' '}
          <a href={hrefFor('imports')}>Import files</a> page. Connecting an energy supplier will arrive here: a connected supplier sends your
          meter readings to the app automatically. Your data stays on this computer either way.
        </p>
        <h3 className="empty-state-subtitle">What you can do now</h3>
        <ol className="steps-to-take">
          <li>Download your latest electricity and gas bills, or your meter readings, as CSV files from your supplier&apos;s website.</li>
          <li>
            Check that every building on those bills is listed as a site in <a href={hrefFor('settings')}>Settings</a>.
          </li>
          <li>
            Import the files on the <a href={hrefFor('imports')}>Import files</a> page. Figures with no export can go in the activity CSV template
            there, or be added by hand on the <a href={hrefFor('activity')}>Activity data</a> page.
          </li>
        </ol>
      </EmptyState>
    </>
  );
}
