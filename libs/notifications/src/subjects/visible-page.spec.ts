import { collectVisiblePage } from './visible-page';

/** Rows 1..n, newest first as n..1; the cursor is the row number; `hidden` rows are filtered out. */
function source(n: number, hidden: (row: number) => boolean) {
  const rows = Array.from({ length: n }, (_, i) => n - i);
  const fetches: Array<{ after: number | null; limit: number }> = [];
  return {
    fetches,
    options: {
      fetch: async (after: number | null, limit: number) => {
        fetches.push({ after, limit });
        return rows.filter((row) => after === null || row < after).slice(0, limit);
      },
      keepVisible: async (batch: number[]) => batch.filter((row) => !hidden(row)),
      cursorOf: (row: number) => row,
    },
  };
}

describe('collectVisiblePage', () => {
  it('returns a full page when nothing is hidden, reading one more row than asked to know there is more', async () => {
    const { options, fetches } = source(10, () => false);
    const page = await collectVisiblePage({ ...options, first: 3, after: null, maxScanned: 100 });
    expect(page).toEqual({ items: [10, 9, 8], hasNextPage: true, endCursor: 8 });
    expect(fetches).toEqual([{ after: null, limit: 4 }]);
  });

  it('reads further, in growing batches, to fill the page when rows are hidden', async () => {
    const { options, fetches } = source(30, (row) => row % 3 !== 0);
    const page = await collectVisiblePage({ ...options, first: 4, after: null, maxScanned: 100 });
    expect(page).toEqual({ items: [30, 27, 24, 21], hasNextPage: true, endCursor: 21 });
    expect(fetches.map((f) => f.limit)).toEqual([5, 10]);
  });

  it('says there is no next page when the rows run out, and continues exactly after a cursor', async () => {
    const { options } = source(10, (row) => row === 2);
    const first = await collectVisiblePage({ ...options, first: 4, after: null, maxScanned: 100 });
    const second = await collectVisiblePage({
      ...options,
      first: 4,
      after: first.endCursor,
      maxScanned: 100,
    });
    const third = await collectVisiblePage({
      ...options,
      first: 4,
      after: second.endCursor,
      maxScanned: 100,
    });
    expect([first.items, second.items, third.items]).toEqual([[10, 9, 8, 7], [6, 5, 4, 3], [1]]);
    expect([first.hasNextPage, second.hasNextPage, third.hasNextPage]).toEqual([true, true, false]);
  });

  it('gives an empty last page with no cursor when nothing is visible', async () => {
    const { options } = source(5, () => true);
    expect(await collectVisiblePage({ ...options, first: 2, after: null, maxScanned: 100 })).toEqual({
      items: [],
      hasNextPage: false,
      endCursor: null,
    });
  });

  it('stops after maxScanned rows with a short page whose cursor skips the hidden rows it read', async () => {
    const { options, fetches } = source(200, (row) => row > 10);
    const page = await collectVisiblePage({ ...options, first: 2, after: null, maxScanned: 30 });
    expect(page).toEqual({ items: [], hasNextPage: true, endCursor: 171 });
    expect(fetches.reduce((sum, f) => sum + f.limit, 0)).toBe(30);
    // Walking on reaches the visible rows, each once.
    const seen: number[] = [];
    let cursor: number | null = page.endCursor;
    let pages = 1;
    for (;;) {
      const next = await collectVisiblePage({ ...options, first: 2, after: cursor, maxScanned: 30 });
      pages += 1;
      seen.push(...next.items);
      if (!next.hasNextPage) break;
      cursor = next.endCursor;
    }
    expect(seen).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(pages).toBeLessThanOrEqual(12);
  });
});
