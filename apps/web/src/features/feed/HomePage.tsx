import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { preloadConnection } from '../../lib/use-connection';
import { PageTitle } from '../../ui/states';
import { HOME_FEED } from './documents';
import { Composer, Feed } from './Feed';
import './feed.css';

// This module loads beside the session check when the app opens on the home page: the feed's first page
// is asked for at once instead of after both (signed out, the answer is simply not used).
if (window.location.pathname === '/') preloadConnection(HOME_FEED, {});

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
