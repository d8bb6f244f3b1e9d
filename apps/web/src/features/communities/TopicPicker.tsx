import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../ui/Combobox';
import { useTopicSuggestions } from '../../ui/suggestions';
import { TopicName } from './ui';

export const MAX_TOPICS = 10;

/** Picks up to ten topics of the taxonomy: chips for those chosen, a combobox to add more. */
export function TopicPicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: readonly string[];
  onChange: (slugs: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('communities');
  const [query, setQuery] = useState('');
  // The names of the topics picked here, known from the suggestions: no need to ask for them again.
  const [labels, setLabels] = useState<Record<string, string>>({});
  const suggestions = useTopicSuggestions(query, value);
  const full = value.length >= MAX_TOPICS;
  return (
    <div className="c-topic-picker">
      {value.length ? (
        <ul className="chips c-topic-picker-chosen" aria-label={t('form.topicsChosen')}>
          {value.map((slug) => (
            <li key={slug} className="chip c-chip-removable">
              <span>
                #<TopicName slug={slug} label={labels[slug]} />
              </span>
              <button
                type="button"
                className="c-chip-remove"
                onClick={() => onChange(value.filter((s) => s !== slug))}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">
                  {t('form.removeTopic')} <TopicName slug={slug} label={labels[slug]} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {full ? (
        <p className="field-hint">{t('form.topicsFull', { count: MAX_TOPICS })}</p>
      ) : (
        <Combobox
          id={id}
          label={t('form.addTopic')}
          hint={t('form.topicsHint', { count: MAX_TOPICS })}
          error={error}
          placeholder={t('form.topicsPlaceholder')}
          query={query}
          onQueryChange={setQuery}
          options={suggestions}
          optionKey={(topic) => topic.slug}
          renderOption={(topic) => topic.label}
          onSelect={(topic) => {
            setLabels((known) => ({ ...known, [topic.slug]: topic.label }));
            onChange([...value, topic.slug]);
            setQuery('');
          }}
        />
      )}
      {full && error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
