import * as path from 'node:path';
import { Browser, chromium } from 'playwright-core';

/** Debian's Chromium, which the README's test command installs when it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** This machine has no network: Chromium must not try to reach Google's services. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Headless Chromium for the browser tests and the web benchmark. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The built web app the api serves: RELAIS_WEB_DIST when set (one's own build), else dist/web. */
export function webIndexPath(): string {
  return path.resolve(process.cwd(), process.env.RELAIS_WEB_DIST ?? 'dist/web', 'index.html');
}
