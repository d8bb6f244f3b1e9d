import { FormEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useClient, useMutation } from 'urql';
import { useMe } from '../../app/session';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { useConnection } from '../../lib/use-connection';
import { Avatar, RelativeTime } from '../../ui/bits';
import { EmptyState, ErrorState, FormError, Loading, LoadMore } from '../../ui/states';
import {
  ACCEPT_ANSWER,
  ADD_COMMENT,
  COMMENT_CURSOR,
  DELETE_COMMENT,
  FeedPost,
  POST_COMMENTS,
  PostComment,
  Thread,
  THREAD_REPLIES,
  UPDATE_COMMENT,
} from './documents';
import { useFocusAfterRender } from './focus';
import { CheckIcon } from './icons';
import { MarkdownEditor } from './MarkdownEditor';
import { Reactions } from './Reactions';
import { RichBody } from './RichBody';
import { AuthorName } from './AuthorName';
import { DeleteConfirmation } from './DeleteConfirmation';
import './feed.css';

/** A comment is listed once, where its last loaded copy is (one added here may come again with a page). */
function uniqueThreads(threads: Thread[]): Thread[] {
  const last = new Map(threads.map((thread, index) => [thread.id, index]));
  return threads.filter((thread, index) => last.get(thread.id) === index);
}

const focusLater = (id: string) =>
  requestAnimationFrame(() => document.getElementById(id)?.focus({ preventScroll: false }));

/** A markdown form for a comment, a reply or an edit; it keeps the text when the api refuses it. */
function CommentForm({
  label,
  submitLabel,
  initial = '',
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  /** Resolves to what went wrong, or null once saved. */
  onSubmit: (body: string) => Promise<ApiProblem | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('feed');
  const id = useId();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setBodyError(t('composer.bodyRequired'));
      ref.current?.focus();
      return;
    }
    setBodyError(null);
    setBusy(true);
    const failure = await onSubmit(body);
    setBusy(false);
    setProblem(failure);
    if (!failure) setBody('');
  };

  return (
    <form
      className="stack comment-form"
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel && !event.defaultPrevented) onCancel();
      }}
    >
      <MarkdownEditor
        id={`${id}-body`}
        label={label}
        value={body}
        onChange={(value) => {
          setBody(value);
          if (bodyError && value.trim()) setBodyError(null);
        }}
        rows={3}
        textareaRef={ref}
        error={bodyError}
        onSubmitShortcut={() => void submit()}
      />
      <div className="row">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        ) : null}
      </div>
      <FormError problem={problem} />
    </form>
  );
}

interface CommentActions {
  reply: (comment: PostComment) => void;
  changed: (comment: PostComment) => void;
  deleted: (comment: PostComment) => void;
  accept: (comment: PostComment) => Promise<ApiProblem | null>;
}

