import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PostClassification, PostKind } from '../visibility/post-visibility';

export type PostLanguage = 'fr' | 'en';

@Entity({ name: 'posts' })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null for a post on its author's profile. */
  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId!: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  kind!: PostKind;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ name: 'body_markdown', type: 'text' })
  bodyMarkdown!: string;

  /** Sanitized: safe to insert into a page. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  /** Plain text, for search and previews. */
  @Column({ name: 'body_text', type: 'text' })
  bodyText!: string;

  @Column({ type: 'text', default: 'internal' })
  classification!: PostClassification;

  @Column({ type: 'text', default: 'fr' })
  language!: PostLanguage;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt!: Date | null;

  @Column({ name: 'accepted_comment_id', type: 'uuid', nullable: true })
  acceptedCommentId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by', type: 'uuid', nullable: true })
  deletedBy!: string | null;
}
