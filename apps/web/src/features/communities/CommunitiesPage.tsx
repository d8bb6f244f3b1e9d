import { FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CommunitiesCardFragment, CommunityVisibility } from '../../gql/graphql';
import { useFormat } from '../../lib/format';
import { useConnection } from '../../lib/use-connection';
import { Html } from '../../ui/bits';
import { EmptyState, ErrorState, LoadMore, Loading, PageTitle } from '../../ui/states';
import { DIRECTORY } from './api';
import { Combobox } from '../../ui/Combobox';
import { useTopicSuggestions } from '../../ui/suggestions';
import { useDebounced } from '../../lib/use-debounced';
import {
  ArchivedBadge,
  membershipLabel,
  OfficialBadge,
  TopicName,
  VisibilityBadge,
  VISIBILITIES,
} from './ui';

const PAGE_SIZE = 20;

interface Filters {
  q: string;
  visibility: CommunityVisibility | null;
  topic: string | null;
  official: boolean;
  mine: boolean;
}

function readFilters(params: URLSearchParams): Filters {
  const visibility = params.get('visibility');
  return {
    q: params.get('q') ?? '',
    visibility: VISIBILITIES.includes(visibility as CommunityVisibility)
      ? (visibility as CommunityVisibility)
      : null,
    topic: params.get('topic'),
    official: params.get('official') === '1',
    mine: params.get('mine') === '1',
  };
}

/**
 * The filters live in the address (?q=&visibility=&topic=&official=1&mine=1): reloads and links keep them.
 * A copy held here answers controls at once, while the address follows.
 */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const inAddress = JSON.stringify(readFilters(params));
  const [filters, setFilters] = useState<Filters>(() => readFilters(params));
  // The address changed by itself (back button, a shared link): follow it.
  useEffect(() => setFilters(JSON.parse(inAddress) as Filters), [inAddress]);
  const set = useCallback(
    (change: Partial<Filters>) => {
      setFilters((current) => ({ ...current, ...change }));
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value === true) next.set(key, '1');
            else if (value) next.set(key, String(value));
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { filters, set };
}

