import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageTitle } from '../../ui/states';
import { Composer, Feed } from './Feed';
import './feed.css';

/** The home page: the composer (posts on one's profile) and the home feed. */
export default function HomePage() {
  const { t } = useTranslation('feed');
  const location = useLocation();
  const deleted = (location.state as { deleted?: string } | null)?.deleted;
  return (
    <>
      <PageTitle title={t('title')} />
      <p className="visually-hidden" role="status">
        {deleted ? t('post.deleted') : ''}
      </p>
      <Composer />
      <h2 className="visually-hidden">{t('feedLabel')}</h2>
      <Feed source={{ kind: 'home' }} />
    </>
  );
}
