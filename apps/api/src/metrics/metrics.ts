import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per app instance (tests create several apps in one process). */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'relais_http_request_duration_seconds',
    help: 'HTTP request duration by route and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'relais_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly jobsProcessed = new Counter({
    name: 'relais_jobs_processed_total',
    help: 'Jobs handled by this process, by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'relais_' });
  }
}

/** Known routes only, so a scan of random URLs cannot blow up label cardinality. */
function routeLabel(path: string): string {
  if (path === '/graphql') return '/graphql';
  if (path === '/health' || path === '/metrics') return path;
  if (path.startsWith('/assets/')) return '/assets';
  return 'other';
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsRegistry) {}

  use(req: Request, res: Response, next: NextFunction): void {
    // Not req.path: under Nest's wildcard mount it is relative to the mount point ("/" for every route).
    const path = req.originalUrl.split('?')[0] ?? '';
    const end = this.metrics.httpDuration.startTimer({ method: req.method, route: routeLabel(path) });
    res.once('finish', () => end({ status: `${Math.floor(res.statusCode / 100)}xx` }));
    next();
  }
}
