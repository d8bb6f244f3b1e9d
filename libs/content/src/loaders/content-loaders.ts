import { Injectable } from '@nestjs/common';
import { createdAtCursor, CreatedAtPosition, GraphqlContext } from '@relais/common';
import { Viewer } from '@relais/identity';
import type DataLoader from 'dataloader';
import { AuthorRow, AuthorsRepository } from '../authors/authors.repository';
import { PostAuthorModel } from '../authors/post-author.model';
import { CommentEntity } from '../comments/comment.entity';
import { CommentPageKey, CommentsRepository } from '../comments/comments.repository';
import { MentionsRepository } from '../posts/mentions.repository';
import { PostTopicRow, PostTopicsRepository } from '../posts/post-topics.repository';
import { ReactionCountModel, ReactionKindEnum, ReactionSubjectType } from '../reactions/reaction.model';
import { ReactionsService } from '../reactions/reactions.service';
import { CommunityGateway, ViewerCommunity } from '../visibility/community-gateway';

export interface CommentPage {
  comments: CommentEntity[];
  hasNextPage: boolean;
}

/**
 * The per-request DataLoaders behind every field of a post and a comment: a page of 50 posts costs one query
 * per relation (authors, communities, topics, mentions, counts, reactions, first comments, their replies...)
 * instead of one per post. Loaders that depend on the viewer carry their id in their name.
 */
@Injectable()
export class ContentLoaders {
  constructor(
    private readonly authorsRepo: AuthorsRepository,
    private readonly communityGateway: CommunityGateway,
    private readonly postTopics: PostTopicsRepository,
    private readonly mentionsRepo: MentionsRepository,
    private readonly commentsRepo: CommentsRepository,
    private readonly reactions: ReactionsService,
  ) {}

  authors(ctx: GraphqlContext): DataLoader<string, PostAuthorModel | null> {
    return ctx.loaders.get<string, PostAuthorModel | null>('content.authorById', async (ids) => {
      const byId = new Map((await this.authorsRepo.byIds(ids)).map((row) => [row.id, toAuthor(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Communities as the viewer sees them (null: not visible), with their membership in each. */
  communities(ctx: GraphqlContext, viewer: Viewer): Pick<DataLoader<string, ViewerCommunity | null>, 'load'> {
    return this.communityGateway.loader(ctx.loaders, viewer);
  }

  topics(ctx: GraphqlContext): DataLoader<string, PostTopicRow[]> {
    return ctx.loaders.get<string, PostTopicRow[]>('content.topicsByPost', async (postIds) =>
      groupBy(await this.postTopics.ofPosts(postIds), postIds, (row) => row.post_id),
    );
  }

  mentions(ctx: GraphqlContext): DataLoader<string, PostAuthorModel[]> {
    return ctx.loaders.get<string, PostAuthorModel[]>('content.mentionsByPost', async (postIds) => {
      const rows = await this.mentionsRepo.ofPosts(postIds);
      return groupBy(rows, postIds, (row) => row.post_id).map((group) => group.map(toAuthor));
    });
  }

  commentCounts(ctx: GraphqlContext): DataLoader<string, number> {
    return ctx.loaders.get<string, number>('content.commentCountByPost', async (postIds) => {
      const counts = await this.commentsRepo.countsByPost(postIds);
      return postIds.map((id) => counts.get(id) ?? 0);
    });
  }

  replyCounts(ctx: GraphqlContext): DataLoader<string, number> {
    return ctx.loaders.get<string, number>('content.replyCountByComment', async (ids) => {
      const counts = await this.commentsRepo.replyCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
  }

  reactionCounts(ctx: GraphqlContext, type: ReactionSubjectType): DataLoader<string, ReactionCountModel[]> {
    return ctx.loaders.get<string, ReactionCountModel[]>(`content.reactionCounts:${type}`, (ids) =>
      this.reactions.countsOf(type, ids),
    );
  }

  myReactions(
    ctx: GraphqlContext,
    type: ReactionSubjectType,
    viewerId: string,
  ): DataLoader<string, ReactionKindEnum | null> {
    return ctx.loaders.get<string, ReactionKindEnum | null>(`content.myReaction:${type}:${viewerId}`, (ids) =>
      this.reactions.mineOf(type, ids, viewerId),
    );
  }

  /**
   * The first top-level comments of each post, oldest first, after the position in the key
   * (`commentPageKey`). One loader per page size, so a page of posts asking the same size is one query.
   */
  comments(ctx: GraphqlContext, first: number): DataLoader<string, CommentPage> {
    return ctx.loaders.get<string, CommentPage>(`content.commentsByPost:${first}`, async (keys) => {
      const parsed = keys.map(parseCommentPageKey);
      const rows = await this.commentsRepo.topLevelPages(parsed, first + 1);
      return groupBy(
        rows,
        parsed,
        (row) => row.postId,
        (key) => key.postId,
      ).map((comments) => ({
        comments: comments.slice(0, first),
        hasNextPage: comments.length > first,
      }));
    });
  }

  replies(ctx: GraphqlContext, first: number): DataLoader<string, CommentEntity[]> {
    return ctx.loaders.get<string, CommentEntity[]>(`content.repliesByComment:${first}`, async (ids) =>
      groupBy(await this.commentsRepo.replies(ids, first), ids, (row) => row.parentId!),
    );
  }

  commentsById(ctx: GraphqlContext): DataLoader<string, CommentEntity | null> {
    return ctx.loaders.get<string, CommentEntity | null>('content.commentById', async (ids) => {
      const byId = new Map((await this.commentsRepo.findByIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

/** `postId` alone, or `postId|<comments cursor>` for the page after that cursor (already validated). */
export function commentPageKey(postId: string, after: CreatedAtPosition | null): string {
  return after ? `${postId}|${after.createdAt.toISOString()}|${after.id}` : postId;
}

function parseCommentPageKey(key: string): CommentPageKey {
  const [postId, iso, id] = key.split('|');
  return { postId: postId!, after: iso && id ? { createdAt: new Date(iso), id } : null };
}

export function commentsScope(postId: string): string {
  return `comments:${postId}`;
}

export function decodeCommentsCursor(postId: string, after: string): CreatedAtPosition {
  return createdAtCursor.decode(commentsScope(postId), after);
}

function toAuthor(row: AuthorRow): PostAuthorModel {
  return {
    id: row.id,
    displayName: row.display_name,
    title: row.title,
    handle: row.email.split('@')[0] ?? row.email,
    active: row.status === 'active',
    formerEmployee: row.status !== 'active',
  };
}

/** Rows grouped under their keys, in the keys' order, each group in the rows' order. */
function groupBy<Row, Key>(
  rows: readonly Row[],
  keys: readonly Key[],
  rowKey: (row: Row) => string,
  keyOf: (key: Key) => string = (key) => key as unknown as string,
): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(rowKey(row));
    if (group) group.push(row);
    else groups.set(rowKey(row), [row]);
  }
  return keys.map((key) => groups.get(keyOf(key)) ?? []);
}
