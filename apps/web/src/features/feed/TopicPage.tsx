import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { TopicLinks } from '../../ui/bits';
import { ErrorState, FormError, Loading, PageTitle } from '../../ui/states';
import { FOLLOW, TOPIC_PAGE, UNFOLLOW } from './documents';
import { Feed } from './Feed';
import { CheckIcon } from './icons';
import './feed.css';

function FollowButton({ topicId, followed }: { topicId: string; followed: boolean }) {
  const { t } = useTranslation('feed');
  const [shown, setShown] = useState(followed);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching: following }, follow] = useMutation(FOLLOW);
  const [{ fetching: unfollowing }, unfollow] = useMutation(UNFOLLOW);
  const busy = following || unfollowing;
  useEffect(() => setShown(followed), [followed]);

  const toggle = async () => {
    if (busy) return;
    const next = !shown;
    setShown(next);
    setProblem(null);
    const target = { type: 'TOPIC' as const, id: topicId };
    const result = next ? await follow({ target }) : await unfollow({ target });
    if (result.error) {
      // CONFLICT: already followed; NOT_FOUND: already not followed. Either way the wish came true.
      const failure = apiProblem(result.error);
      const settled = failure?.code === (next ? 'CONFLICT' : 'NOT_FOUND');
      if (!settled) {
        setShown(!next);
        setProblem(failure);
      }
    }
  };

  return (
    <div className="topic-follow">
      <button
        type="button"
        className={`button${shown ? '' : ' button-primary'}`}
        aria-describedby={shown ? `follow-${topicId}-state` : undefined}
        onClick={toggle}
      >
        {shown ? (
          <>
            <CheckIcon /> {t('topic.unfollow')}
          </>
        ) : (
          t('topic.follow')
        )}
      </button>
      {shown ? (
        <p id={`follow-${topicId}-state`} className="muted topic-follow-state">
          {t('topic.following')}
        </p>
      ) : null}
      <FormError problem={problem} />
    </div>
  );
}

/** A topic: its place in the taxonomy, how many people list it, following it, and the posts tagged with it. */
export default function TopicPage() {
  const { t } = useTranslation('feed');
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TOPIC_PAGE, variables: { slug } });
  const topic = data?.topic;
  if (!topic) {
    if (fetching) return <Loading />;
    return (
      <ErrorState
        problem={apiProblem(error) ?? { code: 'NOT_FOUND', message: '', fields: {} }}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  return (
    <>
      <PageTitle title={`#${topic.label}`}>
        <FollowButton topicId={topic.id} followed={topic.followedByMe} />
      </PageTitle>
      <section className="card topic-facts" aria-label={topic.label}>
        <p>{t('topic.people', { count: topic.peopleCount })}</p>
        {topic.parent ? (
          <p>
            {t('topic.parent')}{' '}
            <Link to={`/topics/${topic.parent.slug}`} className="chip">
              #{topic.parent.label}
            </Link>
          </p>
        ) : null}
        {topic.children.length > 0 ? (
          <div className="topic-children">
            <h2 id="topic-children">{t('topic.children')}</h2>
            <TopicLinks topics={topic.children} aria-labelledby="topic-children" />
          </div>
        ) : null}
      </section>
      <h2 className="feed-heading">{t('topic.posts')}</h2>
      <Feed key={topic.slug} source={{ kind: 'topic', slug: topic.slug }} label={t('topic.posts')} />
    </>
  );
}
