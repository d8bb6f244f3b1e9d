import { buildSearchFixture, describeSearchBehaviour, SearchFixture } from './search-behaviour.suite';

/**
 * The shared behaviour on Meilisearch. Runs when MEILI_URL names a server, e.g. the compose file's:
 *   docker compose -f docker/compose.yaml up -d meilisearch
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_API_KEY=relais-meili-master-key-change-me npx jest test/search
 * Each run uses its own index prefix, so runs never see each other's documents.
 */
const MEILI_URL = process.env.MEILI_URL;

(MEILI_URL ? describe : describe.skip)('search on Meilisearch', () => {
  let fixture: SearchFixture;
  beforeAll(async () => {
    fixture = await buildSearchFixture({
      MEILI_URL: MEILI_URL!,
      ...(process.env.MEILI_API_KEY ? { MEILI_API_KEY: process.env.MEILI_API_KEY } : {}),
      MEILI_INDEX_PREFIX: `relais_test_${process.pid}_${Date.now()}`,
    });
  }, 120_000);
  afterAll(() => fixture?.api.close());

  describeSearchBehaviour(() => fixture);
});
