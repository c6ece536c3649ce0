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
      <EmptyState title="No data sources yet">
        <p>
          Connecting an energy supplier and importing CSV bills will arrive here. A connected supplier sends your meter
          readings to the app automatically; an imported bill adds the usage printed on it. Your data stays on this
          computer either way.
        </p>
        <h3 className="empty-state-subtitle">What you can do now</h3>
        <ol className="steps-to-take">
          <li>Gather your latest electricity and gas bills, or the login for your supplier&apos;s online account.</li>
          <li>
            Check that every building on those bills is listed as a site in <a href={hrefFor('settings')}>Settings</a>.
          </li>
          <li>Come back to this page to connect your supplier or import the bills once this feature is available.</li>
        </ol>
      </EmptyState>
    </>
  );
}
