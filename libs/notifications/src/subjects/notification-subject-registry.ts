import { Injectable } from '@nestjs/common';
import { NotificationSubjectType } from '../notifications/notification-kind';

/** The ids among `ids` that the person may still see. Called with each id once, in bulk. */
export type VisibleSubjectIds = (viewerUserId: string, ids: string[]) => Promise<Set<string>>;

export interface NotificationSubjectRef {
  subjectType: string;
  subjectId: string;
}

/**
 * Notifications hold ids only, and what a person may see changes (a membership ends, a post is deleted), so
 * every notification is checked again when it is read. The contexts that own the subjects (content for posts
 * and comments, communities for communities) register a bulk checker here in their `onModuleInit`; this
 * library depends on none of them. A type nobody registered is hidden: fail closed.
 */
@Injectable()
export class NotificationSubjectRegistry {
  private readonly checkers = new Map<NotificationSubjectType, VisibleSubjectIds>();
  private readonly overrides = new Map<NotificationSubjectType, VisibleSubjectIds | null>();

  register(type: NotificationSubjectType, visibleIds: VisibleSubjectIds): void {
    if (this.checkers.has(type)) {
      throw new Error(`A visibility checker for ${type} notifications is registered twice`);
    }
    this.checkers.set(type, visibleIds);
  }

  /**
   * For tests: replaces the checker of a type, whether its context registers one before or after; `null`
   * makes the type unregistered (hidden). Lets a test decide visibility without that context's data.
   */
  override(type: NotificationSubjectType, visibleIds: VisibleSubjectIds | null): void {
    this.overrides.set(type, visibleIds);
  }

  has(type: NotificationSubjectType): boolean {
    return this.checkerOf(type) !== undefined;
  }

  private checkerOf(type: NotificationSubjectType): VisibleSubjectIds | undefined {
    if (this.overrides.has(type)) return this.overrides.get(type) ?? undefined;
    return this.checkers.get(type);
  }

  /**
   * The items whose subject the viewer may see, in their order: one checker call per subject type present,
   * whatever the number of items.
   */
  async keepVisible<T extends NotificationSubjectRef>(
    viewerUserId: string,
    items: readonly T[],
  ): Promise<T[]> {
    if (items.length === 0) return [];
    const idsByType = new Map<string, Set<string>>();
    for (const item of items) {
      let ids = idsByType.get(item.subjectType);
      if (!ids) idsByType.set(item.subjectType, (ids = new Set()));
      ids.add(item.subjectId);
    }
    const visibleByType = new Map<string, Set<string>>();
    await Promise.all(
      [...idsByType].map(async ([type, ids]) => {
        const checker = this.checkerOf(type as NotificationSubjectType);
        if (checker) visibleByType.set(type, await checker(viewerUserId, [...ids]));
      }),
    );
    return items.filter((item) => visibleByType.get(item.subjectType)?.has(item.subjectId) === true);
  }
}
