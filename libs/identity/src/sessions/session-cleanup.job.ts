import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobRegistry } from '@relais/jobs';
import { DataSource } from 'typeorm';

export const SESSION_CLEANUP_QUEUE = 'identity.session-cleanup';

/** Deletes sessions that ended more than 30 days ago. Idempotent: running it twice deletes nothing more. */
@Injectable()
export class SessionCleanupJob implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.define<{ olderThanDays?: number }>({
      queue: SESSION_CLEANUP_QUEUE,
      retryLimit: 3,
      cron: '17 3 * * *',
      handle: async ({ data }) => {
        const days = data.olderThanDays ?? 30;
        await this.dataSource.query(
          `DELETE FROM sessions
            WHERE (revoked_at IS NOT NULL AND revoked_at < now() - make_interval(days => $1))
               OR expires_at < now() - make_interval(days => $1)`,
          [days],
        );
      },
    });
  }
}
