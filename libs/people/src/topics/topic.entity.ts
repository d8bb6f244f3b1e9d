import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A topic of the taxonomy. The generated `search_terms` / `search_text` columns are deliberately not mapped:
 * PostgreSQL computes them, and only the repository's SQL reads them.
 */
@Entity({ name: 'topics' })
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key, never renamed once created. */
  @Column({ type: 'text' })
  slug!: string;

  @Column({ name: 'label_fr', type: 'text' })
  labelFr!: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn!: string;

  @Column({ name: 'synonyms_fr', type: 'text', array: true, default: () => "'{}'" })
  synonymsFr!: string[];

  @Column({ name: 'synonyms_en', type: 'text', array: true, default: () => "'{}'" })
  synonymsEn!: string[];

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
