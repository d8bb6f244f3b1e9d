/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": typeof types.SaveLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query ShellSignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n": typeof types.ShellSignInOptionsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AdminDeadLetterJobs($first: Int!, $after: ID) {\n    deadLetterJobs(first: $first, after: $after) {\n      nodes {\n        id\n        queue\n        failedAt\n        retries\n        error\n        data\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AdminDeadLetterJobsDocument,
    "\n  mutation AdminRetryDeadLetterJob($id: ID!) {\n    retryDeadLetterJob(id: $id)\n  }\n": typeof types.AdminRetryDeadLetterJobDocument,
    "\n  mutation AdminMergeTopics($fromSlug: String!, $intoSlug: String!) {\n    mergeTopics(fromSlug: $fromSlug, intoSlug: $intoSlug) {\n      id\n      slug\n      label\n      synonymsFr\n      synonymsEn\n    }\n  }\n": typeof types.AdminMergeTopicsDocument,
    "\n  query AdminTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.AdminTopicLabelDocument,
    "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        title\n        department\n        status\n        roles\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n": typeof types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  mutation AdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n": typeof types.AdminDeactivateUserDocument,
    "\n  mutation AdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n": typeof types.AdminReactivateUserDocument,
    "\n  fragment AdminTopicFields on Topic {\n    id\n    slug\n    label\n    labelFr\n    labelEn\n    synonymsFr\n    synonymsEn\n    parent {\n      id\n      slug\n      label\n    }\n    children {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.AdminTopicFieldsFragmentDoc,
    "\n  query AdminTopic($slug: String!) {\n    topic(slug: $slug) {\n      ...AdminTopicFields\n    }\n  }\n": typeof types.AdminTopicDocument,
    "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.AdminCreateTopicDocument,
    "\n  mutation AdminUpdateTopic($slug: String!, $input: UpdateTopicInput!) {\n    updateTopic(slug: $slug, input: $input) {\n      ...AdminTopicFields\n    }\n  }\n": typeof types.AdminUpdateTopicDocument,
    "\n  query AdminTopics($search: String, $first: Int!, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        label\n        labelFr\n        labelEn\n        synonymsFr\n        synonymsEn\n        parent {\n          id\n          slug\n          label\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminTopicsDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  fragment CommunitiesCard on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    visibility\n    official\n    archived\n    memberCount\n    myMembership {\n      role\n      status\n    }\n  }\n": typeof types.CommunitiesCardFragmentDoc,
    "\n  fragment CommunitiesDetail on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    descriptionMarkdown\n    visibility\n    official\n    archived\n    archivedAt\n    memberCount\n    topicSlugs\n    followedByMe\n    myMembership {\n      role\n      status\n    }\n    viewerCan {\n      acceptInvite\n      archive\n      join\n      leave\n      moderate\n      own\n      participate\n      readContent\n      requestToJoin\n      setOfficial\n    }\n  }\n": typeof types.CommunitiesDetailFragmentDoc,
    "\n  query CommunitiesDirectory($filter: CommunityFilter, $first: Int!, $after: String) {\n    communities(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CommunitiesCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommunitiesDirectoryDocument,
    "\n  query CommunitiesCommunity($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesCommunityDocument,
    "\n  query CommunitiesTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.CommunitiesTopicLabelDocument,
    "\n  mutation CommunitiesCreate($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesCreateDocument,
    "\n  mutation CommunitiesUpdate($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesUpdateDocument,
    "\n  mutation CommunitiesArchive($slug: String!) {\n    archiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesArchiveDocument,
    "\n  mutation CommunitiesUnarchive($slug: String!) {\n    unarchiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesUnarchiveDocument,
    "\n  mutation CommunitiesSetOfficial($slug: String!, $official: Boolean!) {\n    setCommunityOfficial(slug: $slug, official: $official) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesSetOfficialDocument,
    "\n  mutation CommunitiesJoin($slug: String!) {\n    joinCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesJoinDocument,
    "\n  mutation CommunitiesRequestToJoin($slug: String!) {\n    requestToJoin(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesRequestToJoinDocument,
    "\n  mutation CommunitiesLeave($slug: String!) {\n    leaveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesLeaveDocument,
    "\n  mutation CommunitiesAcceptInvite($slug: String!) {\n    acceptInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesAcceptInviteDocument,
    "\n  mutation CommunitiesDeclineInvite($slug: String!) {\n    declineInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": typeof types.CommunitiesDeclineInviteDocument,
    "\n  mutation CommunitiesFollow($id: ID!) {\n    follow(target: { type: COMMUNITY, id: $id })\n  }\n": typeof types.CommunitiesFollowDocument,
    "\n  mutation CommunitiesUnfollow($id: ID!) {\n    unfollow(target: { type: COMMUNITY, id: $id })\n  }\n": typeof types.CommunitiesUnfollowDocument,
    "\n  query CommunitiesMembers($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          role\n          status\n          joinedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesMembersDocument,
    "\n  query CommunitiesJoinRequests($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          requestedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommunitiesJoinRequestsDocument,
    "\n  mutation CommunitiesDecideJoinRequest($slug: String!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(slug: $slug, userId: $userId, approve: $approve) {\n      id\n      memberCount\n    }\n  }\n": typeof types.CommunitiesDecideJoinRequestDocument,
    "\n  mutation CommunitiesInvite($slug: String!, $userId: ID!) {\n    invite(slug: $slug, userId: $userId) {\n      userId\n      displayName\n      status\n    }\n  }\n": typeof types.CommunitiesInviteDocument,
    "\n  mutation CommunitiesSetMemberRole($slug: String!, $userId: ID!, $role: MembershipRole!) {\n    setMemberRole(slug: $slug, userId: $userId, role: $role) {\n      userId\n      role\n      status\n    }\n  }\n": typeof types.CommunitiesSetMemberRoleDocument,
    "\n  mutation CommunitiesBanMember($slug: String!, $userId: ID!) {\n    banMember(slug: $slug, userId: $userId) {\n      userId\n      status\n    }\n  }\n": typeof types.CommunitiesBanMemberDocument,
    "\n  fragment FeedPost on Post {\n    id\n    title\n    bodyHtml\n    bodyMarkdown\n    kind\n    classification\n    confidential\n    language\n    createdAt\n    edited\n    editedAt\n    pinned\n    commentCount\n    myReaction\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      handle\n      title\n      formerEmployee\n    }\n    community {\n      id\n      name\n      slug\n      visibility\n    }\n    topics {\n      id\n      slug\n      label\n    }\n    mentions {\n      id\n      handle\n      displayName\n    }\n    viewerCan {\n      comment\n      delete\n      edit\n      pin\n      react\n      acceptAnswer\n    }\n  }\n": typeof types.FeedPostFragmentDoc,
    "\n  fragment PostComment on Comment {\n    id\n    parentId\n    bodyHtml\n    bodyMarkdown\n    createdAt\n    edited\n    myReaction\n    replyCount\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      formerEmployee\n    }\n  }\n": typeof types.PostCommentFragmentDoc,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  query CommunityFeed($slug: String!, $after: String) {\n    communityFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommunityFeedDocument,
    "\n  query TopicFeed($slug: String!, $after: String) {\n    topicFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TopicFeedDocument,
    "\n  query PersonFeed($personId: ID!, $after: String) {\n    personFeed(personId: $personId, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PersonFeedDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PostPageDocument,
    "\n  query PostComments($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 10, after: $after) {\n        nodes {\n          ...PostComment\n          replies(first: 8) {\n            ...PostComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostCommentsDocument,
    "\n  query CommentCursor($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommentCursorDocument,
    "\n  query ThreadReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 1, after: $after) {\n        nodes {\n          id\n          replyCount\n          replies(first: 100) {\n            ...PostComment\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadRepliesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...FeedPost\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...FeedPost\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinPostDocument,
    "\n  mutation React($kind: ReactionKind!, $subject: ReactionSubjectInput!) {\n    react(kind: $kind, subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  mutation Unreact($subject: ReactionSubjectInput!) {\n    unreact(subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.UnreactDocument,
    "\n  mutation AddComment($postId: ID!, $parentId: ID, $body: String!) {\n    addComment(postId: $postId, parentId: $parentId, body: $body) {\n      ...PostComment\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation UpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      ...PostComment\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation AcceptAnswer($postId: ID!, $commentId: ID!) {\n    acceptAnswer(postId: $postId, commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  query PreviewMarkdown($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n": typeof types.PreviewMarkdownDocument,
    "\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 6) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n      followedByMe\n      peopleCount\n      parent {\n        id\n        slug\n        label\n      }\n      children {\n        id\n        slug\n        label\n      }\n    }\n  }\n": typeof types.TopicPageDocument,
    "\n  mutation Follow($target: FollowTargetInput!) {\n    follow(target: $target)\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($target: FollowTargetInput!) {\n    unfollow(target: $target)\n  }\n": typeof types.UnfollowDocument,
    "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        subjectType\n        subjectId\n        data\n        read\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        community {\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  query NotificationsPageUnread {\n    unreadNotificationCount\n  }\n": typeof types.NotificationsPageUnreadDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        title\n        department\n        location\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  fragment ProfileTopicFields on PersonTopic {\n    kind\n    endorsementCount\n    endorsedByMe\n    topic {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.ProfileTopicFieldsFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n      languages\n      bioHtml\n      followedByMe\n      status\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query PersonEndorsers($id: ID!, $topicSlug: String!) {\n    person(id: $id) {\n      id\n      endorsements(topicSlug: $topicSlug) {\n        id\n        displayName\n        title\n      }\n    }\n  }\n": typeof types.PersonEndorsersDocument,
    "\n  mutation EndorsePerson($personId: ID!, $topicSlug: String!) {\n    endorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n": typeof types.EndorsePersonDocument,
    "\n  mutation UnendorsePerson($personId: ID!, $topicSlug: String!) {\n    unendorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n": typeof types.UnendorsePersonDocument,
    "\n  mutation FollowPerson($id: ID!) {\n    follow(target: { id: $id, type: USER })\n  }\n": typeof types.FollowPersonDocument,
    "\n  mutation UnfollowPerson($id: ID!) {\n    unfollow(target: { id: $id, type: USER })\n  }\n": typeof types.UnfollowPersonDocument,
    "\n  query MyProfileForm($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      topics {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n": typeof types.MyProfileFormDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      bioHtml\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetMyTopics($kind: TopicKind!, $slugs: [String!]!) {\n    setMyTopics(kind: $kind, slugs: $slugs) {\n      id\n      topics(kind: $kind) {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n": typeof types.SetMyTopicsDocument,
    "\n  fragment HighlightFields on SearchHighlight {\n    field\n    fragments {\n      text\n      match\n    }\n  }\n": typeof types.HighlightFieldsFragmentDoc,
    "\n  fragment ExpertHitFields on ExpertHit {\n    person {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n    }\n    matchedTopics {\n      id\n      slug\n      label\n    }\n    evidenceLine\n    highlights {\n      ...HighlightFields\n    }\n  }\n": typeof types.ExpertHitFieldsFragmentDoc,
    "\n  query ExpertSearch($query: String!, $filters: ExpertSearchFilters, $first: Int!, $after: String) {\n    searchExperts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      facets {\n        departments {\n          value\n          count\n        }\n        locations {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n        communities {\n          count\n          community {\n            id\n            name\n          }\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            label\n          }\n        }\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ExpertSearchDocument,
    "\n  query ExpertPreview($query: String!, $first: Int!) {\n    searchExperts(query: $query, first: $first) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n    }\n  }\n": typeof types.ExpertPreviewDocument,
    "\n  query PostSearch($query: String!, $filters: PostSearchFilters, $first: Int!, $after: String) {\n    searchPosts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      facets {\n        kinds {\n          kind\n          count\n        }\n      }\n      nodes {\n        post {\n          id\n          title\n          kind\n          classification\n          pinned\n          createdAt\n          author {\n            id\n            displayName\n            formerEmployee\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PostSearchDocument,
    "\n  query CommunitySearch($query: String!, $first: Int!, $after: String) {\n    searchCommunities(query: $query, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      nodes {\n        community {\n          id\n          slug\n          name\n          visibility\n          official\n          memberCount\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CommunitySearchDocument,
    "\n  query SuggestTopics($prefix: String!) {\n    suggestTopics(prefix: $prefix, first: 8) {\n      id\n      slug\n      label\n      labelFr\n      labelEn\n    }\n  }\n": typeof types.SuggestTopicsDocument,
    "\n  query HashtagSuggestions($search: String!) {\n    suggestTopics(prefix: $search, first: 6) {\n      id\n      slug\n      label\n    }\n  }\n": typeof types.HashtagSuggestionsDocument,
    "\n  query SuggestPeople($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n        department\n      }\n    }\n  }\n": typeof types.SuggestPeopleDocument,
};
const documents: Documents = {
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n": types.SaveLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ShellSignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n": types.ShellSignInOptionsDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  query AdminDeadLetterJobs($first: Int!, $after: ID) {\n    deadLetterJobs(first: $first, after: $after) {\n      nodes {\n        id\n        queue\n        failedAt\n        retries\n        error\n        data\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AdminDeadLetterJobsDocument,
    "\n  mutation AdminRetryDeadLetterJob($id: ID!) {\n    retryDeadLetterJob(id: $id)\n  }\n": types.AdminRetryDeadLetterJobDocument,
    "\n  mutation AdminMergeTopics($fromSlug: String!, $intoSlug: String!) {\n    mergeTopics(fromSlug: $fromSlug, intoSlug: $intoSlug) {\n      id\n      slug\n      label\n      synonymsFr\n      synonymsEn\n    }\n  }\n": types.AdminMergeTopicsDocument,
    "\n  query AdminTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n": types.AdminTopicLabelDocument,
    "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        title\n        department\n        status\n        roles\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n": types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n": types.AdminRevokeRoleDocument,
    "\n  mutation AdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n": types.AdminDeactivateUserDocument,
    "\n  mutation AdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n": types.AdminReactivateUserDocument,
    "\n  fragment AdminTopicFields on Topic {\n    id\n    slug\n    label\n    labelFr\n    labelEn\n    synonymsFr\n    synonymsEn\n    parent {\n      id\n      slug\n      label\n    }\n    children {\n      id\n      slug\n      label\n    }\n  }\n": types.AdminTopicFieldsFragmentDoc,
    "\n  query AdminTopic($slug: String!) {\n    topic(slug: $slug) {\n      ...AdminTopicFields\n    }\n  }\n": types.AdminTopicDocument,
    "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n      slug\n      label\n    }\n  }\n": types.AdminCreateTopicDocument,
    "\n  mutation AdminUpdateTopic($slug: String!, $input: UpdateTopicInput!) {\n    updateTopic(slug: $slug, input: $input) {\n      ...AdminTopicFields\n    }\n  }\n": types.AdminUpdateTopicDocument,
    "\n  query AdminTopics($search: String, $first: Int!, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        label\n        labelFr\n        labelEn\n        synonymsFr\n        synonymsEn\n        parent {\n          id\n          slug\n          label\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminTopicsDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n": types.DevSignInDocument,
    "\n  fragment CommunitiesCard on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    visibility\n    official\n    archived\n    memberCount\n    myMembership {\n      role\n      status\n    }\n  }\n": types.CommunitiesCardFragmentDoc,
    "\n  fragment CommunitiesDetail on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    descriptionMarkdown\n    visibility\n    official\n    archived\n    archivedAt\n    memberCount\n    topicSlugs\n    followedByMe\n    myMembership {\n      role\n      status\n    }\n    viewerCan {\n      acceptInvite\n      archive\n      join\n      leave\n      moderate\n      own\n      participate\n      readContent\n      requestToJoin\n      setOfficial\n    }\n  }\n": types.CommunitiesDetailFragmentDoc,
    "\n  query CommunitiesDirectory($filter: CommunityFilter, $first: Int!, $after: String) {\n    communities(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CommunitiesCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommunitiesDirectoryDocument,
    "\n  query CommunitiesCommunity($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesCommunityDocument,
    "\n  query CommunitiesTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n": types.CommunitiesTopicLabelDocument,
    "\n  mutation CommunitiesCreate($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesCreateDocument,
    "\n  mutation CommunitiesUpdate($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesUpdateDocument,
    "\n  mutation CommunitiesArchive($slug: String!) {\n    archiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesArchiveDocument,
    "\n  mutation CommunitiesUnarchive($slug: String!) {\n    unarchiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesUnarchiveDocument,
    "\n  mutation CommunitiesSetOfficial($slug: String!, $official: Boolean!) {\n    setCommunityOfficial(slug: $slug, official: $official) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesSetOfficialDocument,
    "\n  mutation CommunitiesJoin($slug: String!) {\n    joinCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesJoinDocument,
    "\n  mutation CommunitiesRequestToJoin($slug: String!) {\n    requestToJoin(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesRequestToJoinDocument,
    "\n  mutation CommunitiesLeave($slug: String!) {\n    leaveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesLeaveDocument,
    "\n  mutation CommunitiesAcceptInvite($slug: String!) {\n    acceptInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesAcceptInviteDocument,
    "\n  mutation CommunitiesDeclineInvite($slug: String!) {\n    declineInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n": types.CommunitiesDeclineInviteDocument,
    "\n  mutation CommunitiesFollow($id: ID!) {\n    follow(target: { type: COMMUNITY, id: $id })\n  }\n": types.CommunitiesFollowDocument,
    "\n  mutation CommunitiesUnfollow($id: ID!) {\n    unfollow(target: { type: COMMUNITY, id: $id })\n  }\n": types.CommunitiesUnfollowDocument,
    "\n  query CommunitiesMembers($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          role\n          status\n          joinedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommunitiesMembersDocument,
    "\n  query CommunitiesJoinRequests($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          requestedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommunitiesJoinRequestsDocument,
    "\n  mutation CommunitiesDecideJoinRequest($slug: String!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(slug: $slug, userId: $userId, approve: $approve) {\n      id\n      memberCount\n    }\n  }\n": types.CommunitiesDecideJoinRequestDocument,
    "\n  mutation CommunitiesInvite($slug: String!, $userId: ID!) {\n    invite(slug: $slug, userId: $userId) {\n      userId\n      displayName\n      status\n    }\n  }\n": types.CommunitiesInviteDocument,
    "\n  mutation CommunitiesSetMemberRole($slug: String!, $userId: ID!, $role: MembershipRole!) {\n    setMemberRole(slug: $slug, userId: $userId, role: $role) {\n      userId\n      role\n      status\n    }\n  }\n": types.CommunitiesSetMemberRoleDocument,
    "\n  mutation CommunitiesBanMember($slug: String!, $userId: ID!) {\n    banMember(slug: $slug, userId: $userId) {\n      userId\n      status\n    }\n  }\n": types.CommunitiesBanMemberDocument,
    "\n  fragment FeedPost on Post {\n    id\n    title\n    bodyHtml\n    bodyMarkdown\n    kind\n    classification\n    confidential\n    language\n    createdAt\n    edited\n    editedAt\n    pinned\n    commentCount\n    myReaction\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      handle\n      title\n      formerEmployee\n    }\n    community {\n      id\n      name\n      slug\n      visibility\n    }\n    topics {\n      id\n      slug\n      label\n    }\n    mentions {\n      id\n      handle\n      displayName\n    }\n    viewerCan {\n      comment\n      delete\n      edit\n      pin\n      react\n      acceptAnswer\n    }\n  }\n": types.FeedPostFragmentDoc,
    "\n  fragment PostComment on Comment {\n    id\n    parentId\n    bodyHtml\n    bodyMarkdown\n    createdAt\n    edited\n    myReaction\n    replyCount\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      formerEmployee\n    }\n  }\n": types.PostCommentFragmentDoc,
    "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HomeFeedDocument,
    "\n  query CommunityFeed($slug: String!, $after: String) {\n    communityFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommunityFeedDocument,
    "\n  query TopicFeed($slug: String!, $after: String) {\n    topicFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TopicFeedDocument,
    "\n  query PersonFeed($personId: ID!, $after: String) {\n    personFeed(personId: $personId, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PersonFeedDocument,
    "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.PostPageDocument,
    "\n  query PostComments($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 10, after: $after) {\n        nodes {\n          ...PostComment\n          replies(first: 8) {\n            ...PostComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostCommentsDocument,
    "\n  query CommentCursor($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommentCursorDocument,
    "\n  query ThreadReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 1, after: $after) {\n        nodes {\n          id\n          replyCount\n          replies(first: 100) {\n            ...PostComment\n          }\n        }\n      }\n    }\n  }\n": types.ThreadRepliesDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...FeedPost\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...FeedPost\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n": types.PinPostDocument,
    "\n  mutation React($kind: ReactionKind!, $subject: ReactionSubjectInput!) {\n    react(kind: $kind, subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  mutation Unreact($subject: ReactionSubjectInput!) {\n    unreact(subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n": types.UnreactDocument,
    "\n  mutation AddComment($postId: ID!, $parentId: ID, $body: String!) {\n    addComment(postId: $postId, parentId: $parentId, body: $body) {\n      ...PostComment\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation UpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      ...PostComment\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  mutation AcceptAnswer($postId: ID!, $commentId: ID!) {\n    acceptAnswer(postId: $postId, commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  query PreviewMarkdown($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n": types.PreviewMarkdownDocument,
    "\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 6) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n      followedByMe\n      peopleCount\n      parent {\n        id\n        slug\n        label\n      }\n      children {\n        id\n        slug\n        label\n      }\n    }\n  }\n": types.TopicPageDocument,
    "\n  mutation Follow($target: FollowTargetInput!) {\n    follow(target: $target)\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($target: FollowTargetInput!) {\n    unfollow(target: $target)\n  }\n": types.UnfollowDocument,
    "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        subjectType\n        subjectId\n        data\n        read\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        community {\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  query NotificationsPageUnread {\n    unreadNotificationCount\n  }\n": types.NotificationsPageUnreadDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        title\n        department\n        location\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  fragment ProfileTopicFields on PersonTopic {\n    kind\n    endorsementCount\n    endorsedByMe\n    topic {\n      id\n      slug\n      label\n    }\n  }\n": types.ProfileTopicFieldsFragmentDoc,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n      languages\n      bioHtml\n      followedByMe\n      status\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query PersonEndorsers($id: ID!, $topicSlug: String!) {\n    person(id: $id) {\n      id\n      endorsements(topicSlug: $topicSlug) {\n        id\n        displayName\n        title\n      }\n    }\n  }\n": types.PersonEndorsersDocument,
    "\n  mutation EndorsePerson($personId: ID!, $topicSlug: String!) {\n    endorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n": types.EndorsePersonDocument,
    "\n  mutation UnendorsePerson($personId: ID!, $topicSlug: String!) {\n    unendorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n": types.UnendorsePersonDocument,
    "\n  mutation FollowPerson($id: ID!) {\n    follow(target: { id: $id, type: USER })\n  }\n": types.FollowPersonDocument,
    "\n  mutation UnfollowPerson($id: ID!) {\n    unfollow(target: { id: $id, type: USER })\n  }\n": types.UnfollowPersonDocument,
    "\n  query MyProfileForm($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      topics {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n": types.MyProfileFormDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      bioHtml\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetMyTopics($kind: TopicKind!, $slugs: [String!]!) {\n    setMyTopics(kind: $kind, slugs: $slugs) {\n      id\n      topics(kind: $kind) {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n": types.SetMyTopicsDocument,
    "\n  fragment HighlightFields on SearchHighlight {\n    field\n    fragments {\n      text\n      match\n    }\n  }\n": types.HighlightFieldsFragmentDoc,
    "\n  fragment ExpertHitFields on ExpertHit {\n    person {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n    }\n    matchedTopics {\n      id\n      slug\n      label\n    }\n    evidenceLine\n    highlights {\n      ...HighlightFields\n    }\n  }\n": types.ExpertHitFieldsFragmentDoc,
    "\n  query ExpertSearch($query: String!, $filters: ExpertSearchFilters, $first: Int!, $after: String) {\n    searchExperts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      facets {\n        departments {\n          value\n          count\n        }\n        locations {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n        communities {\n          count\n          community {\n            id\n            name\n          }\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            label\n          }\n        }\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ExpertSearchDocument,
    "\n  query ExpertPreview($query: String!, $first: Int!) {\n    searchExperts(query: $query, first: $first) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n    }\n  }\n": types.ExpertPreviewDocument,
    "\n  query PostSearch($query: String!, $filters: PostSearchFilters, $first: Int!, $after: String) {\n    searchPosts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      facets {\n        kinds {\n          kind\n          count\n        }\n      }\n      nodes {\n        post {\n          id\n          title\n          kind\n          classification\n          pinned\n          createdAt\n          author {\n            id\n            displayName\n            formerEmployee\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PostSearchDocument,
    "\n  query CommunitySearch($query: String!, $first: Int!, $after: String) {\n    searchCommunities(query: $query, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      nodes {\n        community {\n          id\n          slug\n          name\n          visibility\n          official\n          memberCount\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CommunitySearchDocument,
    "\n  query SuggestTopics($prefix: String!) {\n    suggestTopics(prefix: $prefix, first: 8) {\n      id\n      slug\n      label\n      labelFr\n      labelEn\n    }\n  }\n": types.SuggestTopicsDocument,
    "\n  query HashtagSuggestions($search: String!) {\n    suggestTopics(prefix: $search, first: 6) {\n      id\n      slug\n      label\n    }\n  }\n": types.HashtagSuggestionsDocument,
    "\n  query SuggestPeople($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n        department\n      }\n    }\n  }\n": types.SuggestPeopleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLocale($locale: Locale!) {\n    updateMyProfile(input: { locale: $locale }) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellSignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n"): (typeof documents)["\n  query ShellSignInOptions {\n    signInOptions {\n      sso\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      locale\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeadLetterJobs($first: Int!, $after: ID) {\n    deadLetterJobs(first: $first, after: $after) {\n      nodes {\n        id\n        queue\n        failedAt\n        retries\n        error\n        data\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query AdminDeadLetterJobs($first: Int!, $after: ID) {\n    deadLetterJobs(first: $first, after: $after) {\n      nodes {\n        id\n        queue\n        failedAt\n        retries\n        error\n        data\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRetryDeadLetterJob($id: ID!) {\n    retryDeadLetterJob(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminRetryDeadLetterJob($id: ID!) {\n    retryDeadLetterJob(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMergeTopics($fromSlug: String!, $intoSlug: String!) {\n    mergeTopics(fromSlug: $fromSlug, intoSlug: $intoSlug) {\n      id\n      slug\n      label\n      synonymsFr\n      synonymsEn\n    }\n  }\n"): (typeof documents)["\n  mutation AdminMergeTopics($fromSlug: String!, $intoSlug: String!) {\n    mergeTopics(fromSlug: $fromSlug, intoSlug: $intoSlug) {\n      id\n      slug\n      label\n      synonymsFr\n      synonymsEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query AdminTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        title\n        department\n        status\n        roles\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        email\n        title\n        department\n        status\n        roles\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminGrantRole($input: RoleChangeInput!) {\n    grantRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeRole($input: RoleChangeInput!) {\n    revokeRole(input: $input) {\n      id\n      roles\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateUser($userId: ID!) {\n    deactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) {\n      id\n      roles\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTopicFields on Topic {\n    id\n    slug\n    label\n    labelFr\n    labelEn\n    synonymsFr\n    synonymsEn\n    parent {\n      id\n      slug\n      label\n    }\n    children {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment AdminTopicFields on Topic {\n    id\n    slug\n    label\n    labelFr\n    labelEn\n    synonymsFr\n    synonymsEn\n    parent {\n      id\n      slug\n      label\n    }\n    children {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTopic($slug: String!) {\n    topic(slug: $slug) {\n      ...AdminTopicFields\n    }\n  }\n"): (typeof documents)["\n  query AdminTopic($slug: String!) {\n    topic(slug: $slug) {\n      ...AdminTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTopic($input: CreateTopicInput!) {\n    createTopic(input: $input) {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTopic($slug: String!, $input: UpdateTopicInput!) {\n    updateTopic(slug: $slug, input: $input) {\n      ...AdminTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateTopic($slug: String!, $input: UpdateTopicInput!) {\n    updateTopic(slug: $slug, input: $input) {\n      ...AdminTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTopics($search: String, $first: Int!, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        label\n        labelFr\n        labelEn\n        synonymsFr\n        synonymsEn\n        parent {\n          id\n          slug\n          label\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTopics($search: String, $first: Int!, $after: String) {\n    topics(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        slug\n        label\n        labelFr\n        labelEn\n        synonymsFr\n        synonymsEn\n        parent {\n          id\n          slug\n          label\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      devSignIn\n      sso\n      ssoLoginPath\n      devAccounts {\n        email\n        displayName\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignIn($email: String!) {\n    devSignIn(input: { email: $email }) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunitiesCard on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    visibility\n    official\n    archived\n    memberCount\n    myMembership {\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CommunitiesCard on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    visibility\n    official\n    archived\n    memberCount\n    myMembership {\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunitiesDetail on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    descriptionMarkdown\n    visibility\n    official\n    archived\n    archivedAt\n    memberCount\n    topicSlugs\n    followedByMe\n    myMembership {\n      role\n      status\n    }\n    viewerCan {\n      acceptInvite\n      archive\n      join\n      leave\n      moderate\n      own\n      participate\n      readContent\n      requestToJoin\n      setOfficial\n    }\n  }\n"): (typeof documents)["\n  fragment CommunitiesDetail on Community {\n    id\n    slug\n    name\n    descriptionHtml\n    descriptionMarkdown\n    visibility\n    official\n    archived\n    archivedAt\n    memberCount\n    topicSlugs\n    followedByMe\n    myMembership {\n      role\n      status\n    }\n    viewerCan {\n      acceptInvite\n      archive\n      join\n      leave\n      moderate\n      own\n      participate\n      readContent\n      requestToJoin\n      setOfficial\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesDirectory($filter: CommunityFilter, $first: Int!, $after: String) {\n    communities(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CommunitiesCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunitiesDirectory($filter: CommunityFilter, $first: Int!, $after: String) {\n    communities(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...CommunitiesCard\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesCommunity($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  query CommunitiesCommunity($slug: String!) {\n    community(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query CommunitiesTopicLabel($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesCreate($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesCreate($input: CreateCommunityInput!) {\n    createCommunity(input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesUpdate($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesUpdate($slug: String!, $input: UpdateCommunityInput!) {\n    updateCommunity(slug: $slug, input: $input) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesArchive($slug: String!) {\n    archiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesArchive($slug: String!) {\n    archiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesUnarchive($slug: String!) {\n    unarchiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesUnarchive($slug: String!) {\n    unarchiveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesSetOfficial($slug: String!, $official: Boolean!) {\n    setCommunityOfficial(slug: $slug, official: $official) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesSetOfficial($slug: String!, $official: Boolean!) {\n    setCommunityOfficial(slug: $slug, official: $official) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesJoin($slug: String!) {\n    joinCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesJoin($slug: String!) {\n    joinCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesRequestToJoin($slug: String!) {\n    requestToJoin(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesRequestToJoin($slug: String!) {\n    requestToJoin(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesLeave($slug: String!) {\n    leaveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesLeave($slug: String!) {\n    leaveCommunity(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesAcceptInvite($slug: String!) {\n    acceptInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesAcceptInvite($slug: String!) {\n    acceptInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesDeclineInvite($slug: String!) {\n    declineInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesDeclineInvite($slug: String!) {\n    declineInvite(slug: $slug) {\n      ...CommunitiesDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesFollow($id: ID!) {\n    follow(target: { type: COMMUNITY, id: $id })\n  }\n"): (typeof documents)["\n  mutation CommunitiesFollow($id: ID!) {\n    follow(target: { type: COMMUNITY, id: $id })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesUnfollow($id: ID!) {\n    unfollow(target: { type: COMMUNITY, id: $id })\n  }\n"): (typeof documents)["\n  mutation CommunitiesUnfollow($id: ID!) {\n    unfollow(target: { type: COMMUNITY, id: $id })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesMembers($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          role\n          status\n          joinedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunitiesMembers($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      members(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          role\n          status\n          joinedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitiesJoinRequests($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          requestedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunitiesJoinRequests($slug: String!, $first: Int!, $after: String) {\n    community(slug: $slug) {\n      id\n      joinRequests(first: $first, after: $after) {\n        nodes {\n          userId\n          displayName\n          requestedAt\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesDecideJoinRequest($slug: String!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(slug: $slug, userId: $userId, approve: $approve) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesDecideJoinRequest($slug: String!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(slug: $slug, userId: $userId, approve: $approve) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesInvite($slug: String!, $userId: ID!) {\n    invite(slug: $slug, userId: $userId) {\n      userId\n      displayName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesInvite($slug: String!, $userId: ID!) {\n    invite(slug: $slug, userId: $userId) {\n      userId\n      displayName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesSetMemberRole($slug: String!, $userId: ID!, $role: MembershipRole!) {\n    setMemberRole(slug: $slug, userId: $userId, role: $role) {\n      userId\n      role\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesSetMemberRole($slug: String!, $userId: ID!, $role: MembershipRole!) {\n    setMemberRole(slug: $slug, userId: $userId, role: $role) {\n      userId\n      role\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommunitiesBanMember($slug: String!, $userId: ID!) {\n    banMember(slug: $slug, userId: $userId) {\n      userId\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CommunitiesBanMember($slug: String!, $userId: ID!) {\n    banMember(slug: $slug, userId: $userId) {\n      userId\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPost on Post {\n    id\n    title\n    bodyHtml\n    bodyMarkdown\n    kind\n    classification\n    confidential\n    language\n    createdAt\n    edited\n    editedAt\n    pinned\n    commentCount\n    myReaction\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      handle\n      title\n      formerEmployee\n    }\n    community {\n      id\n      name\n      slug\n      visibility\n    }\n    topics {\n      id\n      slug\n      label\n    }\n    mentions {\n      id\n      handle\n      displayName\n    }\n    viewerCan {\n      comment\n      delete\n      edit\n      pin\n      react\n      acceptAnswer\n    }\n  }\n"): (typeof documents)["\n  fragment FeedPost on Post {\n    id\n    title\n    bodyHtml\n    bodyMarkdown\n    kind\n    classification\n    confidential\n    language\n    createdAt\n    edited\n    editedAt\n    pinned\n    commentCount\n    myReaction\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      handle\n      title\n      formerEmployee\n    }\n    community {\n      id\n      name\n      slug\n      visibility\n    }\n    topics {\n      id\n      slug\n      label\n    }\n    mentions {\n      id\n      handle\n      displayName\n    }\n    viewerCan {\n      comment\n      delete\n      edit\n      pin\n      react\n      acceptAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostComment on Comment {\n    id\n    parentId\n    bodyHtml\n    bodyMarkdown\n    createdAt\n    edited\n    myReaction\n    replyCount\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      formerEmployee\n    }\n  }\n"): (typeof documents)["\n  fragment PostComment on Comment {\n    id\n    parentId\n    bodyHtml\n    bodyMarkdown\n    createdAt\n    edited\n    myReaction\n    replyCount\n    reactionCounts {\n      kind\n      count\n    }\n    author {\n      id\n      displayName\n      formerEmployee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($after: String) {\n    homeFeed(first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityFeed($slug: String!, $after: String) {\n    communityFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityFeed($slug: String!, $after: String) {\n    communityFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicFeed($slug: String!, $after: String) {\n    topicFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicFeed($slug: String!, $after: String) {\n    topicFeed(slug: $slug, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonFeed($personId: ID!, $after: String) {\n    personFeed(personId: $personId, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonFeed($personId: ID!, $after: String) {\n    personFeed(personId: $personId, first: 20, after: $after) {\n      nodes {\n        ...FeedPost\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostPage($id: ID!) {\n    post(id: $id) {\n      ...FeedPost\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostComments($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 10, after: $after) {\n        nodes {\n          ...PostComment\n          replies(first: 8) {\n            ...PostComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostComments($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 10, after: $after) {\n        nodes {\n          ...PostComment\n          replies(first: 8) {\n            ...PostComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentCursor($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentCursor($id: ID!, $first: Int!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        pageInfo {\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 1, after: $after) {\n        nodes {\n          id\n          replyCount\n          replies(first: 100) {\n            ...PostComment\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadReplies($id: ID!, $after: String) {\n    post(id: $id) {\n      id\n      comments(first: 1, after: $after) {\n        nodes {\n          id\n          replyCount\n          replies(first: 100) {\n            ...PostComment\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...FeedPost\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...FeedPost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...FeedPost\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...FeedPost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinPost($id: ID!, $pinned: Boolean!) {\n    pinPost(id: $id, pinned: $pinned) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($kind: ReactionKind!, $subject: ReactionSubjectInput!) {\n    react(kind: $kind, subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($kind: ReactionKind!, $subject: ReactionSubjectInput!) {\n    react(kind: $kind, subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unreact($subject: ReactionSubjectInput!) {\n    unreact(subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Unreact($subject: ReactionSubjectInput!) {\n    unreact(subject: $subject) {\n      subjectId\n      myReaction\n      reactionCounts {\n        kind\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($postId: ID!, $parentId: ID, $body: String!) {\n    addComment(postId: $postId, parentId: $parentId, body: $body) {\n      ...PostComment\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($postId: ID!, $parentId: ID, $body: String!) {\n    addComment(postId: $postId, parentId: $parentId, body: $body) {\n      ...PostComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      ...PostComment\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($id: ID!, $body: String!) {\n    updateComment(id: $id, body: $body) {\n      ...PostComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($postId: ID!, $commentId: ID!) {\n    acceptAnswer(postId: $postId, commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($postId: ID!, $commentId: ID!) {\n    acceptAnswer(postId: $postId, commentId: $commentId) {\n      id\n      acceptedAnswer {\n        id\n        author {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMarkdown($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query PreviewMarkdown($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 6) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($search: String!) {\n    people(search: $search, first: 6) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n      followedByMe\n      peopleCount\n      parent {\n        id\n        slug\n        label\n      }\n      children {\n        id\n        slug\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query TopicPage($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      label\n      followedByMe\n      peopleCount\n      parent {\n        id\n        slug\n        label\n      }\n      children {\n        id\n        slug\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($target: FollowTargetInput!) {\n    follow(target: $target)\n  }\n"): (typeof documents)["\n  mutation Follow($target: FollowTargetInput!) {\n    follow(target: $target)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($target: FollowTargetInput!) {\n    unfollow(target: $target)\n  }\n"): (typeof documents)["\n  mutation Unfollow($target: FollowTargetInput!) {\n    unfollow(target: $target)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        subjectType\n        subjectId\n        data\n        read\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        community {\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      nodes {\n        id\n        kind\n        subjectType\n        subjectId\n        data\n        read\n        createdAt\n        actor {\n          id\n          displayName\n        }\n        community {\n          slug\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPageUnread {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query NotificationsPageUnread {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        title\n        department\n        location\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      nodes {\n        id\n        displayName\n        title\n        department\n        location\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileTopicFields on PersonTopic {\n    kind\n    endorsementCount\n    endorsedByMe\n    topic {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileTopicFields on PersonTopic {\n    kind\n    endorsementCount\n    endorsedByMe\n    topic {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n      languages\n      bioHtml\n      followedByMe\n      status\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n      languages\n      bioHtml\n      followedByMe\n      status\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonEndorsers($id: ID!, $topicSlug: String!) {\n    person(id: $id) {\n      id\n      endorsements(topicSlug: $topicSlug) {\n        id\n        displayName\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonEndorsers($id: ID!, $topicSlug: String!) {\n    person(id: $id) {\n      id\n      endorsements(topicSlug: $topicSlug) {\n        id\n        displayName\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsePerson($personId: ID!, $topicSlug: String!) {\n    endorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndorsePerson($personId: ID!, $topicSlug: String!) {\n    endorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnendorsePerson($personId: ID!, $topicSlug: String!) {\n    unendorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnendorsePerson($personId: ID!, $topicSlug: String!) {\n    unendorse(personId: $personId, topicSlug: $topicSlug) {\n      id\n      topics {\n        ...ProfileTopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPerson($id: ID!) {\n    follow(target: { id: $id, type: USER })\n  }\n"): (typeof documents)["\n  mutation FollowPerson($id: ID!) {\n    follow(target: { id: $id, type: USER })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowPerson($id: ID!) {\n    unfollow(target: { id: $id, type: USER })\n  }\n"): (typeof documents)["\n  mutation UnfollowPerson($id: ID!) {\n    unfollow(target: { id: $id, type: USER })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfileForm($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      topics {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfileForm($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      topics {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      bioHtml\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      title\n      department\n      location\n      languages\n      locale\n      bioMarkdown\n      bioHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyTopics($kind: TopicKind!, $slugs: [String!]!) {\n    setMyTopics(kind: $kind, slugs: $slugs) {\n      id\n      topics(kind: $kind) {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyTopics($kind: TopicKind!, $slugs: [String!]!) {\n    setMyTopics(kind: $kind, slugs: $slugs) {\n      id\n      topics(kind: $kind) {\n        kind\n        topic {\n          id\n          slug\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HighlightFields on SearchHighlight {\n    field\n    fragments {\n      text\n      match\n    }\n  }\n"): (typeof documents)["\n  fragment HighlightFields on SearchHighlight {\n    field\n    fragments {\n      text\n      match\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertHitFields on ExpertHit {\n    person {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n    }\n    matchedTopics {\n      id\n      slug\n      label\n    }\n    evidenceLine\n    highlights {\n      ...HighlightFields\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertHitFields on ExpertHit {\n    person {\n      id\n      displayName\n      handle\n      title\n      department\n      location\n    }\n    matchedTopics {\n      id\n      slug\n      label\n    }\n    evidenceLine\n    highlights {\n      ...HighlightFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertSearch($query: String!, $filters: ExpertSearchFilters, $first: Int!, $after: String) {\n    searchExperts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      facets {\n        departments {\n          value\n          count\n        }\n        locations {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n        communities {\n          count\n          community {\n            id\n            name\n          }\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            label\n          }\n        }\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertSearch($query: String!, $filters: ExpertSearchFilters, $first: Int!, $after: String) {\n    searchExperts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      facets {\n        departments {\n          value\n          count\n        }\n        locations {\n          value\n          count\n        }\n        languages {\n          value\n          count\n        }\n        communities {\n          count\n          community {\n            id\n            name\n          }\n        }\n        topics {\n          count\n          topic {\n            id\n            slug\n            label\n          }\n        }\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertPreview($query: String!, $first: Int!) {\n    searchExperts(query: $query, first: $first) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertPreview($query: String!, $first: Int!) {\n    searchExperts(query: $query, first: $first) {\n      totalCount\n      correctedQuery\n      matchedTopics {\n        id\n        slug\n        label\n      }\n      nodes {\n        ...ExpertHitFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostSearch($query: String!, $filters: PostSearchFilters, $first: Int!, $after: String) {\n    searchPosts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      facets {\n        kinds {\n          kind\n          count\n        }\n      }\n      nodes {\n        post {\n          id\n          title\n          kind\n          classification\n          pinned\n          createdAt\n          author {\n            id\n            displayName\n            formerEmployee\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostSearch($query: String!, $filters: PostSearchFilters, $first: Int!, $after: String) {\n    searchPosts(query: $query, filters: $filters, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      facets {\n        kinds {\n          kind\n          count\n        }\n      }\n      nodes {\n        post {\n          id\n          title\n          kind\n          classification\n          pinned\n          createdAt\n          author {\n            id\n            displayName\n            formerEmployee\n          }\n          community {\n            id\n            slug\n            name\n          }\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunitySearch($query: String!, $first: Int!, $after: String) {\n    searchCommunities(query: $query, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      nodes {\n        community {\n          id\n          slug\n          name\n          visibility\n          official\n          memberCount\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunitySearch($query: String!, $first: Int!, $after: String) {\n    searchCommunities(query: $query, first: $first, after: $after) {\n      totalCount\n      correctedQuery\n      nodes {\n        community {\n          id\n          slug\n          name\n          visibility\n          official\n          memberCount\n        }\n        highlights {\n          ...HighlightFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestTopics($prefix: String!) {\n    suggestTopics(prefix: $prefix, first: 8) {\n      id\n      slug\n      label\n      labelFr\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query SuggestTopics($prefix: String!) {\n    suggestTopics(prefix: $prefix, first: 8) {\n      id\n      slug\n      label\n      labelFr\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HashtagSuggestions($search: String!) {\n    suggestTopics(prefix: $search, first: 6) {\n      id\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query HashtagSuggestions($search: String!) {\n    suggestTopics(prefix: $search, first: 6) {\n      id\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestPeople($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n        department\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestPeople($search: String!) {\n    people(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        title\n        department\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;