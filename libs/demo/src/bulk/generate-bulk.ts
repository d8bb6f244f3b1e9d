import { secretSlug, slugFromName } from '@relais/communities';
import { DataSource } from 'typeorm';
import {
  DEPARTMENTS,
  ENGLISH_SITES,
  FRENCH_FIRST_NAMES,
  FRENCH_LAST_NAMES,
  FRENCH_SITES,
  emailLocalPart,
} from '../organisation/organisation.data';
import { Language, THINGS } from '../organisation/texts.data';
import { Progress, silentProgress } from '../progress/progress';
import { SeededRandom } from '../random/seeded-random';
import { BULK_COMMENTS, BULK_POST_BODIES, BULK_TITLES, plainParagraphHtml } from './bulk-texts';
import { BulkRepository, copyLine } from './bulk.repository';

export interface BulkOptions {
  people: number;
  posts: number;
  seed?: number;
  onProgress?: Progress;
  /** Posts are spread over the year before it; now by default. */
  now?: Date;
}

export interface BulkSummary {
  people: number;
  communities: number;
  memberships: number;
  posts: number;
  postTopics: number;
  comments: number;
  reactions: number;
  follows: number;
  /**
   * A person to sign in as for feed benchmarks: an active member of eight communities of every visibility,
   * following 30 people, 5 topics and 2 communities.
   */
  viewer: { id: string; email: string };
  durationMs: number;
}

export const BULK_EMAIL_DOMAIN = 'bulk.relais.example';
export const BULK_VIEWER_EMAIL = `camille.martin@${BULK_EMAIL_DOMAIN}`;

const DAY = 86_400_000;
const TABLES = [
  'users',
  'profiles',
  'user_topics',
  'communities',
  'community_topics',
  'memberships',
  'posts',
  'post_topics',
  'comments',
  'reactions',
  'follows',
];

/**
 * Fills an empty database with a large organisation for benchmarks: `people` people, about one community
 * per 250 of them, `posts` posts (most in communities, by their members; the rest on profiles), their
 * hashtags' topics, a few comments and reactions, follows. Rows are streamed with COPY in one transaction
 * ("100k people and 1M posts in minutes"); bodies are single plain paragraphs whose HTML is written as
 * `renderMarkdown` would render it. Deterministic from the seed, but for secret communities' slugs.
 */
