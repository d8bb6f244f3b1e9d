import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TopicKind } from './topic-kind';

/** A topic a person lists on their profile, under one kind, at a position they chose. */
@Entity({ name: 'user_topics' })
export class UserTopicEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: TopicKind;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
