import type { EntityManager } from 'typeorm';
import { TopicMergeRegistry } from './topic-merge.registry';

describe('TopicMergeRegistry', () => {
  const manager = {} as EntityManager;

  it('runs every handler in registration order with the manager and both ids, one after the other', async () => {
    const registry = new TopicMergeRegistry();
    const calls: string[] = [];
    registry.register('a', async (m, from, into) => {
      expect(m).toBe(manager);
      await new Promise((resolve) => setImmediate(resolve));
      calls.push(`a:${from}->${into}`);
    });
    registry.register('b', async (_m, from, into) => {
      calls.push(`b:${from}->${into}`);
    });
    await registry.runAll(manager, 'from', 'into');
    expect(calls).toEqual(['a:from->into', 'b:from->into']);
  });

  it('replaces a handler registered again under the same name, and unregisters it', async () => {
    const registry = new TopicMergeRegistry();
    const first = jest.fn(async () => undefined);
    const second = jest.fn(async () => undefined);
    registry.register('x', first);
    const unregister = registry.register('x', second);
    await registry.runAll(manager, 'f', 'i');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    unregister();
    expect(registry.names).toEqual([]);
  });

  it('stops at the first failing handler and passes its error on (the merge then rolls back)', async () => {
    const registry = new TopicMergeRegistry();
    const after = jest.fn(async () => undefined);
    registry.register('fails', async () => {
      throw new Error('boom');
    });
    registry.register('after', after);
    await expect(registry.runAll(manager, 'f', 'i')).rejects.toThrow('boom');
    expect(after).not.toHaveBeenCalled();
  });
});
