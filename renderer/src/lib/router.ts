import { useSyncExternalStore } from 'react';

export const routeIds = ['dashboard', 'data-sources', 'settings', 'audit', 'factors', 'instruments', 'calculator', 'activity', 'calculations', 'imports', 'backups', 'reports'] as const;
export type RouteId = (typeof routeIds)[number];
export type Route = RouteId | 'not-found';

export const defaultRoute: RouteId = 'dashboard';

export function hrefFor(route: RouteId): string {
  return `#/${route}`;
}

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  if (path === '') return defaultRoute;
  return (routeIds as readonly string[]).includes(path) ? (path as RouteId) : 'not-found';
}

export function navigate(route: RouteId): void {
  window.location.hash = `/${route}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, snapshot));
}
