import { PageTitle } from '../../ui/states';

export default function PostPage() {
  return <PageTitle title="PostPage" />;
}
