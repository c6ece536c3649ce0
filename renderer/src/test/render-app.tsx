import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { AppProviders } from '../AppProviders';
import { setApi } from '../lib/bridge';
import { createQueryClient } from '../lib/query-client';
import type { FakeApi } from './fake-api';

/** Renders the whole app against a fake backend, optionally at a route such as `#/settings`. */
export function renderApp(api: FakeApi, { hash = '' }: { hash?: string } = {}) {
  setApi(api);
  window.location.hash = hash;
  const client = createQueryClient();
  const user = userEvent.setup();
  const view = render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
  return { ...view, user, client, api };
}

/** The text an element's aria-describedby points at (its hint and error message). */
export function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}
