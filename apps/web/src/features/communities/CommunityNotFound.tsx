import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiProblem } from '../../lib/graphql';
import { ErrorState, PageTitle } from '../../ui/states';

/**
 * No such community, or one the person may not see (a secret one): the same words for both, as the api
 * answers, with a way back to the directory.
 */
export function CommunityNotFound({ problem, onRetry }: { problem: ApiProblem | null; onRetry: () => void }) {
  const { t } = useTranslation('communities');
  if (problem && problem.code !== 'NOT_FOUND') {
    return (
      <>
        <PageTitle title={t('title')} />
        <ErrorState problem={problem} onRetry={onRetry} />
      </>
    );
  }
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <div className="card state">
        <p>{t('notFound.body')}</p>
        <Link to="/communities" className="button">
          {t('notFound.back')}
        </Link>
      </div>
    </>
  );
}
