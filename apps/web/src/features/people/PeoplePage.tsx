import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useConnection } from '../../lib/use-connection';
import { Avatar } from '../../ui/bits';
import { EmptyState, ErrorState, LoadMore, Loading, PageTitle } from '../../ui/states';
import { PEOPLE_DIRECTORY } from './queries';
import './people.css';

const PAGE_SIZE = 30;
/** How long typing pauses before the list follows the search box. */
const SEARCH_DELAY_MS = 250;

/** The directory of colleagues: a search box (accents and case ignored by the api) and an endless list. */
export default function PeoplePage() {
  const { t } = useTranslation('people');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);

  // Back and forward change the address: the box follows it.
  useEffect(() => setTyped((current) => (current.trim() === q.trim() ? current : q)), [q]);

  // The address keeps the search, so that going back shows the same list.
  useEffect(() => {
    if (typed.trim() === q.trim()) return;
    const timer = window.setTimeout(() => {
      setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed, q, setParams]);

  const search = q.trim();
  const people = useConnection(
    PEOPLE_DIRECTORY,
    { search: search || null, first: PAGE_SIZE },
    (data) => data.people,
  );

  return (
    <>
      <PageTitle title={t('title')} />
      <form role="search" className="people-search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="people-search">{t('directory.searchLabel')}</label>
        <input
          id="people-search"
          type="search"
          value={typed}
          autoComplete="off"
          aria-describedby="people-search-hint"
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
          }}
        />
        <p id="people-search-hint" className="muted people-hint">
          {t('directory.searchHint')}
        </p>
      </form>
      {people.problem ? <ErrorState problem={people.problem} onRetry={people.reload} /> : null}
      {!people.problem && !people.loading && people.nodes.length === 0 ? (
        search ? (
          <EmptyState title={t('directory.empty', { q: search })} hint={t('directory.emptyHint')} />
        ) : (
          <EmptyState title={t('directory.emptyAll')} />
        )
      ) : null}
      {people.nodes.length > 0 ? (
        <ul
          className="people-list plain-list"
          aria-label={search ? t('directory.results', { q: search }) : t('directory.listLabel')}
        >
          {people.nodes.map((person) => {
            const details = [person.department, person.location].filter(Boolean).join(' · ');
            return (
              <li key={person.id} className="person-card card">
                <Avatar name={person.displayName} size={48} />
                <div className="person-card-text">
                  <Link to={`/people/${person.id}`} className="person-card-name">
                    {person.displayName}
                  </Link>
                  {person.title ? <span className="person-card-title">{person.title}</span> : null}
                  {details ? <span className="muted person-card-details">{details}</span> : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {people.loading && people.nodes.length === 0 ? <Loading /> : null}
      <LoadMore hasMore={people.hasMore} loading={people.loading} onLoadMore={people.loadMore} />
    </>
  );
}
