import { communityContentReadableSql } from '@relais/communities';

/**
 * The read rule of post-visibility.ts as an SQL condition, for lists and feeds. `post` is the alias of a
 * `posts` row; `viewer` an SQL expression holding the viewer's user id (a bind parameter such as `$1`, or a
 * column such as `u.id` to ask for many people at once); `viewerIsAdmin` a boolean SQL expression.
 */
export function postReadableSql(post: string, viewer: string, viewerIsAdmin: string): string {
  return `(${post}.deleted_at IS NULL AND CASE WHEN ${post}.community_id IS NULL
    THEN (${viewerIsAdmin} OR EXISTS (
      SELECT 1 FROM users pv_author WHERE pv_author.id = ${post}.author_id AND pv_author.status = 'active'))
    ELSE EXISTS (
      SELECT 1 FROM communities pv_c WHERE pv_c.id = ${post}.community_id
         AND ${communityContentReadableSql('pv_c', viewer)})
    END)`;
}

/** Whether the person whose id is the SQL expression `userId` is a platform admin. */
export function isAdminSql(userId: string): string {
  return `EXISTS (SELECT 1 FROM role_assignments pv_ra WHERE pv_ra.user_id = ${userId} AND pv_ra.role = 'admin')`;
}
