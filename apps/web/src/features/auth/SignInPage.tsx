import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { LanguageSwitch } from '../../app/Shell';
import { useSession } from '../../app/session';
import { graphql } from '../../gql';
import { apiProblem } from '../../lib/graphql';
import { Avatar } from '../../ui/bits';
import { ErrorState, FormError, Loading } from '../../ui/states';

const OPTIONS = graphql(`
  query SignInOptions {
    signInOptions {
      devSignIn
      sso
      ssoLoginPath
      devAccounts {
        email
        displayName
        title
      }
    }
  }
`);

const DEV_SIGN_IN = graphql(`
  mutation DevSignIn($email: String!) {
    devSignIn(input: { email: $email }) {
      user {
        id
      }
    }
  }
`);

/** Only paths of this app: an absolute or protocol-relative address would send people elsewhere. */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

export default function SignInPage() {
  const { t } = useTranslation('auth');
  const { me, refresh } = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const navigate = useNavigate();
  const [{ data, fetching, error }, retry] = useQuery({ query: OPTIONS });
  const [signIn, devSignIn] = useMutation(DEV_SIGN_IN);
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);

  useEffect(() => {
    document.title = `${t('title')} · Relais`;
  }, [t]);

  if (me) return <Navigate to={returnTo} replace />;

  const submit = async (address: string) => {
    setPending(true);
    const result = await devSignIn({ email: address });
    setPending(false);
    if (!result.error) {
      refresh();
      navigate(returnTo, { replace: true });
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) void submit(email.trim());
  };
  const options = data?.signInOptions;

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand">Relais</p>
          <LanguageSwitch />
        </div>
        <h1>{t('title')}</h1>
        <p className="muted">{t('tagline')}</p>
        {fetching && !data ? <Loading /> : null}
        {error && !data ? <ErrorState problem={apiProblem(error)!} onRetry={() => retry()} /> : null}
        {options?.sso && options.ssoLoginPath ? (
          <a
            className="button button-primary button-wide"
            href={`${options.ssoLoginPath}?returnTo=${encodeURIComponent(returnTo)}`}
          >
            {t('sso')}
          </a>
        ) : null}
        {options?.devSignIn ? (
          <section aria-labelledby="dev-sign-in">
            <h2 id="dev-sign-in">{t('dev.title')}</h2>
            <p className="muted">{t('dev.hint')}</p>
            <FormError problem={apiProblem(signIn.error)} />
            {options.devAccounts.length > 0 ? (
              <ul className="account-list">
                {options.devAccounts.map((account) => (
                  <li key={account.email}>
                    <button
                      type="button"
                      className="account"
                      disabled={pending}
                      onClick={() => void submit(account.email)}
                    >
                      <Avatar name={account.displayName} size={36} />
                      <span>
                        <span className="account-name">{account.displayName}</span>
                        <span className="muted account-detail">{account.title ?? account.email}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <form onSubmit={onSubmit} className="stack">
              <label htmlFor="dev-email">{t('dev.email')}</label>
              <div className="inline-form">
                <input
                  id="dev-email"
                  type="email"
                  autoComplete="email"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
                <button type="submit" className="button button-primary" disabled={pending}>
                  {t('dev.submit')}
                </button>
              </div>
            </form>
          </section>
        ) : null}
        {options && !options.devSignIn && !options.sso ? <p>{t('none')}</p> : null}
      </div>
    </main>
  );
}
