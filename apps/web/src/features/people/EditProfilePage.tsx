import { FormEvent, ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useMe, useSession } from '../../app/session';
import type { MyProfileFormQuery, TopicKind } from '../../gql/graphql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { applyLocale, Locale, LOCALES } from '../../lib/i18n';
import { ErrorState, FormError, Loading, PageTitle } from '../../ui/states';
import { languageList, MAX_LANGUAGES, parseLanguages } from './languages';
import { fieldProblems } from './problems';
import { TOPIC_KINDS } from './ProfileTopics';
import { MY_PROFILE, SET_MY_TOPICS, UPDATE_MY_PROFILE } from './queries';
import { ListedTopic, MAX_TOPICS_PER_KIND, TopicListEditor } from './TopicListEditor';
import './people.css';

const MAX_TEXT = 120;
const MAX_BIO = 5000;

type Person = NonNullable<MyProfileFormQuery['person']>;
type TopicsByKind = Record<TopicKind, ListedTopic[]>;
type Errors = Record<string, string[]>;

/** The signed-in person's profile form: details, languages, bio, interface language and topic lists. */
export default function EditProfilePage() {
  const { t } = useTranslation('people');
  const me = useMe();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MY_PROFILE,
    variables: { id: me.id },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <Loading />;
  if (!data?.person) {
    return (
      <>
        <PageTitle title={t('edit.title')} />
        <ErrorState
          problem={apiProblem(error) ?? { code: 'NOT_FOUND', message: '', fields: {} }}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </>
    );
  }
  return <ProfileForm person={data.person} />;
}

function topicsByKind(person: Person): TopicsByKind {
  const lists = Object.fromEntries(TOPIC_KINDS.map((kind) => [kind, [] as ListedTopic[]])) as TopicsByKind;
  for (const listed of person.topics)
    lists[listed.kind].push({ slug: listed.topic.slug, label: listed.topic.label });
  return lists;
}

const sameList = (a: ListedTopic[], b: ListedTopic[]) =>
  a.length === b.length && a.every((topic, index) => topic.slug === b[index]!.slug);

