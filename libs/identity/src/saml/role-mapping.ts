import { Role } from '../roles/role';

/** IdP group -> the Relais roles its members get (the config's SAML_ROLE_MAP). */
export type RoleMap = Readonly<Record<string, readonly string[]>>;

/** The roles the map hands out: the only ones SSO and SCIM ever grant or revoke. */
export function managedRoles(map: RoleMap): Set<Role> {
  return new Set(Object.values(map).flat() as Role[]);
}

/** The roles these groups give. Group names compare exactly (Entra ID sends object ids, Okta names). */
export function rolesFromGroups(groups: readonly string[], map: RoleMap): Set<Role> {
  const roles = new Set<Role>();
  for (const group of groups) {
    for (const role of Object.hasOwn(map, group) ? (map[group] ?? []) : []) roles.add(role as Role);
  }
  return roles;
}

/**
 * What to grant and revoke so that the mapped roles of a person follow their groups. Roles the map does not
 * mention (granted by an admin in Relais) are never touched.
 */
export function roleChanges(
  current: readonly Role[],
  groups: readonly string[],
  map: RoleMap,
): { grant: Role[]; revoke: Role[] } {
  const managed = managedRoles(map);
  const wanted = rolesFromGroups(groups, map);
  return {
    grant: [...wanted].filter((role) => !current.includes(role)).sort(),
    revoke: current.filter((role) => managed.has(role) && !wanted.has(role)).sort(),
  };
}
