import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AdminTopicQuery } from '../../gql/graphql';
import { apiProblem } from '../../lib/graphql';
import { ErrorState, Loading, PageTitle } from '../../ui/states';
import { AdminProblem, adminProblem, ProblemMessage } from './problem';
import { TopicChoice, TopicPicker } from './TopicPicker';

export const TOPIC_FIELDS = graphql(`
  fragment AdminTopicFields on Topic {
    id
    slug
    label
    labelFr
    labelEn
    synonymsFr
    synonymsEn
    parent {
      id
      slug
      label
    }
    children {
      id
      slug
      label
    }
  }
`);

const TOPIC = graphql(`
  query AdminTopic($slug: String!) {
    topic(slug: $slug) {
      ...AdminTopicFields
    }
  }
`);

const CREATE = graphql(`
  mutation AdminCreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      id
      slug
      label
    }
  }
`);

const UPDATE = graphql(`
  mutation AdminUpdateTopic($slug: String!, $input: UpdateTopicInput!) {
    updateTopic(slug: $slug, input: $input) {
      ...AdminTopicFields
    }
  }
`);

type Topic = NonNullable<AdminTopicQuery['topic']>;

const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** "Protection des données" -> "protection-des-donnees": a slug proposed from a label. */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** One synonym per line; blank lines dropped (the api also drops repeats and the labels themselves). */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** /admin/topics/new and /admin/topics/:slug/edit. */
export function TopicFormPage() {
  const { slug } = useParams();
  return slug ? <EditTopic slug={slug} /> : <TopicForm topic={null} />;
}

