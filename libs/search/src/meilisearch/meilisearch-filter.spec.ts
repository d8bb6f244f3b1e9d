import {
  allOf,
  anyOf,
  equals,
  isIn,
  isNull,
  notEquals,
  quoteFilterValue,
  renderFilter,
} from './meilisearch-filter';

interface Token {
  type: 'word' | 'string' | 'operator' | 'punctuation';
  value: string;
}

/**
 * Reads a filter the way Meilisearch's parser does (crates/filter-parser): a double-quoted value ends at
 * the first `"` not preceded by a backslash, and a backslash keeps the character after it. A test that
 * compares tokens proves the structure of a filter, whatever its values hold.
 */
function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < filter.length) {
    const character = filter[at]!;
    if (/\s/.test(character)) {
      at += 1;
    } else if (character === '"') {
      let value = '';
      at += 1;
      while (at < filter.length && filter[at] !== '"') {
        if (filter[at] === '\\') {
          at += 1;
          if (at >= filter.length) throw new Error('a backslash ends the filter');
        }
        value += filter[at];
        at += 1;
      }
      if (at >= filter.length) throw new Error('unterminated string');
      at += 1;
      tokens.push({ type: 'string', value });
    } else if (character === '!' && filter[at + 1] === '=') {
      tokens.push({ type: 'operator', value: '!=' });
      at += 2;
    } else if (character === '=') {
      tokens.push({ type: 'operator', value: '=' });
      at += 1;
    } else if ('()[],'.includes(character)) {
      tokens.push({ type: 'punctuation', value: character });
      at += 1;
    } else {
      const word = /^[A-Za-z0-9_.-]+/.exec(filter.slice(at))?.[0];
      if (!word) throw new Error(`unexpected ${character} at ${at}`);
      tokens.push({ type: 'word', value: word });
      at += word.length;
    }
  }
  return tokens;
}

const word = (value: string): Token => ({ type: 'word', value });
const text = (value: string): Token => ({ type: 'string', value });
const op = (value: string): Token => ({ type: 'operator', value });
const punctuation = (value: string): Token => ({ type: 'punctuation', value });

const HOSTILE_VALUES = [
  'a" OR visibility = "secret',
  'x\\" OR "1" = "1',
  'back\\slash\\',
  '\\',
  '"',
  'R&D OR visibility = secret',
  ') OR id IN ["s"] OR (',
  'line\nbreak \u00e9t\u00e9',
];

describe('quoteFilterValue', () => {
  it('wraps a value in double quotes', () => {
    expect(quoteFilterValue('Paris')).toBe('"Paris"');
    expect(quoteFilterValue('')).toBe('""');
  });

  it('escapes double quotes and backslashes, and nothing else', () => {
    expect(quoteFilterValue('a" OR visibility = "secret')).toBe('"a\\" OR visibility = \\"secret"');
    expect(quoteFilterValue('C:\\temp\\')).toBe('"C:\\\\temp\\\\"');
    expect(quoteFilterValue('x\\" OR')).toBe('"x\\\\\\" OR"');
    expect(quoteFilterValue("it's (fine) [ok]")).toBe('"it\'s (fine) [ok]"');
  });

  it('quotes numbers and booleans too', () => {
    expect(quoteFilterValue(true)).toBe('"true"');
    expect(quoteFilterValue(12)).toBe('"12"');
  });

  it.each(HOSTILE_VALUES)('reads back as exactly one value: %j', (value) => {
    expect(tokenize(quoteFilterValue(value))).toEqual([text(value)]);
  });
});

describe('filter expressions', () => {
  it('joins conditions with AND and parenthesises nested groups', () => {
    const filter = allOf(
      anyOf(
        allOf(isNull('community_id'), equals('author_active', true)),
        equals('community_visibility', 'open'),
      ),
      equals('kind', 'question'),
    );
    expect(renderFilter(filter)).toBe(
      '((community_id IS NULL AND author_active = "true") OR community_visibility = "open") AND kind = "question"',
    );
  });

  it('skips missing parts and collapses groups of one', () => {
    expect(renderFilter(allOf(null, undefined))).toBeUndefined();
    expect(renderFilter(anyOf(notEquals('visibility', 'secret'), isIn('id', [])))).toBe(
      'visibility != "secret"',
    );
    expect(renderFilter(allOf(null, equals('kind', 'question')))).toBe('kind = "question"');
  });

  it('quotes every value of an IN list', () => {
    expect(renderFilter(isIn('id', ['a', 'b"c']))).toBe('id IN ["a", "b\\"c"]');
  });

  it('refuses an attribute name that is not a plain identifier', () => {
    expect(() => equals('visibility = "open" OR id', 'x')).toThrow('Not a filterable attribute name');
  });

  it.each(HOSTILE_VALUES)('keeps its structure whatever a value holds: %j', (value) => {
    const filter = renderFilter(
      allOf(
        equals('department', value),
        anyOf(notEquals('visibility', 'secret'), isIn('id', [value, 'other'])),
      ),
    )!;
    expect(tokenize(filter)).toEqual([
      word('department'),
      op('='),
      text(value),
      word('AND'),
      punctuation('('),
      word('visibility'),
      op('!='),
      text('secret'),
      word('OR'),
      word('id'),
      word('IN'),
      punctuation('['),
      text(value),
      punctuation(','),
      text('other'),
      punctuation(']'),
      punctuation(')'),
    ]);
  });

  it('would have been widened without escaping (the tokenizer sees the difference)', () => {
    const naive = `department = "${HOSTILE_VALUES[0]}"`;
    expect(tokenize(naive)).toEqual([
      word('department'),
      op('='),
      text('a'),
      word('OR'),
      word('visibility'),
      op('='),
      text('secret'),
    ]);
  });
});
