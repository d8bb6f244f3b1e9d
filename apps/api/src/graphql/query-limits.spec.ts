import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule } from './query-limits';

const schema = buildSchema(`
  type Node { id: ID! child: Node name: String }
  type Query { node: Node }
`);

const errorsFor = (query: string, maxDepth: number) =>
  validate(schema, parse(query), [...specifiedRules, depthLimitRule(maxDepth)]).map((e) => e.message);

describe('depthLimitRule', () => {
  it('accepts a query at the limit', () => {
    expect(errorsFor('{ node { child { id } } }', 3)).toEqual([]);
  });

  it('refuses a query one level deeper, saying how deep it is and what the limit is', () => {
    const errors = errorsFor('{ node { child { child { id } } } }', 3);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('nested 4 levels deep; the limit is 3');
  });

  it('follows fragments, including nested ones', () => {
    const query = `
      { node { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { child { id } } }
    `;
    expect(errorsFor(query, 4)).toHaveLength(1);
    expect(errorsFor(query, 5)).toEqual([]);
  });

  it('does not loop on fragment cycles (the spec rule reports them)', () => {
    const query = `{ node { ...A } } fragment A on Node { child { ...A } }`;
    expect(() => errorsFor(query, 10)).not.toThrow();
  });

  it('counts inline fragments without adding a level', () => {
    expect(errorsFor('{ node { ... on Node { child { id } } } }', 3)).toEqual([]);
  });
});
