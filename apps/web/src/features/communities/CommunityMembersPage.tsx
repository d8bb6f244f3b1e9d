import { PageTitle } from '../../ui/states';

export default function CommunityMembersPage() {
  return <PageTitle title="CommunityMembersPage" />;
}
