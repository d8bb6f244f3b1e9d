import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useDebounced } from '../lib/use-debounced';

const SUGGEST_TOPICS = graphql(`
  query SuggestTopics($search: String!) {
    topics(search: $search, first: 8) {
      nodes {
        id
        slug
        label
        labelFr
        labelEn
      }
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

/** Topics of the taxonomy whose names contain the words typed; undefined while they load. */
export function useTopicSuggestions(query: string, exclude: readonly string[] = []) {
  const search = useDebounced(query.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: SUGGEST_TOPICS, variables: { search }, pause: !search });
  if (!search || fetching || search !== query.trim() || !data) return undefined;
  return data.topics.nodes.filter((topic) => !exclude.includes(topic.slug));
}

/** Colleagues whose name or handle contain the words typed; undefined while they load. */
export function usePeopleSuggestions(query: string) {
  const search = useDebounced(query.trim(), 200);
  const [{ data, fetching }] = useQuery({ query: SUGGEST_PEOPLE, variables: { search }, pause: !search });
  if (!search || fetching || search !== query.trim() || !data) return undefined;
  return data.people.nodes;
}
