import { useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { desktopApi } from '../../lib/desktop';
import { navigate } from '../../lib/router';
import { useForgetWorkspace, useOpenWorkspace } from '../workspace/mutations';
import { useRecentWorkspaces } from '../workspace/queries';
import { SampleStart } from '../sample/SampleStart';
import { OpenWorkspaceFile } from '../backups/OpenWorkspaceFile';
import { RecentWorkspaces } from './RecentWorkspaces';
import { SetupWizard } from './SetupWizard';

/** Shown while no workspace is open: recent workspaces, open another, or set up a new organisation. */
export function StartPage() {
  const [settingUp, setSettingUp] = useState(false);
  return (
    <main id="main" className="start" tabIndex={-1}>
      {settingUp ? <SetupWizard onCancel={() => setSettingUp(false)} /> : <Welcome onSetUp={() => setSettingUp(true)} />}
    </main>
  );
}

function Welcome({ onSetUp }: { onSetUp: () => void }) {
  const recent = useRecentWorkspaces();
  const open = useOpenWorkspace();
  const forget = useForgetWorkspace();
  const desktop = desktopApi();
  const [pickError, setPickError] = useState<unknown>(null);

  const openPath = (path: string) => open.mutate(path, { onSuccess: () => navigate('dashboard') });

  async function openAnother() {
    setPickError(null);
    try {
      const path = await desktop?.chooseWorkspaceFile();
      if (path) openPath(path);
    } catch (error) {
      setPickError(error);
    }
  }

  const busyPath = open.isPending ? open.variables : forget.isPending ? forget.variables : null;

  return (
    <div className="welcome">
      <h1 className="page-title">Welcome to CarbonRecycling</h1>
      <p className="lead">
        Work out your organisation&apos;s carbon footprint from your energy bills and other records. Everything stays on
        this computer.
      </p>
      {open.isError ? <ErrorBanner title="That workspace could not be opened" error={open.error} /> : null}
      {forget.isError ? <ErrorBanner title="That workspace could not be removed from the list" error={forget.error} /> : null}
      {pickError ? <ErrorBanner title="The file chooser could not be opened" error={pickError} /> : null}
      <section className="card get-started" aria-labelledby="get-started-title">
        <h2 id="get-started-title">Get started</h2>
        <p>
          Setting up takes a few minutes: your organisation&apos;s details, then the sites (buildings) it uses. A new
          workspace file is created for them.
        </p>
        <div className="button-row">
          <Button variant="primary" onClick={onSetUp}>
            Set up your organisation
          </Button>
          {desktop ? <Button onClick={() => void openAnother()}>Open another workspace…</Button> : null}
        </div>
      </section>
      <SampleStart />
      <section className="card" aria-labelledby="open-file-title">
        <h2 id="open-file-title">Open a file you were sent</h2>
        <OpenWorkspaceFile onOpened={() => navigate('dashboard')} />
      </section>
      {recent.isError ? <ErrorBanner title="Your recent workspaces could not be listed" error={recent.error} /> : null}
      {recent.data && recent.data.length > 0 ? (
        <RecentWorkspaces workspaces={recent.data} onOpen={openPath} onForget={(path) => forget.mutate(path)} busyPath={busyPath ?? null} />
      ) : null}
    </div>
  );
}
