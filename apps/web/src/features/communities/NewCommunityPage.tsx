import { PageTitle } from '../../ui/states';

export default function NewCommunityPage() {
  return <PageTitle title="NewCommunityPage" />;
}
