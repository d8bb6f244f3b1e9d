import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { CommunitySearchQuery, PostKind, PostSearchQuery } from '../../gql/graphql';
import { apiProblem } from '../../lib/graphql';
import { RelativeTime } from '../../ui/bits';
import { EmptyState, ErrorState, LoadMore, Loading, PageTitle } from '../../ui/states';
import { AuthorName } from '../feed/AuthorName';
import { POST_KINDS } from '../feed/labels';
import { PostBadges } from '../feed/PostCard';
import { ExpertCard } from './ExpertCard';
import { HighlightedField, Snippets } from './Highlight';
import { COMMUNITY_SEARCH, EXPERT_PREVIEW, POST_SEARCH } from './queries';
import { useAddressParams } from './use-address-params';
import { SearchPages, useSearchPages } from './use-search-pages';
import './search.css';
import { TopicLinks } from '../../ui/bits';

/** People shown here; the expert search page has them all, with filters. */
const PEOPLE_SHOWN = 5;
const PAGE_SIZE = 10;

type PostResult = PostSearchQuery['searchPosts'];
type CommunityResult = CommunitySearchQuery['searchCommunities'];

/**
 * What the words typed in the header find: people (the best experts first), topics, communities and
 * posts, each with what matched marked. The api corrects small typos: the page says what it searched for.
 */
export default function SearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useAddressParams();
  const q = params.get('q')?.trim() ?? '';
  const kindParam = params.get('kind');
  const kind = POST_KINDS.find((k) => k === kindParam) ?? null;
  const chooseKind = (value: PostKind | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set('kind', value);
    else next.delete('kind');
    setParams(next, { replace: true });
  };
  if (!q) {
    return (
      <>
        <PageTitle title={t('title')} />
        <EmptyState title={t('typeSomething')} />
      </>
    );
  }
  // Another search starts afresh: nothing of the previous one stays on screen.
  return <SearchResults key={q} q={q} kind={kind} onKind={chooseKind} />;
}

function SearchResults({
  q,
  kind,
  onKind,
}: {
  q: string;
  kind: PostKind | null;
  onKind: (kind: PostKind | null) => void;
}) {
  const { t } = useTranslation('search');
  const [experts, retryExperts] = useQuery({
    query: EXPERT_PREVIEW,
    variables: { query: q, first: PEOPLE_SHOWN },
  });
  const communities = useSearchPages(
    COMMUNITY_SEARCH,
    { query: q, first: PAGE_SIZE },
    (data) => data.searchCommunities,
  );
  const posts = useSearchPages(
    POST_SEARCH,
    { query: q, filters: kind ? { kind } : null, first: PAGE_SIZE },
    (data) => data.searchPosts,
  );

  const people = experts.data?.searchExperts;
  // The sections show together once each has its first answer (or its error): no section jumps down
  // when the one above it arrives.
  const ready =
    (!!people || !!experts.error) &&
    (!!communities.first || !!communities.problem) &&
    (!!posts.first || !!posts.problem);
  const corrected =
    people?.correctedQuery ?? posts.first?.correctedQuery ?? communities.first?.correctedQuery ?? null;
  const everythingEmpty =
    !!people &&
    people.totalCount === 0 &&
    people.matchedTopics.length === 0 &&
    communities.first?.totalCount === 0 &&
    posts.first?.totalCount === 0 &&
    !kind;

  return (
    <>
      <PageTitle title={t('titleFor', { q })} />
      <div role="status" aria-live="polite">
        {ready && corrected ? <p className="search-corrected">{t('corrected', { q: corrected })}</p> : null}
      </div>
      {!ready ? <Loading /> : null}
      {ready && everythingEmpty ? <EmptyState title={t('nothing', { q })} hint={t('nothingHint')} /> : null}

      {ready && people && people.matchedTopics.length > 0 ? (
        <section aria-labelledby="search-topics" className="card">
          <h2 id="search-topics">{t('topics')}</h2>
          <TopicLinks topics={people.matchedTopics} aria-labelledby="search-topics" />
        </section>
      ) : null}

      {ready && !everythingEmpty ? (
        <>
          <section aria-labelledby="search-people" className="card search-section">
            <div className="search-section-head">
              <h2 id="search-people">{t('people')}</h2>
              {people ? <p className="muted">{t('peopleCount', { count: people.totalCount })}</p> : null}
            </div>
            {experts.error && !people ? (
              <ErrorState
                problem={apiProblem(experts.error)!}
                onRetry={() => retryExperts({ requestPolicy: 'network-only' })}
              />
            ) : null}
            {people && people.nodes.length === 0 ? <p className="muted">{t('noPeople')}</p> : null}
            {people && people.nodes.length > 0 ? (
              <>
                <ul className="expert-list plain-list" aria-labelledby="search-people">
                  {people.nodes.map((hit) => (
                    <ExpertCard key={hit.person.id} hit={hit} headingLevel={3} />
                  ))}
                </ul>
                <p className="search-see-all">
                  <Link to={`/experts?q=${encodeURIComponent(q)}`}>{t('seeAllExperts')}</Link>
                </p>
              </>
            ) : null}
          </section>
          <CommunitiesSection search={communities} />
          <PostsSection search={posts} kind={kind} onKind={onKind} />
        </>
      ) : null}
    </>
  );
}

