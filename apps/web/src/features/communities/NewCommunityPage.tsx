import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { FormError, PageTitle } from '../../ui/states';
import { CREATE_COMMUNITY } from './api';
import { CommunityFields, CommunityValues } from './CommunityFields';
import { formProblems } from './problems';

/** Creates a community; its creator becomes its owner and lands on it. */
export default function NewCommunityPage() {
  const { t } = useTranslation('communities');
  const navigate = useNavigate();
  const [{ fetching }, create] = useMutation(CREATE_COMMUNITY);
  const [values, setValues] = useState<CommunityValues>({
    name: '',
    slug: '',
    description: '',
    visibility: 'OPEN',
    topics: [],
  });
  const [error, setError] = useState<CombinedError | undefined>();
  const [missingName, setMissingName] = useState(false);
  const problems = formProblems(error, t);
  const errors = { ...problems.fields, ...(missingName ? { name: t('errors.nameRequired') } : {}) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) {
      setMissingName(true);
      setError(undefined);
      document.getElementById('new-community-name')?.focus();
      return;
    }
    setMissingName(false);
    const result = await create({
      input: {
        name: values.name.trim(),
        slug: values.slug.trim() || undefined,
        description: values.description,
        visibility: values.visibility,
        topics: values.topics,
      },
    });
    setError(result.error);
    const created = result.data?.createCommunity;
    if (created) navigate(`/c/${created.slug}`);
  };

  const fieldErrors = Object.keys(errors).length > 0;
  return (
    <>
      <PageTitle title={t('create.title')} />
      <form className="card stack community-form" noValidate onSubmit={submit}>
        <CommunityFields
          prefix="new-community"
          values={values}
          onChange={(change) => setValues((v) => ({ ...v, ...change }))}
          errors={errors}
          withSlug
        />
        {fieldErrors ? (
          <p className="form-error" role="alert">
            {t('errors.fixFields')}
          </p>
        ) : null}
        <FormError problem={problems.general} />
        <div className="row c-form-actions">
          <button type="submit" className="button button-primary" disabled={fetching}>
            {fetching ? t('create.submitting') : t('create.submit')}
          </button>
          <Link to="/communities" className="button">
            {t('common:action.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
