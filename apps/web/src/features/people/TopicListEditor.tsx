import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicKind } from '../../gql/graphql';
import { VisuallyHidden } from '../../ui/bits';
import { Combobox } from '../../ui/Combobox';
import { useTopicSuggestions } from '../../ui/suggestions';

export interface ListedTopic {
  slug: string;
  label: string;
}

/** setMyTopics takes at most this many topics per kind. */
export const MAX_TOPICS_PER_KIND = 30;

interface TopicListEditorProps {
  kind: TopicKind;
  topics: ListedTopic[];
  onChange: (topics: ListedTopic[]) => void;
  errors?: string[];
}

/**
 * One of the person's topic lists: add a topic through a combobox of suggestions (keyboard and pointer),
 * remove one, move one up or down. The order is the one the profile shows.
 */
export function TopicListEditor({ kind, topics, onChange, errors = [] }: TopicListEditorProps) {
  const { t } = useTranslation('people');
  const base = useId();
  const inputId = `${base}-input`;
  const errorId = `${base}-error`;
  const hintId = `${base}-hint`;
  const [focusId, setFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const kindLabel = t(`editKind.${kind}`);
  const buttonId = (slug: string, action: 'up' | 'down' | 'remove') => `${base}-${slug}-${action}`;

  // Moving a topic re-renders its row: the focus goes back to the button that moved it.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= topics.length) return;
    const next = [...topics];
    const [moved] = next.splice(index, 1);
    next.splice(target, 0, moved!);
    onChange(next);
    // At the top or the bottom its button is disabled (and loses the focus): the other one gets it.
    const atEdge = by < 0 ? target === 0 : target === next.length - 1;
    setFocusId(buttonId(moved!.slug, by < 0 !== atEdge ? 'up' : 'down'));
    setAnnouncement(t('picker.moved', { topic: moved!.label, position: target + 1 }));
  };

  const remove = (index: number) => {
    const removed = topics[index]!;
    onChange(topics.filter((_, i) => i !== index));
    setFocusId(inputId);
    setAnnouncement(t('picker.removed', { topic: removed.label }));
  };

  const add = (topic: ListedTopic) => {
    if (topics.some((listed) => listed.slug === topic.slug)) return;
    onChange([...topics, topic]);
    setAnnouncement(t('picker.added', { topic: topic.label }));
  };

  const full = topics.length >= MAX_TOPICS_PER_KIND;
  return (
    <fieldset className="topic-editor" aria-describedby={errors.length ? errorId : undefined}>
      <legend>{kindLabel}</legend>
      <p id={hintId} className="muted field-hint">
        {t(`kindHint.${kind}`)}
      </p>
      {topics.length > 0 ? (
        <ol className="topic-editor-list" aria-label={t('picker.listLabel', { kind: kindLabel })}>
          {topics.map((topic, index) => (
            <li key={topic.slug} className="topic-editor-item">
              <span className="topic-editor-label">{topic.label}</span>
              <span className="topic-editor-actions">
                <button
                  type="button"
                  id={buttonId(topic.slug, 'up')}
                  className="icon-button"
                  title={t('picker.up')}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                  <VisuallyHidden>
                    {t('picker.up')} « {topic.label} »
                  </VisuallyHidden>
                </button>
                <button
                  type="button"
                  id={buttonId(topic.slug, 'down')}
                  className="icon-button"
                  title={t('picker.down')}
                  disabled={index === topics.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                  <VisuallyHidden>
                    {t('picker.down')} « {topic.label} »
                  </VisuallyHidden>
                </button>
                <button
                  type="button"
                  id={buttonId(topic.slug, 'remove')}
                  className="icon-button icon-button-danger"
                  title={t('picker.remove')}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">✕</span>
                  <VisuallyHidden>
                    {t('picker.remove')} « {topic.label} »
                  </VisuallyHidden>
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted topic-editor-empty">{t('picker.empty')}</p>
      )}
      {full ? (
        <p className="muted">{t('edit.tooManyTopics')}</p>
      ) : (
        <TopicAdder
          inputId={inputId}
          label={t('picker.add', { kind: kindLabel })}
          exclude={topics.map((topic) => topic.slug)}
          onPick={add}
        />
      )}
      {errors.length ? (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}

/** The combobox that adds a topic: suggestions from the taxonomy, the text cleared once one is picked. */
function TopicAdder(props: {
  inputId: string;
  label: string;
  exclude: string[];
  onPick: (topic: ListedTopic) => void;
}) {
  const { t } = useTranslation('people');
  const [query, setQuery] = useState('');
  const suggestions = useTopicSuggestions(query, props.exclude);
  return (
    <Combobox
      id={props.inputId}
      label={props.label}
      placeholder={t('picker.placeholder')}
      query={query}
      onQueryChange={setQuery}
      options={suggestions}
      optionKey={(topic) => topic.slug}
      renderOption={(topic) => topic.label}
      onSelect={(topic) => {
        props.onPick({ slug: topic.slug, label: topic.label });
        setQuery('');
      }}
    />
  );
}
