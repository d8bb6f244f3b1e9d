import { extractHashtags, extractMentions, normaliseTerm } from './post-markup';

describe('extractHashtags', () => {
  it('finds hashtags with accents, capitals, digits and hyphens, once each, in order', () => {
    expect(
      extractHashtags('Point #RGPD et #cybersécurité, puis #spring-boot et #k8s. Encore #rgpd !'),
    ).toEqual(['RGPD', 'cybersécurité', 'spring-boot', 'k8s']);
  });

  it('treats differently accented or separated spellings as one term', () => {
    expect(extractHashtags('#Cybersécurité #cybersecurite #cyber-securite')).toEqual(['Cybersécurité']);
  });

  it('ignores headings, C#, URL fragments, HTML entities, numbers and code', () => {
    const body = [
      '# Titre',
      '## Sous-titre',
      'Du C# et un lien https://example.com/page#section et &#39; et le ticket #42.',
      'Du code `#notatag` et',
      '```',
      '#nonplus',
      '```',
      '[lien](https://example.com/#ancre) #vrai',
    ].join('\n');
    expect(extractHashtags(body)).toEqual(['vrai']);
  });

  it('keeps at most 30 distinct tags', () => {
    const body = Array.from({ length: 40 }, (_, i) => `#topic${i}`).join(' ');
    expect(extractHashtags(body)).toHaveLength(30);
  });
});

describe('extractMentions', () => {
  it('finds @handles (e-mail local parts), lower-cased, once each, without trailing punctuation', () => {
    expect(extractMentions('Merci @Camille.Martin et @jean-paul_2. Re-merci @camille.martin.')).toEqual([
      'camille.martin',
      'jean-paul_2',
    ]);
  });

  it('accepts a full address to tell apart two people sharing a local part', () => {
    expect(extractMentions('cc @jean@filiale.example.com,')).toEqual(['jean@filiale.example.com']);
  });

  it('does not take an e-mail address, code or a link target for a mention', () => {
    expect(
      extractMentions('Écrire à jean@example.com, `@pas.ici`, [x](https://x.example/@profil) et @oui'),
    ).toEqual(['oui']);
  });
});

describe('normaliseTerm', () => {
  it('drops case, accents and separators', () => {
    expect(normaliseTerm('Sécurité des SI')).toBe('securitedessi');
    expect(normaliseTerm('Spring-Boot')).toBe('springboot');
  });
});
