import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Re-tags one context's rows from a merged topic onto the topic it was merged into. Runs inside the merge's
 * transaction (use `manager`, never another connection); throwing rolls the whole merge back. Must not leave
 * duplicates where the same row already carried both topics: the source topic is deleted right after, and
 * rows still pointing at it go with it (ON DELETE CASCADE).
 */
export type TopicMergeHandler = (
  manager: EntityManager,
  fromTopicId: string,
  intoTopicId: string,
) => Promise<void>;

/**
 * Where contexts above people (communities, content, search) register how they re-tag their rows when an
 * admin merges two topics, so the people context never imports them. Register in `onModuleInit`.
 */
@Injectable()
export class TopicMergeRegistry {
  private readonly handlers = new Map<string, TopicMergeHandler>();

  /** `name` identifies the handler (e.g. 'communities.community_topics'); registering it again replaces it. */
  register(name: string, handler: TopicMergeHandler): () => void {
    this.handlers.set(name, handler);
    return () => {
      if (this.handlers.get(name) === handler) this.handlers.delete(name);
    };
  }

  /** Calls every handler in registration order, one after the other, on the merge's transaction. */
  async runAll(manager: EntityManager, fromTopicId: string, intoTopicId: string): Promise<void> {
    for (const handler of [...this.handlers.values()]) await handler(manager, fromTopicId, intoTopicId);
  }

  get names(): string[] {
    return [...this.handlers.keys()];
  }
}
