import { PageHeader } from '../../components/PageHeader';
import { BackupsSection } from '../backups/BackupsSection';
import { GreenElectricitySection } from '../instruments/GreenElectricitySection';
import { OrganisationSection } from './OrganisationSection';
import { PreferencesSection } from './PreferencesSection';
import { SitesSection } from './SitesSection';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Your organisation's details, its sites, and how the app looks." />
      <OrganisationSection />
      <SitesSection />
      <GreenElectricitySection />
      <PreferencesSection />
      <BackupsSection />
    </>
  );
}
