import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@relais/identity';
import { toPostModel } from '../posts/post.mapper';
import { PostConnectionModel } from '../posts/post.model';
import { CommunityFeedArgs, FeedArgs, PersonFeedArgs, TopicFeedArgs } from './feeds.inputs';
import { FeedPage, FeedsService } from './feeds.service';

@Resolver()
export class FeedsResolver {
  constructor(private readonly feeds: FeedsService) {}

  @Query(() => PostConnection, {
    description:
      'Posts of your communities, of the people, communities and topics you follow, and your own; newest first.',
  })
  async homeFeed(
    @CurrentViewer() viewer: Viewer,
    @Args() { first, after }: FeedArgs,
  ): Promise<PostConnectionModel> {
    return toConnection(await this.feeds.home(viewer, first, after), viewer);
  }

  @Query(() => PostConnection, {
    description: 'A community’s posts: its pinned posts first (first page only), then the newest.',
  })
  async communityFeed(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, first, after }: CommunityFeedArgs,
  ): Promise<PostConnectionModel> {
    return toConnection(await this.feeds.community(viewer, slug, first, after), viewer);
  }

  @Query(() => PostConnection, { description: 'Posts tagged with a topic that you may read, newest first.' })
  async topicFeed(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, first, after }: TopicFeedArgs,
  ): Promise<PostConnectionModel> {
    return toConnection(await this.feeds.topic(viewer, slug, first, after), viewer);
  }

  @Query(() => PostConnection, { description: 'A person’s posts that you may read, newest first.' })
  async personFeed(
    @CurrentViewer() viewer: Viewer,
    @Args() { personId, first, after }: PersonFeedArgs,
  ): Promise<PostConnectionModel> {
    return toConnection(await this.feeds.person(viewer, personId, first, after), viewer);
  }
}

const PostConnection = PostConnectionModel;

function toConnection(page: FeedPage, viewer: Viewer): PostConnectionModel {
  return {
    nodes: page.posts.map((post) => toPostModel(post, viewer.userId)),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}
