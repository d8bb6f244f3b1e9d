import { Injectable } from '@nestjs/common';
import { TopicsService } from '@relais/people';
import { EntityManager } from 'typeorm';
import { AuthorsRepository } from '../authors/authors.repository';
import { MentionsRepository } from './mentions.repository';
import { extractHashtags, extractMentions } from './post-markup';
import { PostTopicsRepository } from './post-topics.repository';

/** Links a body's hashtags to topics and its @mentions to people (see post-markup.ts for the syntax). */
@Injectable()
export class PostLinksService {
  constructor(
    private readonly topics: TopicsService,
    private readonly postTopics: PostTopicsRepository,
    private readonly mentions: MentionsRepository,
    private readonly authors: AuthorsRepository,
  ) {}

  /**
   * The topics a body's hashtags name (slug, label or synonym, in either language). Call it before opening
   * the transaction that tags the post: it reads the taxonomy on its own connection.
   */
  async topicIdsOf(markdown: string): Promise<string[]> {
    const tags = extractHashtags(markdown);
    if (tags.length === 0) return [];
    // `#spring-boot` and `#spring_boot` also name the synonym "Spring Boot".
    const spaced = tags.map((tag) => tag.replace(/[-_]+/g, ' '));
    const resolved = await this.topics.resolveTopicsByTerms([...tags, ...spaced]);
    const topicIds = tags
      .map((tag, i) => resolved.get(tag) ?? resolved.get(spaced[i]!))
      .filter((id): id is string => id !== undefined);
    return [...new Set(topicIds)];
  }

  /** Tags the post with exactly these topics. */
  linkTopics(postId: string, topicIds: readonly string[], manager: EntityManager): Promise<void> {
    return this.postTopics.replace(postId, topicIds, manager);
  }

  /** Links the people a body mentions; returns the ones newly mentioned (to notify). */
  async linkMentions(
    postId: string,
    commentId: string | null,
    markdown: string,
    manager: EntityManager,
  ): Promise<string[]> {
    const userIds = await this.authors.idsByHandles(extractMentions(markdown), manager);
    return this.mentions.replace(postId, commentId, userIds, manager);
  }
}
