import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { apiProblem } from '../../lib/graphql';
import { ErrorState, Loading } from '../../ui/states';
import { Comments } from './Comments';
import { POST_PAGE } from './documents';
import { PostCard } from './PostCard';
import './feed.css';

/** One post with its comments: where notifications and shared links lead (`#comment-<id>` for a comment). */
export default function PostPage() {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: POST_PAGE, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const post = data?.post;

  const title = post ? (post.title ?? t('post.by', { name: post.author.displayName })) : null;
  useEffect(() => {
    if (title) document.title = `${title} · ${tc('appName')}`;
  }, [title, tc]);

  if (!post) {
    if (fetching) return <Loading />;
    return (
      <ErrorState
        problem={apiProblem(error) ?? { code: 'NOT_FOUND', message: '', fields: {} }}
        onRetry={refresh}
      />
    );
  }
  return (
    <div className="post-page">
      <PostCard
        post={post}
        headingLevel={1}
        onChange={refresh}
        onDelete={() => navigate('/', { replace: true, state: { deleted: post.id } })}
      />
      <Comments key={post.id} post={post} accepted={post.acceptedAnswer ?? null} onChanged={refresh} />
    </div>
  );
}