function EditTopic({ slug }: { slug: string }) {
  const [{ data, fetching, error }, retry] = useQuery({
    query: TOPIC,
    variables: { slug },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <Loading />;
  if (!data?.topic) {
    return (
      <ErrorState
        problem={apiProblem(error) ?? { code: 'NOT_FOUND', message: '', fields: {} }}
        onRetry={() => retry({ requestPolicy: 'network-only' })}
      />
    );
  }
  return <TopicForm key={data.topic.id} topic={data.topic} />;
}

function TopicForm({ topic }: { topic: Topic | null }) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const [saved, setSaved] = useState<Topic | null>(topic);
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [labelFr, setLabelFr] = useState(topic?.labelFr ?? '');
  const [labelEn, setLabelEn] = useState(topic?.labelEn ?? '');
  const [synonymsFr, setSynonymsFr] = useState(topic?.synonymsFr.join('\n') ?? '');
  const [synonymsEn, setSynonymsEn] = useState(topic?.synonymsEn.join('\n') ?? '');
  const [parent, setParent] = useState<TopicChoice | null>(topic?.parent ?? null);
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const [pending, setPending] = useState(false);
  const [, create] = useMutation(CREATE);
  const [, update] = useMutation(UPDATE);

  const shownSlug = topic ? topic.slug : slugEdited ? slug : slugify(labelEn);
  const title = saved ? t('topicForm.editTitle', { label: saved.label }) : t('topicForm.createTitle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    setNotice('');
    const fields = {
      labelFr: labelFr.trim(),
      labelEn: labelEn.trim(),
      synonymsFr: lines(synonymsFr),
      synonymsEn: lines(synonymsEn),
    };
    if (topic) {
      const result = await update({
        slug: topic.slug,
        // Every field is sent: no parent makes the topic a root.
        input: { ...fields, parentSlug: parent?.slug ?? null },
      });
      setPending(false);
      if (!result.data) {
        setProblem(adminProblem(result.error));
        return;
      }
      const updated = result.data.updateTopic;
      // What the api kept: synonyms cleaned of repeats and of the labels themselves.
      setSaved(updated);
      setSynonymsFr(updated.synonymsFr.join('\n'));
      setSynonymsEn(updated.synonymsEn.join('\n'));
      setNotice(t('topicForm.saved'));
    } else {
      const result = await create({
        input: { ...fields, slug: shownSlug, ...(parent ? { parentSlug: parent.slug } : {}) },
      });
      setPending(false);
      if (!result.data) {
        setProblem(adminProblem(result.error));
        return;
      }
      const created = result.data.createTopic;
      navigate(`/admin/topics/${created.slug}/edit`, {
        state: { notice: t('topicForm.created', { label: created.label }) },
      });
    }
  };

  return (
    <>
      <p className="admin-back">
        <Link to="/admin/topics">← {t('topicForm.back')}</Link>
      </p>
      <PageTitle title={title}>
        {topic ? (
          <Link to={`/admin/topics/merge?from=${encodeURIComponent(topic.slug)}`} className="button">
            {t('topicForm.mergeThis')}
          </Link>
        ) : null}
      </PageTitle>
      <p role="status" className="admin-notice" data-testid="admin-notice">
        {notice}
      </p>
      <form className="card stack admin-form" onSubmit={(event) => void submit(event)}>
        {topic ? (
          <p className="muted">{t('topicForm.slugFixed', { slug: topic.slug })}</p>
        ) : (
          <div className="stack admin-field">
            <label htmlFor={`${id}-slug`}>{t('topicForm.slug')}</label>
            <span id={`${id}-slug-hint`} className="muted admin-hint">
              {t('topicForm.slugHint')}
            </span>
            <input
              id={`${id}-slug`}
              required
              pattern={SLUG}
              maxLength={80}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${id}-slug-hint`}
              value={shownSlug}
              onChange={(event) => {
                setSlugEdited(true);
                setSlug(event.target.value);
              }}
            />
          </div>
        )}
        <div className="admin-languages">
          <LanguageFields
            id={id}
            lang="fr"
            legend={t('topicForm.french')}
            labelText={t('topicForm.labelFr')}
            synonymsText={t('topicForm.synonymsFr')}
            hint={t('topicForm.synonymsHint')}
            label={labelFr}
            synonyms={synonymsFr}
            onLabel={setLabelFr}
            onSynonyms={setSynonymsFr}
          />
          <LanguageFields
            id={id}
            lang="en"
            legend={t('topicForm.english')}
            labelText={t('topicForm.labelEn')}
            synonymsText={t('topicForm.synonymsEn')}
            hint={t('topicForm.synonymsHint')}
            label={labelEn}
            synonyms={synonymsEn}
            onLabel={setLabelEn}
            onSynonyms={setSynonymsEn}
          />
        </div>
        <TopicPicker
          label={t('topicForm.parent')}
          hint={t('topicForm.parentHint')}
          value={parent}
          onChange={setParent}
          exclude={topic?.slug}
          testId="parent-picker"
        />
        {saved && saved.children.length ? (
          <p className="muted">
            {t('topicForm.children', { list: saved.children.map((child) => child.label).join(', ') })}
          </p>
        ) : null}
        <ProblemMessage problem={problem} />
        <div className="admin-form-actions">
          <button type="submit" className="button button-primary" disabled={pending} aria-busy={pending}>
            {pending ? t('topicForm.saving') : topic ? t('topicForm.save') : t('topicForm.create')}
          </button>
          <Link to="/admin/topics" className="button">
            {t('action.cancel', { ns: 'common' })}
          </Link>
        </div>
      </form>
    </>
  );
}

/** A topic's label and synonyms in one language. */
function LanguageFields(props: {
  id: string;
  lang: 'fr' | 'en';
  legend: string;
  labelText: string;
  synonymsText: string;
  hint: string;
  label: string;
  synonyms: string;
  onLabel: (value: string) => void;
  onSynonyms: (value: string) => void;
}) {
  const base = `${props.id}-${props.lang}`;
  return (
    <fieldset className="admin-language">
      <legend>{props.legend}</legend>
      <label htmlFor={`${base}-label`}>{props.labelText}</label>
      <input
        id={`${base}-label`}
        lang={props.lang}
        required
        maxLength={120}
        value={props.label}
        onChange={(event) => props.onLabel(event.target.value)}
      />
      <label htmlFor={`${base}-synonyms`}>{props.synonymsText}</label>
      <span id={`${base}-synonyms-hint`} className="muted admin-hint">
        {props.hint}
      </span>
      <textarea
        id={`${base}-synonyms`}
        lang={props.lang}
        rows={5}
        aria-describedby={`${base}-synonyms-hint`}
        value={props.synonyms}
        onChange={(event) => props.onSynonyms(event.target.value)}
      />
    </fieldset>
  );
}
