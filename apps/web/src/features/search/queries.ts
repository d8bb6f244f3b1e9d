import { graphql } from '../../gql';

export const HIGHLIGHT_FIELDS = graphql(`
  fragment HighlightFields on SearchHighlight {
    field
    fragments {
      text
      match
    }
  }
`);

export const EXPERT_HIT_FIELDS = graphql(`
  fragment ExpertHitFields on ExpertHit {
    person {
      id
      displayName
      handle
      title
      department
      location
    }
    matchedTopics {
      id
      slug
      label
    }
    evidenceLine
    highlights {
      ...HighlightFields
    }
  }
`);

export const EXPERT_SEARCH = graphql(`
  query ExpertSearch($query: String!, $filters: ExpertSearchFilters, $first: Int!, $after: String) {
    searchExperts(query: $query, filters: $filters, first: $first, after: $after) {
      totalCount
      correctedQuery
      matchedTopics {
        id
        slug
        label
      }
      facets {
        departments {
          value
          count
        }
        locations {
          value
          count
        }
        languages {
          value
          count
        }
        communities {
          count
          community {
            id
            name
          }
        }
        topics {
          count
          topic {
            id
            slug
            label
          }
        }
      }
      nodes {
        ...ExpertHitFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The first few experts, for the people section of the header's search results. */
export const EXPERT_PREVIEW = graphql(`
  query ExpertPreview($query: String!, $first: Int!) {
    searchExperts(query: $query, first: $first) {
      totalCount
      correctedQuery
      matchedTopics {
        id
        slug
        label
      }
      nodes {
        ...ExpertHitFields
      }
    }
  }
`);

export const POST_SEARCH = graphql(`
  query PostSearch($query: String!, $filters: PostSearchFilters, $first: Int!, $after: String) {
    searchPosts(query: $query, filters: $filters, first: $first, after: $after) {
      totalCount
      correctedQuery
      facets {
        kinds {
          kind
          count
        }
      }
      nodes {
        post {
          id
          title
          kind
          classification
          pinned
          createdAt
          author {
            id
            displayName
            formerEmployee
          }
          community {
            id
            slug
            name
          }
        }
        highlights {
          ...HighlightFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const COMMUNITY_SEARCH = graphql(`
  query CommunitySearch($query: String!, $first: Int!, $after: String) {
    searchCommunities(query: $query, first: $first, after: $after) {
      totalCount
      correctedQuery
      nodes {
        community {
          id
          slug
          name
          visibility
          official
          memberCount
        }
        highlights {
          ...HighlightFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
