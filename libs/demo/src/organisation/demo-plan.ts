import { secretSlug, slugFromName } from '@relais/communities';
import { SeededRandom } from '../random/seeded-random';
import { DEMO_COMMUNITIES, DemoCommunity, DemoMembership, Visibility } from './communities.data';
import { DEMO_ACCOUNTS, DemoAccount, DemoRole } from './demo-accounts';
import {
  DEMO_EMAIL_DOMAIN,
  DEPARTMENTS,
  Department,
  emailLocalPart,
  ENGLISH_FIRST_NAMES,
  ENGLISH_LAST_NAMES,
  ENGLISH_SITES,
  FirstName,
  FRENCH_FIRST_NAMES,
  FRENCH_LAST_NAMES,
  FRENCH_SITES,
  Gender,
  TRANSVERSAL_TOPICS,
} from './organisation.data';
import {
  ANSWER_TEMPLATES,
  BIO_TEMPLATES,
  COMMENT_TEMPLATES,
  Language,
  MENTION_SENTENCES,
  MONTHS,
  POST_TEMPLATES,
  PostKind,
  REPLY_TEMPLATES,
  THINGS,
} from './texts.data';

/**
 * The demo organisation as rows to insert, decided entirely by the seed (and `now`, which the dates are
 * relative to): a pure function of its inputs but for secret slugs, whose suffix is random by design
 * (`secretSlug`). What the API derives from what people wrote (rendered HTML, hashtags, mentions) is not
 * here: the writer derives it with the API's own code.
 */

export interface TaxonomyTopicRow {
  slug: string;
  labelFr: string;
  labelEn: string;
  synonymsFr: string[];
  synonymsEn: string[];
  /** The slug of the topic's root in the taxonomy (itself for a root). */
  rootSlug: string;
}

export type TopicKind = 'expertise' | 'ask_me' | 'mentor' | 'learn';
export type ReactionKind = 'like' | 'celebrate' | 'support' | 'insightful' | 'curious';
export type Classification = 'public_eligible' | 'internal' | 'confidential';

export interface PlannedUser {
  id: string;
  email: string;
  handle: string;
  displayName: string;
  gender: Gender;
  locale: Language;
  departmentKey: string;
  department: string;
  title: string;
  location: string;
  status: 'active' | 'deactivated';
  deactivatedAt: Date | null;
  createdAt: Date;
  bioMarkdown: string;
  languages: string[];
  roles: DemoRole[];
  /** The demo account this person is, if any. */
  account: DemoAccount['key'] | null;
}

export interface PlannedUserTopic {
  userId: string;
  topicSlug: string;
  kind: TopicKind;
  position: number;
  createdAt: Date;
}

export interface PlannedEndorsement {
  endorserId: string;
  endorseeId: string;
  topicSlug: string;
  createdAt: Date;
}

export interface PlannedRole {
  userId: string;
  role: DemoRole;
  grantedBy: string | null;
  grantedAt: Date;
}

export interface PlannedCommunity {
  id: string;
  name: string;
  slug: string;
  descriptionMarkdown: string;
  visibility: Visibility;
  official: boolean;
  language: Language;
  createdBy: string;
  createdAt: Date;
  topicSlugs: readonly string[];
}

export interface PlannedMembership {
  communityId: string;
  userId: string;
  role: 'owner' | 'moderator' | 'member';
  status: 'active' | 'pending' | 'invited' | 'banned';
  invitedBy: string | null;
  decidedBy: string | null;
  joinedAt: Date | null;
  createdAt: Date;
}

export interface PlannedPost {
  id: string;
  communityId: string | null;
  authorId: string;
  kind: PostKind;
  title: string | null;
  bodyMarkdown: string;
  classification: Classification;
  language: Language;
  createdAt: Date;
  updatedAt: Date;
  editedAt: Date | null;
  pinnedAt: Date | null;
  acceptedCommentId: string | null;
  /** Whom the body @mentions, as the planner meant it (the writer resolves the handles like the API). */
  mentionedIds: string[];
}

export interface PlannedComment {
  id: string;
  postId: string;
  parentId: string | null;
  authorId: string;
  bodyMarkdown: string;
  createdAt: Date;
  mentionedIds: string[];
}

export interface PlannedReaction {
  subjectType: 'post' | 'comment';
  subjectId: string;
  userId: string;
  kind: ReactionKind;
  createdAt: Date;
}

export interface PlannedFollow {
  followerId: string;
  targetType: 'user' | 'community' | 'topic';
  /** A user or community id, or a topic slug. */
  target: string;
  createdAt: Date;
}

