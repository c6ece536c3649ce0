import { Button } from '../../components/Button';
import { countryName } from '../../lib/countries';
import { monthName } from '../../lib/dates';
import type { OrganisationValues } from '../organisation/organisation-draft';
import type { SiteValues } from '../sites/site-draft';

export interface ReviewStepProps {
  organisation: OrganisationValues;
  sites: readonly SiteValues[];
  onEditOrganisation: () => void;
  onEditSites: () => void;
}

const area = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function ReviewStep({ organisation, sites, onEditOrganisation, onEditSites }: ReviewStepProps) {
  return (
    <>
      <p className="step-intro">Check these details. You can change any of them later in Settings.</p>
      <section className="card review-section" aria-labelledby="review-organisation">
        <h3 id="review-organisation">Organisation</h3>
        <dl className="details">
          <dt>Organisation name</dt>
          <dd>{organisation.name}</dd>
          <dt>Companies House number</dt>
          <dd>{organisation.companiesHouseNumber ?? 'Not given'}</dd>
          <dt>Reporting year starts in</dt>
          <dd>{monthName(organisation.reportingYearStartMonth)}</dd>
          <dt>Base year</dt>
          <dd>{organisation.baseYear}</dd>
        </dl>
        <Button variant="quiet" onClick={onEditOrganisation}>
          Change organisation details
        </Button>
      </section>
      <section className="card review-section" aria-labelledby="review-sites">
        <h3 id="review-sites">
          {sites.length === 1 ? '1 site' : `${sites.length} sites`}
        </h3>
        <ul className="review-sites">
          {sites.map((site) => (
            <li key={site.name}>
              <strong>{site.name}</strong>
              <span>
                {[countryName(site.country), site.postcode || null, site.floorAreaM2 === null ? null : `${area.format(site.floorAreaM2)} m²`]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
        <Button variant="quiet" onClick={onEditSites}>
          Change sites
        </Button>
      </section>
    </>
  );
}
