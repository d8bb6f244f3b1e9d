import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { createdAtCursor, GraphqlContext, PageArgs, renderMarkdown } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { PostAuthorModel } from '../authors/post-author.model';
import { toCommentModel } from '../comments/comment.mapper';
import { CommentConnectionModel, CommentModel } from '../comments/comment.model';
import {
  commentPageKey,
  commentsScope,
  ContentLoaders,
  decodeCommentsCursor,
} from '../loaders/content-loaders';
import { ReactionCountModel, ReactionKindEnum } from '../reactions/reaction.model';
import { UNSEEN_COMMUNITY } from '../visibility/community-gateway';
import { postViewer } from '../visibility/post-viewer';
import { postAccess } from '../visibility/post-visibility';
import { toPostModel } from './post.mapper';
import {
  CommunityVisibilityEnum,
  PostCommunityModel,
  PostModel,
  PostPermissionsModel,
  PostTopicModel,
} from './post.model';
import { assertPageSize } from './page-size';
import { CreatePostInput, PreviewMarkdownArgs, UpdatePostInput } from './posts.inputs';
import { PostsService } from './posts.service';

@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly loaders: ContentLoaders,
  ) {}

  @Query(() => PostModel, { description: 'A post you may read; NOT_FOUND otherwise, as for an unknown id.' })
  async post(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<PostModel> {
    return toPostModel((await this.posts.getReadable(viewer, id)).post, viewer.userId);
  }

  @Query(() => String, {
    description:
      'The sanitized HTML a post or comment with this markdown would show, for a composer’s preview: the same renderer as posts.',
  })
  previewMarkdown(@Args() { markdown }: PreviewMarkdownArgs): string {
    return renderMarkdown(markdown).html;
  }

  @Mutation(() => PostModel, {
    description:
      'Posts in a community you are a member of (ANNOUNCEMENT: its moderators only), or on your profile.',
  })
  async createPost(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreatePostInput,
  ): Promise<PostModel> {
    return toPostModel(await this.posts.create(viewer, input), viewer.userId);
  }

  @Mutation(() => PostModel, { description: 'By its author; the post is then marked edited.' })
  async updatePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('input') input: UpdatePostInput,
  ): Promise<PostModel> {
    return toPostModel(await this.posts.update(viewer, id, input), viewer.userId);
  }

  @Mutation(() => Boolean, { description: 'By its author or a moderator of its community.' })
  async deletePost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<boolean> {
    await this.posts.delete(viewer, id);
    return true;
  }

  @Mutation(() => PostModel, {
    description: 'By a moderator of the community: pinned posts come first in its feed (at most 5).',
  })
  async pinPost(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
    @Args('pinned') pinned: boolean,
  ): Promise<PostModel> {
    return toPostModel(await this.posts.pin(viewer, id, pinned), viewer.userId);
  }

  @Mutation(() => PostModel, { description: 'On a question, by its asker or a moderator of its community.' })
  async acceptAnswer(
    @CurrentViewer() viewer: Viewer,
    @Args('postId', { type: () => ID }, ParseUUIDPipe) postId: string,
    @Args('commentId', { type: () => ID }, ParseUUIDPipe) commentId: string,
  ): Promise<PostModel> {
    return toPostModel(await this.posts.acceptAnswer(viewer, postId, commentId), viewer.userId);
  }

  @ResolveField(() => PostAuthorModel)
  async author(@Parent() post: PostModel, @Context() ctx: GraphqlContext): Promise<PostAuthorModel> {
    const author = await this.loaders.authors(ctx).load(post.authorId);
    if (!author) throw new Error(`post ${post.id} has no author`);
    return author;
  }

  @ResolveField(() => PostCommunityModel, { nullable: true, description: 'Null for a post on a profile.' })
  async community(
    @Parent() post: PostModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostCommunityModel | null> {
    if (!post.communityId) return null;
    const found = await this.loaders.communities(ctx, viewer).load(post.communityId);
    if (!found) return null;
    const { id, slug, name, visibility } = found.community;
    return { id, slug, name, visibility: visibility as CommunityVisibilityEnum };
  }

  @ResolveField(() => [PostTopicModel])
  async topics(
    @Parent() post: PostModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostTopicModel[]> {
    const rows = await this.loaders.topics(ctx).load(post.id);
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      label: viewer.locale === 'en' ? row.label_en : row.label_fr,
    }));
  }

  @ResolveField(() => [PostAuthorModel], { description: 'The people the body mentions.' })
  mentions(@Parent() post: PostModel, @Context() ctx: GraphqlContext): Promise<PostAuthorModel[]> {
    return this.loaders.mentions(ctx).load(post.id);
  }

  @ResolveField(() => Int, { description: 'Comments and replies.' })
  commentCount(@Parent() post: PostModel, @Context() ctx: GraphqlContext): Promise<number> {
    return this.loaders.commentCounts(ctx).load(post.id);
  }

  @ResolveField(() => [ReactionCountModel], {
    description: 'Kinds with at least one reaction, most used first.',
  })
  reactionCounts(@Parent() post: PostModel, @Context() ctx: GraphqlContext): Promise<ReactionCountModel[]> {
    return this.loaders.reactionCounts(ctx, 'post').load(post.id);
  }

  @ResolveField(() => ReactionKindEnum, { nullable: true })
  myReaction(
    @Parent() post: PostModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReactionKindEnum | null> {
    return this.loaders.myReactions(ctx, 'post', viewer.userId).load(post.id);
  }

  @ResolveField(() => CommentConnectionModel, { description: 'Top-level comments, oldest first.' })
  async comments(
    @Parent() post: PostModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
    @Args() { first, after }: PageArgs,
  ): Promise<CommentConnectionModel> {
    assertPageSize(first);
    const position = after ? decodeCommentsCursor(post.id, after) : null;
    const page = await this.loaders.comments(ctx, first).load(commentPageKey(post.id, position));
    const last = page.comments[page.comments.length - 1];
    return {
      nodes: page.comments.map((comment) => toCommentModel(comment, viewer.userId)),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: last ? createdAtCursor.encode(commentsScope(post.id), last) : null,
      },
    };
  }

  @ResolveField(() => CommentModel, {
    nullable: true,
    description: 'On a question, the answer its asker accepted.',
  })
  async acceptedAnswer(
    @Parent() post: PostModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CommentModel | null> {
    if (!post.acceptedCommentId) return null;
    const comment = await this.loaders.commentsById(ctx).load(post.acceptedCommentId);
    return comment && !comment.deletedAt ? toCommentModel(comment, viewer.userId) : null;
  }

  @ResolveField(() => PostPermissionsModel)
  async viewerCan(
    @Parent() post: PostModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PostPermissionsModel> {
    const [author, community] = await Promise.all([
      this.loaders.authors(ctx).load(post.authorId),
      post.communityId ? this.loaders.communities(ctx, viewer).load(post.communityId) : null,
    ]);
    const access = postAccess(
      {
        authorId: post.authorId,
        authorActive: author?.active ?? false,
        kind: post.kind,
        deleted: false,
        community: post.communityId ? (community?.facts ?? UNSEEN_COMMUNITY) : null,
      },
      postViewer(viewer),
    );
    return {
      edit: access.edit,
      delete: access.delete,
      comment: access.comment,
      react: access.react,
      pin: access.pin,
      acceptAnswer: access.acceptAnswer,
    };
  }
}
