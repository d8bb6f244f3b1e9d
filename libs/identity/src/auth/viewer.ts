import { Role } from '../roles/role';

/** The signed-in person making a request, as resolved from their session cookie. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
  readonly email: string;
  readonly displayName: string;
  readonly locale: 'fr' | 'en';
  readonly roles: readonly Role[];
}

export function hasRole(viewer: Viewer, role: Role): boolean {
  return role === Role.MEMBER || viewer.roles.includes(role);
}
