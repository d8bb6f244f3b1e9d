import { MESSAGES } from './messages';

/** Every key path of a messages tree, plural suffixes folded (French and English plural forms differ). */
function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key));
}

const folded = (paths: string[]) =>
  [...new Set(paths.map((path) => path.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('interface texts', () => {
  it('say everything in both French and English', () => {
    expect(folded(keys(MESSAGES.fr))).toEqual(folded(keys(MESSAGES.en)));
  });

  it('leave no text empty', () => {
    const empty = (tree: unknown) =>
      keys(tree).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(MESSAGES.fr)).toEqual([]);
    expect(empty(MESSAGES.en)).toEqual([]);
  });
});
