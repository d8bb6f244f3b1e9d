import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class FeedArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the previous page of the same feed.',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,300}$/, { message: 'after must be a cursor returned by a previous page' })
  after?: string | null;
}

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
