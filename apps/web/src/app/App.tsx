import { lazy, ReactNode, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { client } from '../lib/graphql';
import { i18n } from '../lib/i18n';
import { Loading } from '../ui/states';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';
import { NotFoundPage } from './NotFoundPage';

// One chunk per screen: the first page loads only what it shows.
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const HomePage = lazy(() => import('../features/feed/HomePage'));
const PostPage = lazy(() => import('../features/feed/PostPage'));
const TopicPage = lazy(() => import('../features/feed/TopicPage'));
const CommunitiesPage = lazy(() => import('../features/communities/CommunitiesPage'));
const NewCommunityPage = lazy(() => import('../features/communities/NewCommunityPage'));
const CommunityPage = lazy(() => import('../features/communities/CommunityPage'));
const CommunitySettingsPage = lazy(() => import('../features/communities/CommunitySettingsPage'));
const CommunityMembersPage = lazy(() => import('../features/communities/CommunityMembersPage'));
const PeoplePage = lazy(() => import('../features/people/PeoplePage'));
const PersonPage = lazy(() => import('../features/people/PersonPage'));
const EditProfilePage = lazy(() => import('../features/people/EditProfilePage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const AdminPage = lazy(() => import('../features/admin/AdminPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));

/** Signed-out people go to the sign-in page, and come back here afterwards. */
function RequireSession({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <>{children}</>;
}

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <Provider value={client}>
        <SessionProvider>
          <BrowserRouter>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/sign-in" element={<SignInPage />} />
                <Route
                  element={
                    <RequireSession>
                      <Shell />
                    </RequireSession>
                  }
                >
                  <Route index element={<HomePage />} />
                  <Route path="posts/:id" element={<PostPage />} />
                  <Route path="topics/:slug" element={<TopicPage />} />
                  <Route path="communities" element={<CommunitiesPage />} />
                  <Route path="communities/new" element={<NewCommunityPage />} />
                  <Route path="c/:slug" element={<CommunityPage />} />
                  <Route path="c/:slug/settings" element={<CommunitySettingsPage />} />
                  <Route path="c/:slug/members" element={<CommunityMembersPage />} />
                  <Route path="people" element={<PeoplePage />} />
                  <Route path="people/:id" element={<PersonPage />} />
                  <Route path="profile/edit" element={<EditProfilePage />} />
                  <Route path="notifications" element={<NotificationsPage />} />
                  <Route path="admin/*" element={<AdminPage />} />
                  <Route path="search" element={<SearchPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </SessionProvider>
      </Provider>
    </I18nextProvider>
  );
}
