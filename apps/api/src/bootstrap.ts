import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { RelaisConfig } from '@relais/config';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { inputValidationPipe } from './graphql/validation';
import { WEB_DIST } from './web/web.controller';

/** Builds the api application (not listening yet): the same in `npm start`, the tests and the benchmarks. */
export async function createApiApp(config: RelaisConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(assignRequestId);
  // Responses of 1 KB and more are compressed when the client accepts it: the web app's scripts and
  // GraphQL pages of posts shrink four- to eight-fold.
  app.use(compression({ threshold: 1024 }));
  app.use(cookieParser());
  app.useBodyParser('json', { limit: config.http.bodyLimitBytes });
  app.use(payloadTooLargeAsJson);
  app.useGlobalPipes(inputValidationPipe());
  app.useStaticAssets(WEB_DIST, {
    index: false,
    maxAge: '1h',
    fallthrough: true,
    // Vite names assets by content hash: a new build has new names, so browsers may keep them for good.
    setHeaders: (res, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      }
    },
  });
  return app;
}

/**
 * Gives the request its id before the body parsers run: a body they refuse is answered before Nest's
 * middleware (where pino-http assigns ids), and that answer needs an id too. pino-http then finds a valid
 * header and keeps the same id for the log.
 */
function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('x-request-id', id);
  next();
}

/** An oversized body gets a clear JSON answer instead of Express's HTML page. */
function payloadTooLargeAsJson(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: 'The request is too large. Send less data at once.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    return;
  }
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    return;
  }
  next(error);
}

const shutdownLogger = new NestLogger('Shutdown');

/**
 * On SIGTERM or SIGINT: stop accepting connections and let in-flight requests finish, then let running jobs
 * finish (JobsService stops in `beforeApplicationShutdown`), then close the database pool, then run `after`
 * (the embedded database stops last). A second signal, or the timeout, forces the exit.
 */
export function installGracefulShutdown(
  app: { close(): Promise<void>; getHttpServer?(): import('node:http').Server },
  timeoutMs: number,
  after?: () => Promise<void>,
): void {
  let firstSignalAt: number | undefined;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      // npm forwards the signal it got, and a terminal or supervisor signals the whole group: the same stop
      // request often arrives twice at once. Only a later one, sent on purpose, forces the exit.
      if (Date.now() - firstSignalAt < 3_000) return;
      shutdownLogger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    firstSignalAt = Date.now();
    shutdownLogger.log(`${signal} received: finishing in-flight work`);
    const force = setTimeout(() => {
      shutdownLogger.error(`still busy after ${timeoutMs} ms: exiting`);
      process.exit(1);
    }, timeoutMs + 5_000);
    force.unref();
    try {
      const server = app.getHttpServer?.();
      if (server?.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await after?.();
      shutdownLogger.log('stopped cleanly');
      process.exit(0);
    } catch (error) {
      shutdownLogger.error(`shutdown failed: ${String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', (signal) => void shutdown(signal));
  process.on('SIGINT', (signal) => void shutdown(signal));
}
