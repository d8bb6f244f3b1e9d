import { Injectable, OnModuleInit } from '@nestjs/common';
import { createdAtCursor, CreatedAtPosition } from '@relais/common';
import { JobRegistry, JobsService } from '@relais/jobs';
import { EntityManager } from 'typeorm';
import { NotificationSubjectRegistry } from '../subjects/notification-subject-registry';
import { collectVisiblePage } from '../subjects/visible-page';
import { NotificationRequest } from './notification-kind';
import { NotificationRow, NotificationsRepository } from './notifications.repository';

export const NOTIFICATIONS_QUEUE = 'notifications.deliver';

/** Rows read at most for one page, per row asked for: a page of 20 reads at most 210 rows. */
const SCAN_FACTOR = 10;
/**
 * The unread count looks at this many newest unread notifications: exact below it, and a badge shows
 * "99+" long before it. Keeps the count cheap for someone who never reads them.
 */
export const UNREAD_COUNT_HORIZON = 1000;

export interface NotificationPage {
  rows: NotificationRow[];
  hasNextPage: boolean;
  endCursor: string | null;
}

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly subjects: NotificationSubjectRegistry,
    private readonly jobs: JobsService,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.define<NotificationRequest>({
      queue: NOTIFICATIONS_QUEUE,
      concurrency: 2,
      handle: async ({ id, data }) => {
        await this.deliver(id, data);
      },
    });
  }

  /**
   * Notifies people about a change, inside the transaction that makes the change: the notification job
   * exists if and only if the change commits. Nobody is told about their own action.
   */
  async notify(manager: EntityManager, request: NotificationRequest): Promise<void> {
    const recipientIds = [...new Set(request.recipientIds)].filter((id) => id !== request.actorId);
    if (recipientIds.length === 0) return;
    await this.jobs.enqueue(manager, NOTIFICATIONS_QUEUE, { ...request, recipientIds });
  }

  /**
   * Idempotent: a retried job inserts nothing twice (unique recipient + dedupe key). Recipients deactivated
   * since the change are skipped, and the actor again, whatever the payload says.
   */
  async deliver(jobId: string, request: NotificationRequest): Promise<number> {
    return this.notifications.insertMany({
      recipientIds: request.recipientIds,
      kind: request.kind,
      actorId: request.actorId,
      subjectType: request.subject.type,
      subjectId: request.subject.id,
      data: request.data ?? {},
      dedupeKey: request.eventKey ? `event:${request.kind}:${request.eventKey}` : `job:${jobId}`,
    });
  }

  /** The viewer's notifications that they may still see, newest first. */
  async page(
    viewerUserId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<NotificationPage> {
    // One list per person: a cursor of someone else's notifications is refused, not read as a position.
    const list = `notifications:${viewerUserId}`;
    const page = await collectVisiblePage<NotificationRow, CreatedAtPosition>({
      first,
      after: createdAtCursor.decodeAfter(list, after),
      fetch: (cursor, limit) => this.notifications.page(viewerUserId, cursor, limit),
      keepVisible: (rows) => this.subjects.keepVisible(viewerUserId, rows),
      cursorOf: (row) => ({ createdAt: row.createdAt, id: row.id }),
      maxScanned: SCAN_FACTOR * (first + 1),
    });
    return {
      rows: page.items,
      hasNextPage: page.hasNextPage,
      endCursor: page.endCursor ? createdAtCursor.encode(list, page.endCursor) : null,
    };
  }

  /** Unread notifications the viewer may still see (over the newest UNREAD_COUNT_HORIZON unread). */
  async unreadCount(viewerUserId: string): Promise<number> {
    const bySubject = await this.notifications.unreadBySubject(viewerUserId, UNREAD_COUNT_HORIZON);
    const visible = await this.subjects.keepVisible(viewerUserId, bySubject);
    return visible.reduce((sum, subject) => sum + subject.count, 0);
  }

  /**
   * Marks the viewer's own unread notifications read (these ids, or all). Someone else's id, an unknown id
   * and an already read one change nothing and are not counted, alike. Notifications whose subject the viewer
   * can no longer see are marked too (they would stay unread forever) but not counted, as they are not shown.
   */
  async markRead(viewerUserId: string, ids: readonly string[] | undefined | null): Promise<number> {
    if (ids && ids.length === 0) return 0;
    const changed = await this.notifications.markRead(viewerUserId, ids ? [...new Set(ids)] : null);
    return (await this.subjects.keepVisible(viewerUserId, changed)).length;
  }
}
