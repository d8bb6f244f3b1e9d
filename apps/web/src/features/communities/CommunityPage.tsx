import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { useFormat } from '../../lib/format';
import { Html } from '../../ui/bits';
import { Loading, PageTitle } from '../../ui/states';
import { Composer, Feed } from '../feed/Feed';
import { ACCEPT_INVITE, DECLINE_INVITE, FOLLOW, JOIN, LEAVE, REQUEST_TO_JOIN, UNFOLLOW } from './api';
import { CommunityDetail, useCommunity } from './hooks';
import { CommunityNotFound } from './CommunityNotFound';
import {
  ActionError,
  ArchivedBadge,
  ConfirmButton,
  membershipLabel,
  OfficialBadge,
  StatusMessage,
  TopicChips,
  VisibilityBadge,
} from './ui';

type Action = 'join' | 'request' | 'leave' | 'withdraw' | 'accept' | 'decline' | 'follow' | 'unfollow';

/** What the viewer can do about their place in the community: join, ask, accept, leave, follow… */
function MembershipActions({ community, refresh }: { community: CommunityDetail; refresh: () => void }) {
  const { t } = useTranslation('communities');
  const navigate = useNavigate();
  const [, join] = useMutation(JOIN);
  const [, requestToJoin] = useMutation(REQUEST_TO_JOIN);
  const [, leave] = useMutation(LEAVE);
  const [, acceptInvite] = useMutation(ACCEPT_INVITE);
  const [, declineInvite] = useMutation(DECLINE_INVITE);
  const [, follow] = useMutation(FOLLOW);
  const [, unfollow] = useMutation(UNFOLLOW);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const { slug, id, viewerCan: can, myMembership: membership } = community;

  const run = async (action: Action) => {
    setBusy(true);
    setError(undefined);
    setDone(null);
    const result =
      action === 'join'
        ? await join({ slug })
        : action === 'request'
          ? await requestToJoin({ slug })
          : action === 'accept'
            ? await acceptInvite({ slug })
            : action === 'decline'
              ? await declineInvite({ slug })
              : action === 'follow'
                ? await follow({ id })
                : action === 'unfollow'
                  ? await unfollow({ id })
                  : await leave({ slug });
    setBusy(false);
    if (result.error) {
      setError(result.error);
      return;
    }
    const data = result.data as Record<string, unknown> | undefined;
    // Leaving a secret community, or declining its invitation, makes it vanish for the person.
    if (
      (action === 'leave' || action === 'decline' || action === 'withdraw') &&
      data &&
      !Object.values(data)[0]
    ) {
      navigate('/communities', { replace: true });
      return;
    }
    setDone(t(`done.${action}`));
    refresh();
  };

  const status = membership?.status;
  return (
    <div className="community-actions">
      {status === 'PENDING' ? (
        <p className="community-state community-state-pending">
          <strong>{t('membership.PENDING')}</strong> {t('page.pendingHint')}
        </p>
      ) : null}
      {status === 'INVITED' ? (
        <p className="community-state community-state-invited">
          <strong>{t('page.invited')}</strong>{' '}
          {community.archived ? t('page.invitedArchived') : t('page.invitedHint')}
        </p>
      ) : null}
      {status === 'ACTIVE' ? (
        <p className="community-state">
          <strong>{membershipLabel(membership, t)}</strong>
        </p>
      ) : null}
      {status === 'BANNED' ? <p className="community-state">{t('page.banned')}</p> : null}
      <div className="row community-action-buttons">
        {can.acceptInvite ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => run('accept')}
          >
            {t('actions.accept')}
          </button>
        ) : null}
        {can.join && !can.acceptInvite ? (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => run('join')}>
            {t('actions.join')}
          </button>
        ) : null}
        {can.requestToJoin ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => run('request')}
          >
            {t('actions.requestToJoin')}
          </button>
        ) : null}
        {can.leave && status === 'INVITED' ? (
          <button type="button" className="button" disabled={busy} onClick={() => run('decline')}>
            {t('actions.decline')}
          </button>
        ) : null}
        {can.leave && status === 'PENDING' ? (
          <button type="button" className="button" disabled={busy} onClick={() => run('withdraw')}>
            {t('actions.withdraw')}
          </button>
        ) : null}
        {/* Members get their communities' posts at home anyway: following is for the others. */}
        {(can.readContent && status !== 'ACTIVE') || community.followedByMe ? (
          <button
            type="button"
            className="button"
            aria-pressed={community.followedByMe}
            disabled={busy}
            onClick={() => run(community.followedByMe ? 'unfollow' : 'follow')}
          >
            {community.followedByMe ? t('actions.following') : t('actions.follow')}
          </button>
        ) : null}
        {can.leave && status === 'ACTIVE' ? (
          <ConfirmButton
            label={t('actions.leave')}
            question={t('actions.leaveQuestion', { name: community.name })}
            confirmLabel={t('actions.leaveConfirm')}
            onConfirm={() => run('leave')}
            disabled={busy}
            danger
          />
        ) : null}
      </div>
      <StatusMessage message={done} />
      <ActionError error={error} />
    </div>
  );
}

