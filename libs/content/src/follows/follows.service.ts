import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, notFound } from '@relais/common';
import { communityAccess } from '@relais/communities';
import { Viewer } from '@relais/identity';
import { TopicsService } from '@relais/people';
import { AuthorsRepository } from '../authors/authors.repository';
import { ContentErrorReason, contentBadInput, contentConflict, membersOnly } from '../content-errors';
import { CommunityGateway } from '../visibility/community-gateway';
import { FollowsRepository, FollowTargetType } from './follows.repository';

export interface FollowTarget {
  type: FollowTargetType;
  id: string;
}

const NAMES: Record<FollowTargetType, string> = { user: 'person', community: 'community', topic: 'topic' };

@Injectable()
export class FollowsService {
  constructor(
    private readonly follows: FollowsRepository,
    private readonly authors: AuthorsRepository,
    private readonly communities: CommunityGateway,
    private readonly topics: TopicsService,
  ) {}

  /**
   * Follows an active person (not oneself), a community whose posts the viewer may read, or a topic.
   * Following twice is a CONFLICT, like joining twice.
   */
  async follow(viewer: Viewer, target: FollowTarget): Promise<void> {
    await this.assertFollowable(viewer, target);
    if (!(await this.follows.add(viewer.userId, target.type, target.id))) {
      throw contentConflict(
        `You already follow this ${NAMES[target.type]}.`,
        ContentErrorReason.ALREADY_FOLLOWING,
      );
    }
  }

  async unfollow(viewer: Viewer, target: FollowTarget): Promise<void> {
    if (!(await this.follows.remove(viewer.userId, target.type, target.id))) {
      throw new DomainError(ErrorCode.NOT_FOUND, `You do not follow this ${NAMES[target.type]}.`);
    }
  }

  private async assertFollowable(viewer: Viewer, target: FollowTarget): Promise<void> {
    switch (target.type) {
      case 'user': {
        if (target.id === viewer.userId) {
          throw contentBadInput('You cannot follow yourself.', ContentErrorReason.CANNOT_FOLLOW_SELF);
        }
        const [person] = await this.authors.byIds([target.id]);
        if (!person || person.status !== 'active') throw notFound('This person');
        return;
      }
      case 'community': {
        const found = await this.communities.forViewer(viewer, target.id);
        if (!found) throw notFound('This community');
        const access = communityAccess(found.facts);
        if (!access.readContent) throw membersOnly('follow its posts');
        return;
      }
      case 'topic':
        if ((await this.topics.findByIds([target.id])).length === 0) throw notFound('This topic');
        return;
    }
  }
}
