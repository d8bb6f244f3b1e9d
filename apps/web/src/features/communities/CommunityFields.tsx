import { useTranslation } from 'react-i18next';
import type { CommunityVisibility } from '../../gql/graphql';
import type { CommunityField } from './problems';
import { TopicPicker } from './TopicPicker';
import { Icon, VISIBILITIES } from './ui';

export interface CommunityValues {
  name: string;
  slug: string;
  description: string;
  visibility: CommunityVisibility;
  topics: string[];
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

/**
 * The fields of the create and settings forms. The slug is asked only at creation; `current` is the
 * visibility saved, to warn before a change that gives the community a new address.
 */
export function CommunityFields({
  prefix,
  values,
  onChange,
  errors,
  withSlug,
  current,
}: {
  prefix: string;
  values: CommunityValues;
  onChange: (change: Partial<CommunityValues>) => void;
  errors: Partial<Record<CommunityField, string>>;
  withSlug?: boolean;
  current?: CommunityVisibility;
}) {
  const { t } = useTranslation('communities');
  const id = (field: string) => `${prefix}-${field}`;
  const describedBy = (field: CommunityField, hint?: boolean) =>
    [hint ? id(`${field}-hint`) : null, errors[field] ? id(`${field}-error`) : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const becomingSecret = values.visibility === 'SECRET' && current !== undefined && current !== 'SECRET';
  return (
    <>
      <div className="c-field">
        <label htmlFor={id('name')}>{t('form.name')}</label>
        <input
          id={id('name')}
          name="name"
          value={values.name}
          maxLength={120}
          aria-required="true"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
          onChange={(event) => onChange({ name: event.target.value })}
        />
        <FieldError id={id('name-error')} message={errors.name} />
      </div>
      {withSlug ? (
        <div className="c-field">
          <label htmlFor={id('slug')}>{t('form.slug')}</label>
          <p id={id('slug-hint')} className="c-field-hint">
            {t('form.slugHint')}
          </p>
          <div className="c-slug-input">
            <span className="c-slug-prefix" aria-hidden="true">
              /c/
            </span>
            <input
              id={id('slug')}
              name="slug"
              value={values.slug}
              autoCapitalize="none"
              spellCheck={false}
              aria-invalid={errors.slug ? true : undefined}
              aria-describedby={describedBy('slug', true)}
              onChange={(event) => onChange({ slug: event.target.value })}
            />
          </div>
          <FieldError id={id('slug-error')} message={errors.slug} />
        </div>
      ) : null}
      <div className="c-field">
        <label htmlFor={id('description')}>{t('form.description')}</label>
        <p id={id('description-hint')} className="c-field-hint">
          {t('form.descriptionHint')}
        </p>
        <textarea
          id={id('description')}
          name="description"
          value={values.description}
          maxLength={5000}
          rows={5}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('description', true)}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        <FieldError id={id('description-error')} message={errors.description} />
      </div>
      <fieldset className="c-field c-visibility-choice" aria-describedby={describedBy('visibility')}>
        <legend>{t('form.visibility')}</legend>
        {VISIBILITIES.map((visibility) => (
          <div key={visibility} className="c-visibility-option">
            <input
              type="radio"
              id={id(`visibility-${visibility}`)}
              name={id('visibility')}
              value={visibility}
              checked={values.visibility === visibility}
              aria-describedby={id(`visibility-${visibility}-hint`)}
              onChange={() => onChange({ visibility })}
            />
            <label htmlFor={id(`visibility-${visibility}`)}>
              <Icon name={visibility} /> {t(`visibility.${visibility}`)}
            </label>
            <p id={id(`visibility-${visibility}-hint`)} className="c-field-hint">
              {t(`visibilityHint.${visibility}`)}
            </p>
          </div>
        ))}
        {becomingSecret ? (
          <p className="c-warning" role="alert">
            {t('form.secretWarning')}
          </p>
        ) : null}
        <FieldError id={id('visibility-error')} message={errors.visibility} />
      </fieldset>
      <fieldset className="c-field">
        <legend>{t('form.topics')}</legend>
        <TopicPicker
          id={id('topics')}
          value={values.topics}
          onChange={(topics) => onChange({ topics })}
          error={errors.topics}
        />
      </fieldset>
    </>
  );
}
