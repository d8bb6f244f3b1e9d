import type { CommunityFacts } from '@relais/communities';
import {
  isExternallyEligible,
  PostFacts,
  postAccess,
  postCreationRefusal,
  PostViewer,
} from './post-visibility';

const AUTHOR = 'author';
const reader: PostViewer = { userId: 'reader', isAdmin: false };
const admin: PostViewer = { userId: 'admin', isAdmin: true };
const author: PostViewer = { userId: AUTHOR, isAdmin: false };

function community(
  visibility: CommunityFacts['visibility'],
  membership: CommunityFacts['membership'] = null,
  archived = false,
): CommunityFacts {
  return { visibility, archived, membership };
}

function post(overrides: Partial<PostFacts> = {}): PostFacts {
  return {
    authorId: AUTHOR,
    authorActive: true,
    kind: 'discussion',
    deleted: false,
    community: null,
    ...overrides,
  };
}

const member = { role: 'member', status: 'active' } as const;
const moderator = { role: 'moderator', status: 'active' } as const;

describe('postAccess: reading', () => {
  it('lets everyone read a profile post of an active author', () => {
    expect(postAccess(post(), reader).read).toBe(true);
  });

  it('hides a profile post of a deactivated author from everyone but admins', () => {
    expect(postAccess(post({ authorActive: false }), reader).read).toBe(false);
    expect(postAccess(post({ authorActive: false }), admin).read).toBe(true);
  });

  it('hides a deleted post from everyone, its author and admins included', () => {
    for (const viewer of [reader, admin, author]) {
      expect(postAccess(post({ deleted: true }), viewer)).toEqual({
        read: false,
        comment: false,
        react: false,
        edit: false,
        delete: false,
        pin: false,
        acceptAnswer: false,
      });
    }
  });

  it.each([
    ['open', null, true],
    ['open', member, true],
    ['private', null, false],
    ['private', { role: 'member', status: 'pending' }, false],
    ['private', member, true],
    ['secret', null, false],
    ['secret', { role: 'member', status: 'invited' }, false],
    ['secret', { role: 'member', status: 'banned' }, false],
    ['secret', moderator, true],
  ] as const)('reads a post of a %s community with membership %j: %s', (visibility, membership, read) => {
    expect(postAccess(post({ community: community(visibility, membership) }), reader).read).toBe(read);
  });

  it('gives a platform admin nothing more in a private or secret community', () => {
    expect(postAccess(post({ community: community('private') }), admin).read).toBe(false);
    expect(postAccess(post({ community: community('secret') }), admin).read).toBe(false);
    expect(postAccess(post({ community: community('open') }), admin).read).toBe(true);
  });

  it('keeps a community post readable when its author is deactivated', () => {
    expect(postAccess(post({ authorActive: false, community: community('open') }), reader).read).toBe(true);
  });
});

describe('postAccess: acting', () => {
  it('lets only members comment and react in a community, anyone who reads on a profile', () => {
    const open = post({ community: community('open') });
    expect(postAccess(open, reader)).toMatchObject({ read: true, comment: false, react: false });
    const asMember = post({ community: community('open', member) });
    expect(postAccess(asMember, reader)).toMatchObject({ comment: true, react: true });
    expect(postAccess(post(), reader)).toMatchObject({ comment: true, react: true });
  });

  it('lets the author edit and delete; a moderator delete and pin but not edit', () => {
    const asAuthor = postAccess(post({ community: community('open', member) }), author);
    expect(asAuthor).toMatchObject({ edit: true, delete: true, pin: false });
    const asModerator = postAccess(post({ community: community('open', moderator) }), reader);
    expect(asModerator).toMatchObject({ edit: false, delete: true, pin: true });
    const asMember = postAccess(post({ community: community('open', member) }), reader);
    expect(asMember).toMatchObject({ edit: false, delete: false, pin: false });
  });

  it('stops an author who left the community from editing, not from deleting', () => {
    expect(postAccess(post({ community: community('open') }), author)).toMatchObject({
      edit: false,
      delete: true,
    });
  });

  it('makes an archived community read-only for everyone', () => {
    const archived = post({ kind: 'question', community: community('open', moderator, true) });
    expect(postAccess(archived, author)).toEqual({
      read: true,
      comment: false,
      react: false,
      edit: false,
      delete: false,
      pin: false,
      acceptAnswer: false,
    });
  });

  it('lets the asker or a moderator accept an answer, on questions only', () => {
    const question = post({ kind: 'question', community: community('open', member) });
    expect(postAccess(question, author).acceptAnswer).toBe(true);
    expect(postAccess(question, reader).acceptAnswer).toBe(false);
    expect(
      postAccess(post({ kind: 'question', community: community('open', moderator) }), reader).acceptAnswer,
    ).toBe(true);
    expect(postAccess(post({ community: community('open', member) }), author).acceptAnswer).toBe(false);
    expect(postAccess(post({ kind: 'question' }), author).acceptAnswer).toBe(true);
  });

  it('never lets anyone pin a profile post', () => {
    expect(postAccess(post(), author).pin).toBe(false);
    expect(postAccess(post(), admin).pin).toBe(false);
  });
});

describe('postCreationRefusal', () => {
  it('lets anyone post on their profile, except an announcement', () => {
    expect(postCreationRefusal(null, 'discussion')).toBeNull();
    expect(postCreationRefusal(null, 'announcement')).toBe('announcement_needs_moderator');
  });

  it('lets members post, moderators announce', () => {
    expect(postCreationRefusal(community('private', member), 'question')).toBeNull();
    expect(postCreationRefusal(community('private', member), 'announcement')).toBe(
      'announcement_needs_moderator',
    );
    expect(postCreationRefusal(community('private', moderator), 'announcement')).toBeNull();
    expect(
      postCreationRefusal(community('open', { role: 'owner', status: 'active' }), 'announcement'),
    ).toBeNull();
  });

  it('refuses outsiders: members only where the community is seen, not found where it is secret', () => {
    expect(postCreationRefusal(community('open'), 'discussion')).toBe('members_only');
    expect(postCreationRefusal(community('private'), 'discussion')).toBe('members_only');
    expect(postCreationRefusal(community('secret'), 'discussion')).toBe('community_not_found');
    expect(
      postCreationRefusal(community('secret', { role: 'member', status: 'invited' }), 'discussion'),
    ).toBe('members_only');
    expect(postCreationRefusal(community('open', { role: 'member', status: 'banned' }), 'discussion')).toBe(
      'members_only',
    );
  });

  it('refuses everything in an archived community', () => {
    expect(postCreationRefusal(community('open', moderator, true), 'discussion')).toBe('community_archived');
  });
});

describe('isExternallyEligible', () => {
  it('is true only for a public-eligible post that is not deleted: confidential never leaves', () => {
    expect(isExternallyEligible({ classification: 'public_eligible', deleted: false })).toBe(true);
    expect(isExternallyEligible({ classification: 'public_eligible', deleted: true })).toBe(false);
    expect(isExternallyEligible({ classification: 'internal', deleted: false })).toBe(false);
    expect(isExternallyEligible({ classification: 'confidential', deleted: false })).toBe(false);
  });
});