function CommunitiesSection({ search }: { search: SearchPages<CommunityResult> }) {
  const { t } = useTranslation('search');
  const result = search.first;
  return (
    <section aria-labelledby="search-communities" className="card search-section">
      <div className="search-section-head">
        <h2 id="search-communities">{t('communities')}</h2>
        {result ? <p className="muted">{t('communitiesCount', { count: result.totalCount })}</p> : null}
      </div>
      {search.loading && !result ? <Loading /> : null}
      {search.problem ? <ErrorState problem={search.problem} onRetry={search.reload} /> : null}
      {result && search.nodes.length === 0 && !search.problem ? (
        <p className="muted">{t('noCommunities')}</p>
      ) : null}
      {search.nodes.length > 0 ? (
        <ul className="plain-list search-hits" aria-labelledby="search-communities">
          {search.nodes.map(({ community, highlights }) => (
            <li key={community.id} className="search-hit">
              <h3 className="search-hit-title">
                <Link to={`/c/${community.slug}`}>
                  <HighlightedField value={community.name} field="name" highlights={highlights} />
                </Link>
              </h3>
              <p className="muted search-hit-meta">
                {[
                  t(`visibility.${community.visibility}`),
                  community.official ? t('official') : null,
                  community.memberCount !== null && community.memberCount !== undefined
                    ? t('members', { count: community.memberCount })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <Snippets highlights={highlights} fields={['description', 'topics']} />
            </li>
          ))}
        </ul>
      ) : null}
      {search.hasMore ? (
        <div className="load-more">
          <button
            type="button"
            className="button"
            aria-disabled={search.loading}
            onClick={() => {
              if (!search.loading) search.loadMore();
            }}
          >
            {search.loading ? t('searching') : t('action.loadMore', { ns: 'common' })}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function PostsSection({
  search,
  kind,
  onKind,
}: {
  search: SearchPages<PostResult>;
  kind: PostKind | null;
  onKind: (kind: PostKind | null) => void;
}) {
  const { t } = useTranslation('search');
  const { t: tf } = useTranslation('feed');
  const result = search.first;
  const kinds = result?.facets.kinds ?? [];
  const allKinds = kinds.reduce((sum, facet) => sum + facet.count, 0);
  return (
    <section aria-labelledby="search-posts" className="card search-section">
      <div className="search-section-head">
        <h2 id="search-posts">{t('posts')}</h2>
        {result ? <p className="muted">{t('postsCount', { count: result.totalCount })}</p> : null}
      </div>
      {result && (kinds.length > 1 || kind) ? (
        <fieldset className="search-kinds">
          <legend>{t('postKind')}</legend>
          <label className="search-kind">
            <input type="radio" name="post-kind" checked={!kind} onChange={() => onKind(null)} />
            {t('withCount', { label: t('allKinds'), count: allKinds })}
          </label>
          {POST_KINDS.map((k) => {
            const facet = kinds.find((f) => f.kind === k);
            if (!facet && k !== kind) return null;
            return (
              <label key={k} className="search-kind">
                <input type="radio" name="post-kind" checked={kind === k} onChange={() => onKind(k)} />
                {t('withCount', { label: tf(`kind.${k}`), count: facet?.count ?? 0 })}
              </label>
            );
          })}
        </fieldset>
      ) : null}
      {search.loading && !result ? <Loading /> : null}
      {search.problem ? <ErrorState problem={search.problem} onRetry={search.reload} /> : null}
      {result && search.nodes.length === 0 && !search.problem ? (
        <p className="muted">{kind ? t('noPostsOfKind') : t('noPosts')}</p>
      ) : null}
      {search.nodes.length > 0 ? (
        <ul className="plain-list search-hits" aria-labelledby="search-posts">
          {search.nodes.map(({ post, highlights }) => (
            <li key={post.id} className="search-hit">
              <h3 className="search-hit-title">
                <Link to={`/posts/${post.id}`}>
                  {post.title ? (
                    <HighlightedField value={post.title} field="title" highlights={highlights} />
                  ) : (
                    t('untitledPost', { name: post.author.displayName })
                  )}
                </Link>
              </h3>
              <p className="muted search-hit-meta">
                <AuthorName author={post.author} />
                {post.community ? (
                  <>
                    {' · '}
                    <Link to={`/c/${post.community.slug}`}>{post.community.name}</Link>
                  </>
                ) : null}
                {' · '}
                <RelativeTime iso={post.createdAt} />
              </p>
              <PostBadges post={post} />
              <Snippets highlights={highlights} fields={['body']} />
            </li>
          ))}
        </ul>
      ) : null}
      {search.nodes.length > 0 ? (
        <LoadMore hasMore={search.hasMore} loading={search.loading} onLoadMore={search.loadMore} />
      ) : null}
    </section>
  );
}
