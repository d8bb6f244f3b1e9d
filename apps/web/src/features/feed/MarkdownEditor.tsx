import { KeyboardEvent, RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { apiProblem } from '../../lib/graphql';
import { useDebounced } from '../../lib/use-debounced';
import { Html } from '../../ui/bits';
import { FormError, Loading } from '../../ui/states';
import { HASHTAG_SUGGESTIONS } from '../../ui/suggestions';
import { MENTION_CANDIDATES, PREVIEW_MARKDOWN } from './documents';
import './feed.css';

/** The @mention or #hashtag being typed where the caret is. */
export interface Token {
  kind: 'mention' | 'hashtag';
  /** Where its `@` or `#` is. */
  start: number;
  /** Just after its last character (the caret may be in the middle). */
  end: number;
  query: string;
}

// The same rules as the api's parser (libs/content post-markup.ts): not glued to a word, e-mail or URL.
const MENTION_BEFORE = /(?:^|[^\p{L}\p{N}_.+@\\-])@([a-z0-9][a-z0-9._+-]{0,63})$/iu;
const MENTION_AFTER = /^[a-z0-9._+-]*/iu;
const HASHTAG_BEFORE = /(?:^|[^\p{L}\p{N}_&#/\\-])#([\p{L}\p{N}][\p{L}\p{N}_-]{0,79})$/u;
const HASHTAG_AFTER = /^[\p{L}\p{N}_-]*/u;

export function tokenAt(value: string, caret: number): Token | null {
  const before = value.slice(0, caret);
  const after = value.slice(caret);
  const mention = MENTION_BEFORE.exec(before);
  if (mention) {
    const rest = MENTION_AFTER.exec(after)![0];
    return {
      kind: 'mention',
      start: caret - mention[1]!.length - 1,
      end: caret + rest.length,
      query: mention[1]! + rest,
    };
  }
  const hashtag = HASHTAG_BEFORE.exec(before);
  if (hashtag) {
    const rest = HASHTAG_AFTER.exec(after)![0];
    return {
      kind: 'hashtag',
      start: caret - hashtag[1]!.length - 1,
      end: caret + rest.length,
      query: hashtag[1]! + rest,
    };
  }
  return null;
}

interface Suggestion {
  id: string;
  /** What goes after the `@` or `#`. */
  insert: string;
  label: string;
  detail: string | null;
}

function useSuggestions(token: Token | null): { suggestions: Suggestion[]; loaded: boolean } {
  const query = useDebounced(token ? `${token.kind}:${token.query}` : '', 150);
  const [kind, search] = query ? (query.split(/:(.*)/s) as ['mention' | 'hashtag', string]) : [null, ''];
  const [people] = useQuery({
    query: MENTION_CANDIDATES,
    variables: { search },
    pause: kind !== 'mention' || !search,
  });
  const [topics] = useQuery({
    query: HASHTAG_SUGGESTIONS,
    variables: { search },
    pause: kind !== 'hashtag' || !search,
  });
  // Only the answer to what is typed now: an older one would insert the wrong name.
  if (!token || query !== `${token.kind}:${token.query}`) return { suggestions: [], loaded: false };
  if (token.kind === 'mention') {
    if (people.operation?.variables.search !== search) return { suggestions: [], loaded: false };
    return {
      loaded: !!people.data && !people.fetching,
      suggestions: (people.data?.people.nodes ?? []).map((person) => ({
        id: person.id,
        insert: person.handle,
        label: person.displayName,
        detail: `@${person.handle}${person.title ? ` · ${person.title}` : ''}`,
      })),
    };
  }
  if (topics.operation?.variables.search !== search) return { suggestions: [], loaded: false };
  return {
    loaded: !!topics.data && !topics.fetching,
    suggestions: (topics.data?.suggestTopics ?? []).map((topic) => ({
      id: topic.id,
      insert: topic.slug,
      label: topic.label,
      detail: `#${topic.slug}`,
    })),
  };
}

export interface MarkdownEditorProps {
  /** The textarea's id, for its label. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** Announced as an error of the field (aria-invalid, aria-describedby). */
  error?: string | null;
  /** Ctrl/⌘+Enter submits. */
  onSubmitShortcut?: () => void;
}

/**
 * A markdown textarea with a Write/Preview switch (the preview is the api's own renderer) and suggestions
 * while typing an @mention (people) or a #hashtag (topics): a listbox driven from the textarea with the
 * arrow keys, Enter or Tab to insert, Escape to close (aria-activedescendant).
 */
export function MarkdownEditor({
  id,
  label,
  value,
  onChange,
  hint,
  rows = 4,
  textareaRef,
  error,
  onSubmitShortcut,
}: MarkdownEditorProps) {
  const { t } = useTranslation('feed');
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? ownRef;
  const uid = useId();
  const listId = `${uid}-suggestions`;
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [caret, setCaret] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const token = focused && caret !== null && mode === 'write' ? tokenAt(value, caret) : null;
  const { suggestions, loaded } = useSuggestions(token && token.start !== dismissed ? token : null);
  const open = suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(suggestions.length - 1, 0));

  // A new word being typed gets its own suggestions, the first one active.
  const tokenKey = token ? `${token.kind}:${token.start}:${token.query}` : '';
  useEffect(() => setActive(0), [tokenKey]);
  const tokenStart = token?.start ?? null;
  useEffect(() => {
    if (tokenStart !== dismissed) setDismissed(null);
  }, [tokenStart, dismissed]);

  useLayoutEffect(() => {
    const textarea = ref.current;
    if (pendingCaret.current === null || !textarea) return;
    textarea.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = null;
  }, [value, ref]);

  useEffect(() => {
    if (!open) return;
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, activeIndex, listId]);

  const insert = (suggestion: Suggestion) => {
    if (!token) return;
    const text = `${token.kind === 'mention' ? '@' : '#'}${suggestion.insert} `;
    pendingCaret.current = token.start + text.length;
    onChange(value.slice(0, token.start) + text + value.slice(token.end).replace(/^ /, ''));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
      return;
    }
    if (!open) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      insert(suggestions[activeIndex]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(token!.start);
    }
  };

  const debounced = useDebounced(value, 300);
  const [preview] = useQuery({
    query: PREVIEW_MARKDOWN,
    variables: { markdown: debounced },
    pause: mode !== 'preview' || !debounced.trim(),
  });
  const previewReady =
    debounced === value && !!preview.data && preview.operation?.variables.markdown === value;

  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="md-editor">
      <div className="md-editor-top">
        <label htmlFor={id}>{label}</label>
        <div className="md-modes" role="group" aria-label={t('editor.modes')}>
          <button
            type="button"
            className="md-mode"
            aria-pressed={mode === 'write'}
            onClick={() => {
              setMode('write');
              requestAnimationFrame(() => ref.current?.focus());
            }}
          >
            {t('editor.write')}
          </button>
          <button
            type="button"
            className="md-mode"
            aria-pressed={mode === 'preview'}
            onClick={() => setMode('preview')}
          >
            {t('editor.preview')}
          </button>
        </div>
      </div>
      <div className="md-field" hidden={mode !== 'write'}>
        <textarea
          id={id}
          ref={ref}
          rows={rows}
          value={value}
          aria-autocomplete="list"
          aria-haspopup="listbox"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? `${listId}-${activeIndex}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            onChange(event.target.value);
            setCaret(event.target.selectionStart);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul id={listId} role="listbox" className="md-suggestions" aria-label={t('editor.suggestions')}>
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                className="md-suggestion"
                onMouseDown={(event) => {
                  // Keeps the focus (and the caret) in the textarea.
                  event.preventDefault();
                  insert(suggestion);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="md-suggestion-label">{suggestion.label}</span>
                {suggestion.detail ? <span className="md-suggestion-detail">{suggestion.detail}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="visually-hidden" role="status" aria-live="polite">
          {open
            ? t('editor.suggestionsCount', { count: suggestions.length })
            : token && loaded
              ? t('editor.noSuggestion')
              : ''}
        </p>
      </div>
      {mode === 'preview' ? (
        <div
          id={`${uid}-preview`}
          className="md-preview"
          role="region"
          aria-label={t('editor.previewLabel')}
          aria-live="polite"
          aria-busy={!previewReady && !!value.trim()}
        >
          {!value.trim() ? (
            <p className="muted">{t('editor.previewEmpty')}</p>
          ) : preview.error ? (
            <FormError problem={apiProblem(preview.error)} />
          ) : previewReady ? (
            <Html html={preview.data!.previewMarkdown} />
          ) : (
            <Loading />
          )}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="md-hint muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