function ProfileForm({ person }: { person: Person }) {
  const { t, i18n } = useTranslation('people');
  const { t: tc } = useTranslation('common');
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [title, setTitle] = useState(person.title ?? '');
  const [department, setDepartment] = useState(person.department ?? '');
  const [location, setLocation] = useState(person.location ?? '');
  const [languages, setLanguages] = useState(person.languages.join(', '));
  const [bio, setBio] = useState(person.bioMarkdown ?? '');
  const [locale, setLocale] = useState<Locale>(person.locale);
  // Untouched, the choice follows the header's language switch (which saves on its own).
  const [localeChosen, setLocaleChosen] = useState(false);
  useEffect(() => {
    if (!localeChosen && LOCALES.includes(i18n.language as Locale)) setLocale(i18n.language as Locale);
  }, [i18n.language, localeChosen]);
  const [initialTopics] = useState(() => topicsByKind(person));
  const [topics, setTopics] = useState(initialTopics);
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [, updateProfile] = useMutation(UPDATE_MY_PROFILE);
  const [, setMyTopics] = useMutation(SET_MY_TOPICS);

  const parsedLanguages = parseLanguages(languages);

  const validate = (): Errors => {
    const found: Errors = {};
    const tooLong = (field: string, value: string, max: number) => {
      if (value.trim().length > max) found[field] = [t('edit.tooLong', { max })];
    };
    tooLong('title', title, MAX_TEXT);
    tooLong('department', department, MAX_TEXT);
    tooLong('location', location, MAX_TEXT);
    tooLong('bioMarkdown', bio, MAX_BIO);
    const languageErrors: string[] = [];
    if (parsedLanguages.unknown.length)
      languageErrors.push(t('edit.badLanguages', { codes: parsedLanguages.unknown.join(', ') }));
    if (parsedLanguages.repeated.length)
      languageErrors.push(t('edit.repeatedLanguages', { codes: parsedLanguages.repeated.join(', ') }));
    if (parsedLanguages.codes.length > MAX_LANGUAGES) languageErrors.push(t('edit.tooManyLanguages'));
    if (languageErrors.length) found.languages = languageErrors;
    for (const kind of TOPIC_KINDS) {
      if (topics[kind].length > MAX_TOPICS_PER_KIND) found[`topics.${kind}`] = [t('edit.tooManyTopics')];
    }
    return found;
  };

  const showErrors = (found: Errors, failure: ApiProblem | null) => {
    setErrors(found);
    setProblem(failure);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = validate();
    if (Object.keys(found).length) {
      showErrors(found, null);
      return;
    }
    setSaving(true);
    setErrors({});
    setProblem(null);
    const orNull = (value: string) => value.trim() || null;
    const saved = await updateProfile({
      input: {
        title: orNull(title),
        department: orNull(department),
        location: orNull(location),
        languages: parsedLanguages.codes,
        bioMarkdown: bio.trim() ? bio : null,
        ...(localeChosen ? { locale } : {}),
      },
    });
    if (saved.error) {
      setSaving(false);
      showErrors(fieldProblems(saved.error), apiProblem(saved.error));
      return;
    }
    const topicErrors: Errors = {};
    let topicProblem: ApiProblem | null = null;
    for (const kind of TOPIC_KINDS) {
      if (sameList(topics[kind], initialTopics[kind])) continue;
      const result = await setMyTopics({ kind, slugs: topics[kind].map((topic) => topic.slug) });
      if (result.error) {
        topicProblem = apiProblem(result.error);
        const fields = fieldProblems(result.error);
        topicErrors[`topics.${kind}`] = fields.slugs ?? [topicProblem?.message ?? t('edit.failed')];
      }
    }
    setSaving(false);
    if (topicProblem) {
      showErrors(topicErrors, topicProblem);
      return;
    }
    // The saved interface language applies at once, and the session learns it.
    if (localeChosen) applyLocale(locale);
    refresh();
    navigate(`/people/${person.id}`);
  };

  const field = (name: string) => ({
    id: fieldId(name),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [HINTED.includes(name) ? `${fieldId(name)}-hint` : '', errors[name] ? `${fieldId(name)}-error` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });

  return (
    <>
      <PageTitle title={t('edit.title')} />
      <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate>
        {problem ? (
          <div className="form-summary">
            <FormError problem={problem} />
            {Object.keys(errors).length ? <p>{t('edit.failed')}</p> : null}
          </div>
        ) : null}

        <section className="card stack" aria-labelledby="edit-identity">
          <h2 id="edit-identity">{t('edit.identity')}</h2>
          <Field name="title" label={t('edit.jobTitle')} errors={errors.title}>
            <input
              {...field('title')}
              type="text"
              value={title}
              autoComplete="organization-title"
              onChange={(event) => setTitle(event.target.value)}
            />
          </Field>
          <Field name="department" label={t('edit.department')} errors={errors.department}>
            <input
              {...field('department')}
              type="text"
              value={department}
              onChange={(event) => setDepartment(event.target.value)}
            />
          </Field>
          <Field name="location" label={t('edit.location')} errors={errors.location}>
            <input
              {...field('location')}
              type="text"
              value={location}
              onChange={(event) => setLocation(event.target.value)}
            />
          </Field>
          <Field
            name="languages"
            label={t('edit.languages')}
            hint={
              <>
                {t('edit.languagesHint')}
                {parsedLanguages.codes.length && !parsedLanguages.unknown.length ? (
                  <>
                    {' '}
                    {t('edit.languagesPreview', {
                      names: languageList(parsedLanguages.codes, i18n.language),
                    })}
                  </>
                ) : null}
              </>
            }
            errors={errors.languages}
          >
            <input
              {...field('languages')}
              type="text"
              value={languages}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setLanguages(event.target.value)}
            />
          </Field>
          <Field
            name="bioMarkdown"
            label={t('edit.bio')}
            hint={t('edit.bioHint')}
            errors={errors.bioMarkdown}
          >
            <textarea
              {...field('bioMarkdown')}
              value={bio}
              rows={6}
              onChange={(event) => setBio(event.target.value)}
            />
          </Field>
          <fieldset
            className="locale-choice"
            aria-describedby={`${fieldId('locale')}-hint${errors.locale ? ` ${fieldId('locale')}-error` : ''}`}
          >
            <legend>{t('edit.interfaceLanguage')}</legend>
            <p id={`${fieldId('locale')}-hint`} className="muted field-hint">
              {t('edit.interfaceLanguageHint')}
            </p>
            <div className="locale-options">
              {LOCALES.map((code, index) => (
                <label key={code} className="radio" lang={code}>
                  <input
                    type="radio"
                    name="locale"
                    value={code}
                    id={index === 0 ? fieldId('locale') : undefined}
                    checked={locale === code}
                    onChange={() => {
                      setLocale(code);
                      setLocaleChosen(true);
                    }}
                  />
                  {tc(`language.${code}`)}
                </label>
              ))}
            </div>
            {errors.locale ? (
              <p id={`${fieldId('locale')}-error`} className="field-error">
                {errors.locale.join(' ')}
              </p>
            ) : null}
          </fieldset>
        </section>

        <section className="card stack" aria-labelledby="edit-topics">
          <h2 id="edit-topics">{t('edit.topics')}</h2>
          <p className="muted">{t('edit.topicsHint')}</p>
          {TOPIC_KINDS.map((kind) => (
            <TopicListEditor
              key={kind}
              kind={kind}
              topics={topics[kind]}
              errors={errors[`topics.${kind}`]}
              onChange={(list) => setTopics((current) => ({ ...current, [kind]: list }))}
            />
          ))}
        </section>

        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={saving || undefined}>
            {saving ? t('edit.saving') : t('edit.save')}
          </button>
          <Link to={`/people/${person.id}`} className="button">
            {t('edit.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** Fields in the order of the form: the first one in error gets the focus. */
const FIELD_ORDER = ['title', 'department', 'location', 'languages', 'bioMarkdown', 'locale'];
const HINTED = ['languages', 'bioMarkdown'];
const fieldId = (name: string) => `profile-${name}`;

function Field(props: {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  const id = fieldId(props.name);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children}
      {props.hint ? (
        <p id={`${id}-hint`} className="muted field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.errors?.length ? (
        <p id={`${id}-error`} className="field-error">
          {props.errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
