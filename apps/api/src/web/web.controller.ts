import * as fs from 'node:fs';
import * as path from 'node:path';
import { Controller, Get, Next, Req, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@relais/identity';
import type { NextFunction, Request, Response } from 'express';

/**
 * Where `npm run build:web` puts the single-page app. RELAIS_WEB_DIST points elsewhere, for front-end
 * work on a build of one's own (tests of a web change build into a folder of their own).
 */
export const WEB_DIST = path.resolve(process.cwd(), process.env.RELAIS_WEB_DIST ?? 'dist/web');

/**
 * Serves the single-page app's index for every page route (assets are served statically before this), so
 * deep links work. Nest registers the root module's routes before those of the libraries' modules, so the
 * server routes that libraries define under SERVER_PREFIXES are passed on to them.
 */
const SERVER_PREFIXES = ['/auth/', '/scim/'];

@Controller()
export class WebController {
  @Public()
  @SkipThrottle()
  @Get(['/', '*path'])
  index(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    if (SERVER_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    if (req.path.startsWith('/graphql') || req.path.startsWith('/assets/')) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build:web`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  }
}
