import { PageTitle } from '../../ui/states';

export default function PeoplePage() {
  return <PageTitle title="PeoplePage" />;
}
