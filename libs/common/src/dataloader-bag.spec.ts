import { DataLoaderBag } from './dataloader-bag';

describe('DataLoaderBag', () => {
  it('batches the loads of one tick into one call and returns one loader per name', async () => {
    const bag = new DataLoaderBag();
    const calls: Array<readonly number[]> = [];
    const batch = async (keys: readonly number[]) => {
      calls.push(keys);
      return keys.map((k) => k * 10);
    };
    const results = await Promise.all(
      [1, 2, 3].map((k) => bag.get<number, number>('times-ten', batch).load(k)),
    );
    expect(results).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
    expect(bag.get('times-ten', batch)).toBe(bag.get('times-ten', batch));
    expect(bag.size).toBe(1);
  });

  it('is per request: a new bag does not see another bag’s cache', async () => {
    let calls = 0;
    const batch = async (keys: readonly string[]) => keys.map(() => ++calls);
    await new DataLoaderBag().get<string, number>('n', batch).load('x');
    expect(await new DataLoaderBag().get<string, number>('n', batch).load('x')).toBe(2);
  });
});
