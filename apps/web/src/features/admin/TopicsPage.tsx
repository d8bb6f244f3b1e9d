import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { useConnection } from '../../lib/use-connection';
import { EmptyState, ErrorState, Loading, LoadMore, PageTitle } from '../../ui/states';
import { useDebounced } from '../../lib/use-debounced';

const TOPICS = graphql(`
  query AdminTopics($search: String, $first: Int!, $after: String) {
    topics(search: $search, first: $first, after: $after) {
      nodes {
        id
        slug
        label
        labelFr
        labelEn
        synonymsFr
        synonymsEn
        parent {
          id
          slug
          label
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The taxonomy, searchable, with the way to create, edit and merge topics. */
export function TopicsPage() {
  const { t } = useTranslation('admin');
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const search = useDebounced(text.trim(), 250);
  const searchId = useId();
  const hintId = useId();
  // The search lives in the address: back from a topic's page comes back to the same list.
  const current = params.get('q') ?? '';
  useEffect(() => {
    if (current !== search) setParams(search ? { q: search } : {}, { replace: true });
  }, [current, search, setParams]);
  const topics = useConnection(TOPICS, { search: search || null, first: 50 }, (data) => data.topics);
  // What the previous screen did (a topic created, merged), said once here.
  const [notice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');

  return (
    <>
      <PageTitle title={t('topics.title')}>
        <Link to="/admin/topics/new" className="button button-primary">
          {t('topics.new')}
        </Link>
        <Link to="/admin/topics/merge" className="button">
          {t('topics.merge')}
        </Link>
      </PageTitle>
      <p className="muted">{t('topics.intro')}</p>
      <p role="status" className="admin-notice" data-testid="admin-notice">
        {notice}
      </p>
      <form role="search" className="admin-toolbar" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={searchId}>{t('topics.search')}</label>
        <span id={hintId} className="muted admin-hint">
          {t('topics.searchHint')}
        </span>
        <input
          id={searchId}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      {topics.problem && !topics.nodes.length ? (
        <ErrorState problem={topics.problem} onRetry={topics.reload} />
      ) : null}
      {topics.loading && !topics.nodes.length ? <Loading /> : null}
      {!topics.loading && !topics.problem && !topics.nodes.length ? (
        search ? (
          <EmptyState title={t('topics.noMatch', { q: search })} />
        ) : (
          <EmptyState title={t('topics.empty')} hint={t('topics.emptyHint')} />
        )
      ) : null}
      <ul className="plain-list admin-topics" aria-busy={topics.loading}>
        {topics.nodes.map((topic) => (
          <li key={topic.id} className="card admin-topic" data-testid="admin-topic" data-slug={topic.slug}>
            <div className="admin-topic-head">
              <h2 className="admin-topic-title">
                <span lang="fr">{topic.labelFr}</span>
                {topic.labelEn !== topic.labelFr ? (
                  <>
                    {' / '}
                    <span lang="en">{topic.labelEn}</span>
                  </>
                ) : null}
              </h2>
              <Link
                to={`/admin/topics/${topic.slug}/edit`}
                className="button"
                aria-label={t('topics.editLabel', { label: topic.label })}
              >
                {t('topics.edit')}
              </Link>
            </div>
            <p className="muted admin-topic-meta">
              <code>{topic.slug}</code> ·{' '}
              {topic.parent ? t('topics.parent', { label: topic.parent.label }) : t('topics.root')}
            </p>
            <dl className="admin-synonyms">
              <div>
                <dt>{t('topics.synonymsFr')}</dt>
                <dd lang={topic.synonymsFr.length ? 'fr' : undefined}>
                  {topic.synonymsFr.join(', ') || t('topics.noSynonyms')}
                </dd>
              </div>
              <div>
                <dt>{t('topics.synonymsEn')}</dt>
                <dd lang={topic.synonymsEn.length ? 'en' : undefined}>
                  {topic.synonymsEn.join(', ') || t('topics.noSynonyms')}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      {topics.problem && topics.nodes.length ? (
        <ErrorState problem={topics.problem} onRetry={topics.reload} />
      ) : null}
      <LoadMore hasMore={topics.hasMore} loading={topics.loading} onLoadMore={topics.loadMore} />
    </>
  );
}