export interface PlannedNotification {
  id: string;
  recipientId: string;
  kind: 'mention' | 'reply' | 'reaction' | 'join_request' | 'accepted_answer' | 'invitation';
  actorId: string;
  subjectType: 'post' | 'comment' | 'community';
  subjectId: string;
  data: Record<string, string>;
  dedupeKey: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface DemoPlan {
  seed: number;
  users: PlannedUser[];
  userTopics: PlannedUserTopic[];
  endorsements: PlannedEndorsement[];
  roles: PlannedRole[];
  communities: PlannedCommunity[];
  memberships: PlannedMembership[];
  posts: PlannedPost[];
  comments: PlannedComment[];
  reactions: PlannedReaction[];
  follows: PlannedFollow[];
  notifications: PlannedNotification[];
}

export interface PlanOptions {
  seed: number;
  /** Dates are spread over the six months before it. */
  now: Date;
  topics: readonly TaxonomyTopicRow[];
}

export const DEMO_PEOPLE = 200;
export const DEMO_POSTS = 2000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Every community exists, with all its members, before the first post. */
const COMMUNITIES_FROM_DAYS = 240;
const COMMUNITIES_TO_DAYS = 185;
/** Members join a community within this many days of its creation. */
const JOINING_DAYS = 14;
/**
 * Posts are spread over this many days before `now`: after the last member joined (a post may also move
 * a day off a weekend, hence the margin), whatever the time of day the demo is seeded at.
 */
const POSTING_DAYS = COMMUNITIES_TO_DAYS - JOINING_DAYS - 6;
const MAX_PINNED = 5;

export function planDemoOrganisation(options: PlanOptions): DemoPlan {
  return new Planner(options).plan();
}

interface CommunityState {
  planned: PlannedCommunity;
  data: DemoCommunity;
  /** Active members (owners and moderators included). */
  members: PlannedUser[];
  moderators: Set<string>;
}

class Planner {
  private readonly now: number;
  private readonly random: SeededRandom;
  private readonly topics: Map<string, TaxonomyTopicRow>;
  private readonly users: PlannedUser[] = [];
  private readonly usersById = new Map<string, PlannedUser>();
  private readonly topicsOf = new Map<string, { expertise: string[]; askMe: string[]; learn: string[] }>();
  private readonly communities: CommunityState[] = [];
  private readonly result: DemoPlan;

  constructor(options: PlanOptions) {
    this.now = options.now.getTime();
    this.random = new SeededRandom(options.seed);
    this.topics = new Map(options.topics.map((topic) => [topic.slug, topic]));
    this.result = {
      seed: options.seed,
      users: this.users,
      userTopics: [],
      endorsements: [],
      roles: [],
      communities: [],
      memberships: [],
      posts: [],
      comments: [],
      reactions: [],
      follows: [],
      notifications: [],
    };
  }

  plan(): DemoPlan {
    this.checkTaxonomy();
    this.planPeople();
    this.planTopicsAndProfiles();
    this.planRoles();
    this.planEndorsements();
    this.planCommunities();
    this.planFollows();
    this.planPosts();
    this.planNotifications();
    return this.result;
  }

  /** Every slug the demo data names must be in the taxonomy the migrations seeded. */
  private checkTaxonomy(): void {
    const named = new Set<string>([
      ...DEPARTMENTS.flatMap((d) => d.topics),
      ...TRANSVERSAL_TOPICS,
      ...DEMO_COMMUNITIES.flatMap((c) => c.topics),
    ]);
    const missing = [...named].filter((slug) => !this.topics.has(slug));
    if (missing.length) {
      throw new Error(`the demo organisation names topics missing from the taxonomy: ${missing.join(', ')}`);
    }
  }

  private at(ms: number): Date {
    return new Date(Math.min(Math.round(ms), this.now - MINUTE));
  }

  // ─── people ──────────────────────────────────────────────────────────────────────────────────────────

  private planPeople(): void {
    const r = this.random.fork('people');
    const emails = new Set<string>();
    for (const account of DEMO_ACCOUNTS) {
      const department = DEPARTMENTS.find((d) => d.key === account.departmentKey)!;
      const user = this.newUser(r, {
        firstName: account.firstName,
        lastName: account.lastName,
        gender: account.gender,
        locale: account.locale,
        department,
        titleIndex: account.titleIndex,
        site: account.site,
        account: account.key,
        roles: [...account.roles],
      });
      emails.add(user.email);
    }
    while (this.users.length < DEMO_PEOPLE) {
      const english = r.chance(0.25);
      const first: FirstName = r.pick(english ? ENGLISH_FIRST_NAMES : FRENCH_FIRST_NAMES);
      const lastName = r.pick(english ? ENGLISH_LAST_NAMES : FRENCH_LAST_NAMES);
      const email = `${emailLocalPart(first.name, lastName)}@${DEMO_EMAIL_DOMAIN}`;
      if (emails.has(email)) continue;
      emails.add(email);
      const department = r.weighted(DEPARTMENTS, (d) => d.weight);
      this.newUser(r, {
        firstName: first.name,
        lastName,
        gender: first.gender,
        locale: english ? (r.chance(0.8) ? 'en' : 'fr') : r.chance(0.05) ? 'en' : 'fr',
        department,
        titleIndex: r.int(0, department.titles.length - 1),
        site: r.weighted(english ? ENGLISH_SITES : FRENCH_SITES, (s) => s.weight).name,
        account: null,
        roles: [],
      });
    }
    // Two people left the organisation: their profiles are hidden from everyone but admins.
    for (const user of r.sample(
      this.users.filter((u) => !u.account),
      2,
    )) {
      user.status = 'deactivated';
      user.deactivatedAt = this.at(this.now - r.int(10, 60) * DAY);
    }
  }

