import { Role, Viewer } from '@relais/identity';
import { canSeeAccountStatus, canSeeBioSource, canSeePerson } from './person-visibility';

const viewer = (roles: Role[], userId = 'viewer'): Viewer => ({
  userId,
  sessionId: 's',
  email: 'v@example.com',
  displayName: 'V',
  locale: 'fr',
  roles: [Role.MEMBER, ...roles],
});

describe('person visibility', () => {
  const member = viewer([]);
  const admin = viewer([Role.ADMIN]);
  const manager = viewer([Role.COMMUNITY_MANAGER, Role.AUDITOR]);

  it('shows active people to everyone', () => {
    for (const v of [member, admin, manager]) expect(canSeePerson(v, { status: 'active' })).toBe(true);
  });

  it('hides deactivated people from everyone but admins', () => {
    expect(canSeePerson(member, { status: 'deactivated' })).toBe(false);
    expect(canSeePerson(manager, { status: 'deactivated' })).toBe(false);
    expect(canSeePerson(admin, { status: 'deactivated' })).toBe(true);
  });

  it('shows the account status to admins only', () => {
    expect([member, manager, admin].map(canSeeAccountStatus)).toEqual([false, false, true]);
  });

  it('shows the bio source to the person themself only, admins included', () => {
    expect(canSeeBioSource(member, { id: 'viewer' })).toBe(true);
    expect(canSeeBioSource(admin, { id: 'someone' })).toBe(false);
  });
});
