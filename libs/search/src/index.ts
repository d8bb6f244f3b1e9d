export * from './search.module';
export { Search1764000000500 } from './migrations/1764000000500-search';
export { EXPERTISE_ALL_QUEUE, EXPERTISE_QUEUE, ExpertiseService } from './expertise/expertise.service';
export { EXPERTISE_WEIGHTS, expertiseScore } from './expertise/expertise-score';
export type { DeclaredKind, ExpertiseEvidence, ExpertiseScore } from './expertise/expertise-score';
