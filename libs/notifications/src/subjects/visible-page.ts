export interface VisiblePageOptions<T, C> {
  /** Items wanted. */
  first: number;
  after: C | null;
  /** The next `limit` rows after `after` in list order (newest first), hidden ones included. */
  fetch(after: C | null, limit: number): Promise<T[]>;
  /** The rows the viewer may see, in their order. */
  keepVisible(rows: T[]): Promise<T[]>;
  cursorOf(row: T): C;
  /** At most this many rows are read for one page, however many are hidden. */
  maxScanned: number;
}

export interface VisiblePage<T, C> {
  items: T[];
  hasNextPage: boolean;
  endCursor: C | null;
}

/**
 * A keyset page of the rows a viewer may see, when whether they may see a row is only known after reading
 * it. Reads batches (growing) until it has one more visible row than asked for, the rows run out, or it has
 * read `maxScanned` rows. In that last case the page may be short (even empty) with `hasNextPage` true and an
 * `endCursor` past the hidden rows it skipped, so the next page resumes after them instead of reading them
 * again.
 */
export async function collectVisiblePage<T, C>(
  options: VisiblePageOptions<T, C>,
): Promise<VisiblePage<T, C>> {
  const { first } = options;
  const maxScanned = Math.max(options.maxScanned, first + 1);
  const visible: T[] = [];
  let cursor = options.after;
  let scanned = 0;
  let batchSize = first + 1;
  for (;;) {
    const limit = Math.min(batchSize, maxScanned - scanned);
    const rows = await options.fetch(cursor, limit);
    scanned += rows.length;
    visible.push(...(await options.keepVisible(rows)));
    if (visible.length > first) {
      const items = visible.slice(0, first);
      return { items, hasNextPage: true, endCursor: options.cursorOf(items[items.length - 1]!) };
    }
    if (rows.length < limit) {
      const last = visible[visible.length - 1];
      return { items: visible, hasNextPage: false, endCursor: last ? options.cursorOf(last) : null };
    }
    cursor = options.cursorOf(rows[rows.length - 1]!);
    if (scanned >= maxScanned) return { items: visible, hasNextPage: true, endCursor: cursor };
    batchSize *= 2;
  }
}
