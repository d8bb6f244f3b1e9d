import {
  communityAccess,
  communityContentReadableSql,
  communityVisibleSql,
  COMMUNITY_VISIBILITIES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  ViewerMembership,
} from '@relais/communities';
import { dataSourceOptions } from '@relais/database';
import { addMembership, createTestDatabase, newCommunity, newUser, TestDatabase } from '@relais/testing';
import { DataSource } from 'typeorm';

/**
 * Lists decide visibility in SQL, single objects with communityAccess(): both must give the same answer for
 * every combination, or a community would show in a list and not open (or, worse, the other way round).
 */
describe('community visibility: SQL conditions agree with communityAccess()', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(
      dataSourceOptions({ url: database.url, poolSize: 2, migrations: [] }),
    ).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('for every visibility × membership status × role × archived combination', async () => {
    const viewer = await newUser(db);
    const owner = await newUser(db);
    const memberships: Array<ViewerMembership | null> = [
      null,
      ...MEMBERSHIP_STATUSES.flatMap((status) => MEMBERSHIP_ROLES.map((role) => ({ role, status }))),
    ];
    const cases: Array<{ id: string; label: string; see: boolean; readContent: boolean }> = [];
    for (const visibility of COMMUNITY_VISIBILITIES) {
      for (const archived of [false, true]) {
        for (const membership of memberships) {
          const community = await newCommunity(db, { visibility, archived, ownerId: owner.id });
          if (membership) await addMembership(db, community.id, viewer.id, membership);
          const access = communityAccess({ visibility, archived, membership });
          const label = `${visibility}${archived ? ' archived' : ''} ${membership ? `${membership.status} ${membership.role}` : 'no membership'}`;
          cases.push({ id: community.id, label, see: access.see, readContent: access.readContent });
        }
      }
    }
    expect(cases).toHaveLength(3 * 2 * (1 + 4 * 3));

    const rows: Array<{ id: string; see: boolean; read: boolean }> = await db.query(
      `SELECT c.id, ${communityVisibleSql('c', '$1')} AS see, ${communityContentReadableSql('c', '$1')} AS read
         FROM communities c`,
      [viewer.id],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const fromSql = cases.map(({ id, label }) => ({
      label,
      see: byId.get(id)!.see,
      readContent: byId.get(id)!.read,
    }));
    expect(fromSql).toEqual(cases.map(({ label, see, readContent }) => ({ label, see, readContent })));

    // Both answers occur: a test that always agreed on "false" would prove nothing.
    expect(new Set(cases.map((c) => `${c.see}/${c.readContent}`))).toEqual(
      new Set(['true/true', 'true/false', 'false/false']),
    );
  });

  it('as a WHERE clause, keeps exactly the communities communityAccess() lets the viewer see', async () => {
    const viewer = await newUser(db);
    const created: string[] = [];
    const expected: string[] = [];
    const relations = [
      null,
      { role: 'member', status: 'active' },
      { role: 'member', status: 'invited' },
      { role: 'member', status: 'pending' },
      { role: 'owner', status: 'banned' },
    ] as const;
    for (const visibility of COMMUNITY_VISIBILITIES) {
      for (const membership of relations) {
        const community = await newCommunity(db, { visibility });
        created.push(community.id);
        if (membership) await addMembership(db, community.id, viewer.id, membership);
        if (communityAccess({ visibility, archived: false, membership }).see) expected.push(community.id);
      }
    }
    const rows: Array<{ id: string }> = await db.query(
      `SELECT c.id FROM communities c WHERE c.id = ANY($2::uuid[]) AND ${communityVisibleSql('c', '$1')}`,
      [viewer.id, created],
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...expected].sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(created.length);
  });
});
