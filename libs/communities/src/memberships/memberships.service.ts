import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { notFound } from '@relais/common';
import { NotificationsService } from '@relais/notifications';
import { DataSource, EntityManager } from 'typeorm';
import {
  archivedCommunity,
  communityBadInput,
  communityConflict,
  CommunityErrorReason,
  communityForbidden,
} from '../communities-errors';
import { KeysetPosition, listCursor } from '../common/list-cursor';
import { CommunityEntity } from '../communities/community.entity';
import { communityAccess, MembershipRole } from '../visibility/community-access';
import {
  blockedByArchive,
  CommunityAccessService,
  CommunityViewer,
  CommunityWithAccess,
} from '../visibility/community-access.service';
import { MembershipEntity } from './membership.entity';
import { MemberPage, MemberRecord, MembershipsRepository } from './memberships.repository';

export const MEMBERS_CURSOR = 'members';
export const JOIN_REQUESTS_CURSOR = 'join-requests';

const ALREADY_MEMBER = () =>
  communityConflict('You are already a member of this community.', CommunityErrorReason.ALREADY_MEMBER);
const BANNED = () =>
  communityForbidden(
    'You were banned from this community, so you cannot join it or ask to join it again.',
    CommunityErrorReason.BANNED,
  );
const NOT_MODERATOR = () =>
  communityForbidden(
    'Only the owners and moderators of this community can do this.',
    CommunityErrorReason.NOT_MODERATOR,
  );
const LAST_OWNER = (who: 'You are' | 'This person is') =>
  communityConflict(
    `${who} the last owner of this community. Make another member an owner first.`,
    CommunityErrorReason.LAST_OWNER,
  );

