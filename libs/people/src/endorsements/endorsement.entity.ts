import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A colleague vouching that a person knows a topic: one per endorser, person and topic, never oneself. */
@Entity({ name: 'endorsements' })
export class EndorsementEntity {
  @PrimaryColumn({ name: 'endorsee_id', type: 'uuid' })
  endorseeId!: string;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @PrimaryColumn({ name: 'endorser_id', type: 'uuid' })
  endorserId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