function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('communities');
  const [text, setText] = useState(value);
  const settled = useDebounced(text, 300);
  const written = useRef(value);
  // The address changed by itself (back button, a link): show what it says.
  useEffect(() => {
    if (value !== written.current) {
      written.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (settled.trim() !== written.current) {
      written.current = settled.trim();
      onSearch(settled.trim());
    }
  }, [settled, onSearch]);
  return (
    <div className="c-field directory-search">
      <label htmlFor="communities-search">{t('directory.search')}</label>
      <input
        id="communities-search"
        type="search"
        value={text}
        placeholder={t('directory.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

function TopicFilter({ topic, onChange }: { topic: string | null; onChange: (slug: string | null) => void }) {
  const { t } = useTranslation('communities');
  const [query, setQuery] = useState('');
  const suggestions = useTopicSuggestions(query);
  if (topic) {
    return (
      <div className="c-field">
        <span className="c-field-label" id="communities-topic-label">
          {t('directory.topic')}
        </span>
        <p className="row topic-filter-chosen">
          <span className="chip">
            #<TopicName slug={topic} />
          </span>
          <button type="button" className="link-button" onClick={() => onChange(null)}>
            {t('directory.removeTopic')}
            <span className="visually-hidden">
              {' '}
              <TopicName slug={topic} />
            </span>
          </button>
        </p>
      </div>
    );
  }
  return (
    <Combobox
      id="communities-topic"
      label={t('directory.topic')}
      placeholder={t('form.topicsPlaceholder')}
      query={query}
      onQueryChange={setQuery}
      options={suggestions}
      optionKey={(option) => option.slug}
      renderOption={(option) => option.label}
      onSelect={(option) => {
        setQuery('');
        onChange(option.slug);
      }}
    />
  );
}

function CommunityCard({ community }: { community: CommunitiesCardFragment }) {
  const { t } = useTranslation('communities');
  const format = useFormat();
  const mine = membershipLabel(community.myMembership, t);
  return (
    <li className="card community-card">
      <div className="community-card-head">
        <h2>
          <Link to={`/c/${community.slug}`}>{community.name}</Link>
        </h2>
        <p className="community-badges">
          <VisibilityBadge visibility={community.visibility} />
          {community.official ? <OfficialBadge /> : null}
          {community.archived ? <ArchivedBadge /> : null}
        </p>
      </div>
      {community.descriptionHtml ? (
        <Html html={community.descriptionHtml} className="community-card-description" />
      ) : null}
      <p className="community-card-meta muted">
        {community.memberCount !== null && community.memberCount !== undefined ? (
          <span>
            {t('memberCount', {
              count: community.memberCount,
              formatted: format.number(community.memberCount),
            })}
          </span>
        ) : null}
        {mine ? <span className="community-mine">{mine}</span> : null}
      </p>
    </li>
  );
}

/** The directory: every community the person can see, searched and filtered, page after page. */
export default function CommunitiesPage() {
  const { t } = useTranslation('communities');
  const { filters, set } = useFilters();
  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      filter: {
        search: filters.q || undefined,
        visibility: filters.visibility ?? undefined,
        topicSlug: filters.topic ?? undefined,
        official: filters.official || undefined,
        mine: filters.mine || undefined,
      },
    }),
    [filters.q, filters.visibility, filters.topic, filters.official, filters.mine],
  );
  const list = useConnection(DIRECTORY, variables, (data) => data.communities);
  const onSearch = useCallback((q: string) => set({ q }), [set]);
  const filtered = !!(filters.q || filters.visibility || filters.topic || filters.official || filters.mine);

  return (
    <>
      <PageTitle title={t('title')}>
        <Link to="/communities/new" className="button button-primary">
          {t('directory.create')}
        </Link>
      </PageTitle>
      <form
        className="card directory-filters"
        role="search"
        aria-label={t('directory.filters')}
        onSubmit={(event: FormEvent) => event.preventDefault()}
      >
        <SearchBox value={filters.q} onSearch={onSearch} />
        <div className="directory-filter-row">
          <div className="c-field">
            <label htmlFor="communities-visibility">{t('directory.visibility')}</label>
            <select
              id="communities-visibility"
              value={filters.visibility ?? ''}
              onChange={(event) =>
                set({ visibility: (event.target.value || null) as CommunityVisibility | null })
              }
            >
              <option value="">{t('directory.anyVisibility')}</option>
              {VISIBILITIES.map((visibility) => (
                <option key={visibility} value={visibility}>
                  {t(`visibility.${visibility}`)}
                </option>
              ))}
            </select>
          </div>
          <TopicFilter topic={filters.topic} onChange={(topic) => set({ topic })} />
        </div>
        <div className="directory-filter-row">
          <label className="c-checkbox">
            <input
              type="checkbox"
              checked={filters.mine}
              onChange={(event) => set({ mine: event.target.checked })}
            />
            {t('directory.mine')}
          </label>
          <label className="c-checkbox">
            <input
              type="checkbox"
              checked={filters.official}
              onChange={(event) => set({ official: event.target.checked })}
            />
            {t('directory.official')}
          </label>
          {filtered ? (
            <button
              type="button"
              className="link-button"
              onClick={() => set({ q: '', visibility: null, topic: null, official: false, mine: false })}
            >
              {t('directory.clear')}
            </button>
          ) : null}
        </div>
      </form>
      <div className="directory-results" aria-busy={list.loading}>
        <p className="visually-hidden" role="status">
          {list.loading ? '' : t('directory.shown', { count: list.nodes.length })}
        </p>
        {list.problem ? <ErrorState problem={list.problem} onRetry={list.reload} /> : null}
        {list.loading && list.nodes.length === 0 ? <Loading /> : null}
        {!list.loading && !list.problem && list.nodes.length === 0 ? (
          <EmptyState
            title={filtered ? t('directory.noMatch') : t('directory.empty')}
            hint={t('directory.emptyHint')}
            action={
              <Link to="/communities/new" className="button">
                {t('directory.create')}
              </Link>
            }
          />
        ) : null}
        {list.nodes.length ? (
          <ul className="plain-list community-list" aria-label={t('directory.results')}>
            {list.nodes.map((community) => (
              <CommunityCard key={community.id} community={community} />
            ))}
          </ul>
        ) : null}
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loading} onLoadMore={list.loadMore} />
    </>
  );
}
