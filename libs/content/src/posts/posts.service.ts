import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DomainError, notFound, renderMarkdown } from '@relais/common';
import { Viewer } from '@relais/identity';
import { DataSource, EntityManager } from 'typeorm';
import { CommentsRepository } from '../comments/comments.repository';
import {
  communityArchived,
  ContentErrorReason,
  contentBadInput,
  contentConflict,
  contentForbidden,
  membersOnly,
} from '../content-errors';
import { AuthorsRepository } from '../authors/authors.repository';
import { CommunityGateway, UNSEEN_COMMUNITY } from '../visibility/community-gateway';
import { postViewer } from '../visibility/post-viewer';
import {
  PostAccess,
  postAccess,
  PostCreationRefusal,
  postCreationRefusal,
  PostFacts,
} from '../visibility/post-visibility';
import { ContentNotifier } from './content-notifier';
import { PostEntity } from './post.entity';
import { PostLinksService } from './post-links.service';
import { CreatePostInput, UpdatePostInput } from './posts.inputs';
import { PostsRepository } from './posts.repository';

/** A community shows at most this many pinned posts above its feed. */
export const MAX_PINNED_POSTS = 5;

export interface ReadablePost {
  post: PostEntity;
  facts: PostFacts;
  access: PostAccess;
}

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly posts: PostsRepository,
    private readonly comments: CommentsRepository,
    private readonly communities: CommunityGateway,
    private readonly authors: AuthorsRepository,
    private readonly links: PostLinksService,
    private readonly notifier: ContentNotifier,
  ) {}

  /**
   * The post if the viewer may read it, with what they may do with it; NOT_FOUND otherwise, worded exactly
   * as for an id that does not exist. `lock` holds the row until the transaction ends.
   */
  async getReadable(
    viewer: Viewer,
    id: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<ReadablePost> {
    const post =
      lock && manager ? await this.posts.lockById(id, manager) : await this.posts.findById(id, manager);
    if (!post) throw postNotFound();
    const facts = await this.factsFor(post, viewer, manager);
    const access = postAccess(facts, postViewer(viewer));
    if (!access.read) throw postNotFound();
    return { post, facts, access };
  }

  /** What `postAccess()` needs to know about this viewer and this post. */
  private async factsFor(post: PostEntity, viewer: Viewer, manager?: EntityManager): Promise<PostFacts> {
    const [authors, community] = await Promise.all([
      this.authors.byIds([post.authorId], manager),
      post.communityId ? this.communities.forViewer(viewer, post.communityId, manager) : null,
    ]);
    return {
      authorId: post.authorId,
      authorActive: authors[0]?.status === 'active',
      kind: post.kind,
      deleted: post.deletedAt !== null,
      community: post.communityId ? (community?.facts ?? UNSEEN_COMMUNITY) : null,
    };
  }

  findByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return this.posts.findByIds(ids);
  }

  async create(viewer: Viewer, input: CreatePostInput): Promise<PostEntity> {
    const rendered = renderMarkdown(input.body);
    const topicIds = await this.links.topicIdsOf(input.body);
    return this.dataSource.transaction(async (manager) => {
      let community = null;
      if (input.communityId) {
        community = (await this.communities.forViewer(viewer, input.communityId, manager))?.facts ?? null;
        if (!community) throw notFound('This community');
      }
      const refusal = postCreationRefusal(community, input.kind);
      if (refusal) throw creationError(refusal);
      const post = await this.posts.insert(
        {
          communityId: input.communityId ?? null,
          authorId: viewer.userId,
          kind: input.kind,
          title: cleanTitle(input.title),
          bodyMarkdown: input.body,
          bodyHtml: rendered.html,
          bodyText: rendered.text,
          classification: input.classification,
          language: input.language ?? viewer.locale,
        },
        manager,
      );
      await this.links.linkTopics(post.id, topicIds, manager);
      const mentioned = await this.links.linkMentions(post.id, null, post.bodyMarkdown, manager);
      await this.notifier.notifyReaders(manager, post.id, 'mention', mentioned, viewer.userId, {
        type: 'post',
        id: post.id,
      });
      await this.indexed.record(manager, { posts: [post.id] });
      return post;
    });
  }

  /** By its author; marks the post edited. Only people newly mentioned are notified. */
  async update(viewer: Viewer, id: string, input: UpdatePostInput): Promise<PostEntity> {
    const newTopicIds = typeof input.body === 'string' ? await this.links.topicIdsOf(input.body) : null;
    return this.dataSource.transaction(async (manager) => {
      const { post, facts, access } = await this.getReadable(viewer, id, manager, true);
      if (!access.edit) throw actionRefused(facts, viewer.userId, 'edit this post', 'author');
      if (input.title !== undefined) post.title = cleanTitle(input.title);
      if (input.body !== undefined && input.body !== null) {
        const rendered = renderMarkdown(input.body);
        post.bodyMarkdown = input.body;
        post.bodyHtml = rendered.html;
        post.bodyText = rendered.text;
      }
      if (input.classification) post.classification = input.classification;
      if (input.language) post.language = input.language;
      const now = new Date();
      post.editedAt = now;
      post.updatedAt = now;
      const saved = await this.posts.save(post, manager);
      if (newTopicIds) await this.links.linkTopics(saved.id, newTopicIds, manager);
      const mentioned = await this.links.linkMentions(saved.id, null, saved.bodyMarkdown, manager);
      await this.notifier.notifyReaders(manager, saved.id, 'mention', mentioned, viewer.userId, {
        type: 'post',
        id: saved.id,
      });
      await this.indexed.record(manager, { posts: [saved.id] });
      return saved;
    });
  }

  /** Soft delete, by the author or a moderator of the community: the post then exists for nobody. */
  async delete(viewer: Viewer, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { post, facts, access } = await this.getReadable(viewer, id, manager, true);
      if (!access.delete)
        throw actionRefused(facts, viewer.userId, 'delete this post', 'author or moderator');
      post.deletedAt = new Date();
      post.deletedBy = viewer.userId;
      post.updatedAt = post.deletedAt;
      await this.posts.save(post, manager);
      await this.indexed.record(manager, { posts: [post.id] });
    });
  }

  /** By a moderator of the post's community. Pinning a pinned post (or unpinning an unpinned one) is a no-op. */
  async pin(viewer: Viewer, id: string, pinned: boolean): Promise<PostEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { post, facts, access } = await this.getReadable(viewer, id, manager, true);
      if (!post.communityId) {
        throw contentBadInput(
          'Only posts in a community can be pinned.',
          ContentErrorReason.NOT_IN_A_COMMUNITY,
        );
      }
      if (!access.pin) throw actionRefused(facts, viewer.userId, 'pin posts', 'moderator');
      if (pinned === (post.pinnedAt !== null)) return post;
      if (pinned) {
        const count = await this.posts.lockPins(post.communityId, manager);
        if (count >= MAX_PINNED_POSTS) {
          throw contentConflict(
            `A community shows at most ${MAX_PINNED_POSTS} pinned posts. Unpin one first.`,
            ContentErrorReason.PIN_LIMIT,
          );
        }
      }
      post.pinnedAt = pinned ? new Date() : null;
      post.updatedAt = new Date();
      return this.posts.save(post, manager);
    });
  }

  /** On a question, by its asker or a moderator; the comment's author is told. */
  async acceptAnswer(viewer: Viewer, postId: string, commentId: string): Promise<PostEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { post, facts, access } = await this.getReadable(viewer, postId, manager, true);
      if (post.kind !== 'question') {
        throw contentBadInput('Only a question has an accepted answer.', ContentErrorReason.NOT_A_QUESTION);
      }
      if (!access.acceptAnswer) {
        throw actionRefused(facts, viewer.userId, 'accept an answer', 'author or moderator');
      }
      const comment = await this.comments.findById(commentId, manager);
      if (!comment || comment.postId !== post.id || comment.deletedAt) throw notFound('This comment');
      if (post.acceptedCommentId === comment.id) return post;
      post.acceptedCommentId = comment.id;
      post.updatedAt = new Date();
      const saved = await this.posts.save(post, manager);
      await this.notifier.notifyReaders(
        manager,
        post.id,
        'accepted_answer',
        [comment.authorId],
        viewer.userId,
        { type: 'comment', id: comment.id },
        { postId: post.id },
      );
      // The answer's author gains (and a previously accepted answer's author loses) an accepted answer.
      await this.indexed.record(manager, { posts: [post.id] });
      return saved;
    });
  }
}

