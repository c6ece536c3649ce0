import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { PageHeader } from '../../components/PageHeader';
import { hrefFor, type Route } from '../../lib/router';
import { ActivityPage } from '../activity/ActivityPage';
import { AuditLogPage } from '../audit/AuditLogPage';
import { BackupsPage } from '../backups/BackupsPage';
import { CalculationsPage } from '../calculations/CalculationsPage';
import { CalculatorPage } from '../calculator/CalculatorPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { DataSourcesPage } from '../data-sources/DataSourcesPage';
import { FactorsPage } from '../factors/FactorsPage';
import { ImportsPage } from '../imports/ImportsPage';
import { ReportsPage } from '../reports/ReportsPage';
import { InstrumentsPage } from '../instruments/InstrumentsPage';
import { SettingsPage } from '../settings/SettingsPage';

export function RouteView({ route, workspace }: { route: Route; workspace: WorkspaceSummary }) {
  switch (route) {
    case 'dashboard':
      return <DashboardPage workspace={workspace} />;
    case 'data-sources':
      return <DataSourcesPage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditLogPage />;
    case 'factors':
      return <FactorsPage />;
    case 'instruments':
      return <InstrumentsPage />;
    case 'calculator':
      return <CalculatorPage />;
    case 'activity':
      return <ActivityPage />;
    case 'calculations':
      return <CalculationsPage />;
    case 'imports':
      return <ImportsPage />;
    case 'reports':
      return <ReportsPage workspace={workspace} />;
    case 'backups':
      return <BackupsPage />;
    case 'not-found':
      return (
        <>
          <PageHeader title="Page not found" />
          <p>
            There is no page at this address. <a href={hrefFor('dashboard')}>Go to the dashboard</a>.
          </p>
        </>
      );
  }
}
