import { Highlight, HighlightFragment } from './search-engine';

/** Marks engines put around matched words: control characters, which no indexed text contains. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

/**
 * Cuts a marked text into fragments, matched or not. Returns null when nothing matched, so callers keep
 * only the fields where the query was found. Stray marks (a text cut inside a match) are dropped.
 */
export function toFragments(marked: string | null | undefined): HighlightFragment[] | null {
  if (!marked || !marked.includes(HIGHLIGHT_START)) return null;
  const fragments: HighlightFragment[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) {
      pushText(fragments, rest, false);
      break;
    }
    pushText(fragments, rest.slice(0, start), false);
    const end = rest.indexOf(HIGHLIGHT_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    pushText(fragments, rest.slice(start + 1, stop), true);
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return fragments.some((fragment) => fragment.match) ? fragments : null;
}

function pushText(fragments: HighlightFragment[], text: string, match: boolean): void {
  const clean = text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
  if (!clean) return;
  const last = fragments[fragments.length - 1];
  if (last && last.match === match) last.text += clean;
  else fragments.push({ text: clean, match });
}

/** The highlights of the fields that matched, in the order given. */
export function highlightsOf(fields: Array<[string, string | null | undefined]>): Highlight[] {
  const highlights: Highlight[] = [];
  for (const [field, marked] of fields) {
    const fragments = toFragments(marked);
    if (fragments) highlights.push({ field, fragments });
  }
  return highlights;
}
