import { secretSlug, slugFromName, SLUG_PATTERN } from './community-slug';

describe('community slugs', () => {
  it.each([
    ['Cœur de métier & RSE', 'coeur-de-metier-rse'],
    ['  Data   Engineering  ', 'data-engineering'],
    ['Ça va ? Été 2025 !', 'ca-va-ete-2025'],
    ['Straße', 'strasse'],
    ['--__--', ''],
    ['日本語', ''],
  ])('derives %j → %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
    if (slug) expect(slug).toMatch(SLUG_PATTERN);
  });

  it('cuts long names at 60 characters without a trailing hyphen', () => {
    const slug = slugFromName(`${'a'.repeat(59)} ${'b'.repeat(30)}`);
    expect(slug).toBe('a'.repeat(59));
    expect(slugFromName('x'.repeat(200))).toHaveLength(60);
  });

  it('gives secret communities a valid slug with eight random characters, different each time', () => {
    const a = secretSlug('works-council');
    const b = secretSlug('works-council');
    expect(a).toMatch(/^works-council-[a-z0-9]{8}$/);
    expect(a).toMatch(SLUG_PATTERN);
    expect(a).not.toBe(b);
  });
});
