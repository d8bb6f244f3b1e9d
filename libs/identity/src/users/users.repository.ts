import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreatedAtPosition } from '@relais/common';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ email });
  }

  /** Locks the row for the rest of the transaction. */
  lockById(id: string, manager: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async count(manager?: EntityManager): Promise<number> {
    return this.repo(manager).count();
  }

  insert(user: Partial<UserEntity>, manager: EntityManager): Promise<UserEntity> {
    return this.repo(manager).save(this.repo(manager).create(user));
  }

  save(user: UserEntity, manager: EntityManager): Promise<UserEntity> {
    return this.repo(manager).save(user);
  }

  /** Active accounts: those of `preferredEmails` first in their order, then the oldest. */
  firstActive(preferredEmails: readonly string[], limit: number): Promise<UserEntity[]> {
    return this.repo()
      .createQueryBuilder('u')
      .where(`u.status = 'active'`)
      .orderBy('array_position(CAST(:emails AS text[]), u.email)', 'ASC', 'NULLS LAST')
      .addOrderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .setParameter('emails', [...preferredEmails])
      .limit(limit)
      .getMany();
  }

  /** Keyset page ordered by (created_at, id). */
  async page(
    first: number,
    after: CreatedAtPosition | null,
  ): Promise<{ rows: UserEntity[]; hasNextPage: boolean }> {
    const query = this.repo()
      .createQueryBuilder('u')
      .orderBy('u.created_at', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(first + 1);
    if (after) {
      query.where('(u.created_at, u.id) > (:createdAt, :id)', { createdAt: after.createdAt, id: after.id });
    }
    const rows = await query.getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }
}
