import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DomainError, ErrorCode, notFound } from '@relais/common';
import { Viewer } from '@relais/identity';
import { DataSource, EntityManager } from 'typeorm';
import { CommentsRepository } from '../comments/comments.repository';
import { communityArchived, ContentErrorReason, contentConflict, membersOnly } from '../content-errors';
import { ContentNotifier } from '../posts/content-notifier';
import { PostsService, ReadablePost } from '../posts/posts.service';
import {
  ReactionCountModel,
  ReactionKind,
  ReactionKindEnum,
  ReactionStateModel,
  ReactionSubjectType,
  ReactionSubjectTypeEnum,
} from './reaction.model';
import { ReactionsRepository } from './reactions.repository';

export interface ReactionSubject {
  type: ReactionSubjectType;
  id: string;
}

@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly reactions: ReactionsRepository,
    private readonly comments: CommentsRepository,
    private readonly posts: PostsService,
    private readonly notifier: ContentNotifier,
  ) {}

  /**
   * One reaction per person per post or comment: reacting with another kind changes it; the same kind again
   * is a CONFLICT (nothing to change). A new reaction on a post tells its author.
   */
  async react(viewer: Viewer, subject: ReactionSubject, kind: ReactionKind): Promise<ReactionStateModel> {
    return this.dataSource.transaction(async (manager) => {
      const { post, facts, access } = await this.readableSubject(viewer, subject, manager);
      if (!access.react) throw facts.community?.archived ? communityArchived() : membersOnly('react in it');
      const change = await this.reactions.set(subject.type, subject.id, viewer.userId, kind, manager);
      if (change === 'unchanged') {
        throw contentConflict(
          `You already reacted with ${kind.toUpperCase()}. Choose another kind to change it, or remove it.`,
          ContentErrorReason.DUPLICATE_REACTION,
        );
      }
      if (change === 'added' && subject.type === 'post') {
        await this.notifier.notifyReaders(
          manager,
          post.id,
          'reaction',
          [post.authorId],
          viewer.userId,
          { type: 'post', id: post.id },
          { reaction: kind },
        );
      }
      if (change === 'added') await this.recordReactionChange(manager, subject, post.authorId);
      return this.state(viewer.userId, subject, manager);
    });
  }

  async unreact(viewer: Viewer, subject: ReactionSubject): Promise<ReactionStateModel> {
    return this.dataSource.transaction(async (manager) => {
      const { post } = await this.readableSubject(viewer, subject, manager);
      if (!(await this.reactions.remove(subject.type, subject.id, viewer.userId, manager))) {
        throw new DomainError(
          ErrorCode.NOT_FOUND,
          'You have not reacted to this; there is nothing to remove.',
        );
      }
      await this.recordReactionChange(manager, subject, post.authorId);
      return this.state(viewer.userId, subject, manager);
    });
  }

  /** Reactions received count in their author's expertise: the post's author, or the comment's. */
  private async recordReactionChange(
    manager: EntityManager,
    subject: ReactionSubject,
    postAuthorId: string,
  ): Promise<void> {
    await this.indexed.record(
      manager,
      subject.type === 'post' ? { people: [postAuthorId] } : { comments: [subject.id] },
    );
  }

  /** Reactions per kind on many subjects of one type, most used first. */
  async countsOf(type: ReactionSubjectType, ids: readonly string[]): Promise<ReactionCountModel[][]> {
    const byId = new Map<string, ReactionCountModel[]>();
    for (const row of await this.reactions.counts(type, ids)) {
      const counts = byId.get(row.subject_id) ?? [];
      counts.push({ kind: row.kind as ReactionKindEnum, count: row.n });
      byId.set(row.subject_id, counts);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async mineOf(
    type: ReactionSubjectType,
    ids: readonly string[],
    userId: string,
  ): Promise<Array<ReactionKindEnum | null>> {
    const mine = await this.reactions.mine(type, ids, userId);
    return ids.map((id) => (mine.get(id) as ReactionKindEnum | undefined) ?? null);
  }

  /** The post a subject belongs to, if the viewer may read it; NOT_FOUND (for the subject asked) otherwise. */
  private async readableSubject(
    viewer: Viewer,
    subject: ReactionSubject,
    manager: EntityManager,
  ): Promise<ReadablePost> {
    if (subject.type === 'post') return this.posts.getReadable(viewer, subject.id, manager);
    const comment = await this.comments.findById(subject.id, manager);
    if (!comment || comment.deletedAt) throw notFound('This comment');
    try {
      return await this.posts.getReadable(viewer, comment.postId, manager);
    } catch (error) {
      // The same answer as for a comment id that does not exist.
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) throw notFound('This comment');
      throw error;
    }
  }

  private async state(
    userId: string,
    subject: ReactionSubject,
    manager: EntityManager,
  ): Promise<ReactionStateModel> {
    const counts = await this.reactions.counts(subject.type, [subject.id], manager);
    const mine = await this.reactions.mine(subject.type, [subject.id], userId, manager);
    return {
      subjectType: subject.type as ReactionSubjectTypeEnum,
      subjectId: subject.id,
      myReaction: (mine.get(subject.id) as ReactionKindEnum | undefined) ?? null,
      reactionCounts: counts.map((row) => ({ kind: row.kind as ReactionKindEnum, count: row.n })),
    };
  }
}
