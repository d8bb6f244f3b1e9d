import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsUUID, ValidateNested } from 'class-validator';
import { ReactionKindEnum, ReactionSubjectTypeEnum } from './reaction.model';

@InputType({ description: 'A post or a comment.' })
export class ReactionSubjectInput {
  @Field(() => ReactionSubjectTypeEnum)
  @IsEnum(ReactionSubjectTypeEnum)
  type!: ReactionSubjectTypeEnum;

  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a post or a comment' })
  id!: string;
}

@ArgsType()
export class ReactArgs {
  @Field(() => ReactionSubjectInput)
  @ValidateNested()
  @Type(() => ReactionSubjectInput)
  subject!: ReactionSubjectInput;

  @Field(() => ReactionKindEnum)
  @IsEnum(ReactionKindEnum)
  kind!: ReactionKindEnum;
}
