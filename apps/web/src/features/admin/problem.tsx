import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { apiProblem, ApiProblem } from '../../lib/graphql';

/** An api problem with the context's reason (`extensions.reason`), which these screens translate. */
export interface AdminProblem extends ApiProblem {
  reason: string | null;
}

export function adminProblem(error: CombinedError | undefined | null): AdminProblem | null {
  const problem = apiProblem(error);
  if (!problem) return null;
  const reason = (error?.graphQLErrors[0]?.extensions as { reason?: unknown } | undefined)?.reason;
  return { ...problem, reason: typeof reason === 'string' ? reason : null };
}

const TRANSLATED_REASONS = ['LAST_ADMIN', 'SLUG_TAKEN', 'TOPIC_CYCLE', 'SAME_TOPIC', 'UNKNOWN_TOPIC'];

/**
 * What went wrong with an admin action, in the person's language: the reasons these screens know are
 * translated (the terms a TERM_TAKEN conflict names are kept); otherwise the generic text of the code, with
 * the api's own (English) message as a detail.
 */
export function ProblemMessage({ problem }: { problem: AdminProblem | null }) {
  const { t } = useTranslation('admin');
  const common = useTranslation().t;
  if (!problem) return null;
  let text: string | null = null;
  if (problem.reason && TRANSLATED_REASONS.includes(problem.reason)) {
    text = t(`problem.${problem.reason}`);
  } else if (problem.reason === 'TERM_TAKEN') {
    const terms = [...problem.message.matchAll(/"([^"]+)" \(topic "([^"]+)"\)/g)].map(([, term, slug]) =>
      t('problem.termOf', { term, slug }),
    );
    text = terms.length ? t('problem.TERM_TAKEN', { list: terms.join(', ') }) : t('problem.termTakenGeneric');
  }
  const generic = common(`error.${problem.code}`, { defaultValue: common('error.INTERNAL') });
  const showDetail = !text && problem.message && problem.code !== 'NETWORK' && problem.code !== 'INTERNAL';
  return (
    <div className="form-error admin-problem" role="alert">
      <p>{text ?? generic}</p>
      {showDetail ? (
        <p className="admin-problem-detail">
          {t('problem.detail')} <span lang="en">{problem.message}</span>
        </p>
      ) : null}
    </div>
  );
}
