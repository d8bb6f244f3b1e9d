import { plainTextOfHtml } from './meilisearch-documents';
import { highlightsOfFormatted } from './meilisearch-highlights';

const S = '\u0002';
const E = '\u0003';

describe('highlightsOfFormatted', () => {
  it('cuts marked values into fragments and keeps only the fields that matched, in the order asked', () => {
    expect(
      highlightsOfFormatted(
        {
          id: '00000000-0000-4000-8000-000000000001',
          name: `Camille ${S}Martin${E}`,
          title: 'Data engineer',
          bio: `…works on ${S}machine${E} ${S}learning${E} pipelines…`,
        },
        ['bio', 'name', 'title', 'department'],
      ),
    ).toEqual([
      {
        field: 'bio',
        fragments: [
          { text: '…works on ', match: false },
          { text: 'machine', match: true },
          { text: ' ', match: false },
          { text: 'learning', match: true },
          { text: ' pipelines…', match: false },
        ],
      },
      {
        field: 'name',
        fragments: [
          { text: 'Camille ', match: false },
          { text: 'Martin', match: true },
        ],
      },
    ]);
  });

  it('keeps the matched items of an array field, joined by a comma', () => {
    expect(
      highlightsOfFormatted({ topics: ['Cloud', `${S}Kube${E}rnetes`, 'DevOps', `${S}K8s${E}`] }, ['topics']),
    ).toEqual([
      {
        field: 'topics',
        fragments: [
          { text: 'Kube', match: true },
          { text: 'rnetes, ', match: false },
          { text: 'K8s', match: true },
        ],
      },
    ]);
  });

  it('answers nothing without _formatted or without a match', () => {
    expect(highlightsOfFormatted(undefined, ['name'])).toEqual([]);
    expect(highlightsOfFormatted({ name: 'Camille Martin', topics: [] }, ['name', 'topics'])).toEqual([]);
  });
});

describe('plainTextOfHtml', () => {
  it('keeps the words of a rendered biography, entities decoded once', () => {
    expect(
      plainTextOfHtml(
        '<p>R&amp;D <strong>lead</strong></p><p>Loves &lt;code&gt; &amp;amp; caf&#233;s&#x21;</p>\n<ul><li>Go</li></ul>',
      ),
    ).toBe('R&D lead Loves <code> &amp; cafés! Go');
  });

  it('drops the highlight marks a text could hold', () => {
    expect(plainTextOfHtml(`<p>${S}fake${E} match</p>`)).toBe('fake match');
  });
});
