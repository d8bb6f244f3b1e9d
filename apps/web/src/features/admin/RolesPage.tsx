import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useMe, useSession } from '../../app/session';
import { graphql } from '../../gql';
import type { AdminUsersQuery, Role } from '../../gql/graphql';
import { useFormat } from '../../lib/format';
import { useConnection } from '../../lib/use-connection';
import { Avatar } from '../../ui/bits';
import { EmptyState, ErrorState, Loading, LoadMore, PageTitle } from '../../ui/states';
import { ConfirmDialog } from './ConfirmDialog';
import { AdminProblem, adminProblem, ProblemMessage } from './problem';

const USERS = graphql(`
  query AdminUsers($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      nodes {
        id
        displayName
        email
        title
        department
        status
        roles
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const GRANT = graphql(`
  mutation AdminGrantRole($input: RoleChangeInput!) {
    grantRole(input: $input) {
      id
      roles
      status
    }
  }
`);

const REVOKE = graphql(`
  mutation AdminRevokeRole($input: RoleChangeInput!) {
    revokeRole(input: $input) {
      id
      roles
      status
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation AdminDeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      roles
      status
    }
  }
`);

const REACTIVATE = graphql(`
  mutation AdminReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      roles
      status
    }
  }
`);

type Account = AdminUsersQuery['users']['nodes'][number];

/** The roles an admin grants; every active person is a MEMBER anyway. */
export const GRANTABLE_ROLES: readonly Role[] = ['ADMIN', 'COMMUNITY_MANAGER', 'COMMS_REVIEWER', 'AUDITOR'];

type Action =
  | { kind: 'grant' | 'revoke'; role: Role; account: Account }
  | { kind: 'deactivate' | 'reactivate'; account: Account };

/** Lower-case, without accents: "Léa" is found with "lea". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const PAGE_SIZE = 50;

/** Every account with its roles: grant and revoke roles, deactivate and reactivate accounts. */
export function RolesPage() {
  const { t } = useTranslation('admin');
  const me = useMe();
  const { refresh } = useSession();
  const accounts = useConnection(USERS, { first: PAGE_SIZE }, (data) => data.users);
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const [notice, setNotice] = useState('');
  const [, grant] = useMutation(GRANT);
  const [, revoke] = useMutation(REVOKE);
  const [, deactivate] = useMutation(DEACTIVATE);
  const [, reactivate] = useMutation(REACTIVATE);
  const filterId = useId();

  const query = fold(filter.trim());
  // Filtering looks through every account: the pages not read yet are fetched one after the other.
  const { hasMore, loading, loadMore } = accounts;
  useEffect(() => {
    if (query && hasMore && !loading) loadMore();
  }, [query, hasMore, loading, loadMore]);
  const shown = useMemo(
    () =>
      query
        ? accounts.nodes.filter((a) => fold(`${a.displayName} ${a.email}`).includes(query))
        : accounts.nodes,
    [accounts.nodes, query],
  );

  const roleName = (role: Role) => t(`roleName.${role}`);
  const close = () => {
    setAction(null);
    setProblem(null);
  };
  const confirm = async () => {
    if (!action) return;
    setBusy(true);
    setProblem(null);
    const { account } = action;
    const result =
      action.kind === 'grant'
        ? await grant({ input: { userId: account.id, role: action.role } })
        : action.kind === 'revoke'
          ? await revoke({ input: { userId: account.id, role: action.role } })
          : action.kind === 'deactivate'
            ? await deactivate({ userId: account.id })
            : await reactivate({ userId: account.id });
    setBusy(false);
    if (result.error || !result.data) {
      setProblem(adminProblem(result.error));
      return;
    }
    const changed = Object.values(result.data)[0] as Pick<Account, 'id' | 'roles' | 'status'>;
    accounts.update((nodes) =>
      nodes.map((node) => (node.id === changed.id ? { ...node, ...changed } : node)),
    );
    const name = account.displayName;
    setNotice(
      action.kind === 'grant'
        ? t('roles.granted', { role: roleName(action.role), name })
        : action.kind === 'revoke'
          ? t('roles.revoked', { role: roleName(action.role), name })
          : t(`roles.${action.kind}d`, { name }),
    );
    setAction(null);
    // My own roles changed: the navigation and these screens follow.
    if (account.id === me.id) refresh();
  };

  return (
    <>
      <PageTitle title={t('roles.title')} />
      <p className="muted">{t('roles.intro')}</p>
      <div className="admin-toolbar">
        <label htmlFor={filterId}>{t('roles.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          autoComplete="off"
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <p role="status" className="admin-notice" data-testid="admin-notice">
        {notice}
      </p>
      {accounts.problem && !accounts.nodes.length ? (
        <ErrorState problem={accounts.problem} onRetry={accounts.reload} />
      ) : null}
      {accounts.loading && !accounts.nodes.length ? <Loading /> : null}
      {query && accounts.hasMore ? <Loading label={t('roles.filtering')} /> : null}
      {!accounts.loading && !accounts.problem && !shown.length ? (
        <EmptyState title={query ? t('roles.noMatch', { q: filter.trim() }) : t('roles.empty')} />
      ) : null}
      <ul className="plain-list admin-accounts">
        {shown.map((account) => (
          <AccountItem
            key={account.id}
            account={account}
            isMe={account.id === me.id}
            expanded={expanded === account.id}
            onToggle={() => setExpanded((current) => (current === account.id ? null : account.id))}
            onAction={(next) => {
              setProblem(null);
              setAction(next);
            }}
          />
        ))}
      </ul>
      {accounts.problem && accounts.nodes.length ? (
        <ErrorState problem={accounts.problem} onRetry={accounts.reload} />
      ) : null}
      {!query ? (
        <LoadMore hasMore={accounts.hasMore} loading={accounts.loading} onLoadMore={accounts.loadMore} />
      ) : null}
      <ConfirmDialog
        open={!!action}
        busy={busy}
        danger={action?.kind === 'revoke' || action?.kind === 'deactivate'}
        title={action ? dialogTitle(action, t, roleName) : ''}
        confirmLabel={
          action
            ? action.kind === 'grant'
              ? t('roles.grant')
              : action.kind === 'revoke'
                ? t('roles.revoke')
                : t(`roles.${action.kind}`)
            : ''
        }
        problem={<ProblemMessage problem={problem} />}
        onConfirm={() => void confirm()}
        onCancel={close}
      >
        {action ? <p>{dialogBody(action, t, roleName)}</p> : null}
      </ConfirmDialog>
    </>
  );
}

type T = TFunction;

function dialogTitle(action: Action, t: T, roleName: (role: Role) => string): string {
  const name = action.account.displayName;
  if (action.kind === 'grant') return t('roles.confirmGrantTitle', { role: roleName(action.role) });
  if (action.kind === 'revoke') return t('roles.confirmRevokeTitle', { role: roleName(action.role) });
  return action.kind === 'deactivate'
    ? t('roles.confirmDeactivateTitle', { name })
    : t('roles.confirmReactivateTitle', { name });
}

function dialogBody(action: Action, t: T, roleName: (role: Role) => string): string {
  const { displayName: name, email } = action.account;
  if (action.kind === 'grant') {
    return t('roles.confirmGrantBody', {
      name,
      email,
      role: roleName(action.role),
      hint: t(`roleHint.${action.role}`),
    });
  }
  if (action.kind === 'revoke')
    return t('roles.confirmRevokeBody', { name, email, role: roleName(action.role) });
  return action.kind === 'deactivate'
    ? t('roles.confirmDeactivateBody', { name, email })
    : t('roles.confirmReactivateBody', { name, email });
}

function AccountItem({
  account,
  isMe,
  expanded,
  onToggle,
  onAction,
}: {
  account: Account;
  isMe: boolean;
  expanded: boolean;
  onToggle: () => void;
  onAction: (action: Action) => void;
}) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const panelId = useId();
  const name = account.displayName;
  const active = account.status === 'active';
  const shownRoles = account.roles.filter((role) => active || role !== 'MEMBER');
  return (
    <li className="card admin-account" data-testid="admin-account" data-email={account.email}>
      <div className="admin-account-head">
        <Avatar name={name} size={36} />
        <div className="admin-account-who">
          <span className="admin-account-name">
            {name}
            {isMe ? <span className="muted"> ({t('roles.you')})</span> : null}
            {!active ? (
              <>
                {' '}
                <span className="admin-badge admin-badge-off">{t('status.deactivated')}</span>
              </>
            ) : null}
          </span>
          <span className="muted admin-account-email">{account.email}</span>
          {account.title || account.department ? (
            <span className="muted admin-account-detail">
              {[account.title, account.department].filter(Boolean).join(' · ')}
            </span>
          ) : null}
          <ul className="chips admin-role-chips" aria-label={t('roles.rolesOf', { name })}>
            {shownRoles.map((role) => (
              <li key={role}>
                <span className={role === 'MEMBER' ? 'chip admin-chip-plain' : 'chip'}>
                  {t(`roleName.${role}`)}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <button
          type="button"
          className="button admin-manage-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          aria-label={t('roles.manageLabel', { name })}
          onClick={onToggle}
        >
          {t('roles.manage')}
        </button>
      </div>
      <div id={panelId} className="admin-manage" hidden={!expanded}>
        {expanded ? (
          <>
            <ul className="plain-list">
              {GRANTABLE_ROLES.map((role) => {
                const has = account.roles.includes(role);
                const roleName = t(`roleName.${role}`);
                return (
                  <li key={role} className="admin-role-line">
                    <span>
                      <strong>{roleName}</strong>
                      <span className="muted"> — {t(`roleHint.${role}`)}</span>
                    </span>
                    <button
                      type="button"
                      className={has ? 'button button-danger' : 'button'}
                      aria-label={
                        has
                          ? t('roles.revokeLabel', { role: roleName, name })
                          : t('roles.grantLabel', { role: roleName, name })
                      }
                      onClick={() => onAction({ kind: has ? 'revoke' : 'grant', role, account })}
                    >
                      {has ? t('roles.revoke') : t('roles.grant')}
                    </button>
                  </li>
                );
              })}
            </ul>
            <div className="admin-access">
              <span className="muted">{t('roles.since', { date: format.date(account.createdAt) })}</span>
              {isMe ? (
                <span className="muted">{t('roles.selfNote')}</span>
              ) : (
                <button
                  type="button"
                  className={active ? 'button button-danger' : 'button'}
                  aria-label={
                    active ? t('roles.deactivateLabel', { name }) : t('roles.reactivateLabel', { name })
                  }
                  onClick={() => onAction({ kind: active ? 'deactivate' : 'reactivate', account })}
                >
                  {active ? t('roles.deactivate') : t('roles.reactivate')}
                </button>
              )}
            </div>
          </>
        ) : null}
      </div>
    </li>
  );
}
