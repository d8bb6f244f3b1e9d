import { Role } from '@relais/identity';
import { addMembership, newCommunity, newTopic, newUser } from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';

/** What communities register in the contexts below them: notification visibility and topic merges. */
describe('communities registrations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const NOTIFICATIONS = `{ notifications(first: 20) { nodes { kind subjectType subjectId } } unreadNotificationCount }`;

  it('shows a join request to the moderator, and hides it once they can no longer see the community', async () => {
    const owner = await newUser(api.db);
    const requester = await newUser(api.db);
    const community = await newCommunity(api.db, { visibility: 'private' });
    await addMembership(api.db, community.id, owner.id, { role: 'owner', status: 'active' });
    const asRequester = await api.signIn(requester.email);
    await asRequester.ok(`mutation($slug: String!) { requestToJoin(slug: $slug) { id } }`, {
      slug: community.slug,
    });
    await api.jobs.drain('notifications.deliver');

    const asOwner = await api.signIn(owner.email);
    const seen = await asOwner.ok<{ notifications: { nodes: unknown[] }; unreadNotificationCount: number }>(
      NOTIFICATIONS,
    );
    expect(seen.notifications.nodes).toEqual([
      { kind: 'JOIN_REQUEST', subjectType: 'COMMUNITY', subjectId: community.id },
    ]);
    expect(seen.unreadNotificationCount).toBe(1);

    // The community turns secret and the owner is no longer a member: the notification no longer exists for them.
    await api.db.query(`UPDATE communities SET visibility = 'secret' WHERE id = $1`, [community.id]);
    await api.db.query(`UPDATE memberships SET status = 'banned' WHERE community_id = $1 AND user_id = $2`, [
      community.id,
      owner.id,
    ]);
    const hidden = await asOwner.ok<{ notifications: { nodes: unknown[] }; unreadNotificationCount: number }>(
      NOTIFICATIONS,
    );
    expect(hidden.notifications.nodes).toEqual([]);
    expect(hidden.unreadNotificationCount).toBe(0);
  });

  it('re-tags communities when an admin merges two topics', async () => {
    const admin = await newUser(api.db, { roles: [Role.ADMIN] });
    const from = await newTopic(api.db);
    const into = await newTopic(api.db);
    const tagged = await newCommunity(api.db, { visibility: 'open' });
    const both = await newCommunity(api.db, { visibility: 'open' });
    await api.db.query(
      `INSERT INTO community_topics (community_id, topic_id) VALUES ($1, $2), ($3, $2), ($3, $4)`,
      [tagged.id, from.id, both.id, into.id],
    );
    const asAdmin = await api.signIn(admin.email);
    await asAdmin.ok(
      `mutation($f: String!, $i: String!) { mergeTopics(fromSlug: $f, intoSlug: $i) { slug } }`,
      {
        f: from.slug,
        i: into.slug,
      },
    );
    const rows: Array<{ community_id: string; topic_id: string }> = await api.db.query(
      `SELECT community_id, topic_id FROM community_topics WHERE community_id = ANY($1) ORDER BY community_id`,
      [[tagged.id, both.id]],
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.topic_id === into.id)).toBe(true);
    expect(new Set(rows.map((row) => row.community_id))).toEqual(new Set([tagged.id, both.id]));
  });
});
