import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class EndorsementArgs {
  @Field(() => ID, { description: 'The colleague.' })
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field({ description: 'The slug of a topic they list.' })
  @IsString()
  @MaxLength(80, { message: 'topicSlug must be at most 80 characters' })
  topicSlug!: string;
}

@ArgsType()
export class EndorsersArgs {
  @Field({ description: 'The slug of the topic.' })
  @IsString()
  @MaxLength(80, { message: 'topicSlug must be at most 80 characters' })
  topicSlug!: string;
}
