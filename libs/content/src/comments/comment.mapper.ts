import { CommentEntity } from './comment.entity';
import { CommentModel } from './comment.model';

/** Entity to GraphQL model, field by field; the markdown source goes to its author only. */
export function toCommentModel(comment: CommentEntity, viewerId: string): CommentModel {
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    bodyHtml: comment.bodyHtml,
    bodyMarkdown: comment.authorId === viewerId ? comment.bodyMarkdown : null,
    edited: comment.editedAt !== null,
    createdAt: comment.createdAt,
    authorId: comment.authorId,
  };
}
