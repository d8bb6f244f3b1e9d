import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageTitle } from '../../ui/states';
import { ConfirmDialog } from './ConfirmDialog';
import { AdminProblem, adminProblem, ProblemMessage } from './problem';
import { TopicChoice, TopicPicker } from './TopicPicker';

const MERGE = graphql(`
  mutation AdminMergeTopics($fromSlug: String!, $intoSlug: String!) {
    mergeTopics(fromSlug: $fromSlug, intoSlug: $intoSlug) {
      id
      slug
      label
      synonymsFr
      synonymsEn
    }
  }
`);

const TOPIC_LABEL = graphql(`
  query AdminTopicLabel($slug: String!) {
    topic(slug: $slug) {
      id
      slug
      label
    }
  }
`);

/** /admin/topics/merge[?from=slug]: one topic disappears into another. */
export function MergeTopicsPage() {
  const { t } = useTranslation('admin');
  const [params] = useSearchParams();
  const fromParam = params.get('from');
  const [{ data: prefill }] = useQuery({
    query: TOPIC_LABEL,
    variables: { slug: fromParam ?? '' },
    pause: !fromParam,
  });
  const [from, setFrom] = useState<TopicChoice | null>(null);
  const [into, setInto] = useState<TopicChoice | null>(null);
  const [formProblem, setFormProblem] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const [done, setDone] = useState<{ from: string; into: TopicChoice } | null>(null);
  const [, merge] = useMutation(MERGE);

  // Coming from a topic's page: that topic is the one that disappears.
  const prefilled = prefill?.topic;
  useEffect(() => {
    if (prefilled) setFrom({ slug: prefilled.slug, label: prefilled.label });
  }, [prefilled]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !into) return setFormProblem(t('merge.missing'));
    if (from.slug === into.slug) return setFormProblem(t('merge.same'));
    setFormProblem('');
    setProblem(null);
    setConfirming(true);
  };

  const confirm = async () => {
    if (!from || !into) return;
    setBusy(true);
    const result = await merge({ fromSlug: from.slug, intoSlug: into.slug });
    setBusy(false);
    if (!result.data) {
      setProblem(adminProblem(result.error));
      return;
    }
    const kept = result.data.mergeTopics;
    setDone({ from: from.label, into: { slug: kept.slug, label: kept.label } });
    setConfirming(false);
    setFrom(null);
    setInto(null);
  };

  return (
    <>
      <p className="admin-back">
        <Link to="/admin/topics">← {t('topicForm.back')}</Link>
      </p>
      <PageTitle title={t('merge.title')} />
      <p className="muted">{t('merge.intro')}</p>
      <div role="status" className="admin-notice" data-testid="admin-notice">
        {done ? (
          <>
            {t('merge.done', { from: done.from, into: done.into.label })}{' '}
            <Link to={`/admin/topics/${done.into.slug}/edit`}>
              {t('merge.seeResult', { into: done.into.label })}
            </Link>
          </>
        ) : null}
      </div>
      <form className="card stack admin-form" onSubmit={submit} noValidate>
        <TopicPicker
          label={t('merge.from')}
          hint={t('merge.fromHint')}
          value={from}
          onChange={setFrom}
          exclude={into?.slug}
          testId="merge-from"
        />
        <TopicPicker
          label={t('merge.into')}
          hint={t('merge.intoHint')}
          value={into}
          onChange={setInto}
          exclude={from?.slug}
          testId="merge-into"
        />
        {formProblem ? (
          <p className="form-error" role="alert">
            {formProblem}
          </p>
        ) : null}
        <div className="admin-form-actions">
          <button type="submit" className="button button-primary">
            {t('merge.submit')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        busy={busy}
        danger
        title={from && into ? t('merge.confirmTitle', { from: from.label, into: into.label }) : ''}
        confirmLabel={t('merge.confirm')}
        problem={<ProblemMessage problem={problem} />}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        {from && into ? (
          <p>
            {t('merge.confirmBody', {
              from: from.label,
              fromSlug: from.slug,
              into: into.label,
              intoSlug: into.slug,
            })}
          </p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
