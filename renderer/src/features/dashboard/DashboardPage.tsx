import { useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { reportingYearFor } from '../../lib/dates';
import { hrefFor } from '../../lib/router';

export function DashboardPage({ workspace }: { workspace: WorkspaceSummary }) {
  const { organisation, sites } = workspace;
  const [today] = useState(() => new Date());
  const reportingYear = reportingYearFor(organisation.reportingYearStartMonth, today);

  return (
    <>
      <PageHeader title="Dashboard" description="Your organisation's emissions at a glance." />
      <section aria-label="Workspace summary">
        <dl className="stats">
        <div className="card stat">
          <dt>Organisation</dt>
          <dd>{organisation.name}</dd>
        </div>
        <div className="card stat">
          <dt>Current reporting year</dt>
          <dd>{reportingYear.label}</dd>
        </div>
        <div className="card stat">
          <dt>Sites</dt>
          <dd>
            {sites.length} <a href={hrefFor('settings')}>Manage sites</a>
          </dd>
        </div>
        <div className="card stat">
          <dt>Base year</dt>
          <dd>{organisation.baseYear}</dd>
        </div>
      </dl>
      </section>
      <EmptyState
        title="No emissions data yet"
        actions={
          <a className="button button-primary" href={hrefFor('data-sources')}>
            Go to Data sources
          </a>
        }
      >
        <p>
          Your carbon footprint will appear here once the app has activity data: the electricity, gas and fuel your sites
          use, and the miles your vehicles travel.
        </p>
        <p>
          <strong>What to do next:</strong> add a data source. You will be able to connect your energy supplier&apos;s
          account, or import the bills you download from your supplier as CSV files.
        </p>
      </EmptyState>
    </>
  );
}
