import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { applyLocale, Locale, LOCALES } from '../lib/i18n';
import { Avatar, VisuallyHidden } from '../ui/bits';
import { useMe, useSession } from './session';

const UNREAD = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const SAVE_LOCALE = graphql(`
  mutation SaveLocale($locale: Locale!) {
    updateMyProfile(input: { locale: $locale }) {
      id
      locale
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

const SSO = graphql(`
  query ShellSignInOptions {
    signInOptions {
      sso
    }
  }
`);

/** How often the bell asks for the unread count while the tab is visible. */
const BELL_POLL_MS = 30_000;
const BELL_FIRST_DELAY_MS = 400;

export function LanguageSwitch({ save }: { save?: (locale: Locale) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="link-button"
          aria-pressed={i18n.language === locale}
          onClick={() => {
            applyLocale(locale);
            save?.(locale);
          }}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}

function NotificationBell() {
  const { t } = useTranslation();
  const location = useLocation();
  // The first count waits for the page to settle: the screen's own data comes first.
  const [idle, setIdle] = useState(false);
  const counted = useRef(false);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      counted.current = true;
      setIdle(true);
    }, BELL_FIRST_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const [{ data }, refetch] = useQuery({ query: UNREAD, requestPolicy: 'network-only', pause: !idle });
  useEffect(() => {
    const poll = () => {
      if (document.visibilityState === 'visible') refetch({ requestPolicy: 'network-only' });
    };
    const timer = window.setInterval(poll, BELL_POLL_MS);
    document.addEventListener('visibilitychange', poll);
    window.addEventListener('relais:notifications-changed', poll);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', poll);
      window.removeEventListener('relais:notifications-changed', poll);
    };
  }, [refetch]);
  // Coming back from the notifications page, the count may have changed.
  useEffect(() => {
    if (counted.current) refetch({ requestPolicy: 'network-only' });
  }, [location.pathname, refetch]);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" className="bell" aria-label={t('nav.notificationsCount', { count })}>
      <svg
        aria-hidden="true"
        width="22"
        height="22"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      {count > 0 ? (
        <span className="badge" data-testid="unread-count">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </NavLink>
  );
}

function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) navigate(`/search?q=${encodeURIComponent(query.trim())}`);
  };
  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor="header-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id="header-search"
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
    </form>
  );
}

/** The frame of every signed-in page: header, navigation, main content. */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const { refresh, hasRole } = useSession();
  const [, saveLocale] = useMutation(SAVE_LOCALE);
  const [, logout] = useMutation(LOGOUT);
  const client = useClient();
  const navigate = useNavigate();
  const signOut = async () => {
    // With SSO, the server ends this session and, for a session from the IdP, the IdP's too (single
    // logout): otherwise the SSO button would sign the person straight back in.
    // Asked at the click, not at every page load: nothing before the first screen waits on it.
    const options = await client.query(SSO, {}).toPromise();
    if (options.data?.signInOptions.sso) {
      window.location.assign('/auth/saml/logout');
      return;
    }
    await logout({});
    refresh();
    navigate('/sign-in');
  };
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/" className="brand">
            {t('appName')}
          </Link>
          <HeaderSearch />
          <NotificationBell />
          <Link to={`/people/${me.id}`} className="header-me">
            <Avatar name={me.displayName} size={32} />
            <VisuallyHidden>{t('nav.myProfile')}</VisuallyHidden>
          </Link>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/communities">{t('nav.communities')}</NavLink>
          <NavLink to="/people">{t('nav.people')}</NavLink>
          <NavLink to="/experts">{t('nav.experts')}</NavLink>
          <NavLink to="/notifications">{t('nav.notifications')}</NavLink>
          {hasRole('ADMIN') ? <NavLink to="/admin">{t('nav.admin')}</NavLink> : null}
          <span className="nav-spacer" />
          <LanguageSwitch save={(locale) => void saveLocale({ locale })} />
          <button type="button" className="link-button" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
