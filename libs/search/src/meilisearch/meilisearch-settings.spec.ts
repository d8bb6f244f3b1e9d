import { defaultSettings } from './fake-meilisearch.test';
import { indexSettings, settingsToUpdate, synonymsOf } from './meilisearch-settings';

describe('synonymsOf', () => {
  it('leads every name of a topic, lower-cased, to all its other names', () => {
    expect(
      synonymsOf([
        {
          label_fr: 'Intelligence artificielle',
          label_en: 'Artificial intelligence',
          synonyms_fr: ['IA'],
          synonyms_en: ['AI'],
        },
      ]),
    ).toEqual({
      'intelligence artificielle': ['artificial intelligence', 'ia', 'ai'],
      'artificial intelligence': ['intelligence artificielle', 'ia', 'ai'],
      ia: ['intelligence artificielle', 'artificial intelligence', 'ai'],
      ai: ['intelligence artificielle', 'artificial intelligence', 'ia'],
    });
  });

  it('skips a topic with one name and merges a name shared by two topics', () => {
    expect(
      synonymsOf([
        { label_fr: 'Paie', label_en: 'paie ', synonyms_fr: [], synonyms_en: null },
        { label_fr: 'Réseau', label_en: 'Network', synonyms_fr: ['LAN'], synonyms_en: [] },
        { label_fr: 'Réseau social', label_en: 'Social network', synonyms_fr: ['Réseau'], synonyms_en: [] },
      ]),
    ).toEqual({
      réseau: ['network', 'lan', 'réseau social', 'social network'],
      network: ['réseau', 'lan'],
      lan: ['réseau', 'network'],
      'réseau social': ['social network', 'réseau'],
      'social network': ['réseau social', 'réseau'],
    });
  });
});

describe('settingsToUpdate', () => {
  const wanted = indexSettings('people', { ia: ['ai'], ai: ['ia'] });

  it('wants every setting on a new index', () => {
    expect(settingsToUpdate(wanted, defaultSettings())).toEqual(wanted);
  });

  it('wants nothing once the index holds them, in whatever order Meilisearch lists sets', () => {
    const held = {
      ...defaultSettings(),
      ...wanted,
      filterableAttributes: ['community_ids', 'department', 'languages', 'location', 'topic_ids'],
      sortableAttributes: ['best_score', 'endorsements', 'expertise'],
      synonyms: { ai: ['ia'], ia: ['ai'] },
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
        disableOnWords: [],
        disableOnAttributes: [],
        disableOnNumbers: false,
      },
    };
    expect(settingsToUpdate(wanted, held)).toEqual({});
  });

  it('wants only what differs: the order of searchable attributes and ranking rules matters', () => {
    const held = {
      ...defaultSettings(),
      ...wanted,
      searchableAttributes: ['topics', 'name', 'title', 'department', 'bio', 'location', 'languages'],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 } },
      synonyms: { ia: ['ai'] },
    };
    expect(settingsToUpdate(wanted, held)).toEqual({
      searchableAttributes: wanted.searchableAttributes,
      typoTolerance: wanted.typoTolerance,
      synonyms: wanted.synonyms,
    });
  });
});
