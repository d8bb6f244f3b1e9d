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
import HomePage from '../features/feed/HomePage';

// The home page, where most visits start, comes with the app's first scripts; every other screen is a
// chunk of its own, loaded when first shown.
const screens = {
  signIn: () => import('../features/auth/SignInPage'),
  post: () => import('../features/feed/PostPage'),
  topic: () => import('../features/feed/TopicPage'),
  communities: () => import('../features/communities/CommunitiesPage'),
  newCommunity: () => import('../features/communities/NewCommunityPage'),
  community: () => import('../features/communities/CommunityPage'),
  communitySettings: () => import('../features/communities/CommunitySettingsPage'),
  communityMembers: () => import('../features/communities/CommunityMembersPage'),
  people: () => import('../features/people/PeoplePage'),
  person: () => import('../features/people/PersonPage'),
  editProfile: () => import('../features/people/EditProfilePage'),
  notifications: () => import('../features/notifications/NotificationsPage'),
  admin: () => import('../features/admin/AdminPage'),
  search: () => import('../features/search/SearchPage'),
  experts: () => import('../features/search/ExpertSearchPage'),
};

/**
 * The screen of the address the app opens on starts loading at once, beside the session check, instead of
 * after it: one round trip less before the first page shows (modules load once, so `lazy` reuses it).
 */
function screenFor(path: string): keyof typeof screens | null {
  if (path === '/sign-in') return 'signIn';
  if (path.startsWith('/posts/')) return 'post';
  if (path.startsWith('/topics/')) return 'topic';
  if (path === '/communities') return 'communities';
  if (/^\/c\/[^/]+\/?$/.test(path)) return 'community';
  if (path === '/people') return 'people';
  if (path.startsWith('/people/')) return 'person';
  if (path === '/notifications') return 'notifications';
  if (path === '/search') return 'search';
  if (path === '/experts') return 'experts';
  return null;
}
const opening = screenFor(window.location.pathname);
if (opening) void screens[opening]().catch(() => undefined);

const SignInPage = lazy(screens.signIn);
const PostPage = lazy(screens.post);
const TopicPage = lazy(screens.topic);
const CommunitiesPage = lazy(screens.communities);
const NewCommunityPage = lazy(screens.newCommunity);
const CommunityPage = lazy(screens.community);
const CommunitySettingsPage = lazy(screens.communitySettings);
const CommunityMembersPage = lazy(screens.communityMembers);
const PeoplePage = lazy(screens.people);
const PersonPage = lazy(screens.person);
const EditProfilePage = lazy(screens.editProfile);
const NotificationsPage = lazy(screens.notifications);
const AdminPage = lazy(screens.admin);
const SearchPage = lazy(screens.search);
const ExpertSearchPage = lazy(screens.experts);

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
                  <Route path="experts" element={<ExpertSearchPage />} />
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
