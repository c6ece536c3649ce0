import { useEffect, useRef, useState } from 'react';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { desktopApi } from '../../lib/desktop';
import { navigate } from '../../lib/router';
import { useCloseWorkspace, useOpenWorkspace } from '../workspace/mutations';
import { useRecentWorkspaces } from '../workspace/queries';

/** A disclosure (button + panel), not an ARIA menu: plain buttons inside, reachable with Tab. */
export function WorkspaceMenu({ current }: { current: WorkspaceSummary }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  return (
    <div
      className="workspace-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <Button
        ref={toggleRef}
        variant="quiet"
        className="workspace-menu-toggle"
        aria-expanded={open}
        aria-controls="workspace-menu-panel"
        onClick={() => setOpen((v) => !v)}
      >
        Workspace
        <span aria-hidden="true" className="workspace-menu-caret">
          ▾
        </span>
      </Button>
      {open ? <WorkspacePanel current={current} onDone={() => setOpen(false)} /> : null}
    </div>
  );
}

function WorkspacePanel({ current, onDone }: { current: WorkspaceSummary; onDone: () => void }) {
  const recent = useRecentWorkspaces();
  const openWorkspace = useOpenWorkspace();
  const close = useCloseWorkspace();
  const desktop = desktopApi();
  const others = (recent.data ?? []).filter((r) => r.exists && r.path !== current.path);

  const switchTo = (path: string) =>
    openWorkspace.mutate(path, {
      onSuccess: () => {
        onDone();
        navigate('dashboard');
      },
    });

  async function openAnother() {
    const path = await desktop?.chooseWorkspaceFile();
    if (path) switchTo(path);
  }

  return (
    <div id="workspace-menu-panel" className="menu-panel">
      <p className="menu-current">
        <span className="menu-label">Open now</span>
        <span>{current.organisation.name}</span>
        <span className="menu-path">{current.path}</span>
      </p>
      {others.length > 0 ? (
        <>
          <p className="menu-label" id="switch-label">
            Switch to
          </p>
          <ul className="menu-list" aria-labelledby="switch-label">
            {others.map((r) => (
              <li key={r.path}>
                <Button variant="quiet" className="menu-item" busy={openWorkspace.isPending} onClick={() => switchTo(r.path)}>
                  <VisuallyHidden>Switch to</VisuallyHidden> {r.name}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {openWorkspace.isError ? <ErrorBanner title="That workspace could not be opened" error={openWorkspace.error} /> : null}
      {close.isError ? <ErrorBanner title="The workspace could not be closed" error={close.error} /> : null}
      <div className="menu-actions">
        {desktop ? (
          <Button variant="quiet" className="menu-item" onClick={() => void openAnother()}>
            Open another workspace…
          </Button>
        ) : null}
        <Button variant="quiet" className="menu-item" busy={close.isPending} onClick={() => close.mutate()}>
          Close workspace
        </Button>
      </div>
    </div>
  );
}
