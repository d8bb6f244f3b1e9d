import { PageTitle } from '../../ui/states';

export default function EditProfilePage() {
  return <PageTitle title="EditProfilePage" />;
}
