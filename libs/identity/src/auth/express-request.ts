import type { Viewer } from './viewer';

export {};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting Express's own namespace
  namespace Express {
    interface Request {
      /** Set by ViewerGuard from the session cookie; undefined when signed out. */
      viewer?: Viewer | null;
      /** Correlates logs of one request. */
      id?: string | number | object;
    }
  }
}
