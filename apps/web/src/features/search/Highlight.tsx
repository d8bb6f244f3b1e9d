import { Fragment } from 'react';

export interface Highlight {
  field: string;
  fragments: ReadonlyArray<{ text: string; match: boolean }>;
}

/**
 * A field as the api cut it into fragments: what the search found in `<mark>`. The text is React text,
 * never HTML, whatever it contains.
 */
export function Marked({ fragments }: { fragments: Highlight['fragments'] }) {
  return (
    <>
      {fragments.map((fragment, index) =>
        fragment.match ? (
          <mark key={index}>{fragment.text}</mark>
        ) : (
          <Fragment key={index}>{fragment.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * A short field (a name, a title) with what the search found in it marked, when the api highlighted the
 * whole of it; otherwise the plain value (a cropped highlight would show only part of a name).
 */
export function HighlightedField({
  value,
  field,
  highlights,
}: {
  value: string;
  field: string;
  highlights: readonly Highlight[];
}) {
  const highlight = highlights.find((h) => h.field === field);
  if (highlight && highlight.fragments.map((f) => f.text).join('') === value)
    return <Marked fragments={highlight.fragments} />;
  return <>{value}</>;
}

/** Highlights of the longer fields (a bio, a body, a description): extracts where the words were found. */
export function Snippets({
  highlights,
  fields,
  className = 'search-snippet',
}: {
  highlights: readonly Highlight[];
  fields: readonly string[];
  className?: string;
}) {
  const shown = highlights.filter(
    (h) => fields.includes(h.field) && h.fragments.some((fragment) => fragment.match),
  );
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((highlight) => (
        <p key={highlight.field} className={`muted ${className}`} data-field={highlight.field}>
          <Marked fragments={highlight.fragments} />
        </p>
      ))}
    </>
  );
}
