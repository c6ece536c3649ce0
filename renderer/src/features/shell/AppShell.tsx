import { useEffect, useRef } from 'react';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { useRoute } from '../../lib/router';
import { SampleBanner } from '../sample/SampleBanner';
import { RouteView } from './RouteView';
import { SideNav } from './SideNav';
import { WorkspaceMenu } from './WorkspaceMenu';

export interface AppShellProps {
  workspace: WorkspaceSummary;
  /** True when the shell replaces the start screen after the person opened or created a workspace. */
  focusOnMount?: boolean;
}

export function AppShell({ workspace, focusOnMount = false }: AppShellProps) {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const focusedRoute = useRef(focusOnMount ? null : route);

  // After each navigation, start at the new page's heading (what a page load would do for a screen
  // reader). On a fresh app start focus stays at the top, so the first Tab reaches the skip link.
  useEffect(() => {
    if (focusedRoute.current === route) return;
    focusedRoute.current = route;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  return (
    <div className="shell">
      {/* Not a real fragment link: "#main" would be read as a route by the hash router. */}
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="topbar">
        <span className="brand">CarbonRecycling</span>
        <p className="topbar-org">
          <span className="visually-hidden">Organisation: </span>
          {workspace.organisation.name}
          {workspace.isSample ? <span className="badge">Sample data</span> : null}
        </p>
        <WorkspaceMenu current={workspace} />
      </header>
      {workspace.isSample ? <SampleBanner organisationName={workspace.organisation.name} /> : null}
      <div className="shell-body">
        <SideNav current={route} />
        <main id="main" ref={mainRef} tabIndex={-1} className="content">
          <RouteView route={route} workspace={workspace} />
        </main>
      </div>
    </div>
  );
}
