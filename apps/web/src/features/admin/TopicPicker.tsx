import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../ui/Combobox';
import { useTopicSuggestions } from '../../ui/suggestions';

export interface TopicChoice {
  slug: string;
  label: string;
}

/**
 * Picks one topic of the taxonomy by typing part of a label or synonym (the shared combobox); the choice is
 * shown under the field and cleared by typing again or with "clear".
 */
export function TopicPicker({
  label,
  hint,
  value,
  onChange,
  exclude,
  testId,
}: {
  label: string;
  hint?: string;
  value: TopicChoice | null;
  onChange: (value: TopicChoice | null) => void;
  /** A slug never offered (the topic being edited, the other side of a merge). */
  exclude?: string;
  testId?: string;
}) {
  const { t } = useTranslation('admin');
  const [query, setQuery] = useState(value?.label ?? '');
  const suggestions = useTopicSuggestions(
    value && query === value.label ? '' : query,
    exclude ? [exclude] : [],
  );
  return (
    <div className="admin-picker" data-testid={testId}>
      <Combobox
        label={label}
        {...(hint ? { hint } : {})}
        placeholder={t('picker.placeholder')}
        query={query}
        onQueryChange={(text) => {
          setQuery(text);
          if (value) onChange(null);
        }}
        options={suggestions}
        optionKey={(topic) => topic.slug}
        renderOption={(topic) => (
          <>
            <span>{topic.label}</span>{' '}
            <span className="muted admin-picker-slug">
              {topic.label === topic.labelFr ? topic.labelEn : topic.labelFr} · {topic.slug}
            </span>
          </>
        )}
        onSelect={(topic) => {
          onChange({ slug: topic.slug, label: topic.label });
          setQuery(topic.label);
        }}
      />
      {value ? (
        <p className="muted admin-hint">
          <span data-testid={testId ? `${testId}-selected` : undefined}>
            {t('picker.selected', { label: value.label, slug: value.slug })}
          </span>{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('picker.clearLabel', { label: value.label })}
            onClick={() => {
              onChange(null);
              setQuery('');
            }}
          >
            {t('picker.clear')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
