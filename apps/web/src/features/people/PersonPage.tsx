import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../app/session';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { Avatar, Html } from '../../ui/bits';
import { EmptyState, ErrorState, FormError, Loading, PageTitle } from '../../ui/states';
import { Feed } from '../feed/Feed';
import { languageList } from './languages';
import { ProfileTopics } from './ProfileTopics';
import { FOLLOW_PERSON, PERSON_PROFILE, UNFOLLOW_PERSON } from './queries';
import './people.css';

/** A colleague's profile: who they are, what they know (endorsable), and what they post. */
export default function PersonPage() {
  const { t, i18n } = useTranslation('people');
  const { id = '' } = useParams();
  const me = useMe();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PERSON_PROFILE, variables: { id } });
  // Following a link to another profile, the previous one may still be held while the next one loads.
  const person = data?.person?.id === id ? data.person : undefined;

  if (fetching && !person) return <Loading />;
  if (!person) {
    const problem = apiProblem(error);
    if (problem && problem.code !== 'NOT_FOUND' && problem.code !== 'BAD_USER_INPUT') {
      return <ErrorState problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return (
      <>
        <PageTitle title={t('title')} />
        <EmptyState
          title={t('profile.notFound')}
          action={
            <Link to="/people" className="button">
              {t('profile.back')}
            </Link>
          }
        />
      </>
    );
  }

  const isMe = person.id === me.id;
  const details = [person.department, person.location].filter(Boolean).join(' · ');
  return (
    <>
      <div className="profile-header card">
        <Avatar name={person.displayName} size={72} />
        <div className="profile-identity">
          <PageTitle title={person.displayName}>
            {isMe ? (
              <Link to="/profile/edit" className="button">
                {t('profile.editMine')}
              </Link>
            ) : (
              <FollowButton
                key={person.id}
                id={person.id}
                name={person.displayName}
                followed={person.followedByMe}
              />
            )}
          </PageTitle>
          {person.title ? <p className="profile-title">{person.title}</p> : null}
          {details ? <p className="muted profile-details">{details}</p> : null}
          <p className="muted profile-handle">@{person.handle}</p>
          {person.status === 'deactivated' ? <p className="tag">{t('profile.deactivated')}</p> : null}
        </div>
      </div>

      <section className="card" aria-labelledby="profile-about">
        <h2 id="profile-about">{t('profile.about')}</h2>
        {person.languages.length > 0 ? (
          <dl className="profile-facts">
            <dt>{t('profile.languages')}</dt>
            <dd>{languageList(person.languages, i18n.language)}</dd>
          </dl>
        ) : null}
        {person.bioHtml ? <Html html={person.bioHtml} /> : <p className="muted">{t('profile.noBio')}</p>}
      </section>

      <section className="card" aria-labelledby="profile-topics">
        <h2 id="profile-topics">{t('profile.topics')}</h2>
        <ProfileTopics
          key={person.id}
          person={person}
          isMe={isMe}
          onStale={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </section>

      <section aria-labelledby="profile-activity" className="profile-activity">
        <h2 id="profile-activity">{t('profile.activity')}</h2>
        <Feed source={{ kind: 'person', personId: person.id }} />
      </section>
    </>
  );
}

/** Follows or unfollows at once; goes back if the api refuses. */
function FollowButton({ id, name, followed }: { id: string; name: string; followed: boolean }) {
  const { t } = useTranslation('people');
  const [state, setState] = useState(followed);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [, follow] = useMutation(FOLLOW_PERSON);
  const [, unfollow] = useMutation(UNFOLLOW_PERSON);
  useEffect(() => setState(followed), [followed]);

  const toggle = async () => {
    if (pending) return;
    const next = !state;
    setState(next);
    setPending(true);
    setProblem(null);
    const result = next ? await follow({ id }) : await unfollow({ id });
    setPending(false);
    if (result.error) {
      setState(!next);
      setProblem(apiProblem(result.error));
      return;
    }
    setAnnouncement(t(next ? 'profile.followed' : 'profile.notFollowed', { name }));
  };

  return (
    <div className="follow">
      <button
        type="button"
        className={state ? 'button' : 'button button-primary'}
        aria-disabled={pending || undefined}
        aria-describedby={state ? undefined : 'follow-hint'}
        onClick={() => void toggle()}
      >
        {state ? t('profile.unfollow') : t('profile.follow')}
      </button>
      <span id="follow-hint" hidden>
        {t('profile.followHint')}
      </span>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      <FormError problem={problem} />
    </div>
  );
}
