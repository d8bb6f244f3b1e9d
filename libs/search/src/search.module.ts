import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CommunitiesModule } from '@relais/communities';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { ContentModule } from '@relais/content';
import { NotificationsModule } from '@relais/notifications';
import { PeopleModule } from '@relais/people';
import { DataSource } from 'typeorm';
import { AskExpertsService } from './ask/ask-experts.service';
import { SEARCH_ENGINE, SearchEngine } from './engine/search-engine';
import { ExpertiseRepository } from './expertise/expertise.repository';
import { ExpertiseService } from './expertise/expertise.service';
import { SearchResolver } from './graphql/search.resolver';
import { SearchService } from './graphql/search.service';
import { SearchIndexerService } from './indexing/search-indexer.service';
import { createSearchEngine } from './engine/create-search-engine';

/**
 * Expertise discovery: expertise scores, the search engine (PostgreSQL, or Meilisearch when MEILI_URL is
 * set), the index jobs fed by every context's changes, ask-an-expert, and the GraphQL searches.
 */
@Module({
  imports: [PeopleModule, CommunitiesModule, ContentModule, NotificationsModule],
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [getDataSourceToken(), RELAIS_CONFIG],
      useFactory: (dataSource: DataSource, config: RelaisConfig): Promise<SearchEngine> =>
        createSearchEngine(dataSource, config),
    },
    ExpertiseRepository,
    ExpertiseService,
    AskExpertsService,
    SearchIndexerService,
    SearchService,
    SearchResolver,
  ],
  exports: [ExpertiseService, SearchIndexerService, SEARCH_ENGINE],
})
export class SearchModule {}
