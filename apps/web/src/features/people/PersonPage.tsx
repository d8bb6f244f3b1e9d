import { PageTitle } from '../../ui/states';

export default function PersonPage() {
  return <PageTitle title="PersonPage" />;
}
