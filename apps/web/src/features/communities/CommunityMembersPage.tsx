import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CombinedError, useMutation } from 'urql';
import { useMe } from '../../app/session';
import type { CommunitiesMembersQuery, MembershipRole } from '../../gql/graphql';
import { useFormat } from '../../lib/format';
import { useConnection } from '../../lib/use-connection';
import { Avatar, RelativeTime } from '../../ui/bits';
import { EmptyState, ErrorState, LoadMore, Loading, PageTitle } from '../../ui/states';
import { BAN_MEMBER, DECIDE_JOIN_REQUEST, INVITE, JOIN_REQUESTS, MEMBERS, SET_MEMBER_ROLE } from './api';
import { Combobox } from '../../ui/Combobox';
import { usePeopleSuggestions } from '../../ui/suggestions';
import { CommunityNotFound } from './CommunityNotFound';
import { CommunityDetail, useCommunity } from './hooks';
import { ActionError, ConfirmButton, ROLES, StatusMessage } from './ui';

const PAGE_SIZE = 30;

type Member = NonNullable<NonNullable<CommunitiesMembersQuery['community']>['members']>['nodes'][number];

/** Pending requests to join, oldest first, each approved or denied by a moderator. */
function JoinRequests({ community, onApproved }: { community: CommunityDetail; onApproved: () => void }) {
  const { t } = useTranslation('communities');
  const variables = { slug: community.slug, first: PAGE_SIZE };
  const requests = useConnection(JOIN_REQUESTS, variables, (data) => data.community?.joinRequests);
  const [, decide] = useMutation(DECIDE_JOIN_REQUEST);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);

  const run = async (userId: string, displayName: string, approve: boolean) => {
    setBusy(userId);
    setError(undefined);
    setDone(null);
    const result = await decide({ slug: community.slug, userId, approve });
    setBusy(null);
    if (result.error) {
      setError(result.error);
      // Someone else may have decided first: show the list as it is now.
      requests.reload();
      return;
    }
    requests.update((nodes) => nodes.filter((node) => node.userId !== userId));
    setDone(t(approve ? 'requests.approved' : 'requests.denied', { name: displayName }));
    if (approve) onApproved();
  };

  return (
    <section className="card" aria-labelledby="join-requests">
      <h2 id="join-requests">{t('requests.title')}</h2>
      {requests.problem ? <ErrorState problem={requests.problem} onRetry={requests.reload} /> : null}
      {requests.loading && !requests.nodes.length ? <Loading /> : null}
      {!requests.loading && !requests.problem && !requests.nodes.length ? (
        <p className="muted">{t('requests.none')}</p>
      ) : null}
      {requests.nodes.length ? (
        <ul className="plain-list c-member-list">
          {requests.nodes.map((request) => (
            <li key={request.userId} className="c-member-row">
              <Avatar name={request.displayName} size={36} />
              <div className="c-member-who">
                <Link to={`/people/${request.userId}`}>{request.displayName}</Link>
                <span className="muted">
                  {t('requests.asked')} <RelativeTime iso={request.requestedAt} />
                </span>
              </div>
              <div className="c-member-actions" role="group" aria-label={request.displayName}>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy === request.userId}
                  onClick={() => void run(request.userId, request.displayName, true)}
                >
                  {t('requests.approve')}
                  <span className="visually-hidden"> {request.displayName}</span>
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy === request.userId}
                  onClick={() => void run(request.userId, request.displayName, false)}
                >
                  {t('requests.deny')}
                  <span className="visually-hidden"> {request.displayName}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore hasMore={requests.hasMore} loading={requests.loading} onLoadMore={requests.loadMore} />
      <StatusMessage message={done} />
      <ActionError error={error} />
    </section>
  );
}

/** Invites a colleague, found by name with an autocomplete. */
function InviteForm({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation('communities');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<{ id: string; displayName: string } | null>(null);
  const suggestions = usePeopleSuggestions(chosen ? '' : query);
  const [{ fetching }, invite] = useMutation(INVITE);
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setError(undefined);
    if (!chosen) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const result = await invite({ slug: community.slug, userId: chosen.id });
    if (result.error) {
      setError(result.error);
      return;
    }
    setDone(t('invite.done', { name: chosen.displayName }));
    setChosen(null);
    setQuery('');
  };

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <form className="stack" noValidate onSubmit={submit}>
        <Combobox
          id="invite-person"
          label={t('invite.person')}
          hint={t('invite.hint')}
          error={missing ? t('invite.choose') : undefined}
          placeholder={t('invite.placeholder')}
          query={query}
          onQueryChange={(value) => {
            setQuery(value);
            setChosen(null);
            setDone(null);
          }}
          options={suggestions}
          optionKey={(person) => person.id}
          renderOption={(person) => (
            <span className="c-person-option">
              <Avatar name={person.displayName} size={28} />
              <span>
                <span className="c-person-option-name">{person.displayName}</span>
                <span className="muted c-person-option-detail">
                  @{person.handle}
                  {person.title ? ` · ${person.title}` : ''}
                </span>
              </span>
            </span>
          )}
          onSelect={(person) => {
            setChosen({ id: person.id, displayName: person.displayName });
            setQuery(person.displayName);
            setMissing(false);
          }}
        />
        <div className="row">
          <button type="submit" className="button button-primary" disabled={fetching}>
            {chosen ? t('invite.submitNamed', { name: chosen.displayName }) : t('invite.submit')}
          </button>
        </div>
        <StatusMessage message={done} />
        <ActionError error={error} />
      </form>
    </section>
  );
}

/** An owner's control over one member's role. */
function RoleControl({ member, onChange }: { member: Member; onChange: (role: MembershipRole) => void }) {
  const { t } = useTranslation('communities');
  const [role, setRole] = useState<MembershipRole>(member.role);
  const id = `role-${member.userId}`;
  return (
    <form
      className="c-role-control"
      onSubmit={(event) => {
        event.preventDefault();
        if (role !== member.role) onChange(role);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('members.roleOf', { name: member.displayName })}
      </label>
      <select id={id} value={role} onChange={(event) => setRole(event.target.value as MembershipRole)}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`role.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={role === member.role}>
        {t('members.changeRole')}
        <span className="visually-hidden"> {member.displayName}</span>
      </button>
    </form>
  );
}

function MemberList({
  community,
  members,
}: {
  community: CommunityDetail;
  members: ReturnType<typeof useMembers>;
}) {
  const { t } = useTranslation('communities');
  const format = useFormat();
  const me = useMe();
  const [, setMemberRole] = useMutation(SET_MEMBER_ROLE);
  const [, ban] = useMutation(BAN_MEMBER);
  const [error, setError] = useState<CombinedError | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const can = community.viewerCan;
  const monthYear = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric' });

  const changeRole = async (member: Member, role: MembershipRole) => {
    setError(undefined);
    setDone(null);
    const result = await setMemberRole({ slug: community.slug, userId: member.userId, role });
    if (result.error) {
      setError(result.error);
      return;
    }
    members.update((nodes) =>
      nodes.map((node) => (node.userId === member.userId ? { ...node, role } : node)),
    );
    setDone(t('members.roleChanged', { name: member.displayName, role: t(`role.${role}`) }));
  };
  const banMember = async (member: Member) => {
    setError(undefined);
    setDone(null);
    const result = await ban({ slug: community.slug, userId: member.userId });
    if (result.error) {
      setError(result.error);
      return;
    }
    members.update((nodes) => nodes.filter((node) => node.userId !== member.userId));
    setDone(t('members.banned', { name: member.displayName }));
  };

  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">
        {community.memberCount !== null && community.memberCount !== undefined
          ? t('memberCount', {
              count: community.memberCount,
              formatted: format.number(community.memberCount),
            })
          : t('members.title')}
      </h2>
      <StatusMessage message={done} />
      <ActionError error={error} />
      {members.problem ? <ErrorState problem={members.problem} onRetry={members.reload} /> : null}
      {members.loading && !members.nodes.length ? <Loading /> : null}
      {!members.loading && !members.problem && !members.nodes.length ? (
        <EmptyState title={t('members.none')} />
      ) : null}
      {members.nodes.length ? (
        <ul className="plain-list c-member-list">
          {members.nodes.map((member) => (
            <li key={member.userId} className="c-member-row">
              <Avatar name={member.displayName} size={36} />
              <div className="c-member-who">
                <span>
                  <Link to={`/people/${member.userId}`}>{member.displayName}</Link>
                  {member.userId === me.id ? <span className="muted"> {t('members.you')}</span> : null}
                </span>
                <span className="muted">
                  <span className={`c-role-badge c-role-${member.role.toLowerCase()}`}>
                    {t(`role.${member.role}`)}
                  </span>
                  {member.joinedAt ? (
                    <>
                      {' · '}
                      <time dateTime={member.joinedAt} title={format.date(member.joinedAt)}>
                        {t('members.since', { date: monthYear.format(new Date(member.joinedAt)) })}
                      </time>
                    </>
                  ) : null}
                </span>
              </div>
              {can.own || (can.moderate && member.userId !== me.id) ? (
                <div className="c-member-actions">
                  {can.own ? (
                    <RoleControl
                      key={member.role}
                      member={member}
                      onChange={(role) => void changeRole(member, role)}
                    />
                  ) : null}
                  {can.moderate && member.userId !== me.id ? (
                    <ConfirmButton
                      label={t('members.ban')}
                      question={t('members.banQuestion', { name: member.displayName })}
                      confirmLabel={t('members.ban')}
                      danger
                      onConfirm={() => void banMember(member)}
                    />
                  ) : null}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore hasMore={members.hasMore} loading={members.loading} onLoadMore={members.loadMore} />
    </section>
  );
}

function useMembers(slug: string, pause: boolean) {
  return useConnection(MEMBERS, { slug, first: PAGE_SIZE }, (data) => data.community?.members, { pause });
}

/** Who is in a community; its moderators decide requests, invite and ban, its owners change roles. */
export default function CommunityMembersPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('communities');
  const { community, problem, loading, refresh } = useCommunity(slug);
  const members = useMembers(slug, !community?.viewerCan.readContent);
  if (loading || community === undefined) return <Loading />;
  if (!community) return <CommunityNotFound problem={problem} onRetry={refresh} />;
  const can = community.viewerCan;
  return (
    <>
      <p className="c-back-link">
        <Link to={`/c/${community.slug}`}>
          <span aria-hidden="true">← </span>
          {t('back', { name: community.name })}
        </Link>
      </p>
      <PageTitle title={t('members.pageTitle', { name: community.name })} />
      {!can.readContent ? <p className="card">{t('members.membersOnly')}</p> : null}
      {can.moderate ? (
        <JoinRequests
          community={community}
          onApproved={() => {
            members.reload();
            refresh();
          }}
        />
      ) : null}
      {can.moderate ? <InviteForm community={community} /> : null}
      {can.readContent ? <MemberList community={community} members={members} /> : null}
    </>
  );
}
