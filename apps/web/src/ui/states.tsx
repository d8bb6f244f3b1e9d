import { ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../lib/graphql';

/** A page's heading and the document title, so screen readers and tabs say where one is. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  return (
    <div className="page-title">
      <h1>{title}</h1>
      {children ? <div className="page-title-actions">{children}</div> : null}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}

/** Nothing to show yet: says why, and what to do about it. */
export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {hint ? <p className="muted">{hint}</p> : null}
      {action}
    </div>
  );
}

/**
 * The api's explanation in the interface's language: a translation of its reason when the interface knows
 * it, else the api's own sentence (in English) under a sentence for its code, marked as English for
 * screen readers.
 */
function ProblemText({ problem }: { problem: ApiProblem }) {
  const { t, i18n } = useTranslation();
  const general = t(`error.${problem.code}`, { defaultValue: t('error.INTERNAL') });
  if (problem.reason && i18n.exists(`error.reason.${problem.reason}`))
    return <>{t(`error.reason.${problem.reason}`)}</>;
  if (problem.code === 'NETWORK' || problem.code === 'INTERNAL' || !problem.message) return <>{general}</>;
  if (i18n.language === 'en') return <>{problem.message}</>;
  return (
    <>
      {general} <span lang="en">{problem.message}</span>
    </>
  );
}

/** What the api said went wrong, and a way to try again. */
export function ErrorState({ problem, onRetry }: { problem: ApiProblem; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">
        <ProblemText problem={problem} />
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** A short message under a form: the api's message for one failed action. */
export function FormError({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  return (
    <p className="form-error" role="alert">
      <ProblemText problem={problem} />
    </p>
  );
}

/**
 * The end of a list that grows as one scrolls: loads the next page when it comes into view, and offers a
 * button for keyboards and for browsers that do not report it.
 */
export function LoadMore({
  hasMore,
  loading,
  onLoadMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
      },
      { rootMargin: '400px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, onLoadMore]);
  if (!hasMore) return null;
  return (
    <div ref={sentinel} className="load-more">
      {loading ? (
        <Loading />
      ) : (
        <button type="button" className="button" onClick={onLoadMore}>
          {t('action.loadMore')}
        </button>
      )}
    </div>
  );
}
