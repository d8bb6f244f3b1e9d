import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AdminDeadLetterJobsQuery } from '../../gql/graphql';
import { useFormat } from '../../lib/format';
import { useConnection } from '../../lib/use-connection';
import { EmptyState, ErrorState, Loading, LoadMore, PageTitle } from '../../ui/states';
import { AdminProblem, adminProblem, ProblemMessage } from './problem';

const DEAD_LETTERS = graphql(`
  query AdminDeadLetterJobs($first: Int!, $after: ID) {
    deadLetterJobs(first: $first, after: $after) {
      nodes {
        id
        queue
        failedAt
        retries
        error
        data
      }
      hasNextPage
      endCursor
    }
  }
`);

/** The cursor is an ID (string or number in the generated types); the list only passes back endCursor strings. */
const DEAD_LETTERS_PAGE = DEAD_LETTERS as TypedDocumentNode<
  AdminDeadLetterJobsQuery,
  { first: number; after?: string | null }
>;

const RETRY = graphql(`
  mutation AdminRetryDeadLetterJob($id: ID!) {
    retryDeadLetterJob(id: $id)
  }
`);

/** The payload as indented JSON when it is JSON. */
function pretty(data: string): string {
  try {
    return JSON.stringify(JSON.parse(data), null, 2);
  } catch {
    return data;
  }
}

/** Jobs that used up their retries, oldest first, each sent back to its queue with one click. */
export function JobsPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const jobs = useConnection(DEAD_LETTERS_PAGE, { first: 50 }, (data) => ({
    nodes: data.deadLetterJobs.nodes,
    pageInfo: { hasNextPage: data.deadLetterJobs.hasNextPage, endCursor: data.deadLetterJobs.endCursor },
  }));
  const [, retry] = useMutation(RETRY);
  const [pending, setPending] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; problem: AdminProblem | null } | null>(null);
  const [notice, setNotice] = useState('');

  const retryJob = async (id: string, queue: string) => {
    setPending(id);
    setProblem(null);
    const result = await retry({ id });
    setPending(null);
    if (result.error || !result.data?.retryDeadLetterJob) {
      setProblem({ id, problem: adminProblem(result.error) });
      return;
    }
    jobs.update((nodes) => nodes.filter((node) => node.id !== id));
    setNotice(t('jobs.retried', { queue }));
  };

  return (
    <>
      <PageTitle title={t('jobs.title')}>
        <button type="button" className="button" onClick={jobs.reload}>
          {t('jobs.refresh')}
        </button>
      </PageTitle>
      <p className="muted">{t('jobs.intro')}</p>
      <p role="status" className="admin-notice" data-testid="admin-notice">
        {notice}
      </p>
      {jobs.problem ? <ErrorState problem={jobs.problem} onRetry={jobs.reload} /> : null}
      {jobs.loading && !jobs.nodes.length ? <Loading /> : null}
      {!jobs.loading && !jobs.problem && !jobs.nodes.length ? (
        <EmptyState title={t('jobs.empty')} hint={t('jobs.emptyHint')} />
      ) : null}
      <ul className="plain-list admin-jobs">
        {jobs.nodes.map((job) => {
          const when = format.dateTime(job.failedAt);
          return (
            <li key={job.id} className="card admin-job" data-testid="dead-letter" data-id={job.id}>
              <div className="admin-job-head">
                <h2 className="admin-job-queue">
                  <span className="visually-hidden">{t('jobs.queue')} </span>
                  <code>{job.queue}</code>
                </h2>
                <button
                  type="button"
                  className="button"
                  disabled={pending === job.id}
                  aria-busy={pending === job.id}
                  aria-label={t('jobs.retryLabel', { queue: job.queue, when })}
                  onClick={() => void retryJob(job.id, job.queue)}
                >
                  {t('jobs.retry')}
                </button>
              </div>
              <dl className="admin-job-facts">
                <div>
                  <dt>{t('jobs.failedAt')}</dt>
                  <dd>
                    <time dateTime={job.failedAt}>{when}</time>
                  </dd>
                </div>
                <div>
                  <dt>{t('jobs.retries')}</dt>
                  <dd>{format.number(job.retries)}</dd>
                </div>
                <div className="admin-job-wide">
                  <dt>{t('jobs.error')}</dt>
                  <dd>
                    {job.error ? (
                      <span lang="en" className="admin-job-error">
                        {job.error}
                      </span>
                    ) : (
                      <span className="muted">{t('jobs.noError')}</span>
                    )}
                  </dd>
                </div>
                <div className="admin-job-wide">
                  <dt>{t('jobs.data')}</dt>
                  <dd>
                    {/* Focusable: long payloads scroll, and keyboards must reach them. */}
                    <pre
                      tabIndex={0}
                      role="group"
                      aria-label={t('jobs.dataLabel', { id: job.id })}
                      className="admin-job-data"
                    >
                      {pretty(job.data)}
                    </pre>
                  </dd>
                </div>
              </dl>
              {problem?.id === job.id ? <ProblemMessage problem={problem.problem} /> : null}
            </li>
          );
        })}
      </ul>
      <LoadMore hasMore={jobs.hasMore} loading={jobs.loading} onLoadMore={jobs.loadMore} />
    </>
  );
}
