import { RelaisConfig } from '@relais/config';
import { DataSource } from 'typeorm';
import { MeilisearchEngine } from '../meilisearch/meilisearch.engine';
import { PostgresSearchEngine } from '../postgres/postgres.engine';
import { SearchEngine } from './search-engine';

/** PostgreSQL full-text unless MEILI_URL names a Meilisearch server (whose client loads only then). */
export async function createSearchEngine(
  dataSource: DataSource,
  config: RelaisConfig,
): Promise<SearchEngine> {
  const { meiliUrl, meiliApiKey, indexPrefix } = config.search;
  if (!meiliUrl) return new PostgresSearchEngine(dataSource);
  return new MeilisearchEngine(dataSource, {
    url: meiliUrl,
    ...(meiliApiKey ? { apiKey: meiliApiKey } : {}),
    indexPrefix,
  });
}
