import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DomainError, ErrorCode, notFound, renderMarkdown } from '@relais/common';
import { Viewer } from '@relais/identity';
import { DataSource, EntityManager } from 'typeorm';
import { communityArchived, ContentErrorReason, contentForbidden, membersOnly } from '../content-errors';
import { ContentNotifier } from '../posts/content-notifier';
import { PostLinksService } from '../posts/post-links.service';
import { PostsService, ReadablePost } from '../posts/posts.service';
import { postViewer } from '../visibility/post-viewer';
import { commentAccess, CommentAccess, PostFacts } from '../visibility/post-visibility';
import { CommentEntity } from './comment.entity';
import { CommentsRepository } from './comments.repository';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly comments: CommentsRepository,
    private readonly posts: PostsService,
    private readonly links: PostLinksService,
    private readonly notifier: ContentNotifier,
  ) {}

  /**
   * Comments on a post, or replies to one of its comments. Replies have one level: a reply to a reply is
   * attached to the top-level comment of its thread. The post's author and the author of the comment replied
   * to are notified (`reply`), then the people mentioned who were not already (`mention`); only people who
   * may read the post are.
   */
  async add(viewer: Viewer, postId: string, body: string, parentId?: string | null): Promise<CommentEntity> {
    const rendered = renderMarkdown(body);
    return this.dataSource.transaction(async (manager) => {
      const { post, facts, access } = await this.posts.getReadable(viewer, postId, manager);
      if (!access.comment) {
        throw facts.community?.archived ? communityArchived() : membersOnly('comment on its posts');
      }
      let repliedTo: CommentEntity | null = null;
      let thread: CommentEntity | null = null;
      if (parentId) {
        repliedTo = await this.comments.findById(parentId, manager);
        if (!repliedTo || repliedTo.postId !== post.id || repliedTo.deletedAt) throw notFound('This comment');
        thread = repliedTo.parentId ? await this.comments.findById(repliedTo.parentId, manager) : repliedTo;
        if (!thread || thread.deletedAt) throw notFound('This comment');
      }
      const comment = await this.comments.insert(
        {
          postId: post.id,
          parentId: thread?.id ?? null,
          authorId: viewer.userId,
          bodyMarkdown: body,
          bodyHtml: rendered.html,
        },
        manager,
      );
      const subject = { type: 'comment' as const, id: comment.id };
      const mentioned = await this.links.linkMentions(post.id, comment.id, body, manager);
      const replied = await this.notifier.notifyReaders(
        manager,
        post.id,
        'reply',
        [post.authorId, ...(repliedTo ? [repliedTo.authorId] : [])],
        viewer.userId,
        subject,
        { postId: post.id },
      );
      await this.notifier.notifyReaders(
        manager,
        post.id,
        'mention',
        mentioned.filter((id) => !replied.includes(id)),
        viewer.userId,
        subject,
        { postId: post.id },
      );
      await this.indexed.record(manager, { comments: [comment.id] });
      return comment;
    });
  }

  /**
   * By its author, while they may still comment on the post; marks the comment edited. Mentions are linked
   * again, and only the people newly mentioned are notified.
   */
  async update(viewer: Viewer, id: string, body: string): Promise<CommentEntity> {
    const rendered = renderMarkdown(body);
    return this.dataSource.transaction(async (manager) => {
      const { comment, readable, access } = await this.getChangeable(viewer, id, manager);
      if (!access.edit)
        throw commentActionRefused(readable.facts, comment, viewer.userId, 'edit this comment');
      comment.bodyMarkdown = body;
      comment.bodyHtml = rendered.html;
      comment.editedAt = new Date();
      const saved = await this.comments.save(comment, manager);
      const mentioned = await this.links.linkMentions(saved.postId, saved.id, body, manager);
      await this.notifier.notifyReaders(
        manager,
        saved.postId,
        'mention',
        mentioned,
        viewer.userId,
        { type: 'comment', id: saved.id },
        { postId: saved.postId },
      );
      return saved;
    });
  }

  /** Soft delete, by its author or a moderator of the community: it then leaves lists, counts and replies. */
  async delete(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { comment, readable, access } = await this.getChangeable(viewer, id, manager);
      if (!access.delete) {
        throw commentActionRefused(readable.facts, comment, viewer.userId, 'delete this comment');
      }
      comment.deletedAt = new Date();
      await this.comments.save(comment, manager);
      await this.indexed.record(manager, { comments: [comment.id] });
    });
  }

  /**
   * The comment, locked, with its post if the viewer may read it; NOT_FOUND, worded as for an unknown id,
   * when the comment does not exist, is deleted, or its post cannot be read.
   */
  private async getChangeable(
    viewer: Viewer,
    id: string,
    manager: EntityManager,
  ): Promise<{ comment: CommentEntity; readable: ReadablePost; access: CommentAccess }> {
    const comment = await this.comments.lockById(id, manager);
    if (!comment || comment.deletedAt) throw notFound('This comment');
    let readable: ReadablePost;
    try {
      readable = await this.posts.getReadable(viewer, comment.postId, manager);
    } catch (error) {
      // The same answer as for a comment id that does not exist.
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) throw notFound('This comment');
      throw error;
    }
    const access = commentAccess(readable.facts, comment.authorId, postViewer(viewer));
    return { comment, readable, access };
  }
}

/** Why a reader of the post may not change this comment. */
function commentActionRefused(
  facts: PostFacts,
  comment: CommentEntity,
  viewerId: string,
  what: string,
): DomainError {
  if (facts.community?.archived) return communityArchived();
  const isAuthor = comment.authorId === viewerId;
  // An author who left the community, or was banned from it, no longer changes what they wrote there.
  if (isAuthor && facts.community) return membersOnly(what);
  if (what.startsWith('edit') || !facts.community) {
    return contentForbidden(`Only its author can ${what}.`, ContentErrorReason.NOT_AUTHOR);
  }
  return contentForbidden(
    `Only its author or the moderators of the community can ${what}.`,
    ContentErrorReason.NOT_MODERATOR,
  );
}
