import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * Who wrote a post or a comment: a link to their profile, or, for a person who left (whose profile is
 * closed), their name marked as a former employee.
 */
export function AuthorName({
  author,
  id,
}: {
  author: { id: string; displayName: string; formerEmployee: boolean };
  id?: string;
}) {
  const { t } = useTranslation('feed');
  if (author.formerEmployee) {
    return (
      <span id={id} className="post-author post-author-former">
        {author.displayName} <span className="muted">({t('post.formerEmployee')})</span>
      </span>
    );
  }
  return (
    <Link id={id} to={`/people/${author.id}`} className="post-author">
      {author.displayName}
    </Link>
  );
}
