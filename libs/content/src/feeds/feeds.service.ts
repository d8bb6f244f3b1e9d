import { Injectable } from '@nestjs/common';
import { createdAtCursor, CreatedAtPosition, notFound } from '@relais/common';
import { communityAccess } from '@relais/communities';
import { Viewer } from '@relais/identity';
import { TopicsService } from '@relais/people';
import { AuthorsRepository } from '../authors/authors.repository';
import { membersOnly } from '../content-errors';
import { PostEntity } from '../posts/post.entity';
import { PostsRepository } from '../posts/posts.repository';
import { CommunityGateway } from '../visibility/community-gateway';
import { postViewer } from '../visibility/post-viewer';
import { FeedEntry, FeedsRepository, FeedViewer } from './feeds.repository';

export interface FeedPage {
  posts: PostEntity[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Feeds, newest first, keyset-paginated on (created_at, id). A page costs one query for its ids (the read
 * rule applied in SQL) and one for its posts; everything a post shows is then loaded per page, not per post.
 */
@Injectable()
export class FeedsService {
  constructor(
    private readonly feeds: FeedsRepository,
    private readonly posts: PostsRepository,
    private readonly communities: CommunityGateway,
    private readonly authors: AuthorsRepository,
    private readonly topics: TopicsService,
  ) {}

  /** Posts of my active communities, of the people, communities and topics I follow, and my own. */
  home(viewer: Viewer, first: number, after: string | null | undefined): Promise<FeedPage> {
    const scope = `home:${viewer.userId}`;
    return this.page(scope, first, after, (position) =>
      this.feeds.home(feedViewer(viewer), first + 1, position),
    );
  }

  /**
   * A community's posts: on the first page its pinned posts first, then the newest; the pinned posts are not
   * repeated further down. NOT_FOUND for a community the viewer may not see, FORBIDDEN for a private one they
   * are not a member of (they see its name, not its posts).
   */
  async community(
    viewer: Viewer,
    slug: string,
    first: number,
    after: string | null | undefined,
  ): Promise<FeedPage> {
    const found = await this.communities.bySlug(viewer, slug);
    if (!found) throw notFound('This community');
    const access = communityAccess(found.facts);
    if (!access.readContent) throw membersOnly('read its posts');
    return this.page(`community:${found.community.id}`, first, after, (position) =>
      this.feeds.community(feedViewer(viewer), found.community.id, first + 1, position),
    );
  }

  async topic(
    viewer: Viewer,
    slug: string,
    first: number,
    after: string | null | undefined,
  ): Promise<FeedPage> {
    const topic = await this.topics.findBySlug(slug);
    if (!topic) throw notFound('This topic');
    return this.page(`topic:${topic.id}`, first, after, (position) =>
      this.feeds.topic(feedViewer(viewer), topic.id, first + 1, position),
    );
  }

  /** A person's posts that the viewer may read; NOT_FOUND for a deactivated person unless the viewer is an admin. */
  async person(
    viewer: Viewer,
    personId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<FeedPage> {
    const [person] = await this.authors.byIds([personId]);
    const feed = feedViewer(viewer);
    if (!person || (person.status !== 'active' && !feed.isAdmin)) throw notFound('This person');
    return this.page(`person:${person.id}`, first, after, (position) =>
      this.feeds.person(feed, person.id, first + 1, position),
    );
  }

  private async page(
    scope: string,
    first: number,
    after: string | null | undefined,
    entriesAfter: (position: CreatedAtPosition | null) => Promise<FeedEntry[]>,
  ): Promise<FeedPage> {
    const entries = await entriesAfter(createdAtCursor.decodeAfter(scope, after));
    const pinned = entries.filter((entry) => entry.pinned);
    const newest = entries.filter((entry) => !entry.pinned);
    const kept = newest.slice(0, first);
    const last = kept[kept.length - 1];
    const posts = await this.posts.findByIds([...pinned, ...kept].map((entry) => entry.id));
    return {
      // Deleted between the two queries: gone.
      posts: posts.filter((post) => post.deletedAt === null),
      hasNextPage: newest.length > first,
      endCursor: last ? createdAtCursor.encode(scope, last) : null,
    };
  }
}

function feedViewer(viewer: Viewer): FeedViewer {
  return postViewer(viewer);
}
