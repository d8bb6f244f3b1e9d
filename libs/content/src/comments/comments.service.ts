import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notFound, renderMarkdown } from '@relais/common';
import { Viewer } from '@relais/identity';
import { DataSource } from 'typeorm';
import { communityArchived, membersOnly } from '../content-errors';
import { ContentNotifier } from '../posts/content-notifier';
import { PostLinksService } from '../posts/post-links.service';
import { PostsService } from '../posts/posts.service';
import { CommentEntity } from './comment.entity';
import { CommentsRepository } from './comments.repository';

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
      return comment;
    });
  }
}
