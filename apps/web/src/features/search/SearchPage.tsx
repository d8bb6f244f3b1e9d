import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { apiProblem } from '../../lib/graphql';
import { Avatar } from '../../ui/bits';
import { EmptyState, ErrorState, Loading, PageTitle } from '../../ui/states';

const SEARCH = graphql(`
  query QuickSearch($q: String!) {
    people(search: $q, first: 10) {
      nodes {
        id
        displayName
        title
        department
      }
    }
    topics(search: $q, first: 10) {
      nodes {
        id
        slug
        label
      }
    }
    communities(filter: { search: $q }, first: 10) {
      nodes {
        id
        slug
        name
        visibility
      }
    }
  }
`);

/** People, topics and communities whose names match the words typed in the header. */
export default function SearchPage() {
  const { t } = useTranslation('search');
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [{ data, fetching, error }, retry] = useQuery({ query: SEARCH, variables: { q }, pause: !q });
  const empty =
    data && !data.people.nodes.length && !data.topics.nodes.length && !data.communities.nodes.length;
  return (
    <>
      <PageTitle title={q ? t('titleFor', { q }) : t('title')} />
      {!q ? <EmptyState title={t('typeSomething')} /> : null}
      {fetching && !data ? <Loading /> : null}
      {error ? (
        <ErrorState problem={apiProblem(error)!} onRetry={() => retry({ requestPolicy: 'network-only' })} />
      ) : null}
      {empty ? <EmptyState title={t('nothing', { q })} hint={t('nothingHint')} /> : null}
      {data && data.people.nodes.length > 0 ? (
        <section aria-labelledby="search-people" className="card">
          <h2 id="search-people">{t('people')}</h2>
          <ul className="plain-list">
            {data.people.nodes.map((person) => (
              <li key={person.id} className="row">
                <Avatar name={person.displayName} size={32} />
                <span>
                  <Link to={`/people/${person.id}`}>{person.displayName}</Link>
                  <span className="muted">
                    {' '}
                    {[person.title, person.department].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data && data.topics.nodes.length > 0 ? (
        <section aria-labelledby="search-topics" className="card">
          <h2 id="search-topics">{t('topics')}</h2>
          <ul className="chips">
            {data.topics.nodes.map((topic) => (
              <li key={topic.id}>
                <Link to={`/topics/${topic.slug}`} className="chip">
                  #{topic.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data && data.communities.nodes.length > 0 ? (
        <section aria-labelledby="search-communities" className="card">
          <h2 id="search-communities">{t('communities')}</h2>
          <ul className="plain-list">
            {data.communities.nodes.map((community) => (
              <li key={community.id}>
                <Link to={`/c/${community.slug}`}>{community.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
