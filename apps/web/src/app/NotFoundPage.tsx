import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, PageTitle } from '../ui/states';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <EmptyState
        title={t('notFound.body')}
        action={
          <Link to="/" className="button">
            {t('notFound.home')}
          </Link>
        }
      />
    </>
  );
}
