import { PageTitle } from '../../ui/states';

export default function NotificationsPage() {
  return <PageTitle title="NotificationsPage" />;
}
