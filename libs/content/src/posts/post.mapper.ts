import { PostEntity } from './post.entity';
import { PostClassificationEnum, PostKindEnum, PostLanguageEnum, PostModel } from './post.model';

/**
 * Entity to GraphQL model, field by field: a new column never reaches the API by accident. The markdown
 * source goes to its author only.
 */
export function toPostModel(post: PostEntity, viewerId: string): PostModel {
  return {
    id: post.id,
    kind: post.kind as PostKindEnum,
    title: post.title,
    bodyHtml: post.bodyHtml,
    bodyMarkdown: post.authorId === viewerId ? post.bodyMarkdown : null,
    classification: post.classification as PostClassificationEnum,
    confidential: post.classification === 'confidential',
    language: post.language as PostLanguageEnum,
    pinned: post.pinnedAt !== null,
    edited: post.editedAt !== null,
    editedAt: post.editedAt,
    createdAt: post.createdAt,
    authorId: post.authorId,
    communityId: post.communityId,
    acceptedCommentId: post.acceptedCommentId,
  };
}
