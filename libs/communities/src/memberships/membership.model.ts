import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@relais/identity';
import { MembershipRoleValue, MembershipStatusValue } from '../communities/community-enums';

@ObjectType('CommunityMember')
export class CommunityMemberModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field(() => MembershipRoleValue)
  role!: MembershipRoleValue;

  @Field(() => MembershipStatusValue)
  status!: MembershipStatusValue;

  @Field(() => Date, { nullable: true, description: 'When the person became an active member.' })
  joinedAt!: Date | null;
}

@ObjectType('CommunityMemberConnection')
export class CommunityMemberConnectionModel {
  @Field(() => [CommunityMemberModel])
  nodes!: CommunityMemberModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}

@ObjectType('JoinRequest', { description: 'A person asking to join a private community.' })
export class JoinRequestModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  displayName!: string;

  @Field()
  requestedAt!: Date;
}

@ObjectType('JoinRequestConnection')
export class JoinRequestConnectionModel {
  @Field(() => [JoinRequestModel])
  nodes!: JoinRequestModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
