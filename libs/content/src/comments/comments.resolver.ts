import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { PostAuthorModel } from '../authors/post-author.model';
import { ContentLoaders } from '../loaders/content-loaders';
import { assertPageSize } from '../posts/page-size';
import { ReactionCountModel, ReactionKindEnum } from '../reactions/reaction.model';
import { toCommentModel } from './comment.mapper';
import { CommentModel } from './comment.model';
import { AddCommentArgs, CommentIdArgs, RepliesArgs, UpdateCommentArgs } from './comments.inputs';
import { CommentsService } from './comments.service';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly loaders: ContentLoaders,
  ) {}

  @Mutation(() => CommentModel, {
    description:
      'Comments on a post, or replies to a comment (one level: a reply to a reply joins its top-level ' +
      'comment’s thread). In a community, members only.',
  })
  async addComment(@CurrentViewer() viewer: Viewer, @Args() args: AddCommentArgs): Promise<CommentModel> {
    const comment = await this.comments.add(viewer, args.postId, args.body, args.parentId);
    return toCommentModel(comment, viewer.userId);
  }

  @Mutation(() => CommentModel, {
    description:
      'Changes a comment’s body and marks it edited. By its author, while they may still comment on the post.',
  })
  async updateComment(
    @CurrentViewer() viewer: Viewer,
    @Args() args: UpdateCommentArgs,
  ): Promise<CommentModel> {
    const comment = await this.comments.update(viewer, args.id, args.body);
    return toCommentModel(comment, viewer.userId);
  }

  @Mutation(() => Boolean, {
    description:
      'Soft-deletes a comment, by its author or a moderator of the community: it then leaves comment lists, ' +
      'counts and replies.',
  })
  async deleteComment(@CurrentViewer() viewer: Viewer, @Args() args: CommentIdArgs): Promise<boolean> {
    await this.comments.delete(viewer, args.id);
    return true;
  }

  @ResolveField(() => PostAuthorModel)
  async author(@Parent() comment: CommentModel, @Context() ctx: GraphqlContext): Promise<PostAuthorModel> {
    const author = await this.loaders.authors(ctx).load(comment.authorId);
    if (!author) throw new Error(`comment ${comment.id} has no author`);
    return author;
  }

  @ResolveField(() => [CommentModel], { description: 'Replies, oldest first; always empty on a reply.' })
  async replies(
    @Parent() comment: CommentModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
    @Args() { first }: RepliesArgs,
  ): Promise<CommentModel[]> {
    assertPageSize(first);
    if (comment.parentId) return [];
    const replies = await this.loaders.replies(ctx, first).load(comment.id);
    return replies.map((reply) => toCommentModel(reply, viewer.userId));
  }

  @ResolveField(() => Int)
  replyCount(@Parent() comment: CommentModel, @Context() ctx: GraphqlContext): Promise<number> | number {
    return comment.parentId ? 0 : this.loaders.replyCounts(ctx).load(comment.id);
  }

  @ResolveField(() => [ReactionCountModel])
  reactionCounts(
    @Parent() comment: CommentModel,
    @Context() ctx: GraphqlContext,
  ): Promise<ReactionCountModel[]> {
    return this.loaders.reactionCounts(ctx, 'comment').load(comment.id);
  }

  @ResolveField(() => ReactionKindEnum, { nullable: true })
  myReaction(
    @Parent() comment: CommentModel,
    @Context() ctx: GraphqlContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReactionKindEnum | null> {
    return this.loaders.myReactions(ctx, 'comment', viewer.userId).load(comment.id);
  }
}
