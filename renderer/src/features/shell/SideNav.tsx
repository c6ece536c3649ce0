import { classNames } from '../../lib/class-names';
import { hrefFor, type Route, type RouteId } from '../../lib/router';

const items: ReadonlyArray<{ route: RouteId; label: string }> = [
  { route: 'dashboard', label: 'Dashboard' },
  { route: 'data-sources', label: 'Data sources' },
  { route: 'imports', label: 'Import files' },
  { route: 'activity', label: 'Activity data' },
  { route: 'calculations', label: 'Calculations' },
  { route: 'reports', label: 'Reports' },
  { route: 'factors', label: 'Emission factors' },
  { route: 'instruments', label: 'Green electricity' },
  { route: 'calculator', label: 'Try a calculation' },
  { route: 'settings', label: 'Settings' },
  { route: 'audit', label: 'Audit log' },
];

export function SideNav({ current }: { current: Route }) {
  return (
    <nav aria-label="Main" className="sidenav">
      <ul>
        {items.map((item) => (
          <li key={item.route}>
            <a
              href={hrefFor(item.route)}
              className={classNames('sidenav-link', current === item.route && 'sidenav-link-current')}
              aria-current={current === item.route ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
