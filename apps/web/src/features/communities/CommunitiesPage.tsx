import { PageTitle } from '../../ui/states';

export default function CommunitiesPage() {
  return <PageTitle title="CommunitiesPage" />;
}
