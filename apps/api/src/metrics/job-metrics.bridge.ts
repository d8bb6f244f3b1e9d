import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@relais/jobs';
import { MetricsRegistry } from './metrics';

/** Counts job outcomes of this process into the Prometheus registry. */
@Injectable()
export class JobMetricsBridge implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly metrics: MetricsRegistry,
  ) {}

  onModuleInit(): void {
    this.jobs.onOutcome((queue, outcome) => this.metrics.jobsProcessed.inc({ queue, outcome }));
  }
}
