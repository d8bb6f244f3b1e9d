import { SEARCH_INDEX_QUEUE } from '@relais/jobs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { NotificationsService } from '@relais/notifications';
import {
  addMembership,
  GraphqlClient,
  GraphqlError,
  newCommunity,
  newUser,
  tableSnapshot,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const TABLES = ['communities', 'community_topics', 'memberships', 'notifications'];
const NOTIFICATIONS_QUEUE = 'notifications.deliver';

const FIELDS = `id slug name descriptionHtml descriptionMarkdown visibility official archived topicSlugs memberCount
  myMembership { role status }
  viewerCan { readContent participate moderate own join requestToJoin acceptInvite leave archive setOfficial }
  createdAt`;
const GET = `query Get($slug: String!) {
  community(slug: $slug) {
    ${FIELDS}
    members(first: 10) { nodes { userId displayName role status joinedAt } pageInfo { hasNextPage endCursor } }
    joinRequests(first: 10) { nodes { userId displayName requestedAt } pageInfo { hasNextPage endCursor } }
  }
}`;
const LIST = `query List($filter: CommunityFilter, $first: Int, $after: String) {
  communities(filter: $filter, first: $first, after: $after) {
    nodes { ${FIELDS} }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** Few fields per community, so that a page of 100 stays within the query cost limit. */
const LIST_BRIEF = `query Brief($filter: CommunityFilter, $first: Int, $after: String) {
  communities(filter: $filter, first: $first, after: $after) {
    nodes { id slug name memberCount myMembership { role status } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE = `mutation Create($input: CreateCommunityInput!) { createCommunity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($slug: String!, $input: UpdateCommunityInput!) {
  updateCommunity(slug: $slug, input: $input) { ${FIELDS} }
}`;
const ARCHIVE = `mutation Archive($slug: String!) { archiveCommunity(slug: $slug) { id archived viewerCan { participate } } }`;
const UNARCHIVE = `mutation Unarchive($slug: String!) { unarchiveCommunity(slug: $slug) { id archived } }`;
const SET_OFFICIAL = `mutation Official($slug: String!, $official: Boolean!) {
  setCommunityOfficial(slug: $slug, official: $official) { id official }
}`;
const JOIN = `mutation Join($slug: String!) { joinCommunity(slug: $slug) { id myMembership { role status } memberCount } }`;
const REQUEST = `mutation Request($slug: String!) { requestToJoin(slug: $slug) { id myMembership { role status } } }`;
const DECIDE = `mutation Decide($slug: String!, $userId: ID!, $approve: Boolean!) {
  decideJoinRequest(slug: $slug, userId: $userId, approve: $approve) { id joinRequests { nodes { userId } } }
}`;
const INVITE = `mutation Invite($slug: String!, $userId: ID!) { invite(slug: $slug, userId: $userId) { userId role status } }`;
const ACCEPT = `mutation Accept($slug: String!) { acceptInvite(slug: $slug) { id memberCount myMembership { role status } } }`;
const DECLINE = `mutation Decline($slug: String!) { declineInvite(slug: $slug) { id myMembership { status } } }`;
const LEAVE = `mutation Leave($slug: String!) { leaveCommunity(slug: $slug) { id myMembership { status } } }`;
const SET_ROLE = `mutation Role($slug: String!, $userId: ID!, $role: MembershipRole!) {
  setMemberRole(slug: $slug, userId: $userId, role: $role) { userId role status }
}`;
const BAN = `mutation Ban($slug: String!, $userId: ID!) { banMember(slug: $slug, userId: $userId) { userId role status } }`;

interface Person {
  client: GraphqlClient;
  id: string;
  name: string;
}

interface RawResponse {
  text: string;
  body: { data?: any; errors?: GraphqlError[] };
}

/** One GraphQL request, with the exact text of the response body: what a leak check must read. */
async function send(
  client: GraphqlClient,
  query: string,
  variables?: Record<string, unknown>,
): Promise<RawResponse> {
  let req = request(client.server).post('/graphql').set('Content-Type', 'application/json');
  if (client.cookie) req = req.set('Cookie', client.cookie);
  const res = await req.send({ query, variables });
  return { text: res.text, body: res.body as RawResponse['body'] };
}

describe('communities over GraphQL', () => {
  let api: TestApi;
  let admin: Person;
  let owner: Person;
  let moderator: Person;
  let member: Person;
  let outsider: Person;
  /** What `community(slug)` answers for a slug that does not exist. */
  let missing: Awaited<ReturnType<typeof firstError>>;

  async function person(email: string, name: string): Promise<Person> {
    const client = await api.signIn(email, name);
    const { me } = await client.ok<{ me: { id: string } }>('{ me { id } }');
    return { client, id: me.id, name };
  }

  async function stranger(): Promise<Person> {
    const user = await newUser(api.db);
    return person(user.email, user.displayName);
  }

  async function notificationJobs(): Promise<number> {
    const rows: Array<{ n: number }> = await api.db.query(
      'SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1',
      [NOTIFICATIONS_QUEUE],
    );
    return rows[0]!.n;
  }

  /** The communities tables, the notifications and the notification jobs, once queued jobs have run. */
  async function snapshot() {
    await api.jobs.drain(NOTIFICATIONS_QUEUE);
    return { tables: await tableSnapshot(api.db, TABLES), jobs: await notificationJobs() };
  }

  /** A request that must fail with a clean typed error and change nothing at all. */
  async function refused(client: GraphqlClient, query: string, variables?: Record<string, unknown>) {
    const before = await snapshot();
    const error = await firstError(client, query, variables);
    expect(await snapshot()).toEqual(before);
    return error;
  }

  async function notificationsFor(recipientId: string, kind: string, subjectId: string) {
    await api.jobs.drain(NOTIFICATIONS_QUEUE);
    const rows: Array<{ actor_id: string; subject_type: string; data: Record<string, unknown> }> =
      await api.db.query(
        `SELECT actor_id, subject_type, data FROM notifications
        WHERE recipient_id = $1 AND kind = $2 AND subject_id = $3 ORDER BY created_at`,
        [recipientId, kind, subjectId],
      );
    return rows;
  }

  async function create(by: Person, input: Record<string, unknown>) {
    return (await by.client.ok(CREATE, { input })).createCommunity;
  }

  async function get(by: Person, slug: string) {
    return (await by.client.ok(GET, { slug })).community;
  }

  async function list(by: Person, filter: Record<string, unknown> = {}, first = 100) {
    return (await by.client.ok(LIST_BRIEF, { filter, first })).communities.nodes as Array<{
      id: string;
      slug: string;
    }>;
  }

  beforeAll(async () => {
    api = await startTestApi();
    // The first account of an empty organisation is its administrator.
    admin = await person('ada.admin@example.com', 'Ada Admin');
    owner = await person('olivia.owner@example.com', 'Olivia Owner');
    moderator = await person('mo.moderator@example.com', 'Mo Moderator');
    member = await person('mia.member@example.com', 'Mia Member');
    outsider = await person('oscar.outsider@example.com', 'Oscar Outsider');
    missing = await firstError(outsider.client, GET, { slug: 'no-such-community' });
  });
  afterAll(() => api.close());

  it('answers a slug that does not exist with NOT_FOUND naming nothing', () => {
    expect(missing.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(missing.message).toBe('This community was not found, or you do not have access to it.');
    expect(missing.response.data).toEqual({ community: null });
  });

  describe('visibility matrix: outsider, member, moderator and admin × open, private and secret', () => {
    type Who = 'outsider' | 'member' | 'moderator' | 'admin';
    type Kind = 'open' | 'private' | 'secret';
    const WHO: Who[] = ['outsider', 'member', 'moderator', 'admin'];
    const KINDS: Kind[] = ['open', 'private', 'secret'];

    interface Cell {
      /** In `communities`, found by `community(slug)`. */
      visible: boolean;
      memberCount?: number | null;
      /** The member list is given (not null). */
      members?: boolean;
      joinRequests?: boolean;
      descriptionMarkdown?: boolean;
      myRole?: 'MEMBER' | 'MODERATOR' | null;
    }
    const HIDDEN: Cell = { visible: false };
    const OUTSIDE_OPEN: Cell = {
      visible: true,
      memberCount: 3,
      members: true,
      joinRequests: false,
      descriptionMarkdown: false,
      myRole: null,
    };
    const OUTSIDE_PRIVATE: Cell = {
      visible: true,
      memberCount: null,
      members: false,
      joinRequests: false,
      descriptionMarkdown: false,
      myRole: null,
    };
    const AS_MEMBER: Cell = {
      visible: true,
      memberCount: 3,
      members: true,
      joinRequests: false,
      descriptionMarkdown: false,
      myRole: 'MEMBER',
    };
    const AS_MODERATOR: Cell = {
      visible: true,
      memberCount: 3,
      members: true,
      joinRequests: true,
      descriptionMarkdown: true,
      myRole: 'MODERATOR',
    };
    /** Each cell written out: a non-member admin is an outsider. */
    const READS: Record<Who, Record<Kind, Cell>> = {
      outsider: { open: OUTSIDE_OPEN, private: OUTSIDE_PRIVATE, secret: HIDDEN },
      member: { open: AS_MEMBER, private: AS_MEMBER, secret: AS_MEMBER },
      moderator: { open: AS_MODERATOR, private: AS_MODERATOR, secret: AS_MODERATOR },
      admin: { open: OUTSIDE_OPEN, private: OUTSIDE_PRIVATE, secret: HIDDEN },
    };
    /** The outcome of each flow: "ok" or the error code. */
    const JOINS: Record<Who, Record<Kind, string>> = {
      outsider: { open: 'ok', private: 'FORBIDDEN', secret: 'NOT_FOUND' },
      member: { open: 'CONFLICT', private: 'CONFLICT', secret: 'CONFLICT' },
      moderator: { open: 'CONFLICT', private: 'CONFLICT', secret: 'CONFLICT' },
      admin: { open: 'ok', private: 'FORBIDDEN', secret: 'NOT_FOUND' },
    };
    const REQUESTS: Record<Who, Record<Kind, string>> = {
      outsider: { open: 'BAD_USER_INPUT', private: 'ok', secret: 'NOT_FOUND' },
      member: { open: 'CONFLICT', private: 'CONFLICT', secret: 'CONFLICT' },
      moderator: { open: 'CONFLICT', private: 'CONFLICT', secret: 'CONFLICT' },
      admin: { open: 'BAD_USER_INPUT', private: 'ok', secret: 'NOT_FOUND' },
    };
    const INVITES: Record<Who, Record<Kind, string>> = {
      outsider: { open: 'FORBIDDEN', private: 'FORBIDDEN', secret: 'NOT_FOUND' },
      member: { open: 'FORBIDDEN', private: 'FORBIDDEN', secret: 'FORBIDDEN' },
      moderator: { open: 'ok', private: 'ok', secret: 'ok' },
      admin: { open: 'FORBIDDEN', private: 'FORBIDDEN', secret: 'NOT_FOUND' },
    };

    const communities = {} as Record<Kind, { id: string; slug: string; name: string }>;
    const people = () => ({ outsider, member, moderator, admin }) as Record<Who, Person>;
    /** Every response body an outsider or the non-member admin got, for the leak check. */
    const seenByNonMembers: string[] = [];

    /** The secret community's name, slug or id in a text. */
    const leaksSecret = (text: string) =>
      /zyxwv/i.test(text) || text.includes(communities.secret.id) || text.includes(communities.secret.slug);

    async function as(who: Who, query: string, variables?: Record<string, unknown>): Promise<RawResponse> {
      const response = await send(people()[who].client, query, variables);
      if (who === 'outsider' || who === 'admin') {
        seenByNonMembers.push(response.text);
        expect({ who, leaked: leaksSecret(response.text) }).toEqual({ who, leaked: false });
      }
      return response;
    }

    beforeAll(async () => {
      const specs: Record<Kind, Record<string, unknown>> = {
        open: { name: 'Open Garden Club', visibility: 'OPEN' },
        private: { name: 'Private Lounge Circle', visibility: 'PRIVATE' },
        secret: { name: 'Zyxwv Works Council', slug: 'zyxwv-works-council', visibility: 'SECRET' },
      };
      for (const kind of KINDS) {
        const created = await create(owner, { ...specs[kind], description: `About **${kind}** things` });
        communities[kind] = { id: created.id, slug: created.slug, name: created.name };
        // Joined after the owner, in this order: member lists are longest-standing first.
        const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
        await addMembership(api.db, created.id, moderator.id, { role: 'moderator', joinedAt: later(1) });
        await addMembership(api.db, created.id, member.id, { role: 'member', joinedAt: later(2) });
      }
      expect(communities.secret.slug).toMatch(/^zyxwv-works-council-[a-z0-9]{8}$/);
    });

    it('lists each community exactly to the people who may see it', async () => {
      for (const who of WHO) {
        const { body } = await as(who, LIST_BRIEF, { first: 100 });
        const listed = new Set((body.data.communities.nodes as Array<{ id: string }>).map((n) => n.id));
        const got = Object.fromEntries(KINDS.map((kind) => [kind, listed.has(communities[kind].id)]));
        const expected = Object.fromEntries(KINDS.map((kind) => [kind, READS[who][kind].visible]));
        expect({ who, listed: got }).toEqual({ who, listed: expected });
        // Every field of a page, for the leak check.
        expect((await as(who, LIST, { first: 50 })).body.errors).toBeUndefined();
      }
    });

    it('finds each community by slug for those who may see it, and answers NOT_FOUND like a missing slug to the others', async () => {
      for (const who of WHO) {
        for (const kind of KINDS) {
          const { body } = await as(who, GET, { slug: communities[kind].slug });
          const cell = READS[who][kind];
          if (!cell.visible) {
            // Word for word what a slug that does not exist gets.
            const errors = body.errors!.map(({ message, path, extensions }) => ({
              message,
              path,
              extensions,
            }));
            expect({ who, kind, data: body.data, errors }).toEqual({
              who,
              kind,
              data: { community: null },
              errors: [{ message: missing.message, path: ['community'], extensions: { code: 'NOT_FOUND' } }],
            });
            continue;
          }
          const c = body.data.community;
          expect({ who, kind, errors: body.errors }).toEqual({ who, kind, errors: undefined });
          expect({
            who,
            kind,
            id: c.id,
            name: c.name,
            descriptionHtml: c.descriptionHtml,
            memberCount: c.memberCount,
            members: c.members === null ? null : c.members.nodes.map((n: { userId: string }) => n.userId),
            joinRequests: c.joinRequests === null ? null : c.joinRequests.nodes,
            descriptionMarkdown: c.descriptionMarkdown,
            myRole: c.myMembership?.role ?? null,
          }).toEqual({
            who,
            kind,
            id: communities[kind].id,
            name: communities[kind].name,
            descriptionHtml: `<p>About <strong>${kind}</strong> things</p>`,
            memberCount: cell.memberCount,
            // Longest-standing first: the owner created it, then the moderator and the member were added.
            members: cell.members ? [owner.id, moderator.id, member.id] : null,
            joinRequests: cell.joinRequests ? [] : null,
            descriptionMarkdown: cell.descriptionMarkdown ? `About **${kind}** things` : null,
            myRole: cell.myRole,
          });
        }
      }
    });

    it('gives the same member count in lists as by slug, and the "mine" filter lists a person’s own communities', async () => {
      for (const who of WHO) {
        const all = (await as(who, LIST_BRIEF, { first: 100 })).body.data.communities.nodes as Array<{
          id: string;
          memberCount: number | null;
        }>;
        const mine = (await as(who, LIST_BRIEF, { first: 100, filter: { mine: true } })).body.data.communities
          .nodes as Array<{
          id: string;
        }>;
        for (const kind of KINDS) {
          const cell = READS[who][kind];
          const inList = all.find((n) => n.id === communities[kind].id);
          expect({ who, kind, memberCount: inList?.memberCount }).toEqual({
            who,
            kind,
            memberCount: cell.visible ? cell.memberCount : undefined,
          });
          expect({ who, kind, mine: mine.some((n) => n.id === communities[kind].id) }).toEqual({
            who,
            kind,
            mine: cell.myRole !== null && cell.myRole !== undefined,
          });
        }
      }
    });

    it('never finds the secret community for outsiders by name, visibility or topic filters', async () => {
      for (const who of ['outsider', 'admin'] as const) {
        for (const filter of [
          { search: 'zyxwv' },
          { search: 'Works Council' },
          { visibility: 'SECRET' },
          { includeArchived: true },
        ]) {
          const nodes = (await as(who, LIST_BRIEF, { filter, first: 100 })).body.data.communities
            .nodes as Array<{ id: string }>;
          expect(nodes.map((n) => n.id)).not.toContain(communities.secret.id);
        }
      }
      // Members do find it by name.
      const found = await list(member, { search: 'zyxwv' });
      expect(found.map((n) => n.id)).toEqual([communities.secret.id]);
    });

    it('lets each person join, ask to join and invite exactly as the rules say, changing nothing when refused', async () => {
      for (const who of WHO) {
        for (const kind of KINDS) {
          const slug = communities[kind].slug;
          for (const [flow, query, outcomes] of [
            ['join', JOIN, JOINS],
            ['requestToJoin', REQUEST, REQUESTS],
          ] as const) {
            const expected = outcomes[who][kind];
            const before = await snapshot();
            const { body } = await as(who, query, { slug });
            const outcome = body.errors ? body.errors[0]!.extensions?.code : 'ok';
            expect({ who, kind, flow, outcome }).toEqual({ who, kind, flow, outcome: expected });
            if (expected === 'ok') {
              // Undo it: leaving also withdraws a request.
              expect((await as(who, LEAVE, { slug })).body.errors).toBeUndefined();
            } else {
              expect(await snapshot()).toEqual(before);
              if (expected === 'NOT_FOUND') expect(body.errors![0]!.message).toBe(missing.message);
            }
          }
          const invitee = await newUser(api.db);
          const expected = INVITES[who][kind];
          const before = await snapshot();
          const { body } = await as(who, INVITE, { slug, userId: invitee.id });
          const outcome = body.errors ? body.errors[0]!.extensions?.code : 'ok';
          expect({ who, kind, flow: 'invite', outcome }).toEqual({
            who,
            kind,
            flow: 'invite',
            outcome: expected,
          });
          if (expected === 'ok') {
            expect(body.data.invite).toEqual({ userId: invitee.id, role: 'MEMBER', status: 'INVITED' });
          } else {
            expect(await snapshot()).toEqual(before);
          }
        }
      }
    });

    it('the membership flows left the matrix as it was', async () => {
      for (const kind of KINDS) {
        const rows: Array<{ user_id: string; status: string }> = await api.db.query(
          `SELECT user_id, status FROM memberships WHERE community_id = $1 AND status <> 'invited' ORDER BY joined_at`,
          [communities[kind].id],
        );
        expect(rows.map((r) => r.user_id)).toEqual([owner.id, moderator.id, member.id]);
      }
    });

    it('never showed the secret community’s name, slug or id to an outsider or the non-member admin', () => {
      expect(seenByNonMembers.length).toBeGreaterThan(40);
      expect(seenByNonMembers.filter(leaksSecret)).toEqual([]);
    });
  });

  describe('creating and changing a community', () => {
    let topics: string[];
    beforeAll(async () => {
      const rows: Array<{ slug: string }> = await api.db.query(
        'SELECT slug FROM topics ORDER BY slug LIMIT 3',
      );
      topics = rows.map((r) => r.slug);
      expect(topics).toHaveLength(3);
    });

    it('lets any member create one: slug from the name, rendered description, topics, and the creator as owner', async () => {
      const created = await create(member, {
        name: 'Cœur de métier & RSE',
        description:
          'Hello **world** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
        visibility: 'OPEN',
        topics: [topics[1], topics[0]],
      });
      expect(created).toMatchObject({
        slug: 'coeur-de-metier-rse',
        name: 'Cœur de métier & RSE',
        visibility: 'OPEN',
        official: false,
        archived: false,
        topicSlugs: [topics[0], topics[1]],
        memberCount: 1,
        myMembership: { role: 'OWNER', status: 'ACTIVE' },
        descriptionMarkdown: expect.stringContaining('<script>'),
      });
      expect(created.viewerCan).toMatchObject({
        own: true,
        moderate: true,
        participate: true,
        setOfficial: false,
      });
      expect(created.descriptionHtml).toContain('<strong>world</strong>');
      // Raw HTML is shown as text, never as tags; the javascript: link is not a link.
      expect(created.descriptionHtml).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
      expect(created.descriptionHtml).toContain('&lt;script&gt;');

      // The same name again gets the next free slug.
      const again = await create(outsider, { name: 'Cœur de métier & RSE', visibility: 'PRIVATE' });
      expect(again.slug).toBe('coeur-de-metier-rse-2');
    });

    it('refuses a slug another community uses with CONFLICT / SLUG_TAKEN, changing nothing', async () => {
      await create(member, { name: 'Taken', slug: 'taken-slug', visibility: 'OPEN' });
      const error = await refused(outsider.client, CREATE, {
        input: { name: 'Other', slug: 'taken-slug', visibility: 'OPEN' },
      });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'SLUG_TAKEN' });
    });

    it('gives a secret community an unguessable slug, so a slug taken by it reveals nothing', async () => {
      const secret = await create(member, { name: 'HR council', slug: 'hr-council', visibility: 'SECRET' });
      expect(secret.slug).toMatch(/^hr-council-[a-z0-9]{8}$/);
      // An outsider creating "HR council" gets the plain slug: no "-2" telling them one exists.
      const open = await create(outsider, { name: 'HR council', visibility: 'OPEN' });
      expect(open.slug).toBe('hr-council');
      const explicit = await create(outsider, { name: 'Other HR', slug: 'hr-council-x', visibility: 'OPEN' });
      expect(explicit.slug).toBe('hr-council-x');
    });

    it.each([
      [
        'an oversized name',
        { name: 'n'.repeat(121), visibility: 'OPEN' },
        /name must be 1 to 120 characters/,
      ],
      ['a blank name', { name: '   ', visibility: 'OPEN' }, /name must not be blank/],
      [
        'a bad slug',
        { name: 'Good', slug: 'Bad Slug!', visibility: 'OPEN' },
        /slug must be lower-case letters/,
      ],
      ['a slug with a double hyphen', { name: 'Good', slug: 'a--b', visibility: 'OPEN' }, /slug must be/],
      [
        'an oversized description',
        { name: 'Good', description: 'd'.repeat(5001), visibility: 'OPEN' },
        /description must be at most 5000/,
      ],
      [
        'an unknown topic',
        { name: 'Good', visibility: 'OPEN', topics: ['no-such-topic-xyz'] },
        /There is no topic "no-such-topic-xyz"/,
      ],
      [
        'a malformed topic',
        { name: 'Good', visibility: 'OPEN', topics: ['Not A Slug'] },
        /each topic must be a topic slug/,
      ],
      [
        'eleven topics',
        { name: 'Good', visibility: 'OPEN', topics: Array.from({ length: 11 }, (_, i) => `t${i}`) },
        /at most 10 topics/,
      ],
      ['a name with nothing to make a slug of', { name: '日本語', visibility: 'OPEN' }, /give a slug/],
    ])('refuses %s with BAD_USER_INPUT, changing nothing', async (_label, input, message) => {
      const error = await refused(outsider.client, CREATE, { input });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
    });

    it('refuses an unknown visibility before anything runs', async () => {
      const error = await refused(outsider.client, CREATE, { input: { name: 'Good', visibility: 'PUBLIC' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('lets owners change name, description, visibility and topics; others get FORBIDDEN or NOT_FOUND', async () => {
      const community = await create(owner, {
        name: 'Changing Place',
        visibility: 'OPEN',
        topics: [topics[0]],
      });
      await addMembership(api.db, community.id, member.id);
      const updated = (
        await owner.client.ok(UPDATE, {
          slug: community.slug,
          input: { name: 'Changed Place', description: '_new_', visibility: 'PRIVATE', topics: [topics[2]] },
        })
      ).updateCommunity;
      expect(updated).toMatchObject({
        slug: community.slug,
        name: 'Changed Place',
        descriptionHtml: '<p><em>new</em></p>',
        descriptionMarkdown: '_new_',
        visibility: 'PRIVATE',
        topicSlugs: [topics[2]],
      });

      const byMember = await refused(member.client, UPDATE, {
        slug: community.slug,
        input: { name: 'Mine now' },
      });
      expect(byMember.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
      const byAdmin = await refused(admin.client, UPDATE, {
        slug: community.slug,
        input: { name: 'Mine now' },
      });
      expect(byAdmin.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
      const tooLong = await refused(owner.client, UPDATE, {
        slug: community.slug,
        input: { name: 'x'.repeat(121) },
      });
      expect(tooLong.extensions?.code).toBe('BAD_USER_INPUT');
      const unknownTopic = await refused(owner.client, UPDATE, {
        slug: community.slug,
        input: { name: 'Renamed', topics: ['no-such-topic-xyz'] },
      });
      expect(unknownTopic.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TOPIC' });
    });

    it('moves a community that becomes secret to a new unguessable slug, out of outsiders’ sight', async () => {
      const community = await create(owner, { name: 'Going Dark', visibility: 'OPEN' });
      expect(community.slug).toBe('going-dark');
      const updated = (await owner.client.ok(UPDATE, { slug: 'going-dark', input: { visibility: 'SECRET' } }))
        .updateCommunity;
      expect(updated.slug).toMatch(/^going-dark-[a-z0-9]{8}$/);
      for (const slug of ['going-dark', updated.slug]) {
        const { text, body } = await send(outsider.client, GET, { slug });
        expect(body.errors![0]!.message).toBe(missing.message);
        expect(text).not.toContain(updated.slug);
        expect(text).not.toMatch(/going dark/i);
      }
      expect((await list(outsider, { search: 'going dark' })).map((c) => c.id)).not.toContain(community.id);
    });

    it('answers a malformed slug with BAD_USER_INPUT, and an unknown one with NOT_FOUND', async () => {
      const malformed = await firstError(owner.client, GET, { slug: 'Not A Slug' });
      expect(malformed.extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await refused(owner.client, UPDATE, {
        slug: 'no-such-community',
        input: { name: 'x' },
      });
      expect(unknown.extensions).toEqual({ code: 'NOT_FOUND' });
      expect(unknown.message).toBe(missing.message);
    });
  });

  describe('the directory', () => {
    const token = `dirtest${randomUUID().slice(0, 6)}`;

    it('filters by visibility, official flag, topic, membership and name (accents and case ignored)', async () => {
      const topic: Array<{ slug: string }> = await api.db.query(
        'SELECT slug FROM topics ORDER BY slug DESC LIMIT 1',
      );
      const [a, b, c, d] = [
        await newCommunity(api.db, {
          name: `${token} Café Société`,
          visibility: 'open',
          official: true,
          topics: [topic[0]!.slug],
        }),
        await newCommunity(api.db, { name: `${token} Private`, visibility: 'private' }),
        await newCommunity(api.db, { name: `${token} Archived`, visibility: 'open', archived: true }),
        await newCommunity(api.db, { name: `${token} 50% off_sale`, visibility: 'open' }),
      ];
      await addMembership(api.db, b!.id, outsider.id);
      const ids = async (filter: Record<string, unknown>) =>
        (await list(outsider, { search: token, ...filter })).map((n) => n.id).sort();

      expect(await ids({})).toEqual([a!.id, b!.id, d!.id].sort());
      expect(await ids({ includeArchived: true })).toEqual([a!.id, b!.id, c!.id, d!.id].sort());
      expect(await ids({ visibility: 'PRIVATE' })).toEqual([b!.id]);
      expect(await ids({ official: true })).toEqual([a!.id]);
      expect(await ids({ official: false })).toEqual([b!.id, d!.id].sort());
      expect(await ids({ topicSlug: topic[0]!.slug })).toEqual([a!.id]);
      expect(await ids({ mine: true })).toEqual([b!.id]);
      expect((await list(outsider, { search: `${token} CAFE societe` })).map((n) => n.id)).toEqual([a!.id]);
      // LIKE wildcards in the search are literal characters.
      expect((await list(outsider, { search: `${token} 50%` })).map((n) => n.id)).toEqual([d!.id]);
      expect((await list(outsider, { search: `${token} 5_%` })).map((n) => n.id)).toEqual([]);
      expect(await ids({ topicSlug: 'no-such-topic-xyz' })).toEqual([]);
    });

    it('walks every visible community exactly once, newest first, page by page (ties broken by id)', async () => {
      const pageToken = `pagetest${randomUUID().slice(0, 6)}`;
      const sameInstant = new Date('2021-06-01T00:00:00.000Z');
      for (let i = 0; i < 6; i++)
        await newCommunity(api.db, { name: `${pageToken} tie ${i}`, createdAt: sameInstant });
      for (let i = 0; i < 5; i++)
        await newCommunity(api.db, { name: `${pageToken} ${i}`, visibility: i % 2 ? 'private' : 'open' });
      // Not for outsiders: a secret one, in the middle of the order.
      await newCommunity(api.db, {
        name: `${pageToken} hidden`,
        visibility: 'secret',
        createdAt: sameInstant,
      });
      const expected: Array<{ id: string }> = await api.db.query(
        `SELECT id FROM communities WHERE name LIKE $1 AND visibility <> 'secret' ORDER BY created_at DESC, id DESC`,
        [`${pageToken}%`],
      );
      expect(expected).toHaveLength(11);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 1; ; pages++) {
        const page: {
          communities: {
            nodes: Array<{ id: string }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } = await outsider.client.ok(LIST, { filter: { search: pageToken }, first: 4, after });
        seen.push(...page.communities.nodes.map((n) => n.id));
        if (!page.communities.pageInfo.hasNextPage) break;
        after = page.communities.pageInfo.endCursor;
        expect(pages).toBeLessThan(10);
      }
      expect(seen).toEqual(expected.map((r) => r.id));
    });

    it('refuses malformed cursors, cursors of another list and page sizes outside 1..100 with BAD_USER_INPUT', async () => {
      const community = await create(owner, { name: `${token} members`, visibility: 'OPEN' });
      const membersCursor = (await owner.client.ok(GET, { slug: community.slug })).community.members.pageInfo
        .endCursor;
      expect(membersCursor).toEqual(expect.any(String));
      for (const after of [
        'not-a-cursor',
        '!!!',
        membersCursor,
        Buffer.from(`communities|2024-01-01T00:00:00.000Z|${'-'.repeat(36)}`).toString('base64url'),
        Buffer.from(`communities|-100000-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
      ]) {
        const error = await firstError(outsider.client, LIST, { first: 5, after });
        expect({ after, code: error.extensions?.code }).toEqual({ after, code: 'BAD_USER_INPUT' });
        expect(error.message).toMatch(/cursor returned by a previous page/);
      }
      for (const first of [0, 101]) {
        expect((await firstError(outsider.client, LIST, { first })).extensions?.code).toBe('BAD_USER_INPUT');
      }
      const badMembers = await firstError(
        owner.client,
        'query M($slug: String!, $after: String) { community(slug: $slug) { id members(first: 2, after: $after) { nodes { userId } } } }',
        {
          slug: community.slug,
          after: Buffer.from(`communities|2024-01-01T00:00:00.000Z|${randomUUID()}`).toString('base64url'),
        },
      );
      expect(badMembers.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('pages through the members, longest-standing first', async () => {
      const community = await newCommunity(api.db, { ownerId: owner.id, visibility: 'private' });
      const others = [];
      for (let i = 0; i < 4; i++) {
        const user = await newUser(api.db);
        await addMembership(api.db, community.id, user.id, {
          joinedAt: new Date(Date.now() + (i + 1) * 1000),
        });
        others.push(user.id);
      }
      const gone = await newUser(api.db, { status: 'deactivated' });
      await addMembership(api.db, community.id, gone.id);
      await addMembership(api.db, community.id, (await newUser(api.db)).id, { status: 'pending' });
      const MEMBERS = `query M($slug: String!, $after: String) {
        community(slug: $slug) { memberCount members(first: 2, after: $after) { nodes { userId } pageInfo { hasNextPage endCursor } } }
      }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: {
          community: {
            memberCount: number;
            members: {
              nodes: Array<{ userId: string }>;
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          };
        } = await owner.client.ok(MEMBERS, { slug: community.slug, after });
        // Deactivated people and pending requests are not members anyone sees or counts.
        expect(data.community.memberCount).toBe(5);
        seen.push(...data.community.members.nodes.map((n) => n.userId));
        if (!data.community.members.pageInfo.hasNextPage) break;
        after = data.community.members.pageInfo.endCursor;
      }
      expect(seen).toEqual([owner.id, ...others]);
    });

    it('answers a page of 3 and a page of 12 communities with their counts, topics, members and requests in as many SQL statements', async () => {
      const statementsToken = `stmt${randomUUID().slice(0, 6)}`;
      const topic: Array<{ slug: string }> = await api.db.query(
        'SELECT slug FROM topics ORDER BY slug LIMIT 2',
      );
      for (let i = 0; i < 12; i++) {
        const community = await newCommunity(api.db, {
          name: `${statementsToken} ${i}`,
          ownerId: owner.id,
          visibility: i % 3 === 0 ? 'private' : i % 3 === 1 ? 'secret' : 'open',
          topics: topic.map((t) => t.slug),
        });
        await addMembership(api.db, community.id, member.id);
        await addMembership(api.db, community.id, (await newUser(api.db)).id, { status: 'pending' });
      }
      const query = `query S($filter: CommunityFilter, $first: Int) {
        communities(filter: $filter, first: $first) {
          nodes {
            ${FIELDS}
            members(first: 3) { nodes { userId displayName } }
            joinRequests(first: 3) { nodes { userId } }
          }
        }
      }`;
      const statements = async (first: number) => {
        // Jobs of earlier changes (notifications, search indexing) must not run while statements are counted.
        await api.jobs.drain(NOTIFICATIONS_QUEUE);
        await api.jobs.drain(SEARCH_INDEX_QUEUE);
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const data = await owner.client.ok(query, { filter: { search: statementsToken }, first });
          expect(data.communities.nodes).toHaveLength(first);
          for (const node of data.communities.nodes) {
            expect(node.members.nodes.length).toBeGreaterThan(0);
            expect(node.joinRequests.nodes).toHaveLength(1);
            expect(node.topicSlugs).toHaveLength(2);
          }
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      const small = await statements(3);
      const large = await statements(12);
      expect(large).toBe(small);
      // The page itself, member counts, topics, members, join requests, plus the session and its roles.
      expect(small).toBeLessThanOrEqual(10);
    });
  });

  describe('requests, decisions and invitations', () => {
    let lounge: { id: string; slug: string };
    beforeAll(async () => {
      lounge = await create(owner, { name: 'Request Lounge', visibility: 'PRIVATE' });
      await addMembership(api.db, lounge.id, moderator.id, { role: 'moderator' });
      await addMembership(api.db, lounge.id, member.id);
    });

    it('records a request to join a private community and notifies its owners and moderators, in the same transaction', async () => {
      const requester = await stranger();
      const jobsBefore = await notificationJobs();
      const requested = (await requester.client.ok(REQUEST, { slug: lounge.slug })).requestToJoin;
      expect(requested.myMembership).toEqual({ role: 'MEMBER', status: 'PENDING' });
      expect(await notificationJobs()).toBe(jobsBefore + 1);
      for (const recipient of [owner, moderator]) {
        expect(await notificationsFor(recipient.id, 'join_request', lounge.id)).toEqual([
          { actor_id: requester.id, subject_type: 'community', data: {} },
        ]);
      }
      expect(await notificationsFor(member.id, 'join_request', lounge.id)).toEqual([]);
      // Moderators see it in their queue; members do not see the queue at all.
      const queue = (await get(moderator, lounge.slug)).joinRequests.nodes;
      expect(queue).toEqual([
        { userId: requester.id, displayName: requester.name, requestedAt: expect.any(String) },
      ]);
      expect((await get(member, lounge.slug)).joinRequests).toBeNull();

      const twice = await refused(requester.client, REQUEST, { slug: lounge.slug });
      expect(twice.extensions).toEqual({ code: 'CONFLICT', reason: 'REQUEST_PENDING' });
    });

    it('rolls back the request and its notification job together when the transaction fails after enqueueing', async () => {
      const requester = await stranger();
      const notifications = api.app.get(NotificationsService);
      const original = notifications.notify.bind(notifications);
      const spy = jest
        .spyOn(notifications, 'notify')
        .mockImplementationOnce(async (manager, notification) => {
          await original(manager, notification);
          throw new Error('the database went away after the job was enqueued');
        });
      try {
        const error = await refused(requester.client, REQUEST, { slug: lounge.slug });
        expect(error.extensions).toEqual({ code: 'INTERNAL' });
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
    });

    it('approves or denies a request, telling the requester the decision', async () => {
      const approved = await stranger();
      const denied = await stranger();
      await approved.client.ok(REQUEST, { slug: lounge.slug });
      await denied.client.ok(REQUEST, { slug: lounge.slug });

      const afterApproval = (
        await moderator.client.ok(DECIDE, { slug: lounge.slug, userId: approved.id, approve: true })
      ).decideJoinRequest;
      expect(afterApproval.joinRequests.nodes.map((n: { userId: string }) => n.userId)).not.toContain(
        approved.id,
      );
      expect((await get(approved, lounge.slug)).myMembership).toEqual({ role: 'MEMBER', status: 'ACTIVE' });
      expect(await notificationsFor(approved.id, 'join_decision', lounge.id)).toEqual([
        { actor_id: moderator.id, subject_type: 'community', data: { approved: true } },
      ]);

      await owner.client.ok(DECIDE, { slug: lounge.slug, userId: denied.id, approve: false });
      const deniedView = await get(denied, lounge.slug);
      expect(deniedView.myMembership).toBeNull();
      expect(deniedView.viewerCan.requestToJoin).toBe(true);
      expect(await notificationsFor(denied.id, 'join_decision', lounge.id)).toEqual([
        { actor_id: owner.id, subject_type: 'community', data: { approved: false } },
      ]);
    });

    it('refuses decisions by members (FORBIDDEN) and on people who did not ask (NOT_FOUND), changing nothing', async () => {
      const requester = await stranger();
      await requester.client.ok(REQUEST, { slug: lounge.slug });
      const byMember = await refused(member.client, DECIDE, {
        slug: lounge.slug,
        userId: requester.id,
        approve: true,
      });
      expect(byMember.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
      const byRequester = await refused(requester.client, DECIDE, {
        slug: lounge.slug,
        userId: requester.id,
        approve: true,
      });
      expect(byRequester.extensions?.code).toBe('FORBIDDEN');
      for (const userId of [randomUUID(), member.id]) {
        const error = await refused(moderator.client, DECIDE, { slug: lounge.slug, userId, approve: true });
        expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
        expect(error.message).toMatch(/This join request was not found/);
      }
      const notAnId = await refused(moderator.client, DECIDE, {
        slug: lounge.slug,
        userId: 'someone',
        approve: true,
      });
      expect(notAnId.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('invites someone to a secret community: they see it, are told, and join by accepting', async () => {
      const secret = await create(owner, { name: 'Invitation Only', visibility: 'SECRET' });
      await addMembership(api.db, secret.id, moderator.id, { role: 'moderator' });
      const guest = await stranger();
      expect((await send(guest.client, GET, { slug: secret.slug })).body.errors![0]!.message).toBe(
        missing.message,
      );

      const jobsBefore = await notificationJobs();
      const invited = (await moderator.client.ok(INVITE, { slug: secret.slug, userId: guest.id })).invite;
      expect(invited).toEqual({ userId: guest.id, role: 'MEMBER', status: 'INVITED' });
      expect(await notificationJobs()).toBe(jobsBefore + 1);
      expect(await notificationsFor(guest.id, 'invitation', secret.id)).toEqual([
        { actor_id: moderator.id, subject_type: 'community', data: {} },
      ]);

      // Invited: they see its name, not its content.
      const view = await get(guest, secret.slug);
      expect(view).toMatchObject({
        name: 'Invitation Only',
        memberCount: null,
        members: null,
        myMembership: { role: 'MEMBER', status: 'INVITED' },
      });
      expect(view.viewerCan).toMatchObject({ acceptInvite: true, readContent: false, join: false });
      expect((await list(guest, { search: 'Invitation Only' })).map((c) => c.id)).toEqual([secret.id]);
      expect((await list(guest, { search: 'Invitation Only', mine: true })).map((c) => c.id)).toEqual([]);

      const twice = await refused(moderator.client, INVITE, { slug: secret.slug, userId: guest.id });
      expect(twice.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_INVITED' });
      const joinInstead = await refused(guest.client, JOIN, { slug: secret.slug });
      expect(joinInstead.extensions).toEqual({ code: 'FORBIDDEN', reason: 'APPROVAL_REQUIRED' });

      const accepted = (await guest.client.ok(ACCEPT, { slug: secret.slug })).acceptInvite;
      expect(accepted).toEqual({
        id: secret.id,
        memberCount: 3,
        myMembership: { role: 'MEMBER', status: 'ACTIVE' },
      });
      const again = await refused(guest.client, ACCEPT, { slug: secret.slug });
      expect(again.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
      const inviteMember = await refused(moderator.client, INVITE, { slug: secret.slug, userId: guest.id });
      expect(inviteMember.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
    });

    it('lets an invited person decline: a secret community then disappears for them', async () => {
      const secret = await create(owner, { name: 'Declined Den', visibility: 'SECRET' });
      const guest = await stranger();
      await owner.client.ok(INVITE, { slug: secret.slug, userId: guest.id });
      const { text, body } = await send(guest.client, DECLINE, { slug: secret.slug });
      expect(body).toEqual({ data: { declineInvite: null } });
      expect(text).not.toMatch(/declined den/i);
      expect((await send(guest.client, GET, { slug: secret.slug })).body.errors![0]!.message).toBe(
        missing.message,
      );
      // Declining what one was not invited to.
      const error = await refused(member.client, DECLINE, { slug: lounge.slug });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'NOT_INVITED' });
    });

    it('refuses invitations by members, of unknown or deactivated people, and of people who asked, changing nothing', async () => {
      const byMember = await refused(member.client, INVITE, {
        slug: lounge.slug,
        userId: (await newUser(api.db)).id,
      });
      expect(byMember.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
      for (const userId of [randomUUID(), (await newUser(api.db, { status: 'deactivated' })).id]) {
        const error = await refused(moderator.client, INVITE, { slug: lounge.slug, userId });
        expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
        expect(error.message).toMatch(/This person was not found/);
      }
      const requester = await stranger();
      await requester.client.ok(REQUEST, { slug: lounge.slug });
      const asked = await refused(moderator.client, INVITE, { slug: lounge.slug, userId: requester.id });
      expect(asked.extensions).toEqual({ code: 'CONFLICT', reason: 'REQUEST_PENDING' });
    });
  });

  describe('leaving, roles and bans', () => {
    it('refuses to let the last owner leave with CONFLICT / LAST_OWNER, then lets them once another owner exists', async () => {
      const community = await create(owner, { name: 'Owned Once', visibility: 'OPEN' });
      await member.client.ok(JOIN, { slug: community.slug });
      const error = await refused(owner.client, LEAVE, { slug: community.slug });
      expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_OWNER' });
      expect(error.message).toMatch(/Make another member an owner first/);
      const demoteSelf = await refused(owner.client, SET_ROLE, {
        slug: community.slug,
        userId: owner.id,
        role: 'MEMBER',
      });
      expect(demoteSelf.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_OWNER' });

      const promoted = (
        await owner.client.ok(SET_ROLE, { slug: community.slug, userId: member.id, role: 'OWNER' })
      ).setMemberRole;
      expect(promoted).toEqual({ userId: member.id, role: 'OWNER', status: 'ACTIVE' });
      const left = (await owner.client.ok(LEAVE, { slug: community.slug })).leaveCommunity;
      expect(left).toEqual({ id: community.id, myMembership: null });
      const lastAgain = await refused(member.client, LEAVE, { slug: community.slug });
      expect(lastAgain.extensions).toEqual({ code: 'CONFLICT', reason: 'LAST_OWNER' });
      const notMember = await refused(owner.client, LEAVE, { slug: community.slug });
      expect(notMember.extensions).toEqual({ code: 'CONFLICT', reason: 'NOT_MEMBER' });
    });

    it('keeps one owner when the last two owners leave at the same moment, and one membership for a double join', async () => {
      const community = await create(owner, { name: 'Race Track', visibility: 'OPEN' });
      await addMembership(api.db, community.id, moderator.id, { role: 'owner' });
      const results = await Promise.all(
        [owner, moderator].map((p) => send(p.client, LEAVE, { slug: community.slug })),
      );
      const codes = results.map((r) => r.body.errors?.[0]?.extensions ?? 'ok');
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'ok')).toEqual([{ code: 'CONFLICT', reason: 'LAST_OWNER' }]);
      const owners: Array<{ n: number }> = await api.db.query(
        `SELECT count(*)::int AS n FROM memberships WHERE community_id = $1 AND role = 'owner' AND status = 'active'`,
        [community.id],
      );
      expect(owners[0]!.n).toBe(1);

      const joiner = await stranger();
      const joins = await Promise.all([1, 2].map(() => send(joiner.client, JOIN, { slug: community.slug })));
      const joinCodes = joins.map((r) => r.body.errors?.[0]?.extensions ?? 'ok');
      expect(joinCodes).toContainEqual('ok');
      expect(joinCodes).toContainEqual({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
    });

    it('lets only owners change roles, of active members only', async () => {
      const community = await create(owner, { name: 'Role Play', visibility: 'PRIVATE' });
      await addMembership(api.db, community.id, moderator.id, { role: 'moderator' });
      await addMembership(api.db, community.id, member.id);
      const byModerator = await refused(moderator.client, SET_ROLE, {
        slug: community.slug,
        userId: member.id,
        role: 'MODERATOR',
      });
      expect(byModerator.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
      for (const userId of [outsider.id, randomUUID()]) {
        const error = await refused(owner.client, SET_ROLE, {
          slug: community.slug,
          userId,
          role: 'MODERATOR',
        });
        expect(error.extensions).toEqual({ code: 'NOT_FOUND' });
      }
      const badRole = await refused(owner.client, SET_ROLE, {
        slug: community.slug,
        userId: member.id,
        role: 'KING',
      });
      expect(badRole.extensions?.code).toBe('BAD_USER_INPUT');
      const made = (
        await owner.client.ok(SET_ROLE, { slug: community.slug, userId: member.id, role: 'MODERATOR' })
      ).setMemberRole;
      expect(made).toEqual({ userId: member.id, role: 'MODERATOR', status: 'ACTIVE' });
      expect((await get(member, community.slug)).viewerCan.moderate).toBe(true);
    });

    it('bans a member: out of the community, unable to ask or join again, and a secret one vanishes', async () => {
      const open = await create(owner, { name: 'Ban Open', visibility: 'OPEN' });
      const closed = await create(owner, { name: 'Ban Private', visibility: 'PRIVATE' });
      const secret = await create(owner, { name: 'Qwxyz Ban Secret', visibility: 'SECRET' });
      const troll = await stranger();
      for (const community of [open, closed, secret]) {
        await addMembership(api.db, community.id, moderator.id, { role: 'moderator' });
        await addMembership(api.db, community.id, troll.id);
        const banned = (await moderator.client.ok(BAN, { slug: community.slug, userId: troll.id })).banMember;
        expect(banned).toEqual({ userId: troll.id, role: 'MEMBER', status: 'BANNED' });
      }
      expect((await get(owner, closed.slug)).memberCount).toBe(2);

      const rejoin = await refused(troll.client, JOIN, { slug: open.slug });
      expect(rejoin.extensions).toEqual({ code: 'FORBIDDEN', reason: 'BANNED' });
      const askAgain = await refused(troll.client, REQUEST, { slug: closed.slug });
      expect(askAgain.extensions).toEqual({ code: 'FORBIDDEN', reason: 'BANNED' });
      const leaveBan = await refused(troll.client, LEAVE, { slug: closed.slug });
      expect(leaveBan.extensions).toEqual({ code: 'CONFLICT', reason: 'NOT_MEMBER' });
      expect((await get(troll, closed.slug)).myMembership).toEqual({ role: 'MEMBER', status: 'BANNED' });

      for (const query of [GET, JOIN, REQUEST, LEAVE, ACCEPT]) {
        const { text, body } = await send(troll.client, query, { slug: secret.slug });
        expect(body.errors![0]!.message).toBe(missing.message);
        expect(text).not.toMatch(/qwxyz/i);
        expect(text).not.toContain(secret.slug);
      }
      const listed = await send(troll.client, LIST_BRIEF, { first: 100, filter: { includeArchived: true } });
      expect(listed.text).not.toMatch(/qwxyz/i);

      const invitedBack = await refused(moderator.client, INVITE, { slug: closed.slug, userId: troll.id });
      expect(invitedBack.extensions).toEqual({ code: 'CONFLICT', reason: 'BANNED' });
      const twice = await refused(moderator.client, BAN, { slug: closed.slug, userId: troll.id });
      expect(twice.extensions).toEqual({ code: 'CONFLICT', reason: 'ALREADY_BANNED' });
    });

    it('refuses bans of owners by moderators, of oneself and by members; bans someone who never joined', async () => {
      const community = await create(owner, { name: 'Ban Rules', visibility: 'OPEN' });
      await addMembership(api.db, community.id, moderator.id, { role: 'moderator' });
      await addMembership(api.db, community.id, member.id);
      const ownerBan = await refused(moderator.client, BAN, { slug: community.slug, userId: owner.id });
      expect(ownerBan.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });
      const selfBan = await refused(moderator.client, BAN, { slug: community.slug, userId: moderator.id });
      expect(selfBan.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SELF_BAN' });
      const byMember = await refused(member.client, BAN, { slug: community.slug, userId: moderator.id });
      expect(byMember.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
      const unknown = await refused(moderator.client, BAN, { slug: community.slug, userId: randomUUID() });
      expect(unknown.extensions).toEqual({ code: 'NOT_FOUND' });

      const preemptive = (await moderator.client.ok(BAN, { slug: community.slug, userId: outsider.id }))
        .banMember;
      expect(preemptive.status).toBe('BANNED');
      expect((await firstError(outsider.client, JOIN, { slug: community.slug })).extensions?.reason).toBe(
        'BANNED',
      );
      // An owner may ban a moderator.
      expect(
        (await owner.client.ok(BAN, { slug: community.slug, userId: moderator.id })).banMember.status,
      ).toBe('BANNED');
    });
  });

  describe('archiving and the official flag', () => {
    it('makes an archived community read-only, hidden from the directory unless asked, until it is unarchived', async () => {
      const community = await create(owner, { name: 'Archive Me', visibility: 'OPEN' });
      await addMembership(api.db, community.id, moderator.id, { role: 'moderator' });
      await addMembership(api.db, community.id, member.id);
      const byMember = await refused(member.client, ARCHIVE, { slug: community.slug });
      expect(byMember.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_OWNER' });

      const archived = (await owner.client.ok(ARCHIVE, { slug: community.slug })).archiveCommunity;
      expect(archived).toEqual({ id: community.id, archived: true, viewerCan: { participate: false } });
      for (const [client, query, variables] of [
        [outsider.client, JOIN, { slug: community.slug }],
        [owner.client, UPDATE, { slug: community.slug, input: { name: 'Renamed' } }],
        [moderator.client, INVITE, { slug: community.slug, userId: outsider.id }],
        [owner.client, SET_ROLE, { slug: community.slug, userId: member.id, role: 'MODERATOR' }],
        [owner.client, ARCHIVE, { slug: community.slug }],
      ] as const) {
        const error = await refused(client, query, variables);
        expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'ARCHIVED' });
        expect(error.message).toMatch(/archived, so it is read-only/);
      }
      expect((await list(outsider, { search: 'Archive Me' })).map((c) => c.id)).toEqual([]);
      expect(
        (await list(outsider, { search: 'Archive Me', includeArchived: true })).map((c) => c.id),
      ).toEqual([community.id]);
      // Reading goes on, and people may still leave.
      expect((await get(outsider, community.slug)).memberCount).toBe(3);
      expect(
        (await member.client.ok(LEAVE, { slug: community.slug })).leaveCommunity.myMembership,
      ).toBeNull();

      expect((await owner.client.ok(UNARCHIVE, { slug: community.slug })).unarchiveCommunity.archived).toBe(
        false,
      );
      const notArchived = await refused(owner.client, UNARCHIVE, { slug: community.slug });
      expect(notArchived.extensions).toEqual({ code: 'CONFLICT', reason: 'NOT_ARCHIVED' });
      expect(
        (await outsider.client.ok(JOIN, { slug: community.slug })).joinCommunity.myMembership.status,
      ).toBe('ACTIVE');
    });

    it('lets a non-member admin archive what they can see, and not what they cannot', async () => {
      const open = await create(owner, { name: 'Admin Archives', visibility: 'PRIVATE' });
      expect((await admin.client.ok(ARCHIVE, { slug: open.slug })).archiveCommunity.archived).toBe(true);
      const secret = await create(owner, { name: 'Vwxyq Admin Blind', visibility: 'SECRET' });
      const { text, body } = await send(admin.client, ARCHIVE, { slug: secret.slug });
      expect(body.errors![0]).toMatchObject({ message: missing.message, extensions: { code: 'NOT_FOUND' } });
      expect(text).not.toMatch(/vwxyq/i);
      expect(text).not.toContain(secret.slug);
    });

    it('lets admins alone mark a community official; an admin who cannot see a secret one gets NOT_FOUND', async () => {
      const community = await create(owner, { name: 'Officially Yes', visibility: 'OPEN' });
      const byOwner = await refused(owner.client, SET_OFFICIAL, { slug: community.slug, official: true });
      expect(byOwner.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(byOwner.message).toMatch(/administrator/);

      expect(
        (await admin.client.ok(SET_OFFICIAL, { slug: community.slug, official: true })).setCommunityOfficial,
      ).toEqual({
        id: community.id,
        official: true,
      });
      expect((await list(member, { search: 'Officially Yes', official: true })).map((c) => c.id)).toEqual([
        community.id,
      ]);

      const secret = await create(owner, { name: 'Wvxyz Official Secret', visibility: 'SECRET' });
      const before = await snapshot();
      const { text, body } = await send(admin.client, SET_OFFICIAL, { slug: secret.slug, official: true });
      expect(body.errors![0]).toMatchObject({ message: missing.message, extensions: { code: 'NOT_FOUND' } });
      expect(text).not.toMatch(/wvxyz/i);
      expect(text).not.toContain(secret.slug);
      expect(await snapshot()).toEqual(before);

      // An admin who is a member of the secret community can.
      await addMembership(api.db, secret.id, admin.id);
      expect(
        (await admin.client.ok(SET_OFFICIAL, { slug: secret.slug, official: true })).setCommunityOfficial
          .official,
      ).toBe(true);
    });
  });
});
