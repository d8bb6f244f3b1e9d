import { graphql } from '../../gql';

export const PEOPLE_DIRECTORY = graphql(`
  query PeopleDirectory($search: String, $first: Int!, $after: String) {
    people(search: $search, first: $first, after: $after) {
      nodes {
        id
        displayName
        title
        department
        location
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PROFILE_TOPIC_FIELDS = graphql(`
  fragment ProfileTopicFields on PersonTopic {
    kind
    endorsementCount
    endorsedByMe
    topic {
      id
      slug
      label
    }
  }
`);

export const PERSON_PROFILE = graphql(`
  query PersonProfile($id: ID!) {
    person(id: $id) {
      id
      displayName
      handle
      title
      department
      location
      languages
      bioHtml
      followedByMe
      status
      topics {
        ...ProfileTopicFields
      }
    }
  }
`);

export const PERSON_ENDORSERS = graphql(`
  query PersonEndorsers($id: ID!, $topicSlug: String!) {
    person(id: $id) {
      id
      endorsements(topicSlug: $topicSlug) {
        id
        displayName
        title
      }
    }
  }
`);

export const ENDORSE = graphql(`
  mutation EndorsePerson($personId: ID!, $topicSlug: String!) {
    endorse(personId: $personId, topicSlug: $topicSlug) {
      id
      topics {
        ...ProfileTopicFields
      }
    }
  }
`);

export const UNENDORSE = graphql(`
  mutation UnendorsePerson($personId: ID!, $topicSlug: String!) {
    unendorse(personId: $personId, topicSlug: $topicSlug) {
      id
      topics {
        ...ProfileTopicFields
      }
    }
  }
`);

export const FOLLOW_PERSON = graphql(`
  mutation FollowPerson($id: ID!) {
    follow(target: { id: $id, type: USER })
  }
`);

export const UNFOLLOW_PERSON = graphql(`
  mutation UnfollowPerson($id: ID!) {
    unfollow(target: { id: $id, type: USER })
  }
`);

export const MY_PROFILE = graphql(`
  query MyProfileForm($id: ID!) {
    person(id: $id) {
      id
      displayName
      title
      department
      location
      languages
      locale
      bioMarkdown
      topics {
        kind
        topic {
          id
          slug
          label
        }
      }
    }
  }
`);

export const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      title
      department
      location
      languages
      locale
      bioMarkdown
      bioHtml
    }
  }
`);

export const SET_MY_TOPICS = graphql(`
  mutation SetMyTopics($kind: TopicKind!, $slugs: [String!]!) {
    setMyTopics(kind: $kind, slugs: $slugs) {
      id
      topics(kind: $kind) {
        kind
        topic {
          id
          slug
          label
        }
      }
    }
  }
`);
