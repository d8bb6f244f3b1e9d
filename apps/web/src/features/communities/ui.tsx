import { ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CombinedError, useQuery } from 'urql';
import type { CommunityVisibility, MembershipRole, MembershipStatus } from '../../gql/graphql';
import { apiProblem } from '../../lib/graphql';
import { FormError } from '../../ui/states';
import { TOPIC_LABEL } from './api';
import './communities.css';

export const VISIBILITIES: readonly CommunityVisibility[] = ['OPEN', 'PRIVATE', 'SECRET'];
export const ROLES: readonly MembershipRole[] = ['OWNER', 'MODERATOR', 'MEMBER'];

const ICON_PATHS: Record<CommunityVisibility | 'official' | 'archived', ReactNode> = {
  // A globe: anyone may come in.
  OPEN: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
    </>
  ),
  // A padlock: on request.
  PRIVATE: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </>
  ),
  // A crossed-out eye: unseen from outside.
  SECRET: (
    <>
      <path d="M2 12s3.6-7 10-7c2 0 3.7.7 5.1 1.6M22 12s-3.6 7-10 7c-2 0-3.7-.7-5.1-1.6" />
      <path d="M9.9 9.9a3 3 0 0 0 4.2 4.2M3 3l18 18" />
    </>
  ),
  // A rosette with a tick.
  official: (
    <>
      <circle cx="12" cy="10" r="7" />
      <path d="M9 10l2 2 4-4M8.5 16.2L7 22l5-3 5 3-1.5-5.8" />
    </>
  ),
  // A box.
  archived: (
    <>
      <rect x="3" y="4" width="18" height="5" rx="1" />
      <path d="M5 9v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V9M10 13h4" />
    </>
  ),
};

export function Icon({ name }: { name: keyof typeof ICON_PATHS }) {
  return (
    <svg
      className="community-icon"
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {ICON_PATHS[name]}
    </svg>
  );
}

/** Open, private or secret: an icon and a word, never a colour alone. */
export function VisibilityBadge({ visibility }: { visibility: CommunityVisibility }) {
  const { t } = useTranslation('communities');
  return (
    <span className={`community-badge community-badge-${visibility.toLowerCase()}`}>
      <Icon name={visibility} />
      {t(`visibility.${visibility}`)}
    </span>
  );
}

export function OfficialBadge() {
  const { t } = useTranslation('communities');
  return (
    <span className="community-badge community-badge-official">
      <Icon name="official" />
      {t('official')}
    </span>
  );
}

export function ArchivedBadge() {
  const { t } = useTranslation('communities');
  return (
    <span className="community-badge community-badge-archived">
      <Icon name="archived" />
      {t('archived')}
    </span>
  );
}

/** The viewer's place in a community, in words: "Membre", "Demande en attente"… */
export function membershipLabel(
  membership: { role: MembershipRole; status: MembershipStatus } | null | undefined,
  t: (key: string) => string,
): string | null {
  if (!membership) return null;
  if (membership.status === 'ACTIVE') return t(`membership.${membership.role}`);
  return t(`membership.${membership.status}`);
}

/** A topic's name in the interface's language (asked of the api unless given), its slug until it is known. */
export function TopicName({ slug, label }: { slug: string; label?: string }) {
  const [{ data }] = useQuery({
    query: TOPIC_LABEL,
    variables: { slug },
    requestPolicy: 'cache-first',
    pause: label !== undefined,
  });
  return <>{label ?? data?.topic?.label ?? slug}</>;
}

export function TopicChips({ slugs, label }: { slugs: readonly string[]; label: string }) {
  if (!slugs.length) return null;
  return (
    <ul className="chips" aria-label={label}>
      {slugs.map((slug) => (
        <li key={slug}>
          <Link to={`/topics/${slug}`} className="chip">
            #<TopicName slug={slug} />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * A button whose action asks first: the question and the two answers replace it, and focus goes to the
 * confirmation so that a keyboard follows.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  danger,
  disabled,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => void;
  danger?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const restore = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (restore.current) openerRef.current?.focus();
  }, [asking]);
  const className = `button${danger ? ' button-danger' : ''}`;
  if (!asking) {
    return (
      <button
        ref={openerRef}
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="c-confirm" role="group" aria-label={question}>
      <span className="c-confirm-question">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className={`${className} c-button-primary-danger`}
        onClick={() => {
          restore.current = true;
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel ?? t('action.confirm')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          restore.current = true;
          setAsking(false);
        }}
      >
        {t('action.cancel')}
      </button>
    </span>
  );
}

/** A short message that screen readers read when it changes ("Saved."), and that sighted people see. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p className="community-status" role="status">
      {message}
    </p>
  );
}

/** Refusals the interface explains in its own words (the api's messages are in English). */
const KNOWN_REASONS = [
  'LAST_OWNER',
  'ARCHIVED',
  'ALREADY_MEMBER',
  'NOT_MEMBER',
  'REQUEST_PENDING',
  'ALREADY_INVITED',
  'NOT_INVITED',
  'BANNED',
  'ALREADY_BANNED',
  'APPROVAL_REQUIRED',
  'NOT_MODERATOR',
  'NOT_OWNER',
  'SELF_BAN',
  'ALREADY_FOLLOWING',
];

/** Why an action failed: the reason the api gave, in the person's language when it is a known one. */
export function ActionError({ error }: { error: CombinedError | undefined }) {
  const { t } = useTranslation('communities');
  const reason = (error?.graphQLErrors[0]?.extensions as { reason?: string } | undefined)?.reason;
  if (reason && KNOWN_REASONS.includes(reason)) {
    return (
      <p className="form-error" role="alert">
        {t(`reasons.${reason}`)}
      </p>
    );
  }
  return <FormError problem={apiProblem(error)} />;
}
