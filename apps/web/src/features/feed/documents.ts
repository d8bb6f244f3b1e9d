import { graphql } from '../../gql';
import type { FeedPostFragment, PostCommentFragment, PostCommentsQuery } from '../../gql/graphql';

/** Everything a post card shows and needs for its actions. */
export const FEED_POST = graphql(`
  fragment FeedPost on Post {
    id
    title
    bodyHtml
    bodyMarkdown
    kind
    classification
    confidential
    language
    createdAt
    edited
    editedAt
    pinned
    commentCount
    myReaction
    reactionCounts {
      kind
      count
    }
    author {
      id
      displayName
      handle
      title
      formerEmployee
    }
    community {
      id
      name
      slug
      visibility
    }
    topics {
      id
      slug
      label
    }
    mentions {
      id
      handle
      displayName
    }
    viewerCan {
      comment
      delete
      edit
      pin
      react
      acceptAnswer
    }
  }
`);

export const POST_COMMENT = graphql(`
  fragment PostComment on Comment {
    id
    parentId
    bodyHtml
    bodyMarkdown
    createdAt
    edited
    myReaction
    replyCount
    reactionCounts {
      kind
      count
    }
    author {
      id
      displayName
      formerEmployee
    }
  }
`);

export type FeedPost = FeedPostFragment;
export type PostComment = PostCommentFragment;
export type Thread = PostCommentsQuery['post']['comments']['nodes'][number];

export const HOME_FEED = graphql(`
  query HomeFeed($after: String) {
    homeFeed(first: 20, after: $after) {
      nodes {
        ...FeedPost
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const COMMUNITY_FEED = graphql(`
  query CommunityFeed($slug: String!, $after: String) {
    communityFeed(slug: $slug, first: 20, after: $after) {
      nodes {
        ...FeedPost
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TOPIC_FEED = graphql(`
  query TopicFeed($slug: String!, $after: String) {
    topicFeed(slug: $slug, first: 20, after: $after) {
      nodes {
        ...FeedPost
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PERSON_FEED = graphql(`
  query PersonFeed($personId: ID!, $after: String) {
    personFeed(personId: $personId, first: 20, after: $after) {
      nodes {
        ...FeedPost
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const POST_PAGE = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      ...FeedPost
      acceptedAnswer {
        id
        author {
          id
          displayName
        }
      }
    }
  }
`);

/**
 * Comments in pages of 10 threads with their first 8 replies: the api's cost limit (2000 points) counts
 * page size × replies × fields (urql's __typename included). Longer threads load the rest with
 * THREAD_REPLIES.
 */
export const POST_COMMENTS = graphql(`
  query PostComments($id: ID!, $after: String) {
    post(id: $id) {
      id
      comments(first: 10, after: $after) {
        nodes {
          ...PostComment
          replies(first: 8) {
            ...PostComment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** The cursor just after the first `first` threads (from `after`): where a given thread starts. */
export const COMMENT_CURSOR = graphql(`
  query CommentCursor($id: ID!, $first: Int!, $after: String) {
    post(id: $id) {
      id
      comments(first: $first, after: $after) {
        pageInfo {
          endCursor
        }
      }
    }
  }
`);

/** One thread with all its replies (at most 100, the api's limit). */
export const THREAD_REPLIES = graphql(`
  query ThreadReplies($id: ID!, $after: String) {
    post(id: $id) {
      id
      comments(first: 1, after: $after) {
        nodes {
          id
          replyCount
          replies(first: 100) {
            ...PostComment
          }
        }
      }
    }
  }
`);

export const CREATE_POST = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...FeedPost
    }
  }
`);

export const UPDATE_POST = graphql(`
  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {
    updatePost(id: $id, input: $input) {
      ...FeedPost
    }
  }
`);

export const DELETE_POST = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const PIN_POST = graphql(`
  mutation PinPost($id: ID!, $pinned: Boolean!) {
    pinPost(id: $id, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const REACT = graphql(`
  mutation React($kind: ReactionKind!, $subject: ReactionSubjectInput!) {
    react(kind: $kind, subject: $subject) {
      subjectId
      myReaction
      reactionCounts {
        kind
        count
      }
    }
  }
`);

export const UNREACT = graphql(`
  mutation Unreact($subject: ReactionSubjectInput!) {
    unreact(subject: $subject) {
      subjectId
      myReaction
      reactionCounts {
        kind
        count
      }
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($postId: ID!, $parentId: ID, $body: String!) {
    addComment(postId: $postId, parentId: $parentId, body: $body) {
      ...PostComment
    }
  }
`);

export const UPDATE_COMMENT = graphql(`
  mutation UpdateComment($id: ID!, $body: String!) {
    updateComment(id: $id, body: $body) {
      ...PostComment
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

export const ACCEPT_ANSWER = graphql(`
  mutation AcceptAnswer($postId: ID!, $commentId: ID!) {
    acceptAnswer(postId: $postId, commentId: $commentId) {
      id
      acceptedAnswer {
        id
        author {
          id
          displayName
        }
      }
    }
  }
`);

export const PREVIEW_MARKDOWN = graphql(`
  query PreviewMarkdown($markdown: String!) {
    previewMarkdown(markdown: $markdown)
  }
`);

export const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($search: String!) {
    people(search: $search, first: 6) {
      nodes {
        id
        displayName
        handle
        title
      }
    }
  }
`);

export const TOPIC_PAGE = graphql(`
  query TopicPage($slug: String!) {
    topic(slug: $slug) {
      id
      slug
      label
      followedByMe
      peopleCount
      parent {
        id
        slug
        label
      }
      children {
        id
        slug
        label
      }
    }
  }
`);

export const FOLLOW = graphql(`
  mutation Follow($target: FollowTargetInput!) {
    follow(target: $target)
  }
`);

export const UNFOLLOW = graphql(`
  mutation Unfollow($target: FollowTargetInput!) {
    unfollow(target: $target)
  }
`);