  private newUser(
    r: SeededRandom,
    p: {
      firstName: string;
      lastName: string;
      gender: Gender;
      locale: Language;
      department: Department;
      titleIndex: number;
      site: string;
      account: DemoAccount['key'] | null;
      roles: DemoRole[];
    },
  ): PlannedUser {
    const handle = emailLocalPart(p.firstName, p.lastName);
    const [masculine, feminine, english] = p.department.titles[p.titleIndex]!;
    const user: PlannedUser = {
      id: r.uuid(),
      email: `${handle}@${DEMO_EMAIL_DOMAIN}`,
      handle,
      displayName: `${p.firstName} ${p.lastName}`,
      gender: p.gender,
      locale: p.locale,
      departmentKey: p.department.key,
      department: p.locale === 'fr' ? p.department.fr : p.department.en,
      title: p.locale === 'en' ? english : p.gender === 'f' ? feminine : masculine,
      location: p.site,
      status: 'active',
      deactivatedAt: null,
      // Everybody has an account before the first community opens.
      createdAt: this.at(this.now - r.int(COMMUNITIES_FROM_DAYS + 10, 1100) * DAY - r.int(0, DAY)),
      bioMarkdown: '',
      languages: [],
      roles: p.roles,
      account: p.account,
    };
    this.users.push(user);
    this.usersById.set(user.id, user);
    return user;
  }

  private active(): PlannedUser[] {
    return this.users.filter((u) => u.status === 'active');
  }

  private account(key: DemoAccount['key']): PlannedUser {
    return this.users.find((u) => u.account === key)!;
  }

  // ─── topics, profiles, roles, endorsements ──────────────────────────────────────────────────────────

  private planTopicsAndProfiles(): void {
    const r = this.random.fork('profiles');
    for (const user of this.users) {
      const department = DEPARTMENTS.find((d) => d.key === user.departmentKey)!;
      const expertise = r.sample(department.topics, r.int(2, 4));
      const askMe = r.sample(expertise, r.int(1, 2));
      const mentor = r.chance(0.3) ? r.sample(expertise, r.int(1, 2)) : [];
      const others = [...TRANSVERSAL_TOPICS, ...r.pick(DEPARTMENTS).topics].filter(
        (slug) => !expertise.includes(slug),
      );
      const learn = r.sample([...new Set(others)], r.int(1, 3));
      this.topicsOf.set(user.id, { expertise, askMe, learn });
      const listed: Array<[TopicKind, string[]]> = [
        ['expertise', expertise],
        ['ask_me', askMe],
        ['mentor', mentor],
        ['learn', learn],
      ];
      for (const [kind, slugs] of listed) {
        slugs.forEach((topicSlug, position) =>
          this.result.userTopics.push({
            userId: user.id,
            topicSlug,
            kind,
            position,
            createdAt: this.at(user.createdAt.getTime() + r.int(1, 60) * DAY),
          }),
        );
      }

      user.languages =
        user.locale === 'fr'
          ? r.weighted(
              [
                { l: ['fr', 'en'], w: 70 },
                { l: ['fr'], w: 20 },
                { l: ['fr', 'en', 'es'], w: 10 },
              ],
              (x) => x.w,
            ).l
          : r.chance(0.6)
            ? ['en', 'fr']
            : ['en'];
      // Most people wrote a few words about themselves; the demo accounts all did.
      if (user.account || r.chance(0.85)) {
        // Three different topics: the main expertise, another one, and one to ask about.
        const [main, other, asked] = [...new Set([expertise[0]!, ...expertise.slice(1), ...learn, ...askMe])]
          .slice(0, 3)
          .map((slug) => this.topicLabel(slug, user.locale));
        user.bioMarkdown = r.pick(BIO_TEMPLATES[user.locale])({
          title: user.title,
          site: user.location,
          year: new Date(user.createdAt).getUTCFullYear(),
          expertise: main!,
          other: other!,
          askMe:
            askMe.length > 0 && !expertise.slice(0, 2).includes(askMe[0]!)
              ? this.topicLabel(askMe[0]!, user.locale)
              : asked!,
        });
      }
    }
  }

  private planRoles(): void {
    const r = this.random.fork('roles');
    const admin = this.account('admin');
    const pickFrom = (departments: string[], count: number) =>
      r.sample(
        this.active().filter(
          (u) => !u.account && u.roles.length === 0 && departments.includes(u.departmentKey),
        ),
        count,
      );
    for (const user of pickFrom(['infrastructure', 'security'], 2)) user.roles.push('admin');
    for (const user of pickFrom(['marketing', 'hr'], 3)) user.roles.push('community_manager');
    for (const user of pickFrom(['marketing'], 2)) user.roles.push('comms_reviewer');
    for (const user of this.users) {
      for (const role of user.roles) {
        this.result.roles.push({
          userId: user.id,
          role,
          grantedBy: user.id === admin.id ? null : admin.id,
          grantedAt: this.at(
            Math.max(user.createdAt.getTime(), admin.createdAt.getTime()) + r.int(1, 30) * DAY,
          ),
        });
      }
    }
  }

