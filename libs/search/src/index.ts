export * from './search.module';
export { Search1764000000500 } from './migrations/1764000000500-search';
export { SearchIndexes1764000000510 } from './migrations/1764000000510-search-indexes';
export { EXPERTISE_ALL_QUEUE, EXPERTISE_QUEUE, ExpertiseService } from './expertise/expertise.service';
export { EXPERTISE_WEIGHTS, expertiseScore } from './expertise/expertise-score';
export type { DeclaredKind, ExpertiseEvidence, ExpertiseScore } from './expertise/expertise-score';
export * from './engine/search-engine';
export { createSearchEngine } from './engine/create-search-engine';
export { PostgresSearchEngine } from './postgres/postgres.engine';
export {
  markIndexesStale,
  SEARCH_INDEX_QUEUE,
  SEARCH_REBUILD_QUEUE,
  SearchIndexerService,
} from './indexing/search-indexer.service';
export { evidenceLine } from './graphql/evidence-line';
export { rebuildIndexes, type RebuildProgress } from './indexing/search-indexer.service';
export { ExpertiseRepository } from './expertise/expertise.repository';
