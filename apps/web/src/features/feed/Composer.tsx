import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import type { PostClassification, PostKind } from '../../gql/graphql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { FormError } from '../../ui/states';
import { CREATE_POST, FeedPost, UPDATE_POST } from './documents';
import { CLASSIFICATIONS, POST_CREATED_EVENT, POST_KINDS } from './labels';
import { MarkdownEditor } from './MarkdownEditor';
import './feed.css';

function ClassificationSelect({
  value,
  onChange,
}: {
  value: PostClassification;
  onChange: (value: PostClassification) => void;
}) {
  const { t } = useTranslation('feed');
  const id = useId();
  return (
    <div className="feed-field">
      <label htmlFor={id}>{t('classification.label')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value as PostClassification)}
      >
        {CLASSIFICATIONS.map((classification) => (
          <option key={classification} value={classification}>
            {t(`classification.${classification}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('classification.hint')}
      </span>
    </div>
  );
}

/** The address parameter that opens the composer on a question to a colleague (ask an expert). */
const ASK_PARAM = 'ask';
/** A handle as the api's mention parser reads it (libs/content post-markup.ts). */
const HANDLE = /^[a-z0-9][a-z0-9._+-]{0,63}$/i;

/** The home page with its composer ready for a question that mentions this colleague. */
export function askQuestionPath(handle: string): string {
  return `/?${ASK_PARAM}=${encodeURIComponent(handle)}`;
}

/**
 * The composer: posts on the person's profile, or in a community when `communityId` is given. After a post
 * the form empties and the focus stays in the message, ready for the next one; every feed on the page
 * that the post belongs to shows it at once.
 */
export function Composer({
  communityId,
  onPosted,
  canAnnounce,
}: {
  communityId?: string;
  onPosted?: (post: FeedPost) => void;
  /** Whether to offer ANNOUNCEMENT (a community's moderators); by default offered in a community only. */
  canAnnounce?: boolean;
}) {
  const { t } = useTranslation('feed');
  const uid = useId();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<PostKind>('DISCUSSION');
  const [classification, setClassification] = useState<PostClassification>('INTERNAL');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, createPost] = useMutation(CREATE_POST);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const kinds = POST_KINDS.filter((k) => k !== 'ANNOUNCEMENT' || (canAnnounce ?? !!communityId));

  // Arriving with ?ask=handle (the "ask this person" of a search): a question that mentions them, the
  // caret after the mention. The parameter is then dropped, so that a reload starts an ordinary post.
  const [params, setParams] = useSearchParams();
  const asked = params.get(ASK_PARAM);
  const [askedFor, setAskedFor] = useState<string | null>(null);
  useEffect(() => {
    if (asked === null) return;
    if (HANDLE.test(asked)) {
      setKind('QUESTION');
      setBody((current) => (current.trim() ? current : `@${asked} `));
      setAskedFor(asked);
    }
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(ASK_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [asked, setParams]);
  useEffect(() => {
    const textarea = bodyRef.current;
    if (!askedFor || !textarea) return;
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    setStatus(t('composer.asking', { handle: askedFor }));
    setAskedFor(null);
  }, [askedFor, t]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (fetching) return;
    setStatus('');
    setProblem(null);
    if (!body.trim()) {
      setBodyError(t('composer.bodyRequired'));
      bodyRef.current?.focus();
      return;
    }
    setBodyError(null);
    const result = await createPost({
      input: {
        title: title.trim() || null,
        body,
        kind,
        classification,
        communityId: communityId ?? null,
      },
    });
    const post = result.data?.createPost;
    if (!post) {
      const failure = apiProblem(result.error);
      setProblem(failure);
      const fieldError = failure?.fields.body?.[0];
      if (fieldError) setBodyError(fieldError);
      return;
    }
    setTitle('');
    setBody('');
    setKind('DISCUSSION');
    setClassification('INTERNAL');
    setStatus(t('composer.posted'));
    bodyRef.current?.focus();
    onPosted?.(post);
    window.dispatchEvent(new CustomEvent<FeedPost>(POST_CREATED_EVENT, { detail: post }));
  };

  return (
    <section className="card composer" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>{t('composer.heading')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="feed-field">
          <label htmlFor={`${uid}-title`}>{t('composer.titleLabel')}</label>
          <input
            id={`${uid}-title`}
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <MarkdownEditor
          id={`${uid}-body`}
          label={t('composer.bodyLabel')}
          value={body}
          onChange={(value) => {
            setBody(value);
            if (bodyError && value.trim()) setBodyError(null);
          }}
          hint={t('composer.bodyHint')}
          textareaRef={bodyRef}
          error={bodyError}
          onSubmitShortcut={() => void submit()}
        />
        <div className="composer-options">
          <div className="feed-field">
            <label htmlFor={`${uid}-kind`}>{t('kind.label')}</label>
            <select
              id={`${uid}-kind`}
              value={kind}
              onChange={(event) => setKind(event.target.value as PostKind)}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <ClassificationSelect value={classification} onChange={setClassification} />
          <button type="submit" className="button button-primary composer-submit" aria-disabled={fetching}>
            {fetching ? t('composer.submitting') : t('composer.submit')}
          </button>
        </div>
        <FormError problem={problem} />
        <p className="composer-status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}

/** The composer's editor on an existing post: its title, message and audience (its kind and place stay). */
export function PostEditForm({
  post,
  onSaved,
  onCancel,
}: {
  post: FeedPost;
  onSaved: (post: FeedPost) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('feed');
  const uid = useId();
  const [title, setTitle] = useState(post.title ?? '');
  const [body, setBody] = useState(post.bodyMarkdown ?? '');
  const [classification, setClassification] = useState<PostClassification>(post.classification);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, updatePost] = useMutation(UPDATE_POST);
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (fetching) return;
    setProblem(null);
    if (!body.trim()) {
      setBodyError(t('composer.bodyRequired'));
      bodyRef.current?.focus();
      return;
    }
    const result = await updatePost({
      id: post.id,
      input: { title: title.trim() || null, body, classification },
    });
    if (!result.data?.updatePost) {
      setProblem(apiProblem(result.error));
      return;
    }
    onSaved(result.data.updatePost);
  };

  return (
    <form
      className="stack post-edit"
      onSubmit={submit}
      noValidate
      aria-label={t('post.editTitle')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onCancel();
      }}
    >
      <div className="feed-field">
        <label htmlFor={`${uid}-title`}>{t('composer.titleLabel')}</label>
        <input
          id={`${uid}-title`}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <MarkdownEditor
        id={`${uid}-body`}
        label={t('composer.bodyLabel')}
        value={body}
        onChange={setBody}
        hint={t('composer.bodyHint')}
        textareaRef={bodyRef}
        error={bodyError}
        rows={6}
        onSubmitShortcut={() => void submit()}
      />
      <div className="composer-options">
        <ClassificationSelect value={classification} onChange={setClassification} />
        <button type="submit" className="button button-primary" aria-disabled={fetching}>
          {t('post.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('post.cancel')}
        </button>
      </div>
      <FormError problem={problem} />
    </form>
  );
}
