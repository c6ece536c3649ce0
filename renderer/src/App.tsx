import { useQueryClient } from '@tanstack/react-query';
import { ErrorBanner } from './components/ErrorBanner';
import { Loading } from './components/Loading';
import { StartPage } from './features/onboarding/StartPage';
import { useApplyTheme } from './features/settings/useApplyTheme';
import { AppShell } from './features/shell/AppShell';
import { useCurrentWorkspace } from './features/workspace/queries';
import { queryKeys } from './lib/query-keys';

/** No workspace open → start screen (recent workspaces, set-up wizard); otherwise the app shell. */
export function App() {
  useApplyTheme();
  const current = useCurrentWorkspace();
  const client = useQueryClient();

  if (current.isPending) {
    return (
      <main id="main" className="start">
        <Loading label="Opening CarbonRecycling…" />
      </main>
    );
  }
  if (current.isError) {
    return (
      <main id="main" className="start">
        <h1 className="page-title">CarbonRecycling could not start</h1>
        <ErrorBanner title="The app could not read its workspace" error={current.error} onRetry={() => void current.refetch()} />
      </main>
    );
  }
  if (!current.data) return <StartPage />;
  // More than one answer means the workspace changed while the app was running (opened, created).
  const openedNow = (client.getQueryState(queryKeys.currentWorkspace)?.dataUpdateCount ?? 0) > 1;
  return <AppShell workspace={current.data} focusOnMount={openedNow} />;
}
