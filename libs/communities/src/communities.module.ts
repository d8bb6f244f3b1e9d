import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@relais/notifications';
import { PeopleModule } from '@relais/people';
import { CommunitiesRepository } from './communities/communities.repository';
import { NotificationCommunityResolver } from './communities/notification-community.resolver';
import { CommunitiesResolver } from './communities/communities.resolver';
import { CommunitiesService } from './communities/communities.service';
import { CommunityEntity } from './communities/community.entity';
import { MembershipEntity } from './memberships/membership.entity';
import { MembershipsRepository } from './memberships/memberships.repository';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { MembershipsService } from './memberships/memberships.service';
import { CommunityAccessService } from './visibility/community-access.service';
import { CommunityRegistrations } from './visibility/community-registrations';

@Module({
  imports: [TypeOrmModule.forFeature([CommunityEntity, MembershipEntity]), NotificationsModule, PeopleModule],
  providers: [
    CommunitiesRepository,
    MembershipsRepository,
    CommunityAccessService,
    CommunitiesService,
    MembershipsService,
    CommunitiesResolver,
    MembershipsResolver,
    CommunityRegistrations,
    NotificationCommunityResolver,
  ],
  exports: [CommunityAccessService, CommunitiesService, MembershipsService],
})
export class CommunitiesModule {}
