import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a person writes about themself; the directory fields (title, department...) live on `users`. */
@Entity({ name: 'profiles' })
export class ProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'bio_markdown', type: 'text', default: '' })
  bioMarkdown!: string;

  /** Rendered and sanitised from `bioMarkdown` on every write; safe to insert into a page. */
  @Column({ name: 'bio_html', type: 'text', default: '' })
  bioHtml!: string;

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'avatar_url', type: 'text', nullable: true })
  avatarUrl!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