export function postNotFound(): DomainError {
  return notFound('This post');
}

function cleanTitle(title: string | null | undefined): string | null {
  const trimmed = title?.trim();
  return trimmed ? trimmed : null;
}

function creationError(refusal: PostCreationRefusal): DomainError {
  switch (refusal) {
    case 'community_not_found':
      return notFound('This community');
    case 'community_archived':
      return communityArchived();
    case 'members_only':
      return membersOnly('post in it');
    case 'announcement_needs_moderator':
      return contentForbidden(
        'Only the moderators of a community can post an announcement in it. Post a discussion instead.',
        ContentErrorReason.ANNOUNCEMENT_NEEDS_MODERATOR,
      );
  }
}

/** Why a reader of the post may not do this: the community is archived, or they are not the right person. */
export function actionRefused(
  facts: PostFacts,
  viewerId: string,
  what: string,
  allowed: 'author' | 'author or moderator' | 'moderator',
): DomainError {
  if (facts.community?.archived) return communityArchived();
  const isAuthor = facts.authorId === viewerId;
  // An author who left the community, or was banned from it, no longer changes what they wrote there.
  if (isAuthor && facts.community && allowed !== 'moderator') return membersOnly(what);
  if (allowed === 'author' || !facts.community) {
    return contentForbidden(`Only its author can ${what}.`, ContentErrorReason.NOT_AUTHOR);
  }
  return contentForbidden(
    allowed === 'moderator'
      ? `Only the moderators of the community can ${what}.`
      : `Only its author or the moderators of the community can ${what}.`,
    ContentErrorReason.NOT_MODERATOR,
  );
}
