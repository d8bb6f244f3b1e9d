import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@relais/identity';
import type { CommunityAccess } from '../visibility/community-access';
import { CommunityVisibilityValue, MembershipRoleValue, MembershipStatusValue } from './community-enums';

@ObjectType('Membership', { description: 'The signed-in person’s relation to a community.' })
export class MembershipModel {
  @Field(() => MembershipRoleValue)
  role!: MembershipRoleValue;

  @Field(() => MembershipStatusValue)
  status!: MembershipStatusValue;
}

@ObjectType('CommunityPermissions', {
  description: 'What the signed-in person may do in a community now, for showing the right buttons.',
})
export class CommunityPermissionsModel {
  @Field({ description: 'Posts, comments, reactions and the member list.' })
  readContent!: boolean;
  @Field({ description: 'Post, comment, react.' })
  participate!: boolean;
  @Field({ description: 'Decide join requests, invite, ban, pin.' })
  moderate!: boolean;
  @Field({ description: 'Change the settings and the members’ roles.' })
  own!: boolean;
  @Field()
  join!: boolean;
  @Field()
  requestToJoin!: boolean;
  @Field()
  acceptInvite!: boolean;
  @Field({ description: 'Leave, withdraw a join request or decline an invitation.' })
  leave!: boolean;
  @Field({ description: 'Archive or unarchive.' })
  archive!: boolean;
  @Field()
  setOfficial!: boolean;
}

@ObjectType('Community')
export class CommunityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field({ description: 'The description, rendered and sanitized.' })
  descriptionHtml!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The description’s markdown source, for editing: owners and moderators only.',
  })
  descriptionMarkdown!: string | null;

  @Field(() => CommunityVisibilityValue)
  visibility!: CommunityVisibilityValue;

  @Field({ description: 'Marked by an administrator as an official community of the organisation.' })
  official!: boolean;

  @Field({ description: 'Archived communities are read-only.' })
  archived!: boolean;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => MembershipModel, { nullable: true, description: 'Null when the person has no membership.' })
  myMembership!: MembershipModel | null;

  @Field(() => CommunityPermissionsModel)
  viewerCan!: CommunityPermissionsModel;

  @Field()
  createdAt!: Date;

  /**
   * Not in the schema: what the viewer may do, decided by communityAccess() when the community was loaded.
   * Field resolvers (member count, members, join requests) read it instead of deciding again.
   */
  access!: CommunityAccess;
}

@ObjectType('CommunityConnection')
export class CommunityConnectionModel {
  @Field(() => [CommunityModel])
  nodes!: CommunityModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
