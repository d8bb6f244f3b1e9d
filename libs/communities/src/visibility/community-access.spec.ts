import {
  CommunityAccess,
  communityAccess,
  CommunityVisibility,
  refusedOnlyForArchive,
  MEMBERSHIP_ROLES,
  MembershipStatus,
  ViewerMembership,
} from './community-access';

type Permission = keyof CommunityAccess;
const ALL: Permission[] = [
  'see',
  'readContent',
  'participate',
  'moderate',
  'own',
  'readModeration',
  'join',
  'requestToJoin',
  'acceptInvite',
  'leave',
  'archive',
  'setOfficial',
];

/** The viewer's relation to the community, as a label of the table below. */
type Relation = 'none' | 'owner' | 'moderator' | 'member' | 'pending' | 'invited' | 'banned';

/**
 * What each relation grants in a community that is not archived, to a viewer who is not a platform admin,
 * written out by hand: this table is the specification, not a copy of the code.
 */
const WRITABLE: Record<CommunityVisibility, Record<Relation, string>> = {
  open: {
    none: 'see readContent join',
    owner: 'see readContent participate moderate own readModeration leave archive',
    moderator: 'see readContent participate moderate readModeration leave',
    member: 'see readContent participate leave',
    pending: 'see readContent join leave',
    invited: 'see readContent join acceptInvite leave',
    banned: 'see readContent',
  },
  private: {
    none: 'see requestToJoin',
    owner: 'see readContent participate moderate own readModeration leave archive',
    moderator: 'see readContent participate moderate readModeration leave',
    member: 'see readContent participate leave',
    pending: 'see leave',
    invited: 'see acceptInvite leave',
    banned: 'see',
  },
  secret: {
    none: '',
    owner: 'see readContent participate moderate own readModeration leave archive',
    moderator: 'see readContent participate moderate readModeration leave',
    member: 'see readContent participate leave',
    pending: '',
    invited: 'see acceptInvite leave',
    banned: '',
  },
};

/** The same, once the community is archived: read-only, but one may still leave it and unarchive it. */
const ARCHIVED: Record<CommunityVisibility, Record<Relation, string>> = {
  open: {
    none: 'see readContent',
    owner: 'see readContent readModeration leave archive',
    moderator: 'see readContent readModeration leave',
    member: 'see readContent leave',
    pending: 'see readContent leave',
    invited: 'see readContent leave',
    banned: 'see readContent',
  },
  private: {
    none: 'see',
    owner: 'see readContent readModeration leave archive',
    moderator: 'see readContent readModeration leave',
    member: 'see readContent leave',
    pending: 'see leave',
    invited: 'see leave',
    banned: 'see',
  },
  secret: {
    none: '',
    owner: 'see readContent readModeration leave archive',
    moderator: 'see readContent readModeration leave',
    member: 'see readContent leave',
    pending: '',
    invited: 'see leave',
    banned: '',
  },
};

const VISIBILITIES: CommunityVisibility[] = ['open', 'private', 'secret'];
const RELATIONS: Relation[] = ['none', 'owner', 'moderator', 'member', 'pending', 'invited', 'banned'];

/** Every membership row that stands for a relation: a role only counts while the membership is active. */
function membershipsOf(relation: Relation): Array<ViewerMembership | null> {
  if (relation === 'none') return [null];
  if (relation === 'owner' || relation === 'moderator' || relation === 'member') {
    return [{ role: relation, status: 'active' }];
  }
  return MEMBERSHIP_ROLES.map((role) => ({ role, status: relation as MembershipStatus }));
}

function granted(spec: string): Permission[] {
  return spec.split(' ').filter(Boolean) as Permission[];
}

function expectedAccess(permissions: Permission[]): CommunityAccess {
  return Object.fromEntries(ALL.map((p) => [p, permissions.includes(p)])) as unknown as CommunityAccess;
}

const cases = VISIBILITIES.flatMap((visibility) =>
  RELATIONS.flatMap((relation) =>
    [false, true].flatMap((archived) =>
      membershipsOf(relation).map((membership) => ({ visibility, relation, archived, membership })),
    ),
  ),
);

describe('communityAccess', () => {
  it('covers every visibility × status × role × archived combination', () => {
    // 3 visibilities × (no membership + 3 active roles + 3 other statuses × 3 roles) × 2 archived states.
    expect(cases).toHaveLength(3 * (1 + 3 + 3 * 3) * 2);
  });

  it.each(cases)(
    '$visibility, $relation ($membership.role), archived: $archived',
    ({ visibility, relation, archived, membership }) => {
      const table = archived ? ARCHIVED : WRITABLE;
      const expected = expectedAccess(granted(table[visibility][relation]));
      expect(communityAccess({ visibility, archived, membership })).toEqual(expected);
      expect(communityAccess({ visibility, archived, membership, viewerIsAdmin: false })).toEqual(expected);
    },
  );

  it.each(cases)(
    'a platform admin, $visibility, $relation ($membership.role), archived: $archived: archive and the official flag on what they see, nothing more',
    ({ visibility, relation, archived, membership }) => {
      const table = archived ? ARCHIVED : WRITABLE;
      const base = granted(table[visibility][relation]);
      const extra: Permission[] = base.includes('see') ? ['archive', 'setOfficial'] : [];
      expect(communityAccess({ visibility, archived, membership, viewerIsAdmin: true })).toEqual(
        expectedAccess([...base, ...extra]),
      );
    },
  );

  it('gives a secret community nothing at all to anyone but its active members and invitees, admins included', () => {
    for (const archived of [false, true]) {
      for (const relation of ['none', 'pending', 'banned'] as const) {
        for (const membership of membershipsOf(relation)) {
          for (const viewerIsAdmin of [false, true]) {
            const access = communityAccess({ visibility: 'secret', archived, membership, viewerIsAdmin });
            expect(Object.values(access).every((value) => value === false)).toBe(true);
          }
        }
      }
    }
  });

  it('never grants a right on a community the viewer cannot see', () => {
    for (const { visibility, archived, membership } of cases) {
      for (const viewerIsAdmin of [false, true]) {
        const access = communityAccess({ visibility, archived, membership, viewerIsAdmin });
        if (!access.see) expect(Object.values(access).some(Boolean)).toBe(false);
      }
    }
  });

  describe('refusedOnlyForArchive', () => {
    it('tells "archived" apart from "not allowed"', () => {
      const owner: ViewerMembership = { role: 'owner', status: 'active' };
      expect(refusedOnlyForArchive({ visibility: 'open', archived: true, membership: owner }, 'own')).toBe(
        true,
      );
      expect(refusedOnlyForArchive({ visibility: 'open', archived: true, membership: null }, 'join')).toBe(
        true,
      );
      // Allowed anyway, or refused whether archived or not.
      expect(refusedOnlyForArchive({ visibility: 'open', archived: true, membership: owner }, 'leave')).toBe(
        false,
      );
      expect(refusedOnlyForArchive({ visibility: 'open', archived: true, membership: null }, 'own')).toBe(
        false,
      );
      expect(refusedOnlyForArchive({ visibility: 'private', archived: true, membership: null }, 'join')).toBe(
        false,
      );
      expect(
        refusedOnlyForArchive({ visibility: 'secret', archived: true, membership: null }, 'requestToJoin'),
      ).toBe(false);
      // Not archived: never.
      expect(refusedOnlyForArchive({ visibility: 'open', archived: false, membership: null }, 'own')).toBe(
        false,
      );
    });
  });
});
