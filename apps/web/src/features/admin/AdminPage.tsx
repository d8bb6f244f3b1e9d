import { PageTitle } from '../../ui/states';

export default function AdminPage() {
  return <PageTitle title="AdminPage" />;
}