  private planEndorsements(): void {
    const r = this.random.fork('endorsements');
    const active = this.active();
    const seen = new Set<string>();
    for (const endorsee of active) {
      const count = Math.floor(r.next() ** 2 * 8) + (endorsee.account ? 3 : 0);
      const colleagues = active.filter(
        (u) => u.departmentKey === endorsee.departmentKey && u.id !== endorsee.id,
      );
      const expertise = this.topicsOf.get(endorsee.id)!.expertise;
      for (let i = 0; i < count; i++) {
        const endorser = colleagues.length && r.chance(0.7) ? r.pick(colleagues) : r.pick(active);
        if (endorser.id === endorsee.id) continue; // never of oneself
        const topicSlug = r.pick(expertise);
        const key = `${endorsee.id}|${topicSlug}|${endorser.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.result.endorsements.push({
          endorserId: endorser.id,
          endorseeId: endorsee.id,
          topicSlug,
          createdAt: this.at(this.now - r.int(1, 300) * DAY - r.int(0, DAY)),
        });
      }
    }
  }

  // ─── communities and memberships ────────────────────────────────────────────────────────────────────

  private planCommunities(): void {
    const r = this.random.fork('communities');
    const active = this.active();
    for (const data of DEMO_COMMUNITIES) {
      const base = slugFromName(data.name);
      const id = r.uuid();
      const createdAt = this.now - r.int(COMMUNITIES_TO_DAYS, COMMUNITIES_FROM_DAYS) * DAY - r.int(0, DAY);
      const accounts = Object.entries(data.accounts ?? {}) as Array<[DemoAccount['key'], DemoMembership]>;
      const placed = new Map(accounts.map(([key, role]) => [this.account(key).id, role]));

      // Who is in it: people of its departments and people interested in its topics, mostly.
      const affinity = (user: PlannedUser) => {
        const topics = this.topicsOf.get(user.id)!;
        const interested = [...topics.expertise, ...topics.learn].some((slug) => data.topics.includes(slug));
        const inDepartment = data.departments.includes(user.departmentKey);
        if (data.visibility === 'secret') return inDepartment ? 1 : 0.02;
        return (inDepartment ? 6 : 1) + (interested ? 5 : 0);
      };
      const size = {
        open: 18 + data.activity * 6 + r.int(0, 12),
        private: 10 + data.activity * 4 + r.int(0, 6),
        secret: 4 + data.activity * 3 + r.int(0, 3),
      }[data.visibility];
      // The demo accounts are where the data says, and only there in secret communities.
      const candidates = active.filter(
        (u) => !placed.has(u.id) && !(u.account && data.visibility === 'secret'),
      );
      const members: PlannedUser[] = [];
      for (const [userId, role] of placed) {
        if (role === 'owner' || role === 'moderator' || role === 'member')
          members.push(this.usersById.get(userId)!);
      }
      const pool = [...candidates];
      while (members.length < size && pool.length) {
        const chosen = r.weighted(pool, affinity);
        pool.splice(pool.indexOf(chosen), 1);
        members.push(chosen);
      }

      const owners = members.filter((u) => placed.get(u.id) === 'owner');
      const free = members.filter((u) => !placed.has(u.id));
      if (owners.length === 0) {
        // Community managers own the open communities they animate; elsewhere a member of the field does.
        const managers = free.filter((u) => u.roles.includes('community_manager'));
        owners.push(data.visibility === 'open' && managers.length ? r.pick(managers) : r.pick(free));
      }
      const coOwners = free.filter((u) => !owners.includes(u));
      if (coOwners.length && r.chance(0.3)) owners.push(r.pick(coOwners));
      const moderators = members.filter((u) => placed.get(u.id) === 'moderator');
      const extraModerators = data.visibility === 'secret' ? r.int(0, 1) : r.int(1, 2);
      moderators.push(
        ...r.sample(
          free.filter((u) => !owners.includes(u)),
          extraModerators,
        ),
      );

      const community: PlannedCommunity = {
        id,
        name: data.name,
        // Secret communities get an unguessable slug, exactly as the API gives them.
        slug: data.visibility === 'secret' ? secretSlug(base) : base,
        descriptionMarkdown: data.description,
        visibility: data.visibility,
        official: data.official ?? false,
        language: data.language,
        createdBy: owners[0]!.id,
        createdAt: this.at(createdAt),
        topicSlugs: data.topics,
      };
      this.result.communities.push(community);
      const state: CommunityState = {
        planned: community,
        data,
        members: [],
        moderators: new Set([...owners, ...moderators].map((u) => u.id)),
      };
      this.communities.push(state);

      for (const member of members) {
        const role = owners.includes(member) ? 'owner' : moderators.includes(member) ? 'moderator' : 'member';
        const joinedAt = this.at(role === 'owner' ? createdAt : createdAt + r.int(HOUR, JOINING_DAYS * DAY));
        this.result.memberships.push({
          communityId: id,
          userId: member.id,
          role,
          status: 'active',
          // Members of a secret community came by invitation, of a private one by an approved request.
          invitedBy: data.visibility === 'secret' && role !== 'owner' ? owners[0]!.id : null,
          decidedBy: data.visibility === 'private' && role !== 'owner' ? owners[0]!.id : null,
          joinedAt,
          createdAt: joinedAt,
        });
        state.members.push(member);
      }

      // Requests waiting for a moderator (private communities), invitations not answered yet.
      const outsiders = candidates.filter((u) => !members.includes(u) && !u.account);
      const pending = data.visibility === 'private' ? r.sample(outsiders, r.int(1, 3)) : [];
      const invited =
        data.visibility === 'open'
          ? []
          : r.sample(
              outsiders.filter((u) => !pending.includes(u)),
              r.int(0, 2),
            );
      for (const [userId, role] of placed) {
        if (role === 'pending') pending.push(this.usersById.get(userId)!);
        if (role === 'invited') invited.push(this.usersById.get(userId)!);
      }
      for (const user of pending) {
        this.result.memberships.push({
          communityId: id,
          userId: user.id,
          role: 'member',
          status: 'pending',
          invitedBy: null,
          decidedBy: null,
          joinedAt: null,
          createdAt: this.at(this.now - r.int(1, 20) * DAY - r.int(0, DAY)),
        });
      }
      for (const user of invited) {
        this.result.memberships.push({
          communityId: id,
          userId: user.id,
          role: 'member',
          status: 'invited',
          invitedBy: owners[0]!.id,
          decidedBy: null,
          joinedAt: null,
          createdAt: this.at(this.now - r.int(1, 20) * DAY - r.int(0, DAY)),
        });
      }
    }
    // One person was banned from each of two open communities (they keep the date they had joined).
    for (const state of r.sample(
      this.communities.filter((c) => c.planned.visibility === 'open'),
      2,
    )) {
      const banned = state.members.find((u) => !state.moderators.has(u.id) && !u.account);
      if (!banned) continue;
      const row = this.result.memberships.find(
        (m) => m.communityId === state.planned.id && m.userId === banned.id,
      )!;
      row.status = 'banned';
      row.decidedBy = r.pick([...state.moderators]);
      state.members.splice(state.members.indexOf(banned), 1);
    }
  }

  // ─── follows ────────────────────────────────────────────────────────────────────────────────────────

  private planFollows(): void {
    const r = this.random.fork('follows');
    const active = this.active();
    for (const user of active) {
      const topics = this.topicsOf.get(user.id)!;
      const since = () => this.at(this.now - r.int(COMMUNITIES_TO_DAYS, COMMUNITIES_FROM_DAYS) * DAY);
      for (const slug of r.sample([...topics.learn, ...topics.expertise], r.int(1, user.account ? 4 : 3))) {
        this.result.follows.push({
          followerId: user.id,
          targetType: 'topic',
          target: slug,
          createdAt: since(),
        });
      }
      const colleagues = active.filter(
        (u) => u.id !== user.id && (u.departmentKey === user.departmentKey || u.location === user.location),
      );
      for (const followed of r.sample(colleagues, r.int(2, user.account ? 8 : 6))) {
        this.result.follows.push({
          followerId: user.id,
          targetType: 'user',
          target: followed.id,
          createdAt: since(),
        });
      }
      const open = this.communities.filter(
        (c) => c.planned.visibility === 'open' && !c.members.includes(user),
      );
      for (const community of r.sample(open, r.int(0, 2))) {
        this.result.follows.push({
          followerId: user.id,
          targetType: 'community',
          target: community.planned.id,
          createdAt: since(),
        });
      }
    }
  }

  // ─── posts, comments, reactions ─────────────────────────────────────────────────────────────────────

  private planPosts(): void {
    const r = this.random.fork('posts');
    const active = this.active();
    const communityWeight = (c: CommunityState) => c.data.activity * Math.sqrt(c.members.length);
    const authorWeight = (u: PlannedUser, c?: CommunityState) =>
      (u.account ? 3 : 1) * (c?.moderators.has(u.id) ? 2 : 1);

    for (let i = 0; i < DEMO_POSTS; i++) {
      const createdAt = this.postTime(r);
      const onProfile = r.chance(0.12);
      const community = onProfile ? null : r.weighted(this.communities, communityWeight);
      const author = community
        ? r.weighted(community.members, (u) => authorWeight(u, community))
        : r.weighted(active, (u) => authorWeight(u));
      const moderator = community?.moderators.has(author.id) ?? false;
      const kind: PostKind =
        moderator && r.chance(0.25)
          ? 'announcement'
          : r.weighted(
              [
                { k: 'discussion' as const, w: 50 },
                { k: 'question' as const, w: 27 },
                { k: 'best_practice' as const, w: 18 },
              ],
              (x) => x.w,
            ).k;
      const language: Language = community
        ? r.chance(0.7)
          ? community.planned.language
          : author.locale
        : r.chance(0.9)
          ? author.locale
          : author.locale === 'fr'
            ? 'en'
            : 'fr';
      const own = this.topicsOf.get(author.id)!;
      const main =
        community && r.chance(0.75)
          ? r.pick(community.planned.topicSlugs)
          : r.pick([...own.expertise, ...own.askMe]);
      // A second hashtag, of the same field: the community's other topics, or the author's of the same branch.
      const root = this.topics.get(main)!.rootSlug;
      const related = [
        ...new Set([
          ...(community?.planned.topicSlugs ?? []),
          ...own.expertise.filter((slug) => this.topics.get(slug)!.rootSlug === root),
        ]),
      ].filter((slug) => slug !== main);
      const tagged = r.chance(0.45) && related.length ? [main, r.pick(related)] : [main];
      const text = this.postText(r, kind, language, main, tagged, author, createdAt);

      // Someone who can read the post, named in it: members for a community, colleagues for a profile.
      const readers = community ? community.members : active;
      const mentionable = readers.filter((u) => u.id !== author.id);
      const mentioned =
        r.chance(0.25) && mentionable.length ? [this.mentionCandidate(r, mentionable, author)] : [];
      let body = text.body;
      for (const person of mentioned) {
        body += `\n\n${r.pick(MENTION_SENTENCES[language]).replace('{m}', `@${person.handle}`)}`;
      }

      const edited = r.chance(0.06) ? this.at(createdAt + r.int(5 * MINUTE, 2 * DAY)) : null;
      const post: PlannedPost = {
        id: r.uuid(),
        communityId: community?.planned.id ?? null,
        authorId: author.id,
        kind,
        title: text.title,
        bodyMarkdown: body,
        classification: this.classification(r, community?.planned.visibility ?? null, kind),
        language,
        createdAt: this.at(createdAt),
        updatedAt: edited ?? this.at(createdAt),
        editedAt: edited,
        pinnedAt: null,
        acceptedCommentId: null,
        mentionedIds: mentioned.map((u) => u.id),
      };
      this.result.posts.push(post);
      this.planDiscussion(r, post, community ? community.members : active, main);
    }
    this.planPins(r);
  }

  /** Mostly people of the author's field, sometimes anybody (a demo account more often than others). */
  private mentionCandidate(r: SeededRandom, readers: PlannedUser[], author: PlannedUser): PlannedUser {
    const sameField = readers.filter((u) => u.departmentKey === author.departmentKey);
    if (sameField.length && r.chance(0.6)) return r.pick(sameField);
    return r.weighted(readers, (u) => (u.account ? 4 : 1));
  }

  /** Weekdays mostly, office hours, more often recently. */
  private postTime(r: SeededRandom): number {
    const daysAgo = POSTING_DAYS * r.next() ** 1.3;
    const day = new Date(this.now - daysAgo * DAY);
    const weekday = day.getUTCDay();
    let shift = 0;
    if ((weekday === 0 || weekday === 6) && r.chance(0.8)) shift = weekday === 6 ? -1 : 1;
    const date = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + shift);
    const time = date + r.int(6, 17) * HOUR + r.int(0, 59) * MINUTE + r.int(0, 59_999);
    return Math.min(time, this.now - r.int(10, 120) * MINUTE);
  }

  private postText(
    r: SeededRandom,
    kind: PostKind,
    language: Language,
    mainSlug: string,
    taggedSlugs: string[],
    author: PlannedUser,
    createdAt: number,
  ) {
    const topic = this.topicLabel(mainSlug, language);
    const root = this.topics.get(mainSlug)!.rootSlug;
    const thing = r.pick(THINGS[root]?.[language] ?? THINGS['languages-and-soft-skills']![language]);
    const when = new Date(createdAt + r.int(7, 21) * DAY);
    const month = MONTHS[language][when.getUTCMonth()]!;
    return r.pick(POST_TEMPLATES[language][kind])({
      topic,
      Topic: capitalise(topic),
      thing,
      Thing: capitalise(thing),
      tags: taggedSlugs.map((slug) => `#${this.hashtag(r, slug, language)}`).join(' '),
      site: author.location,
      n: r.int(3, 40),
      weeks: r.int(2, 12),
      date: `${when.getUTCDate()} ${month}`,
    });
  }

