import { cleanSynonyms, normaliseTerm, searchWords } from './topic-terms';

describe('normaliseTerm', () => {
  it('ignores case, accents and surrounding spaces', () => {
    expect(normaliseTerm('  Cybersécurité ')).toBe('cybersecurite');
    expect(normaliseTerm('ÉLÈVE')).toBe('eleve');
  });
});

describe('cleanSynonyms', () => {
  it('trims, drops blanks, repeats of a label and repeats of an earlier synonym, keeping the first wording', () => {
    expect(
      cleanSynonyms(
        ['  RGPD ', '', 'Protection des données', 'rgpd', 'GDPR', 'gdpr ', 'données   perso'],
        ['Protection des données personnelles', 'protection des donnees'],
      ),
    ).toEqual(['RGPD', 'GDPR', 'données perso']);
  });
});

describe('searchWords', () => {
  it('splits on spaces and escapes LIKE wildcards', () => {
    expect(searchWords('  gestion   50%_off \\ ')).toEqual(['gestion', '50\\%\\_off', '\\\\']);
  });

  it('is empty for no search or only spaces, and keeps at most 8 words', () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
  });
});
