import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertSearchQuery } from '../../gql/graphql';
import { useDebounced } from '../../lib/use-debounced';
import { EmptyState, ErrorState, LoadMore, Loading, PageTitle } from '../../ui/states';
import { languageName } from '../people/languages';
import { ExpertCard } from './ExpertCard';
import { EXPERT_SEARCH } from './queries';
import { useAddressParams } from './use-address-params';
import { useSearchPages } from './use-search-pages';
import './search.css';
import { TopicLinks } from '../../ui/bits';

const PAGE_SIZE = 20;
/** How long typing pauses before the results follow the search box. */
const SEARCH_DELAY_MS = 250;
/** Wider than a phone (the breakpoint of styles.css). */
const WIDE = '(min-width: 641px)';
/** The api's limit on a query's length. */
const MAX_QUERY_LENGTH = 200;

/** The filters, as the address names them (`?department=…&community=<id>&topic=<slug>`). */
const FILTERS = ['department', 'location', 'language', 'community', 'topic'] as const;
type Filter = (typeof FILTERS)[number];
type Facets = ExpertSearchQuery['searchExperts']['facets'];

interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** The address with one parameter set, or removed when empty. */
function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(name, value);
  else next.delete(name);
  return next;
}

/**
 * Who knows about something: results as one types (the api corrects small typos and understands the
 * taxonomy's synonyms), filters built from the facets with their counts, the query and the filters kept
 * in the address so that a search can be shared, reloaded or gone back to.
 */
export default function ExpertSearchPage() {
  const { t } = useTranslation('search');
  const [params, setParams] = useAddressParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);

  // Back and forward change the address: the box follows it.
  useEffect(() => setTyped((current) => (current.trim() === q.trim() ? current : q)), [q]);

  // Once typing pauses, the address takes the query (replacing the entry: one per search, not per key).
  // Only a new pause writes it: going back must not be undone by the last query typed.
  const settled = useDebounced(typed, SEARCH_DELAY_MS);
  const lastSettled = useRef(settled);
  useEffect(() => {
    if (lastSettled.current === settled) return;
    lastSettled.current = settled;
    if (settled.trim() !== q.trim()) setParams(withParam(params, 'q', settled.trim()), { replace: true });
  }, [settled, q, params, setParams]);

  const chosen = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || null])) as Record<
    Filter,
    string | null
  >;
  const filters = {
    ...(chosen.department ? { department: chosen.department } : {}),
    ...(chosen.location ? { location: chosen.location } : {}),
    ...(chosen.language ? { language: chosen.language } : {}),
    ...(chosen.community ? { communityId: chosen.community } : {}),
    ...(chosen.topic ? { topicSlug: chosen.topic } : {}),
  };
  const filtered = Object.keys(filters).length > 0;
  const query = q.trim();
  const search = useSearchPages(
    EXPERT_SEARCH,
    { query, filters: filtered ? filters : null, first: PAGE_SIZE },
    (data) => data.searchExperts,
  );
  const result = search.first;

  const choose = (name: Filter, value: string | null) => setParams(withParam(params, name, value));
  const clearFilters = () => {
    let next = new URLSearchParams(params);
    for (const name of FILTERS) next = withParam(next, name, null);
    setParams(next);
  };

  return (
    <>
      <PageTitle title={t('experts.title')} />
      <form
        role="search"
        className="expert-search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(withParam(params, 'q', typed.trim()), { replace: true });
        }}
      >
        <label htmlFor="expert-search">{t('experts.searchLabel')}</label>
        <input
          id="expert-search"
          type="search"
          value={typed}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          aria-describedby="expert-search-hint"
          onChange={(event) => setTyped(event.target.value)}
        />
        <p id="expert-search-hint" className="muted search-hint">
          {t('experts.searchHint')}
        </p>
      </form>

      {result ? (
        <ExpertFilters facets={result.facets} chosen={chosen} onChoose={choose} onClear={clearFilters} />
      ) : null}

      <div className="search-summary" role="status" aria-live="polite">
        {result ? (
          <>
            <p className="search-count">
              {t('experts.count', { count: result.totalCount })}
              {!query && result.totalCount > 0 ? (
                <span className="muted"> {t('experts.everyone')}</span>
              ) : null}
              {search.loading ? (
                <span className="muted search-busy">
                  {' '}
                  <span className="spinner" aria-hidden="true" /> {t('searching')}
                </span>
              ) : null}
            </p>
            {result.correctedQuery ? (
              <p className="search-corrected">{t('corrected', { q: result.correctedQuery })}</p>
            ) : null}
          </>
        ) : null}
      </div>

      {result ? (
        <TopicLinks
          topics={result.matchedTopics}
          className="search-matched-topics"
          aria-label={t('experts.matchedTopics')}
        />
      ) : null}

      {search.problem ? <ErrorState problem={search.problem} onRetry={search.reload} /> : null}
      {!search.problem && !search.loading && result && search.nodes.length === 0 ? (
        <EmptyState
          title={query ? t('experts.empty', { q: query }) : t('experts.emptyFiltered')}
          hint={t('experts.emptyHint')}
          action={
            filtered ? (
              <button type="button" className="button" onClick={clearFilters}>
                {t('experts.clearFilters')}
              </button>
            ) : undefined
          }
        />
      ) : null}
      {search.nodes.length > 0 ? (
        <ul className="expert-list plain-list" aria-label={t('experts.listLabel')}>
          {search.nodes.map((hit) => (
            <ExpertCard key={hit.person.id} hit={hit} headingLevel={2} />
          ))}
        </ul>
      ) : null}
      {search.loading && !result ? <Loading /> : null}
      {search.nodes.length > 0 ? (
        <LoadMore hasMore={search.hasMore} loading={search.loading} onLoadMore={search.loadMore} />
      ) : null}
    </>
  );
}