export async function generateBulk(dataSource: DataSource, options: BulkOptions): Promise<BulkSummary> {
  const started = Date.now();
  if (!(options.people >= 1 && options.posts >= 0))
    throw new Error('generateBulk: people must be at least 1');
  const progress = options.onProgress ?? silentProgress;
  const now = (options.now ?? new Date()).getTime();
  const random = new SeededRandom(options.seed ?? 1);
  const iso = (ms: number) => new Date(Math.round(ms)).toISOString();

  const repository = await BulkRepository.open(dataSource);
  try {
    const existing = await repository.peopleCount();
    if (existing > 0) {
      throw new Error(
        `the database already has ${existing} people: the bulk generator only fills an empty database ` +
          '(point DATABASE_URL or RELAIS_DATA_DIR at a new one)',
      );
    }
    const topics = await repository.topics();
    const peopleCount = options.people;
    const postCount = options.posts;
    const communityCount = Math.max(12, Math.round(peopleCount / 250));
    // Rows to write, roughly: people, memberships and follows per person; posts, their topics and comments.
    const total = peopleCount * 10 + communityCount + postCount * 2.7;
    let done = 0;
    const advance = (step: string, rows: number) => {
      done += rows;
      progress({ step, done: Math.min(done, total), total });
    };
    const counted = function* <T>(step: string, items: Iterable<T>): Generator<T> {
      let n = 0;
      for (const item of items) {
        yield item;
        if (++n % 10_000 === 0) advance(step, 10_000);
      }
      advance(step, n % 10_000);
    };

    // ─── people ─────────────────────────────────────────────────────────────────────────────────────
    const people = random.fork('people');
    const userIds: string[] = [];
    const userSites: string[] = [];
    const userLanguages: Language[] = [];
    // What the expert search reads: a department, a title, the topics people list (1 to 4 of their
    // department's, the first as expertise) and the languages they speak.
    const topicIdBySlug = new Map(topics.map((t) => [t.slug, t.id]));
    const personTopicLines: string[] = [];
    const profileLines: string[] = [];
    const KINDS = ['expertise', 'ask_me', 'mentor', 'learn'] as const;
    const userLines = function* (): Generator<string> {
      for (let i = 0; i < peopleCount; i++) {
        const id = people.uuid();
        const english = i > 0 && people.chance(0.25);
        const firstName =
          i === 0 ? { name: 'Camille', gender: 'f' as const } : people.pick(FRENCH_FIRST_NAMES);
        const first = firstName.name;
        const last = i === 0 ? 'Martin' : people.pick(FRENCH_LAST_NAMES);
        const email =
          i === 0 ? BULK_VIEWER_EMAIL : `${emailLocalPart(first, last)}.${i}@${BULK_EMAIL_DOMAIN}`;
        const site = people.weighted(english ? ENGLISH_SITES : FRENCH_SITES, (s) => s.weight).name;
        const locale: Language = english ? 'en' : 'fr';
        userIds.push(id);
        userSites.push(site);
        userLanguages.push(locale);
        const createdAt = iso(now - 400 * DAY - people.next() * 700 * DAY);
        const department = people.weighted(DEPARTMENTS, (d) => d.weight);
        const title = people.pick(department.titles)[english ? 2 : firstName.gender === 'f' ? 1 : 0];
        const known = department.topics.filter((slug) => topicIdBySlug.has(slug));
        const listed = new Set<string>();
        for (let k = people.int(1, 4); k > 0 && known.length > 0; k--) listed.add(people.pick(known));
        [...listed].forEach((slug, position) => {
          const kind = position === 0 ? 'expertise' : people.pick(KINDS);
          personTopicLines.push(copyLine([id, kind, topicIdBySlug.get(slug)!, position]));
        });
        const languages = english
          ? ['en', ...(people.chance(0.3) ? ['fr'] : [])]
          : ['fr', ...(people.chance(0.5) ? ['en'] : [])];
        profileLines.push(copyLine([id, `{${languages.join(',')}}`]));
        yield copyLine([
          id,
          email,
          `${first} ${last}`,
          locale,
          site,
          english ? department.en : department.fr,
          title,
          'active',
          createdAt,
          createdAt,
        ]);
      }
    };
    await repository.copy(
      'users',
      [
        'id',
        'email',
        'display_name',
        'locale',
        'location',
        'department',
        'title',
        'status',
        'created_at',
        'updated_at',
      ],
      counted('people', userLines()),
    );
    await repository.copy('profiles', ['user_id', 'languages'], profileLines);
    // (user, kind, topic) is unique: the same topic twice under one kind was folded by the Set above.
    await repository.copy('user_topics', ['user_id', 'kind', 'topic_id', 'position'], personTopicLines);

    // ─── communities: a few large, many small (a Zipf-like popularity) ─────────────────────────────────
    const shape = random.fork('communities');
    const communities = Array.from({ length: communityCount }, (_, i) => {
      const visibility = i % 10 < 7 ? 'open' : i % 10 < 9 ? 'private' : 'secret';
      const mainTopic = shape.pick(topics);
      const otherTopic = shape.pick(topics.filter((t) => t.id !== mainTopic.id));
      const name = `${mainTopic.slug.replace(/-/g, ' ')} ${i + 1}`;
      const base = `${slugFromName(name)}`;
      return {
        id: shape.uuid(),
        name: name.charAt(0).toUpperCase() + name.slice(1),
        slug: visibility === 'secret' ? secretSlug(base) : base,
        visibility,
        topics: [mainTopic, otherTopic],
        createdAt: now - 380 * DAY - shape.next() * 20 * DAY,
        weight: 1 / (i + 1) ** 0.8,
      };
    });
    const cumulative = new Float64Array(communityCount);
    communities.reduce((sum, c, i) => (cumulative[i] = sum + c.weight), 0);
    const weightedCommunity = (r: SeededRandom) => {
      const at = r.next() * cumulative[communityCount - 1]!;
      let lo = 0;
      let hi = communityCount - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > at) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };

    // ─── memberships: everyone in 1 to 6 communities; the viewer in 8 of every visibility ───────────────
    const joins = random.fork('memberships');
    const memberCommunity: number[] = [];
    const memberUser: number[] = [];
    for (let u = 1; u < peopleCount; u++) {
      const count = 1 + Math.floor(joins.next() ** 1.5 * 6);
      const chosen = new Set<number>();
      for (let k = 0; k < count * 3 && chosen.size < count; k++) chosen.add(weightedCommunity(joins));
      for (const c of chosen) {
        memberCommunity.push(c);
        memberUser.push(u);
      }
    }
    const viewerCommunities = pickViewerCommunities(communities.map((c) => c.visibility));
    for (const c of viewerCommunities) {
      memberCommunity.push(c);
      memberUser.push(0);
    }
    // Each community has an owner: its first member, or someone added for an empty one.
    const owner = new Int32Array(communityCount).fill(-1);
    memberCommunity.forEach((c, m) => {
      if (owner[c] === -1) owner[c] = memberUser[m]!;
    });
    for (let c = 0; c < communityCount; c++) {
      if (owner[c] === -1) {
        owner[c] = joins.int(1, Math.max(1, peopleCount - 1)) % peopleCount;
        memberCommunity.push(c);
        memberUser.push(owner[c]!);
      }
    }
    const membershipCount = memberCommunity.length;
    // Members of each community, contiguous: a community's members are members[start[c] .. start[c + 1]).
    const start = new Int32Array(communityCount + 1);
    for (const c of memberCommunity) start[c + 1]!++;
    for (let c = 0; c < communityCount; c++) start[c + 1]! += start[c]!;
    const members = new Int32Array(membershipCount);
    const fill = start.slice(0, communityCount);
    memberCommunity.forEach((c, m) => (members[fill[c]!++] = memberUser[m]!));

    await repository.copy(
      'communities',
      ['id', 'slug', 'name', 'visibility', 'created_by', 'created_at', 'updated_at'],
      counted(
        'communities',
        communities.map((c, i) =>
          copyLine([
            c.id,
            c.slug,
            c.name,
            c.visibility,
            userIds[owner[i]!]!,
            iso(c.createdAt),
            iso(c.createdAt),
          ]),
        ),
      ),
    );
    await repository.copy(
      'community_topics',
      ['community_id', 'topic_id'],
      communities.flatMap((c) => c.topics.map((t) => copyLine([c.id, t.id]))),
    );
    const membershipLines = function* (): Generator<string> {
      for (let m = 0; m < membershipCount; m++) {
        const c = memberCommunity[m]!;
        const u = memberUser[m]!;
        const joinedAt = iso(communities[c]!.createdAt + ((m * 7919) % 20) * DAY);
        const role = owner[c] === u ? 'owner' : 'member';
        yield copyLine([communities[c]!.id, userIds[u]!, role, 'active', joinedAt, joinedAt, joinedAt]);
      }
    };
    await repository.copy(
      'memberships',
      ['community_id', 'user_id', 'role', 'status', 'joined_at', 'created_at', 'updated_at'],
      counted('memberships', membershipLines()),
    );

    // ─── posts: generated three times from the same stream, one table per pass ─────────────────────────
    const postsOnce = function* () {
      const r = random.fork('posts');
      for (let i = 0; i < postCount; i++) {
        const id = r.uuid();
        const onProfile = r.chance(0.12);
        let community = -1;
        let author: number;
        if (onProfile) {
          author = r.int(0, peopleCount - 1);
        } else {
          const m = r.int(0, membershipCount - 1);
          community = memberCommunity[m]!;
          author = memberUser[m]!;
        }
        const language: Language = userLanguages[author] === 'en' || r.chance(0.1) ? 'en' : 'fr';
        const tagged =
          community >= 0 ? communities[community]!.topics.slice(0, r.int(1, 2)) : [r.pick(topics)];
        const things = THINGS[tagged[0]!.rootSlug] ?? THINGS['languages-and-soft-skills']!;
        const thing = r.pick(things[language]);
        const body = r.pick(BULK_POST_BODIES[language])({
          thing,
          site: userSites[author]!,
          n: r.int(2, 30),
          tags: tagged.map((t) => `#${t.slug}`).join(' '),
        });
        const kindRoll = r.next();
        const kind = kindRoll < 0.6 ? 'discussion' : kindRoll < 0.85 ? 'question' : 'best_practice';
        const createdAt = now - r.next() * 365 * DAY;
        // A few comments and reactions, by members of the community (anyone for a profile post).
        const participant = () =>
          community >= 0
            ? members[r.int(start[community]!, start[community + 1]! - 1)]!
            : r.int(0, peopleCount - 1);
        const comments: Array<{ id: string; author: number; body: string; at: number }> = [];
        if (r.chance(0.1)) {
          for (let k = r.int(1, 3); k > 0; k--) {
            comments.push({
              id: r.uuid(),
              author: participant(),
              body: r.pick(BULK_COMMENTS[language]),
              at: Math.min(createdAt + r.int(60_000, 2 * DAY), now - 60_000),
            });
          }
        }
        const reactors = new Set<number>();
        if (r.chance(0.25)) for (let k = r.int(1, 4); k > 0; k--) reactors.add(participant());
        reactors.delete(author);
        yield {
          id,
          community,
          author,
          language,
          kind,
          title: kind === 'discussion' ? null : BULK_TITLES[language][kind](thing),
          body,
          createdAt: iso(createdAt),
          topics: tagged,
          comments,
          reactors: [...reactors],
          reaction: r.pick(['like', 'like', 'celebrate', 'insightful', 'support', 'curious']),
        };
      }
    };
    const posts = await repository.copy(
      'posts',
      [
        'id',
        'community_id',
        'author_id',
        'kind',
        'title',
        'body_markdown',
        'body_html',
        'body_text',
        'classification',
        'language',
        'created_at',
        'updated_at',
      ],
      counted(
        'posts',
        map(postsOnce(), (p) =>
          copyLine([
            p.id,
            p.community >= 0 ? communities[p.community]!.id : null,
            userIds[p.author]!,
            p.kind,
            p.title,
            p.body,
            plainParagraphHtml(p.body),
            p.body,
            'internal',
            p.language,
            p.createdAt,
            p.createdAt,
          ]),
        ),
      ),
    );
    const postTopics = await repository.copy(
      'post_topics',
      ['post_id', 'topic_id', 'post_created_at'],
      counted(
        'post topics',
        flatMap(postsOnce(), (p) => p.topics.map((t) => copyLine([p.id, t.id, p.createdAt]))),
      ),
    );
    const comments = await repository.copy(
      'comments',
      ['id', 'post_id', 'author_id', 'body_markdown', 'body_html', 'created_at'],
      counted(
        'comments',
        flatMap(postsOnce(), (p) =>
          p.comments.map((c) =>
            copyLine([c.id, p.id, userIds[c.author]!, c.body, plainParagraphHtml(c.body), iso(c.at)]),
          ),
        ),
      ),
    );
    const reactions = await repository.copy(
      'reactions',
      ['subject_type', 'subject_id', 'user_id', 'kind', 'created_at', 'updated_at'],
      flatMap(postsOnce(), (p) =>
        p.reactors.map((u) => copyLine(['post', p.id, userIds[u]!, p.reaction, p.createdAt, p.createdAt])),
      ),
    );

    // ─── follows: three colleagues and two topics each; the viewer follows more ───────────────────────
    const followsRandom = random.fork('follows');
    const followLines = function* (): Generator<string> {
      for (let u = 0; u < peopleCount; u++) {
        const since = iso(now - 370 * DAY);
        const colleagues = new Set<number>();
        const topicIds = new Set<string>();
        const viewer = u === 0;
        for (let k = viewer ? 30 : 3; k > 0; k--) colleagues.add(followsRandom.int(0, peopleCount - 1));
        colleagues.delete(u);
        for (let k = viewer ? 5 : 2; k > 0; k--) topicIds.add(followsRandom.pick(topics).id);
        for (const p of colleagues) yield copyLine([userIds[u]!, 'user', userIds[p]!, since]);
        for (const t of topicIds) yield copyLine([userIds[u]!, 'topic', t, since]);
        if (viewer) {
          const followed = communities
            .map((c, i) => ({ c, i }))
            .filter(({ c, i }) => c.visibility === 'open' && !viewerCommunities.includes(i))
            .slice(0, 2);
          for (const { c } of followed) yield copyLine([userIds[u]!, 'community', c.id, since]);
        }
      }
    };
    const follows = await repository.copy(
      'follows',
      ['follower_id', 'target_type', 'target_id', 'created_at'],
      counted('follows', followLines()),
    );

    progress({ step: 'committing', done: total, total });
    await repository.commit();
    progress({ step: 'vacuum and analyze', done: total, total });
    await BulkRepository.vacuumAnalyze(dataSource, TABLES);
    return {
      people: peopleCount,
      communities: communityCount,
      memberships: membershipCount,
      posts,
      postTopics,
      comments,
      reactions,
      follows,
      viewer: { id: userIds[0]!, email: BULK_VIEWER_EMAIL },
      durationMs: Date.now() - started,
    };
  } catch (error) {
    await repository.rollback().catch(() => undefined);
    throw error;
  }
}

/**
 * The viewer's communities: the two largest open ones, three smaller open ones, two private ones and a
 * secret one (indexes into the list, which is ordered by popularity).
 */
function pickViewerCommunities(visibilities: readonly string[]): number[] {
  const of = (visibility: string) =>
    visibilities.map((v, i) => (v === visibility ? i : -1)).filter((i) => i >= 0);
  const open = of('open');
  const picked = [
    ...open.slice(0, 2),
    ...open
      .slice(Math.floor(open.length / 3))
      .filter((_, k) => k % 3 === 0)
      .slice(0, 3),
    ...of('private').slice(0, 2),
    ...of('secret').slice(0, 1),
  ];
  return [...new Set(picked)];
}

function* map<T, R>(items: Iterable<T>, f: (item: T) => R): Generator<R> {
  for (const item of items) yield f(item);
}

function* flatMap<T, R>(items: Iterable<T>, f: (item: T) => Iterable<R>): Generator<R> {
  for (const item of items) yield* f(item);
}
