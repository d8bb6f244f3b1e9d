import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { NotificationsPageQuery } from '../../gql/graphql';
import { apiProblem, ApiProblem } from '../../lib/graphql';
import { useConnection } from '../../lib/use-connection';
import { Avatar, RelativeTime } from '../../ui/bits';
import { EmptyState, ErrorState, FormError, LoadMore, Loading, PageTitle } from '../../ui/states';
import { describeNotification } from './describe';
import './notifications.css';

const NOTIFICATIONS = graphql(`
  query NotificationsPage($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      nodes {
        id
        kind
        subjectType
        subjectId
        data
        read
        createdAt
        actor {
          id
          displayName
        }
        community {
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const UNREAD_COUNT = graphql(`
  query NotificationsPageUnread {
    unreadNotificationCount
  }
`);

const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

type Notification = NotificationsPageQuery['notifications']['nodes'][number];

const PAGE_SIZE = 20;

/** Tells the header's bell that the unread count changed. */
function notifyBell() {
  window.dispatchEvent(new Event('relais:notifications-changed'));
}

/** What happened to the person, newest first: each as a sentence leading to its subject; unread ones marked. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const list = useConnection(NOTIFICATIONS, { first: PAGE_SIZE }, (data) => data.notifications);
  const [{ data: unread }, refetchUnread] = useQuery({ query: UNREAD_COUNT, requestPolicy: 'network-only' });
  const [, markRead] = useMutation(MARK_READ);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { update } = list;

  const unreadCount = unread?.unreadNotificationCount ?? list.nodes.filter((n) => !n.read).length;

  const markOne = useCallback(
    async (id: string, announce: boolean) => {
      setProblem(null);
      update((nodes) => nodes.map((node) => (node.id === id ? { ...node, read: true } : node)));
      const result = await markRead({ ids: [id] });
      if (result.error) {
        update((nodes) => nodes.map((node) => (node.id === id ? { ...node, read: false } : node)));
        setProblem(apiProblem(result.error));
        return;
      }
      if (announce) setAnnouncement(t('markedRead'));
      refetchUnread({ requestPolicy: 'network-only' });
      notifyBell();
    },
    [markRead, refetchUnread, t, update],
  );

  const markAll = async () => {
    setProblem(null);
    const before = list.nodes;
    update((nodes) => nodes.map((node) => ({ ...node, read: true })));
    const result = await markRead({});
    if (result.error) {
      update(() => before);
      setProblem(apiProblem(result.error));
      return;
    }
    setAnnouncement(t('allMarkedRead'));
    refetchUnread({ requestPolicy: 'network-only' });
    notifyBell();
  };

  return (
    <>
      <PageTitle title={t('title')}>
        {list.nodes.length > 0 ? (
          <button
            type="button"
            className="button"
            // Not disabled: a disabled button would drop the keyboard focus once everything is read.
            aria-disabled={unreadCount === 0}
            onClick={() => {
              if (unreadCount > 0) void markAll();
            }}
          >
            {t('markAllRead')}
          </button>
        ) : null}
      </PageTitle>
      {list.nodes.length > 0 ? (
        <p className="muted notifications-summary">
          {unreadCount > 0 ? t('unreadCount', { count: unreadCount }) : t('allRead')}
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <FormError problem={problem} />
      {list.problem ? <ErrorState problem={list.problem} onRetry={list.reload} /> : null}
      {!list.problem && !list.loading && list.nodes.length === 0 ? (
        <EmptyState title={t('empty')} hint={t('emptyHint')} />
      ) : null}
      {list.nodes.length > 0 ? (
        <ul className="notification-list plain-list" aria-label={t('listLabel')}>
          {list.nodes.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onMarkRead={(announce) => void markOne(notification.id, announce)}
            />
          ))}
        </ul>
      ) : null}
      {list.loading && list.nodes.length === 0 ? <Loading /> : null}
      <LoadMore hasMore={list.hasMore} loading={list.loading} onLoadMore={list.loadMore} />
    </>
  );
}

function NotificationItem({
  notification,
  onMarkRead,
}: {
  notification: Notification;
  onMarkRead: (announce: boolean) => void;
}) {
  const { t } = useTranslation('notifications');
  const description = describeNotification(notification);
  const actor = notification.actor?.displayName ?? t('someone');
  // The actor's name is emphasised wherever the language puts it in the sentence.
  const MARK = '\u0000';
  const [before, after = ''] = t(`sentence.${description.sentence}`, {
    actor: MARK,
    reaction: description.reaction ? t(`reaction.${description.reaction}`) : '',
    topic: description.topic ?? '',
  }).split(MARK);
  const sentence = (
    <>
      {before}
      <strong>{actor}</strong>
      {after}
    </>
  );
  const sentenceId = `notification-${notification.id}`;
  const unread = !notification.read;
  const link = useRef<HTMLAnchorElement>(null);
  return (
    <li
      className={`notification card${unread ? ' notification-unread' : ''}`}
      data-notification={notification.id}
    >
      <Avatar name={actor} size={40} />
      <div className="notification-body">
        <p className="notification-sentence" id={sentenceId}>
          {unread ? <span className="unread-tag">{t('unread')}</span> : null}
          {description.href ? (
            <Link
              ref={link}
              to={description.href}
              onClick={() => {
                if (unread) onMarkRead(false);
              }}
            >
              {sentence}
            </Link>
          ) : (
            <span>{sentence}</span>
          )}
        </p>
        <p className="muted notification-time">
          <RelativeTime iso={notification.createdAt} />
        </p>
      </div>
      {unread ? (
        <button
          type="button"
          className="link-button notification-mark"
          aria-describedby={sentenceId}
          onClick={() => {
            onMarkRead(true);
            // The button goes away once read: the focus moves to the notification's link.
            link.current?.focus();
          }}
        >
          {t('markRead')}
        </button>
      ) : null}
    </li>
  );
}