function CommentItem({
  comment,
  post,
  accepted,
  actions,
  children,
}: {
  comment: PostComment;
  post: FeedPost;
  accepted: boolean;
  actions: CommentActions;
  children?: ReactNode;
}) {
  const { t } = useTranslation('feed');
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [, updateComment] = useMutation(UPDATE_COMMENT);
  const [{ fetching: deleting }, deleteComment] = useMutation(DELETE_COMMENT);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const mine = comment.author.id === me.id;
  const moderator = post.viewerCan.pin;
  const can = {
    reply: post.viewerCan.comment,
    edit: mine && post.viewerCan.comment,
    delete: (mine && post.viewerCan.comment) || moderator,
    accept: post.kind === 'QUESTION' && post.viewerCan.acceptAnswer && !accepted,
  };
  const authorId = `comment-${comment.id}-author`;

  const remove = async () => {
    setProblem(null);
    const result = await deleteComment({ id: comment.id });
    if (!result.data?.deleteComment) {
      setProblem(apiProblem(result.error));
      return;
    }
    actions.deleted(comment);
  };

  return (
    <article
      id={`comment-${comment.id}`}
      className={`comment${accepted ? ' comment-accepted' : ''}`}
      aria-labelledby={authorId}
      tabIndex={-1}
    >
      <div className="comment-meta">
        <Avatar name={comment.author.displayName} size={32} />
        <div>
          <AuthorName author={comment.author} id={authorId} />{' '}
          <span className="muted">
            <RelativeTime iso={comment.createdAt} />
            {comment.edited ? ` · ${t('comments.edited')}` : null}
          </span>
        </div>
      </div>
      {accepted ? (
        <p className="post-pill post-pill-accepted">
          <CheckIcon /> <span>{t('comments.accepted')}</span>
        </p>
      ) : null}
      {editing ? (
        <CommentForm
          label={t('comments.edit')}
          submitLabel={t('comments.save')}
          initial={comment.bodyMarkdown ?? ''}
          autoFocus
          onCancel={() => {
            setEditing(false);
            focusAfterRender(editButton);
          }}
          onSubmit={async (body) => {
            const result = await updateComment({ id: comment.id, body });
            const saved = result.data?.updateComment;
            if (!saved) return apiProblem(result.error);
            setEditing(false);
            actions.changed(saved);
            focusAfterRender(editButton);
            return null;
          }}
        />
      ) : (
        <RichBody html={comment.bodyHtml} />
      )}
      <div className="comment-footer">
        <Reactions
          subject={{ id: comment.id, type: 'COMMENT' }}
          state={{ myReaction: comment.myReaction ?? null, reactionCounts: comment.reactionCounts }}
          canReact={post.viewerCan.react}
          onSettled={(state) => actions.changed({ ...comment, ...state })}
        />
        {!editing ? (
          <div className="comment-actions" role="group" aria-label={t('comments.actions')}>
            {can.reply ? (
              <button type="button" className="link-button" onClick={() => actions.reply(comment)}>
                {t('comments.reply')}
              </button>
            ) : null}
            {can.accept ? (
              <button
                type="button"
                className="link-button"
                onClick={async () => setProblem(await actions.accept(comment))}
              >
                {t('comments.accept')}
              </button>
            ) : null}
            {can.edit ? (
              <button ref={editButton} type="button" className="link-button" onClick={() => setEditing(true)}>
                {t('comments.edit')}
              </button>
            ) : null}
            {can.delete ? (
              <button
                ref={deleteButton}
                type="button"
                className="link-button feed-link-danger"
                aria-expanded={confirming}
                onClick={() => setConfirming(true)}
              >
                {t('comments.delete')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {confirming ? (
        <DeleteConfirmation
          labelId={`comment-${comment.id}-confirm`}
          question={t('comments.confirmDelete')}
          confirmLabel={t('comments.confirmDeleteYes')}
          cancelLabel={t('comments.cancel')}
          deleting={deleting}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
            focusAfterRender(deleteButton);
          }}
        />
      ) : null}
      <FormError problem={problem} />
      {children}
    </article>
  );
}

/**
 * A post's comments, oldest first, page by page, each with its replies (one level: answering a reply adds
 * to the same thread). `#comment-<id>` in the address scrolls to that comment, loading pages until found.
 */
export function Comments({
  post,
  accepted,
  onChanged,
}: {
  post: FeedPost;
  /** The question's accepted answer. */
  accepted: { id: string; author: { displayName: string } } | null;
  /** The post's counts or accepted answer changed: read it again. */
  onChanged: () => void;
}) {
  const { t } = useTranslation('feed');
  const location = useLocation();
  const { nodes, loading, problem, hasMore, loadMore, reload, update } = useConnection(
    POST_COMMENTS,
    { id: post.id },
    (data) => data.post.comments,
  );
  const threads = uniqueThreads(nodes);
  const [replyingTo, setReplyingTo] = useState<{ threadId: string; comment: PostComment } | null>(null);
  const [status, setStatus] = useState('');
  const [, addComment] = useMutation(ADD_COMMENT);
  const [, acceptAnswer] = useMutation(ACCEPT_ANSWER);
  const client = useClient();
  const [repliesProblem, setRepliesProblem] = useState<string | null>(null);

  /**
   * The replies of a thread beyond the first ones a page carries: the cursor just before the thread (its
   * position among the threads), then that one thread with all its replies, checked by id.
   */
  const loadAllReplies = async (thread: Thread, position: number) => {
    setRepliesProblem(null);
    let after: string | null = null;
    for (let remaining = position; remaining > 0; remaining -= 100) {
      const page = await client
        .query(
          COMMENT_CURSOR,
          { id: post.id, first: Math.min(remaining, 100), after },
          {
            requestPolicy: 'network-only',
          },
        )
        .toPromise();
      after = page.data?.post.comments.pageInfo.endCursor ?? null;
      if (!after) break;
    }
    const result =
      position === 0 || after
        ? await client
            .query(THREAD_REPLIES, { id: post.id, after }, { requestPolicy: 'network-only' })
            .toPromise()
        : null;
    const found = result?.data?.post.comments.nodes[0];
    if (!found || found.id !== thread.id) {
      setRepliesProblem(thread.id);
      return;
    }
    update((current) =>
      current.map((th) =>
        th.id === thread.id ? { ...th, replies: found.replies, replyCount: found.replyCount } : th,
      ),
    );
  };
  const question = post.kind === 'QUESTION';
  const acceptedId = accepted?.id ?? null;

  // A link to one comment (a notification's) scrolls to it, loading further pages until it is there.
  const target = /^#comment-[\w-]+$/.test(location.hash) ? location.hash.slice(1) : null;
  const found = useRef<string | null>(null);
  useEffect(() => {
    if (!target || found.current === target) return;
    const element = document.getElementById(target);
    if (element) {
      found.current = target;
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
    } else if (hasMore && !loading) {
      loadMore();
    }
  }, [target, nodes, hasMore, loading, loadMore]);

  const threadOf = (comment: PostComment) => comment.parentId ?? comment.id;
  const actions: CommentActions = {
    reply: (comment) => setReplyingTo({ threadId: threadOf(comment), comment }),
    changed: (comment) =>
      update((current) =>
        current.map((thread) =>
          thread.id === comment.id
            ? { ...thread, ...comment }
            : thread.id === comment.parentId
              ? { ...thread, replies: thread.replies.map((r) => (r.id === comment.id ? comment : r)) }
              : thread,
        ),
      ),
    deleted: (comment) => {
      update((current) =>
        comment.parentId
          ? current.map((thread) =>
              thread.id === comment.parentId
                ? {
                    ...thread,
                    replies: thread.replies.filter((r) => r.id !== comment.id),
                    replyCount: Math.max(0, thread.replyCount - 1),
                  }
                : thread,
            )
          : current.filter((thread) => thread.id !== comment.id),
      );
      setStatus(t('comments.deleted'));
      focusLater(comment.parentId ? `comment-${comment.parentId}` : 'comments');
      onChanged();
    },
    accept: async (comment) => {
      const result = await acceptAnswer({ postId: post.id, commentId: comment.id });
      if (!result.data?.acceptAnswer) return apiProblem(result.error);
      onChanged();
      return null;
    },
  };

  const add = async (body: string, parentId: string | null): Promise<ApiProblem | null> => {
    const result = await addComment({ postId: post.id, parentId, body });
    const comment = result.data?.addComment;
    if (!comment) return apiProblem(result.error);
    if (comment.parentId) {
      update((current) =>
        current.map((thread) =>
          thread.id === comment.parentId
            ? { ...thread, replies: [...thread.replies, comment], replyCount: thread.replyCount + 1 }
            : thread,
        ),
      );
      setReplyingTo(null);
      focusLater(`comment-${comment.id}`);
    } else {
      update((current) => [...current, { ...comment, replies: [] }]);
    }
    setStatus(t('comments.added'));
    onChanged();
    return null;
  };

  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading" tabIndex={-1}>
      <h2 id="comments-heading">
        {question ? t('comments.headingAnswers') : t('comments.heading')}{' '}
        <span className="muted">({post.commentCount})</span>
      </h2>
      {accepted ? (
        <p className="accepted-callout">
          <CheckIcon /> {t('comments.acceptedCallout', { name: accepted.author.displayName })}{' '}
          <a
            href={`#comment-${accepted.id}`}
            onClick={(event) => {
              const element = document.getElementById(`comment-${accepted.id}`);
              if (!element) return;
              event.preventDefault();
              element.scrollIntoView({ block: 'center' });
              element.focus({ preventScroll: true });
            }}
          >
            {t('comments.seeAccepted')}
          </a>
        </p>
      ) : null}
      {threads.length === 0 ? (
        loading ? (
          <Loading />
        ) : problem ? (
          <ErrorState problem={problem} onRetry={reload} />
        ) : (
          <EmptyState
            title={question ? t('comments.noneQuestion') : t('comments.none')}
            hint={post.viewerCan.comment ? t('comments.noneHint') : undefined}
          />
        )
      ) : (
        <ol className="comment-list">
          {threads.map((thread, position) => (
            <li key={thread.id} className="comment-thread">
              <CommentItem comment={thread} post={post} accepted={thread.id === acceptedId} actions={actions}>
                {thread.replyCount > 0 || replyingTo?.threadId === thread.id ? (
                  <ol
                    className="comment-replies"
                    aria-label={t('comments.replies', { count: thread.replyCount })}
                  >
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <CommentItem
                          comment={reply}
                          post={post}
                          accepted={reply.id === acceptedId}
                          actions={actions}
                        />
                      </li>
                    ))}
                    {thread.replyCount > thread.replies.length ? (
                      <li>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void loadAllReplies(thread, position)}
                        >
                          {t('comments.moreReplies', { count: thread.replyCount })}
                        </button>
                        {repliesProblem === thread.id ? (
                          <p className="form-error" role="alert">
                            {t('comments.repliesFailed')}
                          </p>
                        ) : null}
                      </li>
                    ) : null}
                    {replyingTo?.threadId === thread.id ? (
                      <li>
                        <CommentForm
                          label={t('comments.replyTo', { name: replyingTo.comment.author.displayName })}
                          submitLabel={t('comments.sendReply')}
                          autoFocus
                          onSubmit={(body) => add(body, replyingTo.comment.id)}
                          onCancel={() => {
                            const back = `comment-${replyingTo.comment.id}`;
                            setReplyingTo(null);
                            focusLater(back);
                          }}
                        />
                      </li>
                    ) : null}
                  </ol>
                ) : null}
              </CommentItem>
            </li>
          ))}
        </ol>
      )}
      {threads.length > 0 && problem ? <ErrorState problem={problem} onRetry={reload} /> : null}
      <LoadMore hasMore={hasMore} loading={loading} onLoadMore={loadMore} />
      {post.viewerCan.comment ? (
        <div className="card comment-new">
          <CommentForm
            label={question ? t('comments.addAnswer') : t('comments.add')}
            submitLabel={question ? t('comments.submitAnswer') : t('comments.submit')}
            onSubmit={(body) => add(body, null)}
          />
        </div>
      ) : (
        <p className="muted">{t('comments.cannotComment')}</p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