  /** A hashtag that names the topic: its slug, or a one-word label or synonym in the post's language. */
  private hashtag(r: SeededRandom, slug: string, language: Language): string {
    const topic = this.topics.get(slug)!;
    const words = (
      language === 'fr' ? [topic.labelFr, ...topic.synonymsFr] : [topic.labelEn, ...topic.synonymsEn]
    )
      .filter((term) => /^[\p{L}][\p{L}\p{N}_-]*$/u.test(term) && term.length <= 30)
      .map((term) => (/^[A-Z][a-z]/.test(term) && language === 'fr' ? term.toLowerCase() : term));
    return words.length && r.chance(0.5) ? r.pick(words) : slug;
  }

  private topicLabel(slug: string, language: Language): string {
    const topic = this.topics.get(slug)!;
    const label = language === 'fr' ? topic.labelFr : topic.labelEn;
    const words = label.split(' ');
    // "Gestion de projet" → "gestion de projet"; "Kubernetes", "IA générative", "Microsoft Azure" stay.
    const proper =
      words.length === 1 || /^.[A-Z]/.test(label) || words.slice(1).some((w) => /^[A-Z]/.test(w));
    return proper ? label : label.charAt(0).toLowerCase() + label.slice(1);
  }

  private classification(r: SeededRandom, visibility: Visibility | null, kind: PostKind): Classification {
    const weights: Record<Classification, number> =
      visibility === 'secret'
        ? { public_eligible: 0, internal: 65, confidential: 35 }
        : visibility === 'private'
          ? { public_eligible: 4, internal: 86, confidential: 10 }
          : visibility === 'open'
            ? {
                public_eligible: kind === 'best_practice' || kind === 'announcement' ? 30 : 16,
                internal: 82,
                confidential: 2,
              }
            : { public_eligible: 22, internal: 78, confidential: 0 };
    return r.weighted(Object.keys(weights) as Classification[], (c) => weights[c]);
  }

