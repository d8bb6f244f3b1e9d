import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useDebounced } from '../lib/use-debounced';

// Prefix matching on the names and synonyms of both languages (and the slug), small typos tolerated: what
// one types in a picker is the beginning of a name, not words scattered in it.
const SUGGEST_TOPICS = graphql(`
  query SuggestTopics($prefix: String!) {
    suggestTopics(prefix: $prefix, first: 8) {
      id
      slug
      label
      labelFr
      labelEn
    }
  }
`);

/** The topics a #hashtag being typed may name, for the markdown editor's suggestions. */
export const HASHTAG_SUGGESTIONS = graphql(`
  query HashtagSuggestions($search: String!) {
    suggestTopics(prefix: $search, first: 6) {
      id
      slug
      label
    }
  }
`);

const SUGGEST_PEOPLE = graphql(`
  query SuggestPeople($search: String!) {
    people(search: $search, first: 8) {
      nodes {
        id
        displayName
        handle
        title
        department
      }
    }
  }
`);

/** Topics of the taxonomy one of whose names begins with what is typed; undefined while they load. */
export function useTopicSuggestions(query: string, exclude: readonly string[] = []) {
  const prefix = useDebounced(query.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: SUGGEST_TOPICS, variables: { prefix }, pause: !prefix });
  if (!prefix || fetching || prefix !== query.trim() || !data) return undefined;
  return data.suggestTopics.filter((topic) => !exclude.includes(topic.slug));
}

/** Colleagues whose name or handle contain the words typed; undefined while they load. */
export function usePeopleSuggestions(query: string) {
  const search = useDebounced(query.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: SUGGEST_PEOPLE, variables: { search }, pause: !search });
  if (!search || fetching || search !== query.trim() || !data) return undefined;
  return data.people.nodes;
}
