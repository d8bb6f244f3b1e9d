import { hasRole, Role, Viewer } from '@relais/identity';

/**
 * Who sees which person, and which of their fields: the one place that decides it. Lists apply the same rule
 * in SQL through `personVisibleSql`.
 *
 * - A deactivated person is hidden from everyone but admins, exactly as if they did not exist.
 * - The account status is shown to admins only.
 * - The markdown source of the bio is shown to the person themself only (others get the rendered HTML).
 */
export function canSeePerson(viewer: Viewer, person: { status: 'active' | 'deactivated' }): boolean {
  return person.status === 'active' || seesDeactivatedPeople(viewer);
}

export function seesDeactivatedPeople(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN);
}

export function canSeeAccountStatus(viewer: Viewer): boolean {
  return hasRole(viewer, Role.ADMIN);
}

export function canSeeBioSource(viewer: Viewer, person: { id: string }): boolean {
  return viewer.userId === person.id;
}

/**
 * `canSeePerson` in SQL, for lists: `alias` is the users table's alias, `seesDeactivatedParam` a boolean
 * parameter bound to `seesDeactivatedPeople(viewer)`.
 */
export function personVisibleSql(alias: string, seesDeactivatedParam: string): string {
  return `(${alias}.status = 'active' OR ${seesDeactivatedParam}::boolean)`;
}
