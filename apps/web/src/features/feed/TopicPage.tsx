import { PageTitle } from '../../ui/states';

export default function TopicPage() {
  return <PageTitle title="TopicPage" />;
}