/** One select per facet, each value with the number of people it would show (the facets are disjunctive). */
function ExpertFilters({
  facets,
  chosen,
  onChoose,
  onClear,
}: {
  facets: Facets;
  chosen: Record<Filter, string | null>;
  onChoose: (name: Filter, value: string | null) => void;
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('search');
  const plain = (values: Facets['departments']): FacetOption[] =>
    values.map((facet) => ({ value: facet.value, label: facet.value, count: facet.count }));
  const languageLabel = (code: string) => {
    const name = languageName(code, i18n.language);
    return name.charAt(0).toLocaleUpperCase(i18n.language) + name.slice(1);
  };
  const options: Record<Filter, FacetOption[]> = {
    department: plain(facets.departments),
    location: plain(facets.locations),
    language: facets.languages.map((facet) => ({
      value: facet.value,
      label: languageLabel(facet.value),
      count: facet.count,
    })),
    community: facets.communities.map((facet) => ({
      value: facet.community.id,
      label: facet.community.name,
      count: facet.count,
    })),
    topic: facets.topics.map((facet) => ({
      value: facet.topic.slug,
      label: facet.topic.label,
      count: facet.count,
    })),
  };
  // A value chosen that the facets no longer list (none left, or beyond the values the api counts) stays
  // shown as chosen, so that the select tells the truth and can be set back to "all".
  const chosenLabel: Record<Filter, (value: string) => string> = {
    department: (value) => value,
    location: (value) => value,
    language: languageLabel,
    community: () => t('experts.chosenCommunity'),
    topic: (value) => `#${value}`,
  };
  const anyKey = {
    department: 'anyDepartment',
    location: 'anyLocation',
    language: 'anyLanguage',
    community: 'anyCommunity',
    topic: 'anyTopic',
  } as const;
  const chosenCount = FILTERS.filter((name) => chosen[name]).length;
  // Open from the start on wide screens; on a phone the results come first, the filters a tap away.
  const [open, setOpen] = useState(
    () => chosenCount > 0 || typeof window.matchMedia !== 'function' || window.matchMedia(WIDE).matches,
  );
  return (
    <details
      className="expert-filters"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>
        {t('experts.filters')}
        {chosenCount > 0 ? (
          <span className="muted"> {t('experts.chosenCount', { count: chosenCount })}</span>
        ) : null}
      </summary>
      <div className="expert-filters-grid">
        {FILTERS.map((name) => {
          const value = chosen[name];
          const id = `expert-filter-${name}`;
          const listed = options[name];
          return (
            <div key={name} className="expert-filter">
              <label htmlFor={id}>{t(`experts.${name}`)}</label>
              <select
                id={id}
                value={value ?? ''}
                onChange={(event) => onChoose(name, event.target.value || null)}
              >
                <option value="">{t(`experts.${anyKey[name]}`)}</option>
                {value && !listed.some((option) => option.value === value) ? (
                  <option value={value}>{t('experts.chosen', { label: chosenLabel[name](value) })}</option>
                ) : null}
                {listed.map((option) => (
                  <option key={option.value} value={option.value}>
                    {t('withCount', { label: option.label, count: option.count })}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {chosenCount > 0 ? (
        <button type="button" className="link-button expert-filters-clear" onClick={onClear}>
          {t('experts.clearFilters')}
        </button>
      ) : null}
    </details>
  );
}
