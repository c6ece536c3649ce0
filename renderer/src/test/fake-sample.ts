import { makeOrganisation, makeSite, makeWorkspace, type FakeWorkspace } from './fake-api';

export const FAKE_SAMPLE_PATH = '/home/sam/CarbonRecycling/workspaces/Sample - Example Joinery Ltd.sqlite';

/** The sample company as the fake backend holds it: marked as sample data, with its two sites. */
export function makeSampleWorkspace(): FakeWorkspace {
  return makeWorkspace({
    path: FAKE_SAMPLE_PATH,
    isSample: true,
    organisation: makeOrganisation({ id: 'org-sample', name: 'Example Joinery Ltd (sample)', companiesHouseNumber: null, reportingYearStartMonth: 1, baseYear: 2024 }),
    sites: [
      makeSite({ name: 'Workshop', postcode: 'LS9 8AB', floorAreaM2: 850 }),
      makeSite({ name: 'Head office', postcode: 'LS1 4AP', floorAreaM2: 210 }),
    ],
  });
}
