import { toFragments } from '../engine/highlight';
import type { Highlight, HighlightFragment } from '../engine/search-engine';

/** Between the matched items of an array field (a person's topics). */
const ITEM_SEPARATOR = ', ';

/**
 * A hit's `_formatted` values (marked with HIGHLIGHT_START / HIGHLIGHT_END as pre and post tags) as
 * highlights, in the order of `fields`, keeping only the fields where the query matched. For an array
 * field, only the items that matched are kept, joined by a comma.
 */
export function highlightsOfFormatted(
  formatted: Record<string, unknown> | undefined,
  fields: readonly string[],
): Highlight[] {
  if (!formatted) return [];
  const highlights: Highlight[] = [];
  for (const field of fields) {
    const value = formatted[field];
    const marked =
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.filter((item): item is string => typeof item === 'string')
          : [];
    const matched = marked
      .map((item) => toFragments(item))
      .filter((fragments): fragments is HighlightFragment[] => fragments !== null);
    if (matched.length === 0) continue;
    const fragments: HighlightFragment[] = [];
    matched.forEach((itemFragments, index) => {
      if (index > 0) push(fragments, { text: ITEM_SEPARATOR, match: false });
      for (const fragment of itemFragments) push(fragments, fragment);
    });
    highlights.push({ field, fragments });
  }
  return highlights;
}

/** Appends a fragment, merged into the previous one when both are matched or both are not. */
function push(fragments: HighlightFragment[], fragment: HighlightFragment): void {
  const last = fragments[fragments.length - 1];
  if (last && last.match === fragment.match) last.text += fragment.text;
  else fragments.push({ ...fragment });
}
