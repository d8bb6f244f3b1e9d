import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobsService } from './jobs.service';

/**
 * What a change touched, by the kind of thing that changed. The search context turns it into documents
 * to rewrite or remove (a post's edit rewrites the post and the expertise of its author and commenters;
 * a community turned secret restricts its posts), so the code that changes data names what it changed
 * and nothing about search.
 */
export interface IndexedChanges {
  people?: readonly string[];
  posts?: readonly string[];
  comments?: readonly string[];
  communities?: readonly string[];
  topics?: readonly string[];
  /**
   * Communities whose content changed who may read it (visibility changed): their posts' documents and
   * the expertise earned in them are recomputed.
   */
  communityContent?: readonly string[];
}

/** The queue the search context consumes; defined by it (search.module). */
export const SEARCH_INDEX_QUEUE = 'search.index';

/**
 * Records a change for the search indexes in the caller's transaction: the index job exists exactly
 * when the change commits, so a rolled-back change leaves the indexes as they were and a committed one
 * is never forgotten, even if the process dies right after the commit.
 */
@Injectable()
export class IndexedChangesService {
  constructor(private readonly jobs: JobsService) {}

  async record(manager: EntityManager, changes: IndexedChanges): Promise<void> {
    const data: Record<string, string[]> = {};
    for (const [kind, ids] of Object.entries(changes) as Array<[keyof IndexedChanges, readonly string[]]>) {
      const unique = [...new Set(ids.filter(Boolean))];
      if (unique.length > 0) data[kind] = unique;
    }
    if (Object.keys(data).length === 0) return;
    await this.jobs.enqueue(manager, SEARCH_INDEX_QUEUE, data);
  }
}
