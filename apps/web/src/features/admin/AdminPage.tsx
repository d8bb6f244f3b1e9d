import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Route, Routes } from 'react-router';
import { useSession } from '../../app/session';
import { NotFoundPage } from '../../app/NotFoundPage';
import { EmptyState, PageTitle } from '../../ui/states';
import { JobsPage } from './JobsPage';
import { MergeTopicsPage } from './MergeTopicsPage';
import { RolesPage } from './RolesPage';
import { TopicFormPage } from './TopicFormPage';
import { TopicsPage } from './TopicsPage';
import './admin.css';

/** What people without the admin role see: the api refuses these screens' requests anyway. */
function Reserved() {
  const { t } = useTranslation('admin');
  return (
    <>
      <PageTitle title={t('title')} />
      <div className="card admin-reserved" data-testid="admin-reserved">
        <EmptyState
          title={t('reserved.title')}
          hint={t('reserved.hint')}
          action={
            <Link to="/" className="button">
              {t('reserved.home')}
            </Link>
          }
        />
      </div>
    </>
  );
}

/** /admin/*: accounts and roles, the topic taxonomy, failed jobs. Administrators only. */
export default function AdminPage() {
  const { t } = useTranslation('admin');
  const { hasRole } = useSession();
  if (!hasRole('ADMIN')) return <Reserved />;
  return (
    <div className="admin">
      <nav className="admin-sections" aria-label={t('sections.label')}>
        <NavLink to="/admin/roles">{t('sections.roles')}</NavLink>
        <NavLink to="/admin/topics">{t('sections.topics')}</NavLink>
        <NavLink to="/admin/jobs">{t('sections.jobs')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to="/admin/roles" replace />} />
        <Route path="roles" element={<RolesPage />} />
        <Route path="topics" element={<TopicsPage />} />
        <Route path="topics/new" element={<TopicFormPage />} />
        <Route path="topics/merge" element={<MergeTopicsPage />} />
        <Route path="topics/:slug/edit" element={<TopicFormPage />} />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
