/**
 * Meilisearch filter expressions, built as a small tree and rendered to the string syntax, so that no value
 * ever becomes syntax: every value (ids and booleans included) is a double-quoted string, and every group of
 * conditions is parenthesised when nested. A department named `x" OR visibility = "secret` stays one value.
 *
 * Meilisearch reads a double-quoted value up to the first `"` not preceded by a backslash, then unescapes
 * `\"` and `\\` (crates/filter-parser/src/value.rs), so escaping both characters is enough.
 */

/** Filterable attribute names: constants of this adapter, never text from a request. */
const ATTRIBUTE = /^[a-z_]+(\.[a-z0-9_-]+)*$/;

export type FilterValue = string | number | boolean;

export type FilterExpression =
  { kind: 'condition'; text: string } | { kind: 'and' | 'or'; parts: readonly FilterExpression[] };

/** A value as a Meilisearch filter string: `"…"`, with `\` and `"` backslash-escaped. */
export function quoteFilterValue(value: FilterValue): string {
  return `"${String(value).replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

function attribute(name: string): string {
  if (!ATTRIBUTE.test(name)) throw new Error(`Not a filterable attribute name: ${name}`);
  return name;
}

function condition(text: string): FilterExpression {
  return { kind: 'condition', text };
}

/** `attribute = "value"`; on an array attribute, documents whose array holds the value. */
export function equals(name: string, value: FilterValue): FilterExpression {
  return condition(`${attribute(name)} = ${quoteFilterValue(value)}`);
}

export function notEquals(name: string, value: FilterValue): FilterExpression {
  return condition(`${attribute(name)} != ${quoteFilterValue(value)}`);
}

/** `attribute IN ["a", "b"]`; null for an empty list, which no document could match. */
export function isIn(name: string, values: readonly FilterValue[]): FilterExpression | null {
  if (values.length === 0) return null;
  return condition(`${attribute(name)} IN [${values.map(quoteFilterValue).join(', ')}]`);
}

export function isNull(name: string): FilterExpression {
  return condition(`${attribute(name)} IS NULL`);
}

type Part = FilterExpression | null | undefined;

function group(kind: 'and' | 'or', parts: readonly Part[]): FilterExpression | null {
  const present = parts.filter((part): part is FilterExpression => part != null);
  if (present.length === 0) return null;
  if (present.length === 1) return present[0]!;
  return { kind, parts: present };
}

/** Every part holds; null (no filter at all) when there is none. Missing parts are skipped. */
export function allOf(...parts: Part[]): FilterExpression | null {
  return group('and', parts);
}

/** One part at least holds. Missing parts are skipped; null when there is none. */
export function anyOf(...parts: Part[]): FilterExpression | null {
  return group('or', parts);
}

/** The string Meilisearch parses; undefined for no filter. Nested groups are parenthesised. */
export function renderFilter(expression: FilterExpression | null): string | undefined {
  if (!expression) return undefined;
  return render(expression);
}

function render(expression: FilterExpression): string {
  if (expression.kind === 'condition') return expression.text;
  const separator = expression.kind === 'and' ? ' AND ' : ' OR ';
  return expression.parts
    .map((part) => (part.kind === 'condition' ? part.text : `(${render(part)})`))
    .join(separator);
}
