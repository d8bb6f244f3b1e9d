import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID } from 'class-validator';
import { SlugArgs } from '../communities/communities.inputs';
import { MembershipRoleValue } from '../communities/community-enums';

@ArgsType()
export class MemberArgs extends SlugArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@ArgsType()
export class DecideJoinRequestArgs extends MemberArgs {
  @Field({ description: 'True approves the request, false denies it.' })
  @IsBoolean()
  approve!: boolean;
}

@ArgsType()
export class SetMemberRoleArgs extends MemberArgs {
  @Field(() => MembershipRoleValue)
  @IsEnum(MembershipRoleValue)
  role!: MembershipRoleValue;
}