/** A community: what it is about, the viewer's place in it, and its posts for those who may read them. */
export default function CommunityPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('communities');
  const format = useFormat();
  const { community, problem, loading, refresh } = useCommunity(slug);
  if (loading || community === undefined) return <Loading />;
  if (!community) return <CommunityNotFound problem={problem} onRetry={refresh} />;
  const can = community.viewerCan;
  const settings = can.own || can.archive || can.setOfficial;
  return (
    <>
      <PageTitle title={community.name}>
        {can.readContent ? (
          <Link to={`/c/${community.slug}/members`} className="button">
            {t('page.membersLink')}
          </Link>
        ) : null}
        {settings ? (
          <Link to={`/c/${community.slug}/settings`} className="button">
            {t('page.settingsLink')}
          </Link>
        ) : null}
      </PageTitle>
      <section className="card community-header" aria-label={t('page.about')}>
        <p className="community-badges">
          <VisibilityBadge visibility={community.visibility} />
          {community.official ? <OfficialBadge /> : null}
          {community.archived ? <ArchivedBadge /> : null}
          {community.memberCount !== null && community.memberCount !== undefined ? (
            <span className="community-count">
              {t('memberCount', {
                count: community.memberCount,
                formatted: format.number(community.memberCount),
              })}
            </span>
          ) : null}
        </p>
        {community.descriptionHtml ? <Html html={community.descriptionHtml} /> : null}
        <TopicChips slugs={community.topicSlugs} label={t('page.topics')} />
        <MembershipActions community={community} refresh={refresh} />
      </section>
      {community.archived ? (
        <p className="card community-notice" role="note">
          {community.archivedAt
            ? t('page.archivedSince', { date: format.date(community.archivedAt) })
            : t('page.archivedNotice')}
        </p>
      ) : null}
      {!can.readContent ? (
        <section className="card community-notice" aria-labelledby="community-closed">
          <h2 id="community-closed">
            {community.visibility === 'SECRET' ? t('page.secretTitle') : t('page.privateTitle')}
          </h2>
          <p>
            {community.myMembership?.status === 'PENDING'
              ? t('page.privatePending')
              : community.myMembership?.status === 'INVITED'
                ? t('page.privateInvited')
                : can.requestToJoin
                  ? t('page.privateAsk')
                  : t('page.privateClosed')}
          </p>
        </section>
      ) : (
        <section aria-labelledby="community-posts" className="community-posts">
          <h2 id="community-posts">{t('page.posts')}</h2>
          {can.participate ? (
            <Composer communityId={community.id} canAnnounce={can.moderate} />
          ) : !community.archived && community.myMembership?.status !== 'ACTIVE' ? (
            <p className="muted">{t('page.joinToPost')}</p>
          ) : null}
          <Feed source={{ kind: 'community', slug: community.slug }} />
        </section>
      )}
    </>
  );
}
