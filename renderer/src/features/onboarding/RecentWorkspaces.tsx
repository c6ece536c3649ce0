import type { RecentWorkspace } from '../../../../shared/domain/workspace';
import { Button } from '../../components/Button';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';

export interface RecentWorkspacesProps {
  workspaces: readonly RecentWorkspace[];
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
  busyPath: string | null;
}

export function RecentWorkspaces({ workspaces, onOpen, onForget, busyPath }: RecentWorkspacesProps) {
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent workspaces</h2>
      <ul className="recent-list">
        {workspaces.map((workspace) => (
          <li key={workspace.path} className="recent-item">
            <div className="recent-text">
              <span className="recent-name">{workspace.name}</span>
              <span className="recent-path">{workspace.path}</span>
              {workspace.exists ? (
                <span className="recent-meta">Last opened {formatDateTime(workspace.lastOpenedAt)}</span>
              ) : (
                <span className="recent-missing">This file has been moved or deleted.</span>
              )}
            </div>
            {workspace.exists ? (
              <Button variant="primary" busy={busyPath === workspace.path} onClick={() => onOpen(workspace.path)}>
                Open <VisuallyHidden>{workspace.name}</VisuallyHidden>
              </Button>
            ) : (
              <Button busy={busyPath === workspace.path} onClick={() => onForget(workspace.path)}>
                Remove from list <VisuallyHidden>{workspace.name}</VisuallyHidden>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