  /** Comments (some with replies), answers and an accepted one on questions, reactions. */
  private planDiscussion(
    r: SeededRandom,
    post: PlannedPost,
    participants: PlannedUser[],
    topicSlug: string,
  ): void {
    const language = post.language;
    const others = participants.filter((u) => u.id !== post.authorId);
    if (others.length === 0) return;
    const author = this.usersById.get(post.authorId)!;
    const root = this.topics.get(topicSlug)!.rootSlug;
    const context = () => ({
      thing: r.pick(THINGS[root]?.[language] ?? THINGS['languages-and-soft-skills']![language]),
      site: r.pick(participants).location,
      weeks: r.int(2, 8),
    });
    const start = post.createdAt.getTime();
    const question = post.kind === 'question';
    const count = question ? r.int(r.chance(0.9) ? 1 : 0, 5) : Math.floor(r.next() ** 1.6 * 7);
    const answers: PlannedComment[] = [];
    let last = start;
    for (let i = 0; i < count; i++) {
      const commenter = r.weighted(others, (u) => (u.account ? 3 : 1));
      last = Math.min(last + r.int(5 * MINUTE, 2 * DAY), this.now - 2 * MINUTE);
      if (last <= start) break;
      const answer = question && i < 2;
      let body = r.pick((answer ? ANSWER_TEMPLATES : COMMENT_TEMPLATES)[language])(context());
      const mentionedIds: string[] = [];
      if (r.chance(0.08)) {
        const named = r.pick(participants.filter((u) => u.id !== commenter.id));
        body += ` cc @${named.handle}`;
        mentionedIds.push(named.id);
      }
      const comment: PlannedComment = {
        id: r.uuid(),
        postId: post.id,
        parentId: null,
        authorId: commenter.id,
        bodyMarkdown: body,
        createdAt: this.at(last),
        mentionedIds,
      };
      this.result.comments.push(comment);
      if (answer) answers.push(comment);
      this.planReactions(
        r,
        'comment',
        comment.id,
        comment.authorId,
        participants,
        last,
        Math.floor(r.next() ** 2 * 4),
      );

      if (r.chance(0.3)) {
        let replyAt = last;
        for (let k = r.int(1, 2); k > 0; k--) {
          replyAt = Math.min(replyAt + r.int(5 * MINUTE, DAY), this.now - MINUTE);
          if (replyAt <= last) break;
          const replier = r.chance(0.6) ? author : r.pick(others);
          const reply: PlannedComment = {
            id: r.uuid(),
            postId: post.id,
            parentId: comment.id,
            authorId: replier.id,
            bodyMarkdown: r.pick(REPLY_TEMPLATES[language]),
            createdAt: this.at(replyAt),
            mentionedIds: [],
          };
          this.result.comments.push(reply);
        }
      }
    }
    if (question && answers.length && r.chance(0.65)) {
      const accepted = r.pick(answers);
      post.acceptedCommentId = accepted.id;
      const at = this.at(accepted.createdAt.getTime() + r.int(10 * MINUTE, 2 * DAY));
      if (at > post.updatedAt) post.updatedAt = at;
    }
    this.planReactions(
      r,
      'post',
      post.id,
      post.authorId,
      participants,
      start,
      Math.floor(r.next() ** 1.5 * 14),
    );
  }

