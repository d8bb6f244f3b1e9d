/**
 * The post list of a feed, with infinite scroll and every action on a post. Used by the home, community,
 * topic and person pages. (Placeholder with the final interface.)
 */
export type FeedSource =
  | { kind: 'home' }
  | { kind: 'community'; slug: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'person'; personId: string };

export function Feed(_props: { source: FeedSource }) {
  return null;
}

/** The composer: posts on the person's profile, or in a community when `communityId` is given. */
export function Composer(_props: { communityId?: string; onPosted?: () => void }) {
  return null;
}
