import { graphql } from '../../gql';

/** What a directory card shows of a community. */
export const COMMUNITY_CARD = graphql(`
  fragment CommunitiesCard on Community {
    id
    slug
    name
    descriptionHtml
    visibility
    official
    archived
    memberCount
    myMembership {
      role
      status
    }
  }
`);

/** Everything the community, settings and members pages need to know about a community and the viewer. */
export const COMMUNITY_DETAIL = graphql(`
  fragment CommunitiesDetail on Community {
    id
    slug
    name
    descriptionHtml
    descriptionMarkdown
    visibility
    official
    archived
    archivedAt
    memberCount
    topicSlugs
    followedByMe
    myMembership {
      role
      status
    }
    viewerCan {
      acceptInvite
      archive
      join
      leave
      moderate
      own
      participate
      readContent
      requestToJoin
      setOfficial
    }
  }
`);

export const DIRECTORY = graphql(`
  query CommunitiesDirectory($filter: CommunityFilter, $first: Int!, $after: String) {
    communities(filter: $filter, first: $first, after: $after) {
      nodes {
        ...CommunitiesCard
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const COMMUNITY = graphql(`
  query CommunitiesCommunity($slug: String!) {
    community(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const TOPIC_LABEL = graphql(`
  query CommunitiesTopicLabel($slug: String!) {
    topic(slug: $slug) {
      id
      slug
      label
    }
  }
`);

export const CREATE_COMMUNITY = graphql(`
  mutation CommunitiesCreate($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      ...CommunitiesDetail
    }
  }
`);

export const UPDATE_COMMUNITY = graphql(`
  mutation CommunitiesUpdate($slug: String!, $input: UpdateCommunityInput!) {
    updateCommunity(slug: $slug, input: $input) {
      ...CommunitiesDetail
    }
  }
`);

export const ARCHIVE = graphql(`
  mutation CommunitiesArchive($slug: String!) {
    archiveCommunity(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const UNARCHIVE = graphql(`
  mutation CommunitiesUnarchive($slug: String!) {
    unarchiveCommunity(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const SET_OFFICIAL = graphql(`
  mutation CommunitiesSetOfficial($slug: String!, $official: Boolean!) {
    setCommunityOfficial(slug: $slug, official: $official) {
      ...CommunitiesDetail
    }
  }
`);

export const JOIN = graphql(`
  mutation CommunitiesJoin($slug: String!) {
    joinCommunity(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const REQUEST_TO_JOIN = graphql(`
  mutation CommunitiesRequestToJoin($slug: String!) {
    requestToJoin(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const LEAVE = graphql(`
  mutation CommunitiesLeave($slug: String!) {
    leaveCommunity(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const ACCEPT_INVITE = graphql(`
  mutation CommunitiesAcceptInvite($slug: String!) {
    acceptInvite(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const DECLINE_INVITE = graphql(`
  mutation CommunitiesDeclineInvite($slug: String!) {
    declineInvite(slug: $slug) {
      ...CommunitiesDetail
    }
  }
`);

export const FOLLOW = graphql(`
  mutation CommunitiesFollow($id: ID!) {
    follow(target: { type: COMMUNITY, id: $id })
  }
`);

export const UNFOLLOW = graphql(`
  mutation CommunitiesUnfollow($id: ID!) {
    unfollow(target: { type: COMMUNITY, id: $id })
  }
`);

export const MEMBERS = graphql(`
  query CommunitiesMembers($slug: String!, $first: Int!, $after: String) {
    community(slug: $slug) {
      id
      members(first: $first, after: $after) {
        nodes {
          userId
          displayName
          role
          status
          joinedAt
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const JOIN_REQUESTS = graphql(`
  query CommunitiesJoinRequests($slug: String!, $first: Int!, $after: String) {
    community(slug: $slug) {
      id
      joinRequests(first: $first, after: $after) {
        nodes {
          userId
          displayName
          requestedAt
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const DECIDE_JOIN_REQUEST = graphql(`
  mutation CommunitiesDecideJoinRequest($slug: String!, $userId: ID!, $approve: Boolean!) {
    decideJoinRequest(slug: $slug, userId: $userId, approve: $approve) {
      id
      memberCount
    }
  }
`);

export const INVITE = graphql(`
  mutation CommunitiesInvite($slug: String!, $userId: ID!) {
    invite(slug: $slug, userId: $userId) {
      userId
      displayName
      status
    }
  }
`);

export const SET_MEMBER_ROLE = graphql(`
  mutation CommunitiesSetMemberRole($slug: String!, $userId: ID!, $role: MembershipRole!) {
    setMemberRole(slug: $slug, userId: $userId, role: $role) {
      userId
      role
      status
    }
  }
`);

export const BAN_MEMBER = graphql(`
  mutation CommunitiesBanMember($slug: String!, $userId: ID!) {
    banMember(slug: $slug, userId: $userId) {
      userId
      status
    }
  }
`);
