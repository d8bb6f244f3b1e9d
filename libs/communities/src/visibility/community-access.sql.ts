/**
 * The rules of community-access.ts as SQL conditions, for lists and feeds. `community` is the alias of a
 * `communities` row, `viewer` a bind parameter holding the viewer's user id (e.g. `$1`).
 */

/** The community exists for the viewer (`see`). */
export function communityVisibleSql(community: string, viewer: string): string {
  return `(${community}.visibility <> 'secret' OR EXISTS (
    SELECT 1 FROM memberships vis_m
     WHERE vis_m.community_id = ${community}.id AND vis_m.user_id = ${viewer}
       AND vis_m.status IN ('active', 'invited')))`;
}

/** The viewer may read the community's content (`readContent`). */
export function communityContentReadableSql(community: string, viewer: string): string {
  return `(${community}.visibility = 'open' OR EXISTS (
    SELECT 1 FROM memberships read_m
     WHERE read_m.community_id = ${community}.id AND read_m.user_id = ${viewer}
       AND read_m.status = 'active'))`;
}
