import { PageTitle } from '../../ui/states';

export default function CommunitySettingsPage() {
  return <PageTitle title="CommunitySettingsPage" />;
}
