import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../lib/format';

/** Initials on a colour derived from the name: a face for everyone, with no image to load. */
export function Avatar({ name, size = 40 }: { name: string; size?: number }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  // Dark enough for white text at AA contrast whatever the hue.
  const background = `hsl(${hash % 360} 50% 26%)`;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.4, background }}
    >
      {initials}
    </span>
  );
}

/** HTML the api rendered from markdown and sanitized (no script, handler or javascript: link). */
export function Html({ html, className }: { html: string; className?: string }) {
  return <div className={`prose ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** "il y a 3 heures" with the exact date on hover and for assistive technology. */
export function RelativeTime({ iso }: { iso: string }) {
  const format = useFormat();
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {format.relative(iso)}
    </time>
  );
}

/** Text only screen readers read: a label for an icon button, a count's meaning... */
export function VisuallyHidden({ children }: { children: React.ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

export function useT(ns?: string) {
  return useTranslation(ns).t;
}

/** Topics as chips, each a link to its page; nothing when there is none. Named by a label or a heading. */
export function TopicLinks({
  topics,
  className,
  ...name
}: {
  topics: ReadonlyArray<{ slug: string; label: string }>;
  className?: string;
} & ({ 'aria-label': string } | { 'aria-labelledby': string })) {
  if (topics.length === 0) return null;
  return (
    <ul className={className ? `chips ${className}` : 'chips'} {...name}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link to={`/topics/${topic.slug}`} className="chip">
            #{topic.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
