import { ArgsType, Field, ID } from '@nestjs/graphql';
import { pageArgs } from '@relais/common';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class FeedArgs extends pageArgs({
  afterDescription: 'The endCursor of the previous page of the same feed.',
}) {}

@ArgsType()
export class CommunityFeedArgs extends FeedArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug!: string;
}

@ArgsType()
export class TopicFeedArgs extends FeedArgs {
  @Field()
  @IsString()
  @MaxLength(80)
  slug!: string;
}

@ArgsType()
export class PersonFeedArgs extends FeedArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;
}
