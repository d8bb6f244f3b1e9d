import DataLoader from 'dataloader';

/**
 * One per request, in the GraphQL context: services ask it for a loader by name and get the same instance
 * for the whole request, so a page of results costs one query per relation instead of one per row.
 * Never shared across requests: the cache holds what one viewer may see.
 */
export class DataLoaderBag {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  get size(): number {
    return this.loaders.size;
  }
}
