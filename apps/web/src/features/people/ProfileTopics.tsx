import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CombinedError, useMutation, useQuery } from 'urql';
import type { ProfileTopicFieldsFragment, TopicKind } from '../../gql/graphql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { VisuallyHidden } from '../../ui/bits';
import { FormError, Loading } from '../../ui/states';
import { ENDORSE, PERSON_ENDORSERS, UNENDORSE } from './queries';

/** The kinds in the order a profile shows them. */
export const TOPIC_KINDS: readonly TopicKind[] = ['EXPERTISE', 'ASK_ME', 'MENTOR', 'LEARN'];
/** Claims of knowledge, which colleagues may endorse; not wishes to learn. */
export const ENDORSABLE_KINDS: readonly TopicKind[] = ['EXPERTISE', 'ASK_ME', 'MENTOR'];

interface ProfileTopicsProps {
  person: { id: string; displayName: string; topics: ProfileTopicFieldsFragment[] };
  isMe: boolean;
  /** Something changed elsewhere (a stale view): read the profile again. */
  onStale: () => void;
}

/**
 * The topics a person lists, grouped by kind, as links to the topics' pages, with their endorsement counts.
 * Colleagues endorse (or withdraw) at once, before the api answers; its answer then replaces the guess.
 */
export function ProfileTopics({ person, isMe, onStale }: ProfileTopicsProps) {
  const { t } = useTranslation('people');
  const [topics, setTopics] = useState(person.topics);
  const [pending, setPending] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [, endorse] = useMutation(ENDORSE);
  const [, unendorse] = useMutation(UNENDORSE);
  useEffect(() => setTopics(person.topics), [person.topics]);

  const toggle = async (slug: string, label: string) => {
    const current = topics.find((listed) => listed.topic.slug === slug);
    if (!current || pending) return;
    const endorsing = !current.endorsedByMe;
    const before = topics;
    setProblem(null);
    setPending(slug);
    // One endorsement per person and topic, whatever the kinds the topic is listed under.
    setTopics((list) =>
      list.map((listed) =>
        listed.topic.slug === slug
          ? {
              ...listed,
              endorsedByMe: endorsing,
              endorsementCount: Math.max(0, listed.endorsementCount + (endorsing ? 1 : -1)),
            }
          : listed,
      ),
    );
    const variables = { personId: person.id, topicSlug: slug };
    let returned: ProfileTopicFieldsFragment[] | undefined;
    let error: CombinedError | undefined;
    if (endorsing) {
      const result = await endorse(variables);
      returned = result.data?.endorse.topics;
      error = result.error;
    } else {
      const result = await unendorse(variables);
      returned = result.data?.unendorse.topics;
      error = result.error;
    }
    setPending(null);
    if (returned) {
      setTopics(returned);
      const name = person.displayName;
      setAnnouncement(t(endorsing ? 'endorse.endorsed' : 'endorse.withdrawn', { name, topic: label }));
      return;
    }
    setTopics(before);
    const failure = apiProblem(error);
    setProblem(failure);
    // Already endorsed or nothing to withdraw: this page was out of date.
    if (failure?.code === 'CONFLICT' || failure?.code === 'NOT_FOUND') onStale();
  };

  const controlsShown = new Set<string>();
  const groups = TOPIC_KINDS.map((kind) => ({
    kind,
    items: topics.filter((listed) => listed.kind === kind),
  })).filter((group) => group.items.length > 0);

  if (groups.length === 0) {
    return (
      <div className="profile-no-topics">
        <p className="muted">{isMe ? t('profile.noTopicsMine') : t('profile.noTopics')}</p>
        {isMe ? (
          <Link to="/profile/edit" className="button">
            {t('profile.addTopics')}
          </Link>
        ) : null}
      </div>
    );
  }

  return (
    <div className="profile-topics">
      <FormError problem={problem} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {groups.map(({ kind, items }) => (
        <section key={kind} className="topic-group" aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{t(`kind.${kind}`)}</h3>
          <ul className="topic-items">
            {items.map((listed) => {
              const { slug, label } = listed.topic;
              const endorsable = ENDORSABLE_KINDS.includes(kind);
              // A topic listed under several endorsable kinds gets its buttons once, under the first.
              const withControls = endorsable && !controlsShown.has(slug);
              if (withControls) controlsShown.add(slug);
              return (
                <li key={slug} className="topic-item" data-topic={slug}>
                  <Link to={`/topics/${slug}`} className="chip">
                    {label}
                  </Link>
                  {endorsable ? (
                    <span className="endorsement-count">
                      {t('endorse.count', { count: listed.endorsementCount })}
                    </span>
                  ) : null}
                  {withControls && listed.endorsementCount > 0 ? (
                    <Endorsers
                      personId={person.id}
                      personName={person.displayName}
                      slug={slug}
                      label={label}
                      version={`${listed.endorsementCount}:${listed.endorsedByMe}`}
                    />
                  ) : null}
                  {withControls && !isMe ? (
                    <button
                      type="button"
                      className={`button button-small${listed.endorsedByMe ? '' : ' button-primary'}`}
                      // Not disabled while saving: a disabled button would drop the keyboard focus.
                      aria-disabled={pending === slug || undefined}
                      onClick={() => void toggle(slug, label)}
                    >
                      {listed.endorsedByMe ? t('endorse.withdraw') : t('endorse.action')}
                      <VisuallyHidden>
                        {' '}
                        {t('endorse.context', { name: person.displayName, topic: label })}
                      </VisuallyHidden>
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A disclosure: the colleagues who endorsed the person on one topic, read when it is opened. */
function Endorsers(props: {
  personId: string;
  personName: string;
  slug: string;
  label: string;
  version: string;
}) {
  const { t } = useTranslation('people');
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="endorsers">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        {t('endorse.who')}
        <VisuallyHidden>
          {' '}
          {t('endorse.whoContext', { name: props.personName, topic: props.label })}
        </VisuallyHidden>
      </button>
      <div id={id} hidden={!open} className="endorsers-panel">
        {open ? <EndorserList key={props.version} personId={props.personId} slug={props.slug} /> : null}
      </div>
    </div>
  );
}

function EndorserList({ personId, slug }: { personId: string; slug: string }) {
  const { t } = useTranslation('people');
  const [{ data, fetching, error }] = useQuery({
    query: PERSON_ENDORSERS,
    variables: { id: personId, topicSlug: slug },
    requestPolicy: 'network-only',
  });
  if (fetching && !data) return <Loading />;
  if (error) return <FormError problem={apiProblem(error)} />;
  const endorsers = data?.person?.endorsements ?? [];
  if (endorsers.length === 0) return <p className="muted">{t('endorse.none')}</p>;
  return (
    <ul className="plain-list endorsers-list">
      {endorsers.map((endorser) => (
        <li key={endorser.id}>
          <Link to={`/people/${endorser.id}`}>{endorser.displayName}</Link>
          {endorser.title ? <span className="muted"> · {endorser.title}</span> : null}
        </li>
      ))}
    </ul>
  );
}
