import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { pendingMigrations } from '@relais/database';
import { Public } from '@relais/identity';
import { JobsService } from '@relais/jobs';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

type CheckResult = { status: 'up' | 'down'; detail?: string };

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** 200 when the database answers, every migration is applied and the job queue is alive; 503 otherwise. */
  @Public()
  @SkipThrottle()
  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const database = await check(async () => {
      await withTimeout(this.dataSource.query('SELECT 1'), 2000);
    });
    const migrations =
      database.status === 'up'
        ? await check(async () => {
            const pending = await pendingMigrations(this.dataSource);
            if (pending.length) throw new Error(`pending: ${pending.join(', ')}`);
          })
        : { status: 'down' as const, detail: 'database unreachable' };
    const jobs = await check(async () => {
      await withTimeout(this.jobs.assertAlive(), 2000);
    });
    const ok = [database, migrations, jobs].every((c) => c.status === 'up');
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({
      status: ok ? 'ok' : 'unavailable',
      checks: { database, migrations, jobs },
    });
  }
}

async function check(probe: () => Promise<void>): Promise<CheckResult> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
