import { DEMO_ACCOUNTS, DemoAccount } from './demo-accounts';
import type { DemoSeedSummary } from './seed-demo-organisation';

/** The seed `npm start` and `npm run seed` use unless told otherwise. */
export const DEFAULT_DEMO_SEED = 1;

const count = (n: number) => n.toLocaleString('en-US');

/** One line saying what was created and whom to sign in as. */
export function describeDemoSeed(summary: DemoSeedSummary): string {
  const c = summary.communities;
  const admin = DEMO_ACCOUNTS.find((a) => a.key === 'admin')!;
  return (
    `demo organisation created: ${count(summary.people)} people, ` +
    `${c.open + c.private + c.secret} communities (${c.open} open, ${c.private} private, ${c.secret} secret), ` +
    `${count(summary.posts)} posts, ${count(summary.comments)} comments, ${count(summary.reactions)} reactions ` +
    `(seed ${summary.seed}, ${(summary.durationMs / 1000).toFixed(1)} s) — sign in as ${admin.email} (admin)`
  );
}

/** The demo accounts as banner lines: e-mail address, then what signing in as them shows. */
export function demoSignInLines(accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): string[] {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return accounts.map((a) => `${a.email.padEnd(width)}  ${a.shows}`);
}
