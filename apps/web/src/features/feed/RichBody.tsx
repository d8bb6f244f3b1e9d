import { MouseEvent, useMemo } from 'react';
import { useNavigate } from 'react-router';

const MENTION = /(^|[^\p{L}\p{N}_.+@\\-])@([a-z0-9][a-z0-9._+-]{0,63})/giu;

/**
 * Turns the @handles of the people a post mentions into links to their profiles, in the api's sanitized
 * HTML. Only text outside links and code changes, and only with nodes built here (no HTML is parsed from
 * the handles), so the result stays as safe as the input.
 */
export function linkMentions(html: string, mentions: ReadonlyArray<{ id: string; handle: string }>): string {
  if (mentions.length === 0 || !html.includes('@') || typeof DOMParser === 'undefined') return html;
  const byHandle = new Map(mentions.map((m) => [m.handle.toLowerCase(), m.id]));
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.parentElement?.closest('a, code, pre') ?? null) && node.nodeValue?.includes('@')) {
      texts.push(node as Text);
    }
  }
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    const parts: Node[] = [];
    let last = 0;
    for (const match of value.matchAll(MENTION)) {
      const handle = match[2]!.replace(/[._+-]+$/, '');
      const id = byHandle.get(handle.toLowerCase());
      if (!id) continue;
      const at = match.index + match[1]!.length;
      parts.push(doc.createTextNode(value.slice(last, at)));
      const link = doc.createElement('a');
      link.setAttribute('href', `/people/${encodeURIComponent(id)}`);
      link.setAttribute('class', 'mention');
      link.setAttribute('data-internal', 'true');
      link.textContent = `@${handle}`;
      parts.push(link);
      last = at + 1 + handle.length;
    }
    if (parts.length === 0) continue;
    parts.push(doc.createTextNode(value.slice(last)));
    text.replaceWith(...parts);
  }
  return doc.body.innerHTML;
}

/** A post's or comment's rendered body, its mentions linked, its in-app links opened without a reload. */
export function RichBody({
  html,
  mentions = [],
  lang,
}: {
  html: string;
  mentions?: ReadonlyArray<{ id: string; handle: string }>;
  /** The language it is written in, for screen readers' pronunciation. */
  lang?: string;
}) {
  const navigate = useNavigate();
  const linked = useMemo(() => linkMentions(html, mentions), [html, mentions]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest?.('a[data-internal]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(link.getAttribute('href')!);
  };
  // The click handler only takes over links the browser already makes keyboard-operable.
  return (
    <div
      className="prose post-body"
      lang={lang}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: linked }}
    />
  );
}
