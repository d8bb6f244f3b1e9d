import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import type { UpdateCommunityInput } from '../../gql/graphql';
import { FormError, Loading, PageTitle } from '../../ui/states';
import { ARCHIVE, SET_OFFICIAL, UNARCHIVE, UPDATE_COMMUNITY } from './api';
import { CommunityFields, CommunityValues } from './CommunityFields';
import { CommunityNotFound } from './CommunityNotFound';
import { CommunityDetail, useCommunity } from './hooks';
import { formProblems } from './problems';
import { ActionError, ConfirmButton, StatusMessage } from './ui';

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Name, description, visibility and topics: for owners. */
function DetailsForm({ community, flash }: { community: CommunityDetail; flash: string | null }) {
  const { t } = useTranslation('communities');
  const navigate = useNavigate();
  const [{ fetching }, update] = useMutation(UPDATE_COMMUNITY);
  const initial: CommunityValues = {
    name: community.name,
    slug: community.slug,
    description: community.descriptionMarkdown ?? '',
    visibility: community.visibility,
    topics: [...community.topicSlugs],
  };
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState<CommunityValues>(initial);
  const [error, setError] = useState<CombinedError | undefined>();
  const [missingName, setMissingName] = useState(false);
  const [done, setDone] = useState<string | null>(flash);
  const problems = formProblems(error, t);
  const errors = { ...problems.fields, ...(missingName ? { name: t('errors.nameRequired') } : {}) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!values.name.trim()) {
      setMissingName(true);
      setError(undefined);
      document.getElementById('settings-name')?.focus();
      return;
    }
    setMissingName(false);
    const input: UpdateCommunityInput = {};
    if (values.name.trim() !== saved.name) input.name = values.name.trim();
    if (values.description !== saved.description) input.description = values.description;
    if (values.visibility !== saved.visibility) input.visibility = values.visibility;
    if (!sameList(values.topics, saved.topics)) input.topics = values.topics;
    if (!Object.keys(input).length) {
      setDone(t('settings.nothingChanged'));
      return;
    }
    const result = await update({ slug: community.slug, input });
    setError(result.error);
    const updated = result.data?.updateCommunity;
    if (!updated) return;
    const next = { ...values, name: updated.name, visibility: updated.visibility, slug: updated.slug };
    setSaved(next);
    setValues(next);
    if (updated.slug !== community.slug) {
      // A secret community gets a new address: the page follows it, and says so.
      const flash = t('settings.savedNewAddress', { address: `/c/${updated.slug}` });
      navigate(`/c/${updated.slug}/settings`, { replace: true, state: { flash } });
      return;
    }
    setDone(t('settings.saved'));
  };

  return (
    <section className="card" aria-labelledby="settings-details">
      <h2 id="settings-details">{t('settings.details')}</h2>
      <form className="stack community-form" noValidate onSubmit={submit}>
        <CommunityFields
          prefix="settings"
          values={values}
          onChange={(change) => {
            setDone(null);
            setValues((v) => ({ ...v, ...change }));
          }}
          errors={errors}
          current={saved.visibility}
        />
        {Object.keys(errors).length ? (
          <p className="form-error" role="alert">
            {t('errors.fixFields')}
          </p>
        ) : null}
        <FormError problem={problems.general} />
        <div className="row c-form-actions">
          <button type="submit" className="button button-primary" disabled={fetching}>
            {fetching ? t('settings.saving') : t('common:action.save')}
          </button>
        </div>
        <StatusMessage message={done} />
      </form>
    </section>
  );
}

/** Archive or unarchive: owners and administrators. */
function ArchiveSection({ community, refresh }: { community: CommunityDetail; refresh: () => void }) {
  const { t } = useTranslation('communities');
  const [{ fetching: archiving }, archive] = useMutation(ARCHIVE);
  const [{ fetching: unarchiving }, unarchive] = useMutation(UNARCHIVE);
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const run = async (archived: boolean) => {
    setDone(null);
    const result = archived
      ? await archive({ slug: community.slug })
      : await unarchive({ slug: community.slug });
    setError(result.error);
    if (!result.error) {
      setDone(archived ? t('settings.archivedDone') : t('settings.unarchivedDone'));
      refresh();
    }
  };
  return (
    <section className="card" aria-labelledby="settings-archive">
      <h2 id="settings-archive">{t('settings.archive')}</h2>
      <p>{community.archived ? t('settings.archivedHint') : t('settings.archiveHint')}</p>
      {community.archived ? (
        <button type="button" className="button" disabled={unarchiving} onClick={() => void run(false)}>
          {t('settings.unarchiveButton')}
        </button>
      ) : (
        <ConfirmButton
          label={t('settings.archiveButton')}
          question={t('settings.archiveQuestion', { name: community.name })}
          confirmLabel={t('settings.archiveButton')}
          disabled={archiving}
          danger
          onConfirm={() => void run(true)}
        />
      )}
      <StatusMessage message={done} />
      <ActionError error={error} />
    </section>
  );
}

/** The official mark: administrators. */
function OfficialSection({ community, refresh }: { community: CommunityDetail; refresh: () => void }) {
  const { t } = useTranslation('communities');
  const [{ fetching }, setOfficial] = useMutation(SET_OFFICIAL);
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const toggle = async () => {
    setDone(null);
    const official = !community.official;
    const result = await setOfficial({ slug: community.slug, official });
    setError(result.error);
    if (!result.error) {
      setDone(official ? t('settings.officialDone') : t('settings.unofficialDone'));
      refresh();
    }
  };
  return (
    <section className="card" aria-labelledby="settings-official">
      <h2 id="settings-official">{t('settings.official')}</h2>
      <p>{community.official ? t('settings.officialOn') : t('settings.officialOff')}</p>
      <button type="button" className="button" disabled={fetching} onClick={() => void toggle()}>
        {community.official ? t('settings.unmarkOfficial') : t('settings.markOfficial')}
      </button>
      <StatusMessage message={done} />
      <ActionError error={error} />
    </section>
  );
}

/** A community's settings: its owners change what it is; administrators archive it or mark it official. */
export default function CommunitySettingsPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('communities');
  const { community, problem, loading, refresh } = useCommunity(slug);
  const flash = (useLocation().state as { flash?: string } | null)?.flash ?? null;
  if (loading || community === undefined) return <Loading />;
  if (!community) return <CommunityNotFound problem={problem} onRetry={refresh} />;
  const can = community.viewerCan;
  return (
    <>
      <p className="c-back-link">
        <Link to={`/c/${community.slug}`}>
          <span aria-hidden="true">← </span>
          {t('back', { name: community.name })}
        </Link>
      </p>
      <PageTitle title={t('settings.title', { name: community.name })} />
      {!can.own && !can.archive && !can.setOfficial ? <p className="card">{t('settings.noAccess')}</p> : null}
      {can.own ? (
        <DetailsForm key={community.id} community={community} flash={flash} />
      ) : community.archived && can.archive ? (
        <p className="card community-notice">{t('settings.archivedReadOnly')}</p>
      ) : null}
      {can.archive ? <ArchiveSection community={community} refresh={refresh} /> : null}
      {can.setOfficial ? <OfficialSection community={community} refresh={refresh} /> : null}
    </>
  );
}
