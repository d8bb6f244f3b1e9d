import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConnectionState, useConnection } from '../../lib/use-connection';
import { EmptyState, ErrorState, Loading, LoadMore } from '../../ui/states';
import { COMMUNITY_FEED, FeedPost, HOME_FEED, PERSON_FEED, TOPIC_FEED } from './documents';
import { POST_CREATED_EVENT } from './labels';
import { PostCard } from './PostCard';
import './feed.css';

export { Composer } from './Composer';

/**
 * The post list of a feed, with infinite scroll and every action on a post. Used by the home, community,
 * topic and person pages.
 */
export type FeedSource =
  | { kind: 'home' }
  | { kind: 'community'; slug: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'person'; personId: string };

/** Whether a post just written belongs at the top of this feed. */
function belongsTo(source: FeedSource, post: FeedPost): boolean {
  switch (source.kind) {
    case 'home':
      return true;
    case 'community':
      return post.community?.slug === source.slug;
    case 'topic':
      return post.topics.some((topic) => topic.slug === source.slug);
    case 'person':
      return post.author.id === source.personId;
  }
}

function HomeFeed({ label }: { label?: string }) {
  const connection = useConnection(HOME_FEED, {}, (data) => data.homeFeed);
  return <FeedList source={{ kind: 'home' }} connection={connection} label={label} />;
}

function CommunityFeed({ slug, label }: { slug: string; label?: string }) {
  const connection = useConnection(COMMUNITY_FEED, { slug }, (data) => data.communityFeed);
  return <FeedList source={{ kind: 'community', slug }} connection={connection} label={label} />;
}

function TopicFeed({ slug, label }: { slug: string; label?: string }) {
  const connection = useConnection(TOPIC_FEED, { slug }, (data) => data.topicFeed);
  return <FeedList source={{ kind: 'topic', slug }} connection={connection} label={label} />;
}

function PersonFeed({ personId, label }: { personId: string; label?: string }) {
  const connection = useConnection(PERSON_FEED, { personId }, (data) => data.personFeed);
  return <FeedList source={{ kind: 'person', personId }} connection={connection} label={label} />;
}

export function Feed({
  source,
  label,
}: {
  source: FeedSource;
  /** The list's accessible name; "Posts" by default. */
  label?: string;
}) {
  switch (source.kind) {
    case 'home':
      return <HomeFeed label={label} />;
    case 'community':
      return <CommunityFeed slug={source.slug} label={label} />;
    case 'topic':
      return <TopicFeed slug={source.slug} label={label} />;
    case 'person':
      return <PersonFeed personId={source.personId} label={label} />;
  }
}

function EmptyFeed({ source }: { source: FeedSource }) {
  const { t } = useTranslation('feed');
  switch (source.kind) {
    case 'home':
      return (
        <EmptyState
          title={t('empty.home.title')}
          hint={t('empty.home.hint')}
          action={
            <div className="row empty-actions">
              <Link to="/communities" className="button button-primary">
                {t('empty.home.communities')}
              </Link>
              <Link to="/people" className="button">
                {t('empty.home.people')}
              </Link>
            </div>
          }
        />
      );
    case 'community':
      return <EmptyState title={t('empty.community.title')} hint={t('empty.community.hint')} />;
    case 'topic':
      return (
        <EmptyState title={t('empty.topic.title')} hint={t('empty.topic.hint', { slug: source.slug })} />
      );
    case 'person':
      return <EmptyState title={t('empty.person.title')} hint={t('empty.person.hint')} />;
  }
}

function FeedList({
  source,
  connection,
  label,
}: {
  source: FeedSource;
  connection: ConnectionState<FeedPost>;
  label?: string;
}) {
  const { t } = useTranslation('feed');
  const { nodes, loading, problem, hasMore, loadMore, reload, update } = connection;
  const listRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const sourceKey = JSON.stringify(source);

  // A post written on this page comes first in the feeds it belongs to.
  useEffect(() => {
    const onCreated = (event: Event) => {
      const post = (event as CustomEvent<FeedPost>).detail;
      if (!belongsTo(JSON.parse(sourceKey) as FeedSource, post)) return;
      update((current) => [post, ...current.filter((node) => node.id !== post.id)]);
    };
    window.addEventListener(POST_CREATED_EVENT, onCreated);
    return () => window.removeEventListener(POST_CREATED_EVENT, onCreated);
  }, [sourceKey, update]);

  const change = useCallback(
    (post: FeedPost) => update((current) => current.map((node) => (node.id === post.id ? post : node))),
    [update],
  );
  const remove = useCallback(
    (id: string) => {
      // The focus goes to the next post (or the previous one), not back to the top of the page.
      const index = nodes.findIndex((node) => node.id === id);
      const neighbour = nodes[index + 1] ?? nodes[index - 1];
      update((current) => current.filter((node) => node.id !== id));
      setStatus(t('post.deleted'));
      requestAnimationFrame(() => {
        const target = neighbour ? document.getElementById(`post-${neighbour.id}`) : listRef.current;
        target?.focus();
      });
    },
    [nodes, update, t],
  );

  if (nodes.length === 0) {
    if (loading) return <Loading />;
    if (problem) return <ErrorState problem={problem} onRetry={reload} />;
    return <EmptyFeed source={source} />;
  }
  return (
    <>
      <div
        ref={listRef}
        className="feed"
        role="feed"
        aria-label={label ?? t('feedLabel')}
        aria-busy={loading}
        tabIndex={-1}
      >
        {nodes.map((post) => (
          <PostCard key={post.id} post={post} onChange={change} onDelete={remove} />
        ))}
      </div>
      {problem ? <ErrorState problem={problem} onRetry={reload} /> : null}
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={loadMore} />
      {!hasMore && !loading && !problem ? <p className="feed-end muted">{t('end')}</p> : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </>
  );
}
