import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { useFormat } from '../../lib/format';
import { Avatar, RelativeTime, TopicLinks } from '../../ui/bits';
import { FormError } from '../../ui/states';
import { PostEditForm } from './Composer';
import { DELETE_POST, FeedPost, PIN_POST } from './documents';
import { useFocusAfterRender } from './focus';
import { CommentIcon, LockIcon, PinIcon } from './icons';
import { Reactions } from './Reactions';
import { RichBody } from './RichBody';
import { AuthorName } from './AuthorName';
import { DeleteConfirmation } from './DeleteConfirmation';
import './feed.css';

/** Kind, audience and pin, in words (with a symbol), never by colour alone. */
export function PostBadges({ post }: { post: Pick<FeedPost, 'kind' | 'classification' | 'pinned'> }) {
  const { t } = useTranslation('feed');
  const badges = [];
  if (post.pinned)
    badges.push(
      <li key="pinned" className="post-pill post-pill-pinned">
        <PinIcon /> {t('post.pinned')}
      </li>,
    );
  if (post.kind !== 'DISCUSSION')
    badges.push(
      <li key="kind" className={`post-pill post-pill-kind post-pill-${post.kind.toLowerCase()}`}>
        {t(`kind.${post.kind}`)}
      </li>,
    );
  if (post.classification === 'CONFIDENTIAL')
    badges.push(
      <li key="classification" className="post-pill post-pill-confidential">
        <LockIcon /> {t('classification.CONFIDENTIAL')}
      </li>,
    );
  else if (post.classification === 'PUBLIC_ELIGIBLE')
    badges.push(
      <li key="classification" className="post-pill post-pill-public">
        {t('classification.PUBLIC_ELIGIBLE')}
      </li>,
    );
  if (badges.length === 0) return null;
  return <ul className="post-pills">{badges}</ul>;
}

/**
 * A post as a card: author, place, date, badges, title, body, topics, reactions, comments, and the actions
 * the person may take on it (edit inline, delete after a confirmation, pin in a community).
 */
export function PostCard({
  post,
  headingLevel = 2,
  onChange,
  onDelete,
}: {
  post: FeedPost;
  /** 1 on the post's own page, where the card is the page's subject. */
  headingLevel?: 1 | 2;
  onChange?: (post: FeedPost) => void;
  onDelete?: (id: string) => void;
}) {
  const { t } = useTranslation('feed');
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching: deleting }, deletePost] = useMutation(DELETE_POST);
  const [{ fetching: pinning }, pinPost] = useMutation(PIN_POST);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const ownPage = headingLevel === 1;
  const headingId = `post-${post.id}-title`;
  const Heading = ownPage ? 'h1' : 'h2';

  const remove = async () => {
    setProblem(null);
    const result = await deletePost({ id: post.id });
    if (!result.data?.deletePost) {
      setProblem(apiProblem(result.error));
      return;
    }
    setConfirming(false);
    onDelete?.(post.id);
  };

  const togglePin = async () => {
    setProblem(null);
    const result = await pinPost({ id: post.id, pinned: !post.pinned });
    if (!result.data?.pinPost) {
      setProblem(apiProblem(result.error));
      return;
    }
    onChange?.({ ...post, pinned: result.data.pinPost.pinned });
  };

  const actions = post.viewerCan.edit || post.viewerCan.delete || post.viewerCan.pin;
  return (
    <article
      id={`post-${post.id}`}
      className={`card post${post.confidential ? ' post-confidential' : ''}${post.pinned ? ' post-pinned' : ''}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div className="post-meta">
        <Avatar name={post.author.displayName} size={40} />
        <div className="post-meta-text">
          <div>
            <AuthorName author={post.author} />
            {post.community ? (
              <>
                {' '}
                <span className="muted">{t('post.in')}</span>{' '}
                <Link to={`/c/${post.community.slug}`} className="post-community">
                  {post.community.name}
                </Link>
              </>
            ) : null}
          </div>
          <div className="post-date muted">
            {ownPage ? (
              <RelativeTime iso={post.createdAt} />
            ) : (
              <Link to={`/posts/${post.id}`} className="post-date-link">
                <RelativeTime iso={post.createdAt} />
              </Link>
            )}
            {post.edited ? (
              <>
                {' · '}
                <span
                  className="post-edited"
                  title={
                    post.editedAt ? t('post.editedOn', { date: format.dateTime(post.editedAt) }) : undefined
                  }
                >
                  {t('post.edited')}
                </span>
              </>
            ) : null}
          </div>
        </div>
      </div>
      <PostBadges post={post} />
      <Heading
        id={headingId}
        className={`post-title${post.title ? '' : ' post-title-none'}`}
        lang={post.title ? post.language : undefined}
      >
        {post.title ? (
          ownPage ? (
            post.title
          ) : (
            <Link to={`/posts/${post.id}`}>{post.title}</Link>
          )
        ) : (
          <span className="visually-hidden">{t('post.by', { name: post.author.displayName })}</span>
        )}
      </Heading>
      {editing ? (
        <PostEditForm
          post={post}
          onCancel={() => {
            setEditing(false);
            focusAfterRender(editButton);
          }}
          onSaved={(saved) => {
            setEditing(false);
            setStatus(t('post.saved'));
            onChange?.(saved);
            focusAfterRender(editButton);
          }}
        />
      ) : (
        <RichBody html={post.bodyHtml} mentions={post.mentions} lang={post.language} />
      )}
      <TopicLinks topics={post.topics} className="post-topics" aria-label={t('post.topics')} />
      <div className="post-footer">
        <Reactions
          subject={{ id: post.id, type: 'POST' }}
          state={{ myReaction: post.myReaction ?? null, reactionCounts: post.reactionCounts }}
          canReact={post.viewerCan.react}
          onSettled={(state) => onChange?.({ ...post, ...state })}
        />
        {ownPage ? (
          <span className="post-comment-count muted">
            {t('post.commentsStatic', { count: post.commentCount })}
          </span>
        ) : (
          <Link to={`/posts/${post.id}#comments`} className="post-comment-count">
            <CommentIcon /> {t('post.comments', { count: post.commentCount })}
          </Link>
        )}
      </div>
      {actions && !editing ? (
        <div className="post-actions" role="group" aria-label={t('post.actions')}>
          {post.viewerCan.edit ? (
            <button ref={editButton} type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('post.edit')}
            </button>
          ) : null}
          {post.viewerCan.pin ? (
            <button type="button" className="link-button" aria-disabled={pinning} onClick={togglePin}>
              {post.pinned ? t('post.unpin') : t('post.pin')}
            </button>
          ) : null}
          {post.viewerCan.delete ? (
            <button
              ref={deleteButton}
              type="button"
              className="link-button feed-link-danger"
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              {t('post.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming ? (
        <DeleteConfirmation
          labelId={`${headingId}-confirm`}
          question={t('post.confirmDelete')}
          confirmLabel={t('post.confirmDeleteYes')}
          cancelLabel={t('post.cancel')}
          deleting={deleting}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
            focusAfterRender(deleteButton);
          }}
        />
      ) : null}
      <FormError problem={problem} />
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </article>
  );
}
