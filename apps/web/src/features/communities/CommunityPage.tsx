import { PageTitle } from '../../ui/states';

export default function CommunityPage() {
  return <PageTitle title="CommunityPage" />;
}
