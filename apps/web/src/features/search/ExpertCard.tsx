import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/session';
import type { ExpertHitFieldsFragment } from '../../gql/graphql';
import { Avatar, VisuallyHidden, TopicLinks } from '../../ui/bits';
import { askQuestionPath } from '../feed/Composer';
import { HighlightedField, Snippets } from './Highlight';

/**
 * A person a search found: who they are (what the search found marked), the topics of the search they know,
 * the api's sentence of evidence, and a way to ask them a question.
 */
export function ExpertCard({ hit, headingLevel }: { hit: ExpertHitFieldsFragment; headingLevel: 2 | 3 }) {
  const { t } = useTranslation('search');
  const me = useMe();
  const { person, highlights } = hit;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const place = [
    person.department ? (
      <span key="department" className="expert-department">
        <HighlightedField value={person.department} field="department" highlights={highlights} />
      </span>
    ) : null,
    person.location ? (
      <span key="location" className="expert-location">
        <HighlightedField value={person.location} field="location" highlights={highlights} />
      </span>
    ) : null,
  ].filter(Boolean);
  return (
    <li className="expert-card card" data-person={person.id}>
      <Avatar name={person.displayName} size={48} />
      <div className="expert-card-body">
        <Heading className="expert-name">
          <Link to={`/people/${person.id}`}>
            <HighlightedField value={person.displayName} field="name" highlights={highlights} />
          </Link>
        </Heading>
        {person.title ? (
          <p className="expert-title">
            <HighlightedField value={person.title} field="title" highlights={highlights} />
          </p>
        ) : null}
        {place.length ? (
          <p className="muted expert-details">
            {place.flatMap((part, index) => (index ? [<span key={`sep-${index}`}> · </span>, part] : [part]))}
          </p>
        ) : null}
        <Snippets highlights={highlights} fields={['bio', 'topics']} />
        <TopicLinks
          topics={hit.matchedTopics}
          className="expert-topics"
          aria-label={t('experts.topicsOf', { name: person.displayName })}
        />
        {hit.evidenceLine ? <p className="expert-evidence">{hit.evidenceLine}</p> : null}
      </div>
      {person.id !== me.id ? (
        <Link to={askQuestionPath(person.handle)} className="button button-small expert-ask">
          {t('experts.ask')}
          <VisuallyHidden> {t('experts.askWho', { name: person.displayName })}</VisuallyHidden>
        </Link>
      ) : null}
    </li>
  );
}