/**
 * Joining, requests, invitations, leaving, roles and bans. Each change runs in one transaction with the
 * community locked (membership changes of a community happen one at a time), and the notifications it
 * implies are enqueued in that same transaction.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly memberships: MembershipsRepository,
    private readonly access: CommunityAccessService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Open communities; an invitation or a pending request to one is settled by joining. */
  async join(viewer: CommunityViewer, slug: string): Promise<void> {
    await this.inCommunity(viewer, slug, async (found, manager) => {
      const status = found.membership?.status;
      if (status === 'active') throw ALREADY_MEMBER();
      if (status === 'banned') throw BANNED();
      if (!found.access.join) {
        if (blockedByArchive(found, 'join')) throw archivedCommunity();
        throw communityForbidden(
          status === 'invited'
            ? 'You are invited to this community: accept the invitation to join it.'
            : 'This community is private: ask to join it, and one of its moderators will decide.',
          CommunityErrorReason.APPROVAL_REQUIRED,
        );
      }
      await this.activate(found.community.id, viewer.userId, found.membership !== null, null, manager);
    });
  }

  /** Private communities; its owners and moderators are notified. */
  async requestToJoin(viewer: CommunityViewer, slug: string): Promise<void> {
    await this.inCommunity(viewer, slug, async (found, manager) => {
      const status = found.membership?.status;
      if (status === 'active') throw ALREADY_MEMBER();
      if (status === 'banned') throw BANNED();
      if (status === 'pending') {
        throw communityConflict(
          'You already asked to join this community; one of its moderators will decide.',
          CommunityErrorReason.REQUEST_PENDING,
        );
      }
      if (status === 'invited') {
        throw communityConflict(
          'You are already invited to this community: accept the invitation to join it.',
          CommunityErrorReason.ALREADY_INVITED,
        );
      }
      if (found.community.visibility === 'open') {
        throw communityBadInput(
          'This community is open: join it directly, no approval is needed.',
          CommunityErrorReason.OPEN_COMMUNITY,
        );
      }
      if (!found.access.requestToJoin) throw archivedCommunity();
      const communityId = found.community.id;
      await this.memberships.insert(
        { communityId, userId: viewer.userId, role: 'member', status: 'pending' },
        manager,
      );
      await this.notifications.notify(manager, {
        kind: 'join_request',
        recipientIds: await this.memberships.moderatorIds(communityId, manager),
        actorId: viewer.userId,
        subject: { type: 'community', id: communityId },
      });
    });
  }

  /** Moderators; the requester is told the decision when they can still see the community. */
  async decideJoinRequest(
    viewer: CommunityViewer,
    slug: string,
    userId: string,
    approve: boolean,
  ): Promise<void> {
    await this.inCommunity(viewer, slug, async (found, manager) => {
      this.assertModerator(found);
      const communityId = found.community.id;
      const request = await this.memberships.find(communityId, userId, manager);
      if (request?.status !== 'pending') throw notFound('This join request');
      if (approve) {
        await this.activate(communityId, userId, true, viewer.userId, manager);
      } else {
        await this.memberships.delete(communityId, userId, manager);
      }
      await this.notifyIfVisible(manager, found.community, userId, approve ? 'active' : null, {
        kind: 'join_decision',
        actorId: viewer.userId,
        data: { approved: approve },
      });
    });
  }

  /** Moderators, in communities of every visibility; the invited person is notified. */
  async invite(viewer: CommunityViewer, slug: string, userId: string): Promise<MemberRecord> {
    return this.inCommunity(viewer, slug, async (found, manager) => {
      this.assertModerator(found);
      const communityId = found.community.id;
      if (!(await this.memberships.userIsActive(userId, manager))) throw notFound('This person');
      const existing = await this.memberships.find(communityId, userId, manager);
      if (existing) throw inviteConflict(existing);
      await this.memberships.insert(
        { communityId, userId, role: 'member', status: 'invited', invitedBy: viewer.userId },
        manager,
      );
      await this.notifications.notify(manager, {
        kind: 'invitation',
        recipientIds: [userId],
        actorId: viewer.userId,
        subject: { type: 'community', id: communityId },
      });
      return (await this.memberships.findMember(communityId, userId, manager))!;
    });
  }

  async acceptInvite(viewer: CommunityViewer, slug: string): Promise<void> {
    await this.inCommunity(viewer, slug, async (found, manager) => {
      const status = found.membership?.status;
      if (status === 'active') throw ALREADY_MEMBER();
      if (status !== 'invited') throw notInvited();
      if (!found.access.acceptInvite) throw archivedCommunity();
      await this.activate(found.community.id, viewer.userId, true, null, manager);
    });
  }

  async declineInvite(viewer: CommunityViewer, slug: string): Promise<void> {
    await this.inCommunity(viewer, slug, async (found, manager) => {
      if (found.membership?.status !== 'invited') throw notInvited();
      await this.memberships.delete(found.community.id, viewer.userId, manager);
    });
  }

  /**
   * Leaves a community, withdraws one's join request or declines one's invitation. The last owner cannot
   * leave; a banned person has nothing to leave (their ban stays).
   */
  async leave(viewer: CommunityViewer, slug: string): Promise<void> {
    await this.inCommunity(viewer, slug, async (found, manager) => {
      if (!found.access.leave) {
        throw communityConflict('You are not a member of this community.', CommunityErrorReason.NOT_MEMBER);
      }
      const communityId = found.community.id;
      if (found.membership?.status === 'active' && found.membership.role === 'owner') {
        await this.assertAnotherOwnerRemains(communityId, viewer.userId, manager, 'You are');
      }
      await this.memberships.delete(communityId, viewer.userId, manager);
      await this.indexed.record(manager, { people: [viewer.userId] });
    });
  }

  /** Owners; never fewer than one owner. */
  async setRole(
    viewer: CommunityViewer,
    slug: string,
    userId: string,
    role: MembershipRole,
  ): Promise<MemberRecord> {
    return this.inCommunity(viewer, slug, async (found, manager) => {
      if (!found.access.own) {
        if (blockedByArchive(found, 'own')) throw archivedCommunity();
        throw communityForbidden(
          'Only the owners of this community can change its members’ roles.',
          CommunityErrorReason.NOT_OWNER,
        );
      }
      const communityId = found.community.id;
      const target = await this.memberships.find(communityId, userId, manager);
      if (target?.status !== 'active') throw notFound('This member');
      if (target.role === 'owner' && role !== 'owner') {
        await this.assertAnotherOwnerRemains(
          communityId,
          userId,
          manager,
          userId === viewer.userId ? 'You are' : 'This person is',
        );
      }
      await this.memberships.update(communityId, userId, { role }, manager);
      return (await this.memberships.findMember(communityId, userId, manager))!;
    });
  }

  /**
   * Moderators; only an owner bans an owner. The ban outlives the membership: the person cannot join or ask
   * again, and a secret community disappears for them.
   */
  async ban(viewer: CommunityViewer, slug: string, userId: string): Promise<MemberRecord> {
    return this.inCommunity(viewer, slug, async (found, manager) => {
      this.assertModerator(found);
      if (userId === viewer.userId) {
        throw communityBadInput(
          'You cannot ban yourself. Leave the community instead.',
          CommunityErrorReason.SELF_BAN,
          'userId',
        );
      }
      const communityId = found.community.id;
      if (!(await this.memberships.userExists(userId, manager))) throw notFound('This person');
      const target = await this.memberships.find(communityId, userId, manager);
      if (target?.status === 'banned') {
        throw communityConflict(
          'This person is already banned from this community.',
          CommunityErrorReason.ALREADY_BANNED,
        );
      }
      if (target?.status === 'active' && target.role === 'owner') {
        if (found.membership?.role !== 'owner') {
          throw communityForbidden('Only an owner can ban another owner.', CommunityErrorReason.NOT_OWNER);
        }
        await this.assertAnotherOwnerRemains(communityId, userId, manager, 'This person is');
      }
      if (target) {
        await this.memberships.update(
          communityId,
          userId,
          { role: 'member', status: 'banned', decidedBy: viewer.userId },
          manager,
        );
      } else {
        await this.memberships.insert(
          { communityId, userId, role: 'member', status: 'banned', decidedBy: viewer.userId },
          manager,
        );
      }
      await this.indexed.record(manager, { people: [userId] });
      return (await this.memberships.findMember(communityId, userId, manager))!;
    });
  }

  /** One page of active members per community, for a page of communities: one query in all. */
  membersPages(
    communityIds: readonly string[],
    first: number,
    after: KeysetPosition | null,
  ): Promise<Map<string, MemberPage>> {
    return this.memberships.membersPages(communityIds, first, after);
  }

  joinRequestPages(
    communityIds: readonly string[],
    first: number,
    after: KeysetPosition | null,
  ): Promise<Map<string, MemberPage>> {
    return this.memberships.joinRequestPages(communityIds, first, after);
  }

  memberCounts(communityIds: readonly string[]): Promise<Map<string, number>> {
    return this.memberships.memberCounts(communityIds);
  }

  decodeCursor(
    list: typeof MEMBERS_CURSOR | typeof JOIN_REQUESTS_CURSOR,
    after: string | null | undefined,
  ): KeysetPosition | null {
    return listCursor.decodeAfter(list, after);
  }

  endCursor(list: typeof MEMBERS_CURSOR | typeof JOIN_REQUESTS_CURSOR, page: MemberPage): string | null {
    const last = page.rows[page.rows.length - 1];
    if (!last) return null;
    const at = list === MEMBERS_CURSOR ? last.joinedAt! : last.createdAt;
    return listCursor.encode(list, { at, id: last.userId });
  }

  private inCommunity<T>(
    viewer: CommunityViewer,
    slug: string,
    change: (found: CommunityWithAccess, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      change(await this.access.lockForViewer(viewer, slug, manager), manager),
    );
  }

  private assertModerator(found: CommunityWithAccess): void {
    if (found.access.moderate) return;
    if (blockedByArchive(found, 'moderate')) throw archivedCommunity();
    throw NOT_MODERATOR();
  }

  private async activate(
    communityId: string,
    userId: string,
    exists: boolean,
    decidedBy: string | null,
    manager: EntityManager,
  ): Promise<void> {
    if (exists) {
      await this.memberships.update(
        communityId,
        userId,
        { role: 'member', status: 'active', ...(decidedBy ? { decidedBy } : {}) },
        manager,
      );
    } else {
      await this.memberships.insert(
        { communityId, userId, role: 'member', status: 'active', decidedBy },
        manager,
      );
    }
    // The person's communities are a filter of the expert search.
    await this.indexed.record(manager, { people: [userId] });
  }

  /** Call with the community locked: the owners counted cannot change before the transaction ends. */
  private async assertAnotherOwnerRemains(
    communityId: string,
    userId: string,
    manager: EntityManager,
    who: 'You are' | 'This person is',
  ): Promise<void> {
    const owners = await this.memberships.ownerIds(communityId, manager);
    if (owners.every((id) => id === userId)) throw LAST_OWNER(who);
  }

  /**
   * A notification names the community: it goes to the person only if, after the change, they can see it
   * (a denied request to a community that has become secret tells nothing).
   */
  private async notifyIfVisible(
    manager: EntityManager,
    community: CommunityEntity,
    recipientId: string,
    statusAfter: MembershipEntity['status'] | null,
    notification: { kind: 'join_decision'; actorId: string; data: Record<string, boolean> },
  ): Promise<void> {
    const sees = communityAccess({
      visibility: community.visibility,
      archived: community.archivedAt !== null,
      membership: statusAfter ? { role: 'member', status: statusAfter } : null,
    }).see;
    if (!sees) return;
    await this.notifications.notify(manager, {
      ...notification,
      recipientIds: [recipientId],
      subject: { type: 'community', id: community.id },
    });
  }
}

function notInvited() {
  return communityConflict('You have no invitation to this community.', CommunityErrorReason.NOT_INVITED);
}

function inviteConflict(existing: MembershipEntity) {
  switch (existing.status) {
    case 'active':
      return communityConflict(
        'This person is already a member of this community.',
        CommunityErrorReason.ALREADY_MEMBER,
      );
    case 'invited':
      return communityConflict(
        'This person is already invited to this community.',
        CommunityErrorReason.ALREADY_INVITED,
      );
    case 'pending':
      return communityConflict(
        'This person has asked to join this community: approve their request instead.',
        CommunityErrorReason.REQUEST_PENDING,
      );
    case 'banned':
      return communityConflict('This person is banned from this community.', CommunityErrorReason.BANNED);
  }
}
