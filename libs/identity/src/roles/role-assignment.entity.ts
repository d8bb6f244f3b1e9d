import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from './role';

@Entity({ name: 'role_assignments' })
export class RoleAssignmentEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: Role;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
