import { hasRole, Role, Viewer } from '@relais/identity';
import { PostViewer } from './post-visibility';

export function postViewer(viewer: Viewer): PostViewer {
  return { userId: viewer.userId, isAdmin: hasRole(viewer, Role.ADMIN) };
}