  private planReactions(
    r: SeededRandom,
    subjectType: 'post' | 'comment',
    subjectId: string,
    authorId: string,
    participants: PlannedUser[],
    after: number,
    count: number,
  ): void {
    const reactors = r.sample(
      participants.filter((u) => u.id !== authorId),
      count,
    );
    for (const user of reactors) {
      const createdAt = Math.min(after + r.int(MINUTE, 3 * DAY), this.now - MINUTE);
      if (createdAt <= after) continue;
      this.result.reactions.push({
        subjectType,
        subjectId,
        userId: user.id,
        kind: r.weighted(REACTION_WEIGHTS, (x) => x.w).k,
        createdAt: this.at(createdAt),
      });
    }
  }

  /** A community's moderators pin a few of its best practices and announcements. */
  private planPins(r: SeededRandom): void {
    for (const community of this.communities) {
      const candidates = this.result.posts.filter(
        (p) =>
          p.communityId === community.planned.id && (p.kind === 'best_practice' || p.kind === 'announcement'),
      );
      const count = Math.min(
        MAX_PINNED,
        community.planned.visibility === 'secret' ? r.int(0, 1) : r.int(1, 3),
      );
      for (const post of r.sample(candidates, count)) {
        post.pinnedAt = this.at(post.createdAt.getTime() + r.int(HOUR, 3 * DAY));
        if (post.pinnedAt > post.updatedAt) post.updatedAt = post.pinnedAt;
      }
    }
  }

