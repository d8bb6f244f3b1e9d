import { NotificationSubjectRegistry } from './notification-subject-registry';

const item = (subjectType: string, subjectId: string) => ({
  subjectType,
  subjectId,
  label: `${subjectType}:${subjectId}`,
});

describe('NotificationSubjectRegistry', () => {
  it('keeps, in order, the items whose subject the checker says the viewer may see', async () => {
    const registry = new NotificationSubjectRegistry();
    registry.register('post', async (_viewer, ids) => new Set(ids.filter((id) => id !== 'p2')));
    const kept = await registry.keepVisible('viewer', [
      item('post', 'p3'),
      item('post', 'p2'),
      item('post', 'p1'),
    ]);
    expect(kept.map((i) => i.label)).toEqual(['post:p3', 'post:p1']);
  });

  it('hides every subject of a type nobody registered (fail closed), and of unknown types', async () => {
    const registry = new NotificationSubjectRegistry();
    registry.register('post', async (_viewer, ids) => new Set(ids));
    const kept = await registry.keepVisible('viewer', [
      item('community', 'c1'),
      item('post', 'p1'),
      item('comment', 'k1'),
      item('something-else', 'x1'),
    ]);
    expect(kept.map((i) => i.label)).toEqual(['post:p1']);
    expect(registry.has('community')).toBe(false);
  });

  it('asks each checker once per call, with each id once, for that viewer', async () => {
    const registry = new NotificationSubjectRegistry();
    const calls: Array<[string, string, string[]]> = [];
    registry.register('post', async (viewer, ids) => (calls.push(['post', viewer, ids]), new Set(ids)));
    registry.register('comment', async (viewer, ids) => (calls.push(['comment', viewer, ids]), new Set()));
    await registry.keepVisible('v1', [
      item('post', 'a'),
      item('comment', 'k'),
      item('post', 'a'),
      item('post', 'b'),
    ]);
    expect(calls.sort()).toEqual([
      ['comment', 'v1', ['k']],
      ['post', 'v1', ['a', 'b']],
    ]);
    expect(await registry.keepVisible('v1', [])).toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it('refuses a second checker for the same type', () => {
    const registry = new NotificationSubjectRegistry();
    registry.register('post', async () => new Set());
    expect(() => registry.register('post', async () => new Set())).toThrow(/registered twice/);
  });

  it('lets a test override a type, before or after its context registers, or make it unregistered', async () => {
    const registry = new NotificationSubjectRegistry();
    registry.override('post', async (_viewer, ids) => new Set(ids));
    registry.register('post', async () => new Set());
    registry.register('community', async (_viewer, ids) => new Set(ids));
    registry.override('community', null);
    const kept = await registry.keepVisible('viewer', [item('post', 'p1'), item('community', 'c1')]);
    expect(kept.map((i) => i.label)).toEqual(['post:p1']);
  });

  it('lets a checker failure reach the caller rather than showing or hiding by guess', async () => {
    const registry = new NotificationSubjectRegistry();
    registry.register('post', async () => {
      throw new Error('database unavailable');
    });
    await expect(registry.keepVisible('viewer', [item('post', 'p1')])).rejects.toThrow(
      'database unavailable',
    );
  });
});
