import { randomUUID } from 'node:crypto';
import { JobRegistry } from '@relais/jobs';
import {
  DIGEST_BATCH_QUEUE,
  DIGEST_QUEUE,
  DigestService,
  LoggedMail,
  NOTIFICATIONS_QUEUE,
  NotificationRequest,
  NotificationsService,
  NotificationSubjectRegistry,
} from '@relais/notifications';
import {
  GraphqlClient,
  mailOutbox,
  newNotification,
  newUser,
  tableSnapshot,
  TestUser,
} from '@relais/testing';
import { startTestApi, TestApi } from '../support/test-api';
import { firstError } from './support/errors';

const LIST = /* GraphQL */ `
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        id
        kind
        actor {
          id
          displayName
        }
        subjectType
        subjectId
        data
        createdAt
        read
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const COUNT = '{ unreadNotificationCount }';
const MARK = 'mutation Mark($ids: [ID!]) { markNotificationsRead(ids: $ids) }';

interface NotificationNode {
  id: string;
  kind: string;
  actor: { id: string; displayName: string } | null;
  subjectType: string;
  subjectId: string;
  data: string;
  createdAt: string;
  read: boolean;
}
interface ListData {
  notifications: { nodes: NotificationNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface NotificationDbRow {
  recipient_id: string;
  kind: string;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  data: Record<string, unknown>;
}

describe('notifications', () => {
  let api: TestApi;
  let service: NotificationsService;
  /** Posts the test's checker hides, as `${viewerId}:${postId}` or a bare post id (hidden from everyone). */
  const hiddenPosts = new Set<string>();
  let postCheckerCalls = 0;

  beforeAll(async () => {
    api = await startTestApi(
      {},
      {
        beforeStart: (app) => {
          // The test decides who sees which subject, whatever content and communities register.
          const subjects = app.get(NotificationSubjectRegistry);
          subjects.override('post', async (viewer, ids) => {
            postCheckerCalls += 1;
            return new Set(ids.filter((id) => !hiddenPosts.has(id) && !hiddenPosts.has(`${viewer}:${id}`)));
          });
          subjects.override('comment', async (_viewer, ids) => new Set(ids));
          // As if no context had registered communities: hidden.
          subjects.override('community', null);
        },
      },
    );
    service = api.app.get(NotificationsService);
  });
  afterAll(() => api?.close());

  async function rowsAbout(subjectId: string): Promise<NotificationDbRow[]> {
    return api.db.query(
      `SELECT recipient_id, kind, actor_id, subject_type, subject_id, data
         FROM notifications WHERE subject_id = $1 ORDER BY recipient_id`,
      [subjectId],
    );
  }

  async function jobsAbout(subjectId: string): Promise<Array<{ id: string; data: NotificationRequest }>> {
    return api.db.query(`SELECT id, data FROM pgboss.job WHERE name = $1 AND data->'subject'->>'id' = $2`, [
      NOTIFICATIONS_QUEUE,
      subjectId,
    ]);
  }

  async function notifyCommitted(request: NotificationRequest): Promise<void> {
    await api.db.transaction((manager) => service.notify(manager, request));
    await api.jobs.drain(NOTIFICATIONS_QUEUE);
  }

  async function signInAs(user: TestUser): Promise<GraphqlClient> {
    return api.signIn(user.email);
  }

  describe('notify()', () => {
    it('creates neither a job nor a row when the caller’s transaction rolls back', async () => {
      const [actor, recipient] = [await newUser(api.db), await newUser(api.db)];
      const postId = randomUUID();
      await expect(
        api.db.transaction(async (manager) => {
          await service.notify(manager, {
            kind: 'reply',
            recipientIds: [recipient.id],
            actorId: actor.id,
            subject: { type: 'post', id: postId },
          });
          // Written inside the transaction, then undone with it.
          expect(
            await manager.query("SELECT 1 FROM pgboss.job WHERE name = $1 AND data->'subject'->>'id' = $2", [
              NOTIFICATIONS_QUEUE,
              postId,
            ]),
          ).toHaveLength(1);
          throw new Error('the change fails');
        }),
      ).rejects.toThrow('the change fails');
      await api.jobs.drain(NOTIFICATIONS_QUEUE);
      expect(await jobsAbout(postId)).toEqual([]);
      expect(await rowsAbout(postId)).toEqual([]);
    });

    it('delivers one row per recipient once the transaction commits, and the job runs', async () => {
      const [actor, first, second] = [await newUser(api.db), await newUser(api.db), await newUser(api.db)];
      const communityId = randomUUID();
      await api.db.transaction((manager) =>
        service.notify(manager, {
          kind: 'join_decision',
          recipientIds: [first.id, second.id, first.id],
          actorId: actor.id,
          subject: { type: 'community', id: communityId },
          data: { decision: 'approved' },
        }),
      );
      expect(await jobsAbout(communityId)).toHaveLength(1);
      await api.jobs.drain(NOTIFICATIONS_QUEUE);
      const expected = (recipientId: string) => ({
        recipient_id: recipientId,
        kind: 'join_decision',
        actor_id: actor.id,
        subject_type: 'community',
        subject_id: communityId,
        data: { decision: 'approved' },
      });
      expect(await rowsAbout(communityId)).toEqual([first.id, second.id].sort().map(expected));
    });

    it('never notifies the actor, and enqueues nothing when the actor was the only recipient', async () => {
      const [actor, other] = [await newUser(api.db), await newUser(api.db)];
      const own = randomUUID();
      await notifyCommitted({
        kind: 'reaction',
        recipientIds: [actor.id],
        actorId: actor.id,
        subject: { type: 'post', id: own },
      });
      expect(await jobsAbout(own)).toEqual([]);
      expect(await rowsAbout(own)).toEqual([]);

      const shared = randomUUID();
      await notifyCommitted({
        kind: 'mention',
        recipientIds: [actor.id, other.id],
        actorId: actor.id,
        subject: { type: 'post', id: shared },
      });
      expect((await rowsAbout(shared)).map((r) => r.recipient_id)).toEqual([other.id]);
    });

    it('gives nothing to a deactivated recipient, deactivated before the change or before delivery', async () => {
      const actor = await newUser(api.db);
      const alreadyGone = await newUser(api.db, { status: 'deactivated' });
      const leaving = await newUser(api.db);
      const staying = await newUser(api.db);
      const postId = randomUUID();
      await api.db.transaction(async (manager) => {
        await service.notify(manager, {
          kind: 'mention',
          recipientIds: [alreadyGone.id, leaving.id, staying.id],
          actorId: actor.id,
          subject: { type: 'post', id: postId },
        });
        // Deactivated in the same transaction, before the job can run.
        await manager.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [leaving.id]);
      });
      await api.jobs.drain(NOTIFICATIONS_QUEUE);
      expect((await rowsAbout(postId)).map((r) => r.recipient_id)).toEqual([staying.id]);
    });

    it('creates nothing twice when the delivery job runs again', async () => {
      const [actor, recipient] = [await newUser(api.db), await newUser(api.db)];
      const postId = randomUUID();
      const request: NotificationRequest = {
        kind: 'reply',
        recipientIds: [recipient.id],
        actorId: actor.id,
        subject: { type: 'post', id: postId },
      };
      await notifyCommitted(request);
      const [job] = await jobsAbout(postId);
      expect(await rowsAbout(postId)).toHaveLength(1);

      // A retry of the same job (after a crash between the insert and the job's completion), twice.
      const definition = api.app.get(JobRegistry).get(NOTIFICATIONS_QUEUE)!;
      for (const attempt of [1, 2]) {
        await definition.handle({
          id: job!.id,
          queue: NOTIFICATIONS_QUEUE,
          data: job!.data,
          attempt,
          signal: new AbortController().signal,
        });
      }
      expect(await rowsAbout(postId)).toHaveLength(1);

      // Another job (another event) about the same subject is another notification.
      await notifyCommitted(request);
      expect(await rowsAbout(postId)).toHaveLength(2);
    });

    it('tells a recipient about an event key once, whichever job carries it', async () => {
      const [actor, author] = [await newUser(api.db), await newUser(api.db)];
      const postId = randomUUID();
      // A reaction added, removed and added back.
      const reaction: NotificationRequest = {
        kind: 'reaction',
        recipientIds: [author.id],
        actorId: actor.id,
        subject: { type: 'post', id: postId },
        eventKey: `${postId}:${actor.id}`,
      };
      await notifyCommitted(reaction);
      await notifyCommitted(reaction);
      expect(await rowsAbout(postId)).toHaveLength(1);
      // The same key under another kind is another event.
      await notifyCommitted({ ...reaction, kind: 'mention' });
      expect((await rowsAbout(postId)).map((r) => r.kind).sort()).toEqual(['mention', 'reaction']);
    });
  });

  describe('reading them over GraphQL', () => {
    let reader: TestUser;
    let readerClient: GraphqlClient;
    let stranger: TestUser;
    let strangerClient: GraphqlClient;
    let actor: TestUser;
    let gone: TestUser;
    /** The reader's 25 notifications, newest first as the list must return them. */
    let expectedOrder: string[];
    let decisionId: string;
    let strangers: string[];

    beforeAll(async () => {
      reader = await newUser(api.db, { displayName: 'Reader' });
      stranger = await newUser(api.db, { displayName: 'Stranger' });
      actor = await newUser(api.db, { displayName: 'Camille Actor' });
      gone = await newUser(api.db, { displayName: 'Gone Actor', status: 'deactivated' });
      readerClient = await signInAs(reader);
      strangerClient = await signInAs(stranger);
      const base = Date.parse('2031-01-01T12:00:00.000Z');
      const created: Array<{ id: string; at: number }> = [];
      for (let i = 0; i < 25; i += 1) {
        // Groups of five at the same instant: the id breaks the tie.
        const at = base + Math.floor(i / 5) * 60_000;
        const n = await newNotification(api.db, reader.id, {
          kind: i === 0 ? 'join_decision' : 'mention',
          actorId: i === 0 ? gone.id : actor.id,
          createdAt: new Date(at),
          data: i === 0 ? { decision: 'approved' } : {},
          subjectType: i === 0 ? 'comment' : 'post',
        });
        created.push({ id: n.id, at });
        if (i === 0) decisionId = n.id;
      }
      expectedOrder = created
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .map((c) => c.id);
      strangers = [
        (await newNotification(api.db, stranger.id, { createdAt: new Date(base) })).id,
        (await newNotification(api.db, stranger.id, { createdAt: new Date(base) })).id,
      ];
    });

    it('lists the viewer’s own, newest first, in keyset pages that neither skip nor repeat', async () => {
      const seen: string[] = [];
      const flags: boolean[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const data: ListData = await readerClient.ok<ListData>(LIST, { first: 10, after });
        seen.push(...data.notifications.nodes.map((n) => n.id));
        flags.push(data.notifications.pageInfo.hasNextPage);
        if (!data.notifications.pageInfo.hasNextPage) break;
        after = data.notifications.pageInfo.endCursor;
      }
      expect(seen).toEqual(expectedOrder);
      expect(flags).toEqual([true, true, false]);
      for (const id of strangers) expect(seen).not.toContain(id);
    });

    it('shows each field, with the actor while their account is active', async () => {
      const nodes = (await readerClient.ok<ListData>(LIST, { first: 30 })).notifications.nodes;
      expect(nodes.find((n) => n.id === decisionId)).toEqual({
        id: decisionId,
        kind: 'JOIN_DECISION',
        // A deactivated person is not named.
        actor: null,
        subjectType: 'COMMENT',
        subjectId: expect.any(String),
        data: '{"decision":"approved"}',
        createdAt: '2031-01-01T12:00:00.000Z',
        read: false,
      });
      expect(nodes[0]).toMatchObject({
        kind: 'MENTION',
        actor: { id: actor.id, displayName: 'Camille Actor' },
        subjectType: 'POST',
        data: '{}',
        read: false,
      });
    });

    it('refuses a malformed cursor and a page size out of bounds, and anonymous callers', async () => {
      expect(
        (await firstError(readerClient, LIST, { first: 5, after: 'not-a-cursor' })).extensions?.code,
      ).toBe('BAD_USER_INPUT');
      expect((await firstError(readerClient, LIST, { first: 0 })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await firstError(readerClient, LIST, { first: 101 })).extensions?.code).toBe('BAD_USER_INPUT');
      expect((await firstError(api.anonymous, LIST)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await firstError(api.anonymous, COUNT)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await firstError(api.anonymous, MARK)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('marks only the viewer’s own: someone else’s id is not marked and answers like an unknown id', async () => {
      expect(await readerClient.ok(COUNT)).toEqual({ unreadNotificationCount: 25 });
      const before = await tableSnapshot(api.db, ['notifications']);

      const foreign = await readerClient.query(MARK, { ids: [strangers[0]] });
      const unknown = await readerClient.query(MARK, { ids: [randomUUID()] });
      expect(foreign.errors).toBeUndefined();
      expect(unknown.errors).toBeUndefined();
      expect(foreign.data).toEqual({ markNotificationsRead: 0 });
      expect(unknown.data).toEqual(foreign.data);
      expect(foreign.status).toBe(unknown.status);
      expect(await tableSnapshot(api.db, ['notifications'])).toEqual(before);

      const mine = expectedOrder.slice(0, 3);
      expect(await readerClient.ok(MARK, { ids: [...mine, strangers[1], mine[0]] })).toEqual({
        markNotificationsRead: 3,
      });
      // Already read: nothing changes any more.
      expect(await readerClient.ok(MARK, { ids: mine })).toEqual({ markNotificationsRead: 0 });
      expect(await readerClient.ok(COUNT)).toEqual({ unreadNotificationCount: 22 });
      const listed = (await readerClient.ok<ListData>(LIST, { first: 5 })).notifications.nodes;
      expect(listed.map((n) => n.read)).toEqual([true, true, true, false, false]);
      // The stranger's are untouched.
      expect(await strangerClient.ok(COUNT)).toEqual({ unreadNotificationCount: 2 });
      expect(await readerClient.ok(MARK, { ids: [] })).toEqual({ markNotificationsRead: 0 });
    });

    it('refuses ids that are not ids, whoever they might belong to, changing nothing', async () => {
      const before = await tableSnapshot(api.db, ['notifications']);
      const error = await firstError(readerClient, MARK, { ids: [expectedOrder[5], 'nope'] });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      const tooMany = Array.from({ length: 501 }, () => randomUUID());
      expect((await firstError(readerClient, MARK, { ids: tooMany })).extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(await tableSnapshot(api.db, ['notifications'])).toEqual(before);
    });

    it('marks all of the viewer’s own when no ids are given', async () => {
      expect(await readerClient.ok(MARK)).toEqual({ markNotificationsRead: 22 });
      expect(await readerClient.ok(COUNT)).toEqual({ unreadNotificationCount: 0 });
      expect(await strangerClient.ok(COUNT)).toEqual({ unreadNotificationCount: 2 });
      expect(await readerClient.ok(MARK)).toEqual({ markNotificationsRead: 0 });
    });
  });

  describe('what the viewer may no longer see', () => {
    let viewer: TestUser;
    let client: GraphqlClient;

    beforeEach(async () => {
      viewer = await newUser(api.db);
      client = await signInAs(viewer);
    });

    it('leaves out of the list and the count a subject the checker hides, and a type nobody registered', async () => {
      const visible = await newNotification(api.db, viewer.id, { kind: 'reply' });
      const hiddenForViewer = await newNotification(api.db, viewer.id, { kind: 'reaction' });
      hiddenPosts.add(`${viewer.id}:${hiddenForViewer.subjectId}`);
      const secretCommunity = await newNotification(api.db, viewer.id, {
        kind: 'invitation',
        subjectType: 'community',
      });
      const comment = await newNotification(api.db, viewer.id, { kind: 'reply', subjectType: 'comment' });

      const ids = async () => (await client.ok<ListData>(LIST)).notifications.nodes.map((n) => n.id).sort();
      expect(await ids()).toEqual([visible.id, comment.id].sort());
      expect(await client.ok(COUNT)).toEqual({ unreadNotificationCount: 2 });

      // Access lost after the notification was created (e.g. removed from a private community).
      hiddenPosts.add(visible.subjectId);
      expect(await ids()).toEqual([comment.id]);
      expect(await client.ok(COUNT)).toEqual({ unreadNotificationCount: 1 });
      const body = JSON.stringify(await client.ok<ListData>(LIST));
      for (const hidden of [visible, hiddenForViewer, secretCommunity]) {
        expect(body).not.toContain(hidden.subjectId);
        expect(body).not.toContain(hidden.id);
      }
    });

    it('marks a hidden one read without counting it', async () => {
      const hidden = await newNotification(api.db, viewer.id, { subjectType: 'community' });
      const shown = await newNotification(api.db, viewer.id);
      expect(await client.ok(MARK, { ids: [hidden.id] })).toEqual({ markNotificationsRead: 0 });
      const rows: Array<{ read: boolean }> = await api.db.query(
        'SELECT read_at IS NOT NULL AS read FROM notifications WHERE id = $1',
        [hidden.id],
      );
      expect(rows).toEqual([{ read: true }]);
      expect(await client.ok(MARK)).toEqual({ markNotificationsRead: 1 });
      expect(shown.id).toEqual(expect.any(String));
    });

    it('still fills pages when many rows are hidden, each visible one once, in order', async () => {
      const base = Date.parse('2031-02-01T00:00:00.000Z');
      const shown: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        const n = await newNotification(api.db, viewer.id, { createdAt: new Date(base - i * 1000) });
        if (i % 2 === 1) hiddenPosts.add(n.subjectId);
        else shown.push(n.id);
      }
      const seen: string[] = [];
      const sizes: number[] = [];
      let after: string | null = null;
      for (;;) {
        const data: ListData = await client.ok<ListData>(LIST, { first: 5, after });
        seen.push(...data.notifications.nodes.map((n) => n.id));
        sizes.push(data.notifications.nodes.length);
        if (!data.notifications.pageInfo.hasNextPage) break;
        after = data.notifications.pageInfo.endCursor;
      }
      expect(seen).toEqual(shown);
      expect(sizes).toEqual([5, 5, 5]);
    });

    it('reads a bounded number of rows per page however many are hidden, and the cursor goes past them', async () => {
      const base = Date.parse('2031-03-01T00:00:00.000Z');
      const older: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        older.push(
          (await newNotification(api.db, viewer.id, { createdAt: new Date(base - 3_600_000 - i) })).id,
        );
      }
      // 100 newer notifications about subjects the viewer can no longer see, in one statement.
      const hiddenIds: Array<{ subject_id: string }> = await api.db.query(
        `INSERT INTO notifications (recipient_id, kind, subject_type, subject_id, dedupe_key, created_at)
         SELECT $1, 'mention', 'post', gen_random_uuid(), 'bulk:' || g, $2::timestamptz + g * interval '1 ms'
           FROM generate_series(1, 100) g RETURNING subject_id`,
        [viewer.id, new Date(base)],
      );
      for (const row of hiddenIds) hiddenPosts.add(row.subject_id);

      const pages: ListData['notifications'][] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i += 1) {
        const callsBefore = postCheckerCalls;
        const data: ListData = await client.ok<ListData>(LIST, { first: 2, after });
        // At most 10 x (first + 1) rows read, in batches of 3, 6, 12, 9.
        expect(postCheckerCalls - callsBefore).toBeLessThanOrEqual(4);
        pages.push(data.notifications);
        if (!data.notifications.pageInfo.hasNextPage) break;
        after = data.notifications.pageInfo.endCursor;
      }
      expect(pages[0]!.nodes).toEqual([]);
      expect(pages[0]!.pageInfo.hasNextPage).toBe(true);
      expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(older);
      expect(pages.length).toBeLessThanOrEqual(6);
      expect(await client.ok(COUNT)).toEqual({ unreadNotificationCount: 3 });
    });
  });

  describe('the daily digest', () => {
    let digests: DigestService;
    let ada: TestUser;
    let camille: TestUser;
    let one: TestUser;
    let un: TestUser;
    let nothingUnread: TestUser;
    let onlyHidden: TestUser;
    let deactivated: TestUser;
    const secretName = 'Comité secret de restructuration';

    const mailsTo = (user: TestUser): LoggedMail[] =>
      mailOutbox(api.app)
        .messages()
        .filter((m) => m.to === user.email);

    async function runDigest(date: string): Promise<void> {
      await api.db.transaction((manager) => api.jobs.enqueue(manager, DIGEST_QUEUE, { date }));
      await api.jobs.drain(DIGEST_QUEUE);
      await api.jobs.drain(DIGEST_BATCH_QUEUE);
    }

    async function digestRows(user: TestUser) {
      return api.db.query(
        `SELECT to_char(digest_date, 'YYYY-MM-DD') AS date, status, counts, attempts
           FROM notification_digests WHERE user_id = $1 ORDER BY digest_date`,
        [user.id],
      );
    }

    beforeAll(async () => {
      digests = api.app.get(DigestService);
      const actor = await newUser(api.db, { displayName: 'Mallory Quelqu’un' });
      ada = await newUser(api.db, { locale: 'en', displayName: 'Ada Lovelace' });
      camille = await newUser(api.db, { locale: 'fr', displayName: 'Camille Martin' });
      one = await newUser(api.db, { locale: 'en' });
      un = await newUser(api.db, { locale: 'fr' });
      nothingUnread = await newUser(api.db, { locale: 'en' });
      onlyHidden = await newUser(api.db, { locale: 'fr' });
      deactivated = await newUser(api.db, { locale: 'fr' });

      const secret = { secretName };
      for (const kind of ['mention', 'mention', 'reaction'] as const) {
        await newNotification(api.db, ada.id, { kind, actorId: actor.id, data: secret });
      }
      await newNotification(api.db, ada.id, { kind: 'reply', readAt: new Date() });
      // Hidden from Ada now: not counted.
      await newNotification(api.db, ada.id, { kind: 'invitation', subjectType: 'community', data: secret });
      for (const kind of ['join_request', 'join_request', 'join_request', 'accepted_answer'] as const) {
        await newNotification(api.db, camille.id, { kind, actorId: actor.id });
      }
      await newNotification(api.db, one.id, { kind: 'reply' });
      await newNotification(api.db, un.id, { kind: 'reaction' });
      await newNotification(api.db, nothingUnread.id, { readAt: new Date() });
      await newNotification(api.db, onlyHidden.id, { kind: 'invitation', subjectType: 'community' });
      await newNotification(api.db, deactivated.id);
      await api.db.query(`UPDATE users SET status = 'deactivated' WHERE id = $1`, [deactivated.id]);
      mailOutbox(api.app).clear();
    });

    it('sends each person with unread notifications one e-mail in their language, with the right plurals', async () => {
      await runDigest('2031-05-01');

      const [toAda] = mailsTo(ada);
      expect(mailsTo(ada)).toHaveLength(1);
      expect(toAda!.subject).toBe('You have 3 new notifications');
      expect(toAda!.from).toBe('Relais <no-reply@relais.local>');
      expect(toAda!.headers).toEqual({ 'Auto-Submitted': 'auto-generated' });
      expect(toAda!.text).toContain('Hello Ada Lovelace,');
      expect(toAda!.text.split('\n').filter((l) => l.startsWith('- '))).toEqual([
        '- 2 mentions',
        '- 1 reaction to your posts',
      ]);
      expect(toAda!.text).toContain(`${api.config.http.publicUrl}/notifications`);
      expect(toAda!.html).toContain(`href="${api.config.http.publicUrl}/notifications"`);

      const [toCamille] = mailsTo(camille);
      expect(mailsTo(camille)).toHaveLength(1);
      expect(toCamille!.subject).toBe('Vous avez 4 nouvelles notifications');
      expect(toCamille!.text).toContain('Bonjour Camille Martin,');
      expect(toCamille!.text.split('\n').filter((l) => l.startsWith('- '))).toEqual([
        '- 3 demandes d’adhésion aux communautés que vous animez',
        '- 1 réponse acceptée',
      ]);

      expect(mailsTo(one).map((m) => m.subject)).toEqual(['You have 1 new notification']);
      expect(mailsTo(un).map((m) => m.subject)).toEqual(['Vous avez 1 nouvelle notification']);
      expect(mailsTo(un)[0]!.text).toContain('- 1 réaction à vos publications');
    });

    it('names nothing: no actor, no subject, no data, only counts per kind', async () => {
      for (const mail of [...mailsTo(ada), ...mailsTo(camille)]) {
        for (const body of [mail.subject, mail.text, mail.html]) {
          expect(body).not.toContain('Mallory');
          expect(body).not.toContain(secretName);
          expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
        }
      }
    });

    it('sends nothing to someone with nothing unread, only hidden subjects, or a deactivated account', async () => {
      expect(mailsTo(nothingUnread)).toEqual([]);
      expect(mailsTo(onlyHidden)).toEqual([]);
      expect(mailsTo(deactivated)).toEqual([]);
      expect(await digestRows(nothingUnread)).toEqual([]);
      expect(await digestRows(onlyHidden)).toEqual([]);
    });

    it('records the day’s digest with its counts, and sends it once however often the job runs', async () => {
      expect(await digestRows(ada)).toEqual([
        { date: '2031-05-01', status: 'sent', counts: { mention: 2, reaction: 1 }, attempts: 1 },
      ]);
      await runDigest('2031-05-01');
      await runDigest('2031-05-01');
      expect(await digests.sendOne(ada.id, '2031-05-01')).toBe('skipped');
      for (const user of [ada, camille, one, un]) expect(mailsTo(user)).toHaveLength(1);

      // Two runs at once of the same person's digest: one sends, the other waits for it and skips.
      const twice = await newUser(api.db, { locale: 'en' });
      await newNotification(api.db, twice.id);
      const both = await Promise.all([
        digests.sendOne(twice.id, '2031-05-01'),
        digests.sendOne(twice.id, '2031-05-01'),
      ]);
      expect(both.sort()).toEqual(['sent', 'skipped']);
      expect(mailsTo(twice)).toHaveLength(1);
    });

    it('counts only what arrived since the previous digest, and sends nothing the next day when nothing did', async () => {
      await runDigest('2031-05-02');
      expect(mailsTo(ada)).toHaveLength(1);
      expect(await digestRows(ada)).toHaveLength(1);

      await newNotification(api.db, ada.id, { kind: 'accepted_answer' });
      await runDigest('2031-05-03');
      expect(mailsTo(ada)).toHaveLength(2);
      expect(mailsTo(ada)[1]!.subject).toBe('You have 1 new notification');
      expect(mailsTo(ada)[1]!.text).toContain('- 1 accepted answer\n');
    });

    it('lets a retry send a digest the transport refused, once', async () => {
      const late = await newUser(api.db, { locale: 'en' });
      await newNotification(api.db, late.id, { kind: 'mention' });
      const outbox = mailOutbox(api.app);
      const send = jest.spyOn(outbox, 'send').mockRejectedValueOnce(new Error('421 try again later'));
      try {
        await expect(digests.sendOne(late.id, '2031-05-04')).rejects.toThrow('421 try again later');
        expect(await digestRows(late)).toEqual([
          { date: '2031-05-04', status: 'failed', counts: { mention: 1 }, attempts: 1 },
        ]);
        expect(await digests.sendOne(late.id, '2031-05-04')).toBe('sent');
        expect(await digests.sendOne(late.id, '2031-05-04')).toBe('skipped');
      } finally {
        send.mockRestore();
      }
      expect(mailsTo(late).map((m) => m.subject)).toEqual(['You have 1 new notification']);
      expect(await digestRows(late)).toEqual([
        { date: '2031-05-04', status: 'sent', counts: { mention: 1 }, attempts: 2 },
      ]);
    });

    it('prunes digest rows older than 30 days, but keeps each person’s newest, where their next one starts', async () => {
      const regular = await newUser(api.db);
      const rare = await newUser(api.db);
      await api.db.query(
        `INSERT INTO notification_digests (user_id, digest_date, status, covered_until)
         VALUES ($1, '2031-01-01', 'sent', now()), ($1, '2031-01-02', 'failed', now()),
                ($1, '2031-01-03', 'sent', now()), ($1, '2031-04-20', 'pending', now()),
                ($2, '2031-01-01', 'sent', now()), ($2, '2031-01-02', 'failed', now())`,
        [regular.id, rare.id],
      );
      await runDigest('2031-05-25');
      const dates = async (user: TestUser) =>
        ((await digestRows(user)) as Array<{ date: string }>).map((r) => r.date);
      expect(await dates(regular)).toEqual(['2031-04-20']);
      // A failed digest covers nothing: the sent one before it stays.
      expect(await dates(rare)).toEqual(['2031-01-01', '2031-01-02']);
    });

    it('runs every day at 07:00 UTC', async () => {
      const schedules: unknown[] = await api.db.query(
        'SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1',
        [DIGEST_QUEUE],
      );
      expect(schedules).toEqual([{ name: DIGEST_QUEUE, cron: '0 7 * * *', timezone: 'UTC' }]);
    });
  });
});