  // ─── notifications ──────────────────────────────────────────────────────────────────────────────────

  /**
   * A few notifications for the demo accounts, derived from the data as the API would have created them:
   * mentions, replies and reactions on their posts, join requests in communities they moderate,
   * invitations, accepted answers. Older ones are read.
   */
  private planNotifications(): void {
    const r = this.random.fork('notifications');
    const posts = new Map(this.result.posts.map((p) => [p.id, p]));
    const comments = new Map(this.result.comments.map((c) => [c.id, c]));
    for (const user of this.users.filter((u) => u.account)) {
      const found: Array<Omit<PlannedNotification, 'id' | 'dedupeKey' | 'readAt'>> = [];
      const add = (n: Omit<PlannedNotification, 'id' | 'dedupeKey' | 'readAt' | 'recipientId'>) => {
        if (n.actorId !== user.id) found.push({ ...n, recipientId: user.id });
      };
      for (const post of this.result.posts) {
        if (post.mentionedIds.includes(user.id)) {
          add({
            kind: 'mention',
            actorId: post.authorId,
            subjectType: 'post',
            subjectId: post.id,
            data: {},
            createdAt: post.createdAt,
          });
        }
      }
      for (const comment of this.result.comments) {
        const post = posts.get(comment.postId)!;
        const repliedTo = comment.parentId ? comments.get(comment.parentId) : undefined;
        if (post.authorId === user.id || repliedTo?.authorId === user.id) {
          add({
            kind: 'reply',
            actorId: comment.authorId,
            subjectType: 'comment',
            subjectId: comment.id,
            data: { postId: post.id },
            createdAt: comment.createdAt,
          });
        } else if (comment.mentionedIds.includes(user.id)) {
          add({
            kind: 'mention',
            actorId: comment.authorId,
            subjectType: 'comment',
            subjectId: comment.id,
            data: { postId: post.id },
            createdAt: comment.createdAt,
          });
        }
        if (post.acceptedCommentId === comment.id && comment.authorId === user.id) {
          add({
            kind: 'accepted_answer',
            actorId: post.authorId,
            subjectType: 'comment',
            subjectId: comment.id,
            data: { postId: post.id },
            createdAt: post.updatedAt,
          });
        }
      }
      for (const reaction of this.result.reactions) {
        const post = reaction.subjectType === 'post' ? posts.get(reaction.subjectId) : undefined;
        if (post?.authorId === user.id) {
          add({
            kind: 'reaction',
            actorId: reaction.userId,
            subjectType: 'post',
            subjectId: post.id,
            data: { reaction: reaction.kind },
            createdAt: reaction.createdAt,
          });
        }
      }
      for (const community of this.communities) {
        const rows = this.result.memberships.filter((m) => m.communityId === community.planned.id);
        for (const row of rows) {
          if (row.status === 'pending' && community.moderators.has(user.id)) {
            add({
              kind: 'join_request',
              actorId: row.userId,
              subjectType: 'community',
              subjectId: community.planned.id,
              data: {},
              createdAt: row.createdAt,
            });
          }
          if (row.status === 'invited' && row.userId === user.id && row.invitedBy) {
            add({
              kind: 'invitation',
              actorId: row.invitedBy,
              subjectType: 'community',
              subjectId: community.planned.id,
              data: {},
              createdAt: row.createdAt,
            });
          }
        }
      }
      // The newest few of each kind, as a person who reads their notifications now and then would have.
      const kept = ['mention', 'reply', 'reaction', 'join_request', 'accepted_answer', 'invitation'].flatMap(
        (kind) =>
          found
            .filter((n) => n.kind === kind)
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
            .slice(0, kind === 'reaction' ? 4 : 5),
      );
      for (const n of kept) {
        const age = this.now - n.createdAt.getTime();
        this.result.notifications.push({
          ...n,
          id: r.uuid(),
          dedupeKey: `demo:${n.kind}:${n.subjectId}:${n.actorId}`,
          readAt: age > 5 * DAY ? this.at(n.createdAt.getTime() + r.int(HOUR, 2 * DAY)) : null,
        });
      }
    }
  }
}

const REACTION_WEIGHTS: ReadonlyArray<{ k: ReactionKind; w: number }> = [
  { k: 'like', w: 50 },
  { k: 'celebrate', w: 14 },
  { k: 'insightful', w: 16 },
  { k: 'support', w: 12 },
  { k: 'curious', w: 8 },
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
